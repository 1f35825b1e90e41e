#!/usr/bin/env node
// npm run build: the Chrome and Firefox builds (dist/chrome, dist/firefox) and a zip of each for the stores.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const vite = join('node_modules', 'vite', 'bin', 'vite.js');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chrome', 'firefox']) {
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, TARGET: target } });
  const dir = join('dist', target);
  const entries = Object.fromEntries(filesUnder(dir).map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path)]));
  const zip = join('dist', `bedside-manner-${version}-${target}.zip`);
  writeFileSync(zip, zipSync(entries, { level: 9, mtime: new Date('2026-01-01') }));
  console.log(`built ${dir}/ and ${zip}`);
}
