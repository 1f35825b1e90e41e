// The Firefox build passes Mozilla's linter (web-ext lint) with no errors. Runs on the built dist/firefox.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';

test('web-ext lint reports no errors on dist/firefox', () => {
  expect(existsSync('dist/firefox/manifest.json'), 'run npm run build first').toBe(true);
  const run = spawnSync(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    env: { ...process.env, WEB_EXT_NO_UPDATE_NOTIFIER: '1' },
  });
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
  const errors = report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code}: ${e.message} (${e.file})`);
  expect(errors).toEqual([]);
}, 60_000);
