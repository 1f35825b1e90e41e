// Benchmark of the export audit: generates X archives of two sizes in a temp folder, scans each in its
// own process (as a user would, output discarded) and reports throughput and peak memory. Peak memory
// of the large run next to the small one shows whether memory stays bounded as the archive grows.
// usage: npx tsx bench/audit.ts [LARGE_MB]     (or call benchAudit() from bench/index.ts)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeXArchive } from '../scripts/make-export-fixtures';

export interface AuditRun {
  /** Size of tweets.js inside the archive, MB. */
  tweetsJsMb: number;
  /** Size of the zip on disk, MB. */
  zipMb: number;
  tweets: number;
  flagged: number;
  seconds: number;
  tweetsPerSecond: number;
  /** Uncompressed tweets.js MB per second. */
  mbPerSecond: number;
  /** Peak resident memory of the scan process, MB. */
  peakRssMb: number;
}

export interface AuditBenchmark {
  small: AuditRun;
  large: AuditRun;
}

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function scanOnce(archive: string): Promise<{ seconds: number; items: number; flagged: number; maxRssKb: number }> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('cli/scan.ts'), '--format', 'json', '--no-progress', archive], {
    env: { ...process.env, BEDSIDE_SCAN_STATS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code: number = await new Promise((done) => child.on('close', (c) => done(c ?? -1)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stats = /scan-stats: (\{.*\})/.exec(stderr);
  if (!stats || code === 2) throw new Error(`scan failed (exit ${code}): ${stderr.slice(0, 500)}`);
  return { seconds, ...(JSON.parse(stats[1]) as { items: number; flagged: number; maxRssKb: number }) };
}

async function run(dir: string, megabytes: number): Promise<AuditRun> {
  const archive = join(dir, `x-archive-${megabytes}mb.zip`);
  const made = await writeLargeXArchive(archive, megabytes * MB);
  const result = await scanOnce(archive);
  if (result.items !== made.tweets) throw new Error(`scan read ${result.items} tweets of ${made.tweets}`);
  return {
    tweetsJsMb: round(made.bytes / MB),
    zipMb: round(statSync(archive).size / MB),
    tweets: made.tweets,
    flagged: result.flagged,
    seconds: round(result.seconds, 2),
    tweetsPerSecond: Math.round(made.tweets / result.seconds),
    mbPerSecond: round(made.bytes / MB / result.seconds),
    peakRssMb: round(result.maxRssKb / 1024),
  };
}

/** Scans a ~10 MB and a ~`largeMb` MB generated X archive; figures include process start-up. */
export async function benchAudit(largeMb = 100): Promise<AuditBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'bedside-bench-audit-'));
  try {
    const small = await run(dir, 10);
    const large = await run(dir, largeMb);
    return { small, large };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatAuditBenchmark({ small, large }: AuditBenchmark): string {
  const row = (name: string, r: AuditRun) =>
    `  ${name.padEnd(6)} tweets.js ${String(r.tweetsJsMb).padStart(6)} MB (zip ${r.zipMb} MB), ${r.tweets.toLocaleString('en-US')} tweets: ` +
    `${r.seconds} s, ${r.tweetsPerSecond.toLocaleString('en-US')} tweets/s, ${r.mbPerSecond} MB/s, peak RSS ${r.peakRssMb} MB`;
  return ['Export audit (scan of a generated X archive, one process each):', row('small', small), row('large', large)].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const largeMb = Number(process.argv[2]) || 100;
  benchAudit(largeMb).then(
    (result) => console.log(formatAuditBenchmark(result)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
