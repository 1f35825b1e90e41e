// npm run bench: the figures the README quotes. One run, one machine: compare within a run.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timeCheck } from './check';

const CORPUS = process.env.BENCH_CORPUS ?? join('..', 'shared', 'corpus', 'dev.jsonl');
const TARGETS: Record<number, number> = { 280: 1, 2_000: 5, 100_000: 100 };

function section(title: string) {
  console.log(`\n## ${title}`);
}

async function benchCheck(): Promise<boolean> {
  section('check() time per call (reply on Facebook, business account)');
  let ok = true;
  const rows = [50, 280, 2_000, 20_000, 100_000].map((chars) => {
    const t = timeCheck(chars, { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Worst dentist ever, waited 2 hours.' });
    const target = TARGETS[chars];
    const pass = target === undefined || t.p99Ms < target;
    ok &&= pass;
    return { chars, runs: t.runs, 'median ms': t.medianMs.toFixed(3), 'p99 ms': t.p99Ms.toFixed(3), target: target ? `p99 < ${target} ms` : '', pass };
  });
  console.table(rows);
  const per = (i: number) => Number(rows[i]['median ms']) / rows[i].chars;
  const growth = per(4) / per(2);
  console.log(`time per character at 100,000 vs 2,000 chars: ×${growth.toFixed(2)} (linear ≈ 1)`);
  return ok;
}

async function benchScan(): Promise<boolean> {
  section('scan throughput (one process, dev corpus repeated to 50,000 lines)');
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} not found`);
    return true;
  }
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'));
  const file = join(dir, 'posts.jsonl');
  const out = createWriteStream(file);
  for (let i = 0; i < 50_000; i++) out.write(lines[i % lines.length] + '\n');
  await new Promise((resolve) => out.end(resolve));
  const t0 = performance.now();
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/scan.ts', '--format', 'json', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (c) => resolve(c ?? 2));
  });
  const seconds = (performance.now() - t0) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const rate = 50_000 / seconds;
  console.log(`50,000 posts in ${seconds.toFixed(2)} s (process start included): ${Math.round(rate).toLocaleString('en-US')} posts/s (exit ${code}); target ≥ 5,000`);
  return rate >= 5_000 && (code === 0 || code === 1);
}

function benchSize(): boolean {
  section('content script size');
  const dir = join('dist', 'chrome', 'src', 'content');
  if (!existsSync(dir)) {
    console.log('skipped: run npm run build first');
    return true;
  }
  let ok = true;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const raw = readFileSync(join(dir, name));
    const gz = gzipSync(raw, { level: 9 }).length;
    console.log(`${name}: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped; target < 100 KB gzipped`);
    ok &&= gz < 100 * 1024;
  }
  return ok;
}

/** Optional benches contributed by other parts (typing cost in the browser, audit memory). */
async function benchOptional(file: string, title: string): Promise<boolean> {
  if (!existsSync(join('bench', file))) return true;
  section(title);
  const mod = await import(`./${file}`);
  return (await mod.run()) !== false;
}

const results = [
  await benchCheck(),
  await benchScan(),
  benchSize(),
  await benchOptional('typing.ts', 'typing with the extension vs without (real Chromium, replica pages)'),
  await benchOptional('audit.ts', 'auditing a large data export'),
];
console.log(`\n${results.every(Boolean) ? 'all targets met' : 'SOME TARGETS MISSED'}`);
process.exitCode = results.every(Boolean) ? 0 : 1;
