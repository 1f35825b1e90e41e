// Guards accuracy: the scorer of the rules issue, with its bars, on the development corpus.
// The corpus lives beside the checkout (../shared, as on every developer machine and in CI).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const SHARED = resolve('..', 'shared');
const SCORER = resolve(SHARED, 'score.mjs');
const CORPUS = resolve(SHARED, 'corpus', 'dev.jsonl');
export const BARS = 'phi=0.95/0.90,prescribing=0.90/0.90,confirmsPatient=0.95/0.90,unprofessional=0.90/0.85,parentNegative=0.90/0.90';

/** Runs the scorer on `corpora` with the given bars; the scorer's own table is the failure message. */
function expectScore(corpora: string[], bars: string, maxFalseAlarm: string): void {
  const run = spawnSync(process.execPath, [SCORER, corpora.join(','), '--min', bars, '--max-false-alarm', maxFalseAlarm], {
    encoding: 'utf8',
    env: { ...process.env, SCORE_VERBOSE: '1' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output, output).toMatch(/^ok: /m);
  expect(run.status, output).toBe(0);
}

test.skipIf(!existsSync(SCORER) || !existsSync(CORPUS))(
  'the rules meet the accuracy bars on the development corpus',
  () => expectScore([CORPUS], BARS, '0.05'),
  120_000,
);

// Every extra set by an independent author (test/corpus/authors-*.jsonl, picked up as they are added): a floor
// just under where the rules stand, so a change that trades one author's items for another's shows up. Raise it
// as the rules improve; a new set that is added below the floor says how the rules meet a new author.
const EXTRA = readdirSync(resolve('test', 'corpus'))
  .filter((f) => /^authors-\d+\.jsonl$/.test(f))
  .map((f) => resolve('test', 'corpus', f));
export const EXTRA_FLOOR = 'phi=0.91/0.97,prescribing=0.97/0.98,confirmsPatient=0.95/0.96,unprofessional=0.94/0.98,parentNegative=0.98/0.98';

test.skipIf(!existsSync(SCORER) || !existsSync(CORPUS))(
  'the rules hold their floor on the sets written by other authors',
  () => expectScore([CORPUS, ...EXTRA], EXTRA_FLOOR, '0.02'),
  120_000,
);
