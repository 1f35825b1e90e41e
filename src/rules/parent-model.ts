// A small learned reading of the comment being answered: logistic regression over its words and word pairs.
// The hand-written reader (read-parent.ts) is precise but each new author's complaints use words it has not
// seen ("brought a book to the waiting room and finished it"); the model, trained on every labelled set
// (scripts/train-parent-model.ts), generalises across phrasings. The weights are data (data/parent-model.json).
import model from './data/parent-model.json';
import { normalize } from './normalize';
import { tokensOf } from './phrase-index';
import type { NormalizedText } from './types';

interface ParentModel {
  /** Added to the sum of the weights of the features present. */
  bias: number;
  /** Weights are stored ×100 as integers to keep the file small. */
  scale: number;
  /** Feature → weight: single words ("rude"), word pairs ("no one"), and `<!!>` for repeated ! or ?. */
  weights: Record<string, number>;
  /** Probability above which the model alone calls the comment negative (chosen on held-out authors). */
  threshold: number;
}

const M = model as ParentModel;
const WEIGHTS = new Map(Object.entries(M.weights).map(([k, v]) => [k, v / M.scale]));

/** The features the model reads: words with digits folded to 0, adjacent word pairs, and shouting. */
export function parentFeatures(doc: NormalizedText): string[] {
  const words = tokensOf(doc).words.map((w) => w.replace(/\d+/g, '0'));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  if (/[!?]{2,}/.test(doc.original)) out.add('<!!>');
  if (/\p{Lu}{4,}/u.test(doc.original)) out.add('<CAPS>');
  return [...out];
}

/** How likely (0–1) the model finds that the comment complains about the practice, a clinician or care. */
export function negativeProbability(parent: string | NormalizedText): number {
  const doc = typeof parent === 'string' ? normalize(parent) : parent;
  let z = M.bias / M.scale;
  for (const f of parentFeatures(doc)) z += WEIGHTS.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model alone is sure enough that the comment is negative. */
export function modelSaysNegative(parent: string | NormalizedText): boolean {
  return negativeProbability(parent) > M.threshold;
}
