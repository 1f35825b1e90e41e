// Timing of one check() call at several text lengths, and scan throughput in one process.
import { performance } from 'node:perf_hooks';
import { check } from '../src/rules/index';
import type { CheckContext } from '../src/rules/types';

export interface Timing {
  chars: number;
  runs: number;
  medianMs: number;
  p99Ms: number;
}

/** A realistic mixed text: clinic news with a patient story, a dose and a reply, repeated to length. */
const SAMPLE =
  'Great week at the clinic! Mrs. Alvarez (72) came in with a cracked molar and we saved it with a crown. ' +
  'Reminder: take 400 mg ibuprofen with food if you are sore after a cleaning — ask your pharmacist first. ' +
  'Thanks to everyone who left us a review 🦷 Call 555-0100 to book. #smile ';

export function textOfLength(n: number): string {
  return SAMPLE.repeat(Math.ceil(n / SAMPLE.length)).slice(0, n);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function timeCheck(chars: number, context: CheckContext): Timing {
  const text = textOfLength(chars);
  const runs = chars <= 2_000 ? 2_000 : chars <= 20_000 ? 200 : 40;
  for (let i = 0; i < Math.min(50, runs); i++) check(text, context); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    check(text, context);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { chars, runs, medianMs: percentile(times, 50), p99Ms: percentile(times, 99) };
}
