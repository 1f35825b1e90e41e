#!/usr/bin/env tsx
// npm run train:parent — fits src/rules/data/parent-model.json (see src/rules/parent-model.ts) on every
// labelled set: ../shared/corpus/dev.jsonl and test/corpus/*.jsonl. Deterministic: same data, same weights.
//
//   --eval   leave-one-set-out instead: for each set, train on the others and report recall/precision of the
//            hand-written reader, the model, and both (the shipped rule: negative if the reader says so, or if
//            the model is sure and the reader did not find praise).
// KEEP and THRESHOLD can be tried from the environment; the defaults are what --eval chose.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../src/rules/normalize';
import { parentFeatures } from '../src/rules/parent-model';
import { readParent } from '../src/rules/read-parent';

interface Example {
  parent: string;
  negative: boolean;
}
const SETS = [join('..', 'shared', 'corpus', 'dev.jsonl'), ...readdirSync(join('test', 'corpus')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join('test', 'corpus', f))];
/** Weight decay, passes, step, how many features to keep, and the decision threshold. */
const L2 = 0.001;
const EPOCHS = 40;
const STEP = 0.05;
const KEEP = Number(process.env.KEEP ?? 250);
const THRESHOLD = Number(process.env.THRESHOLD ?? 0.7);
const SCALE = 100;

function load(path: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const it = JSON.parse(line);
    if (it.ambiguous || typeof it.parent !== 'string' || typeof it.parentNegative !== 'boolean') continue;
    out.push({ parent: it.parent, negative: it.parentNegative });
  }
  return out;
}

function fit(xs: string[][], ys: boolean[]): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = 0; i < xs.length; i++) {
      let z = bias;
      for (const f of xs[i]) z += weights.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (ys[i] ? 1 : 0);
      bias -= STEP * g;
      for (const f of xs[i]) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - STEP * (g + L2 * w));
      }
    }
  }
  return { bias, weights };
}

/** Fits, keeps the KEEP strongest features, and fits again on those alone. */
function train(examples: Example[]): { bias: number; weights: Map<string, number> } {
  const xs = examples.map((e) => parentFeatures(normalize(e.parent)));
  const ys = examples.map((e) => e.negative);
  const first = fit(xs, ys);
  const keep = new Set([...first.weights.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP).map(([f]) => f));
  return fit(xs.map((x) => x.filter((f) => keep.has(f))), ys);
}

function probability(m: { bias: number; weights: Map<string, number> }, parent: string): number {
  let z = m.bias;
  for (const f of parentFeatures(normalize(parent))) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const sets = SETS.map(load);
if (process.argv.includes('--eval')) {
  const counts = { reader: [0, 0, 0], model: [0, 0, 0], both: [0, 0, 0] };
  sets.forEach((test, k) => {
    const m = train(sets.filter((_, j) => j !== k).flat());
    const mine = { reader: [0, 0, 0], both: [0, 0, 0] };
    for (const e of test) {
      const reading = readParent(e.parent).sentiment;
      const reader = reading === 'negative';
      const model = probability(m, e.parent) > THRESHOLD && reading !== 'positive';
      for (const [name, said] of [['reader', reader], ['model', model], ['both', reader || model]] as const) {
        const c = counts[name];
        for (const c2 of name === 'model' ? [c] : [c, mine[name]]) {
          if (e.negative && said) c2[0]++;
          else if (!e.negative && said) c2[1]++;
          else if (e.negative && !said) c2[2]++;
        }
      }
    }
    const rp = ([tp, fp, fn]: number[]) => `${(tp / (tp + fn)).toFixed(2)}/${(tp / (tp + fp)).toFixed(2)}`;
    console.log(`${SETS[k].padEnd(32)} reader ${rp(mine.reader)}  both ${rp(mine.both)}`);
  });
  for (const [name, [tp, fp, fn]] of Object.entries(counts)) {
    console.log(`${name.padEnd(6)} recall ${(tp / (tp + fn)).toFixed(3)} precision ${(tp / (tp + fp)).toFixed(3)}`);
  }
} else {
  const all = sets.flat();
  const m = train(all);
  const weights = Object.fromEntries([...m.weights.entries()].map(([f, w]) => [f, Math.round(w * SCALE)] as const).filter(([, w]) => w !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const out = { bias: Math.round(m.bias * SCALE), scale: SCALE, threshold: THRESHOLD, weights };
  writeFileSync(join('src', 'rules', 'data', 'parent-model.json'), `${JSON.stringify(out)}\n`);
  console.log(`parent model: ${Object.keys(weights).length} features from ${all.length} labelled comments in ${sets.length} sets`);
}
