// How the comment or review being answered reads. A first, small lexicon; the rules issue refines it.
import { normalize } from './normalize';
import type { ParentReading } from './types';

const NEGATIVE = /\b(?:worst|terrible|awful|rude|horrible|unacceptable|never again|waited|scam|disappointed|refund|complain\w*|hurt|pain)\b/g;
const POSITIVE = /\b(?:thank\w*|great|love|best|amazing|wonderful|kind|recommend)\b/g;

export function readParent(parent: string): ParentReading {
  const text = normalize(parent).text;
  const score = (text.match(POSITIVE)?.length ?? 0) - 2 * (text.match(NEGATIVE)?.length ?? 0);
  return { sentiment: score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral', score };
}
