// Running a regular expression over the normalised text, with spans mapped back to what the user typed.
// Word lists go through phrase-index.ts instead (one tokenisation, linear in the text).
import { toOriginalSpan } from './normalize';
import type { NormalizedText } from './types';

export interface Span {
  start: number;
  end: number;
  /** The matched text, in normalised form. */
  match: string;
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
