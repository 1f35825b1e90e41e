// Shared matching helpers: word lists compiled once into one regular expression, matched against
// the normalised text, with spans mapped back to what the user typed.
import { toOriginalSpan } from './normalize';
import type { NormalizedText } from './types';

export interface Span {
  start: number;
  end: number;
  /** The matched text, in normalised form. */
  match: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles phrases into one case-insensitive, word-bounded regular expression. Longest phrases first
 * so "root canal" wins over "root". Phrases are data (lower-case, plain text); a `*` at the end of a
 * phrase matches any word ending ("infect*" → infection, infected). Alternation of literals only:
 * it cannot backtrack catastrophically.
 */
export function compileWordList(phrases: readonly string[]): RegExp {
  const parts = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => (p.endsWith('*') ? escape(p.slice(0, -1)) + '[\\p{L}\\p{N}]*' : escape(p)).replace(/ /g, '[\\s-]+'));
  if (parts.length === 0) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** All matches of `pattern` (which must have the g flag) in the normalised text, as original spans. */
export function findAll(doc: NormalizedText, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(doc.text); m; m = pattern.exec(doc.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    spans.push({ ...toOriginalSpan(doc, m.index, m.index + m[0].length), match: m[0] });
  }
  return spans;
}
