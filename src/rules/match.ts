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

/** A match found in the normalised text: its original span, and where it starts in the normalised text. */
export interface Match extends Span {
  at: number;
}

/** All matches of `pattern` (which must have the g flag) in the normalised text, as original spans. */
export function findAll(doc: NormalizedText, pattern: RegExp): Match[] {
  const spans: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(doc.text); m; m = pattern.exec(doc.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    spans.push({ ...toOriginalSpan(doc, m.index, m.index + m[0].length), match: m[0], at: m.index });
  }
  return spans;
}

/** ASCII members of the pieces a "no letter before" class is made of; anything else leaves the class as written. */
const ASCII_OF: Record<string, string> = { '\\p{L}': 'A-Za-z', '\\p{N}': '0-9', '\\p{Lu}': 'A-Z', '\\p{Ll}': 'a-z', '\\p{Nd}': '0-9' };
const LOOKBEHIND_CLASS = /\(\?<!\[((?:\\p\{\w+\}|\\.|[^\]\\])+)\]\)/g;
const CLASS_PIECE = /\\p\{\w+\}|\\.|[^\\]/g;

function asciiPart(members: string): string | undefined {
  let ascii = '';
  for (const [piece] of members.matchAll(CLASS_PIECE)) {
    if (piece.startsWith('\\p')) {
      const part = ASCII_OF[piece];
      if (part === undefined) return undefined;
      ascii += part;
    } else {
      const ch = piece.length === 2 ? piece[1] : piece;
      if (ch === '-' && piece.length === 1) return undefined; // a range: left as written
      if (ch.charCodeAt(0) < 0x80) ascii += ']\\^-'.includes(ch) ? `\\${ch}` : ch;
    }
  }
  return ascii;
}

/**
 * The same pattern, faster. A word boundary written as a look-behind on a Unicode class ("(?<![\p{L}])",
 * no letter before) makes V8 test every position of the text against the whole class — most regexes of
 * the rules open with one, and that test was half their cost. Rewritten as "(?<![A-Za-z]|\p{L}(?<=[^\x00-\x7f]))",
 * an ASCII character (nearly all of them) is settled by a small class and only others meet the Unicode one.
 * Exactly the same matches for every code point (match.test.ts checks all of them); about twice as fast.
 * Rules write their patterns plainly and wrap them: `const X = fast(/(?<![\p{L}])word(?![\p{L}])/gu)`.
 */
export function fast(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('u') && !pattern.flags.includes('v')) return pattern;
  let changed = false;
  const source = pattern.source.replace(LOOKBEHIND_CLASS, (whole, members: string) => {
    if (!members.includes('\\p{')) return whole;
    const ascii = asciiPart(members);
    if (ascii === undefined) return whole;
    changed = true;
    return `(?<![${ascii}]|[${members}](?<=[^\\x00-\\x7f]))`;
  });
  return changed ? new RegExp(source, pattern.flags) : pattern;
}
