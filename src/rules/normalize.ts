// A view of the user's text that evasions cannot hide behind, with a map back to what they typed.
// Rules match against `text` and report offsets through `toOriginal`, so underlines land on the
// characters on screen.
import type { NormalizedText } from './types';

/** Invisible characters people (and some keyboards) slip between letters. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufe00-\ufe0f\ufeff]/;

/** Letters from other scripts that look like Latin ones, and typographic punctuation. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ς: 's',
  // punctuation
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe',
};

const COMBINING = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded !== undefined) return folded;
  const lower = ch.toLowerCase();
  folded = LOOKALIKES[lower] ?? LOOKALIKES[ch];
  if (folded === undefined) {
    // Fullwidth and mathematical letters fold under NFKC; accents drop under NFD.
    const base = lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    folded = base.length > 0 ? (LOOKALIKES[base] ?? base) : lower;
  }
  if (cache.size < 4096) cache.set(ch, folded);
  return folded;
}

const NON_ASCII = /[^\x00-\x7f]/g;
const BACKTICK = /`/g;
const lowerAscii = (run: string) => {
  const lower = run.toLowerCase();
  return lower.includes('`') ? lower.replace(BACKTICK, "'") : lower;
};

/**
 * The last two texts normalised: one check normalises the text and the parent, and readParent asks for
 * the parent again. Returning the same object also lets per-text caches (tokensOf) be shared.
 */
let recentA: NormalizedText | undefined;
let recentB: NormalizedText | undefined;

/** Lower-case, drop invisible characters, fold look-alike letters, accents and quotes. Linear in length. */
export function normalize(original: string): NormalizedText {
  if (recentA !== undefined && recentA.original === original) return recentA;
  if (recentB !== undefined && recentB.original === original) return recentB;
  const doc = normalizeUncached(original);
  recentB = recentA;
  recentA = doc;
  return doc;
}

function normalizeUncached(original: string): NormalizedText {
  // ASCII runs (most of what people type) are lower-cased in bulk and map one to one.
  let map = new Int32Array(original.length + 1);
  let n = 0;
  const parts: string[] = [];
  let runStart = 0;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(original); m; m = NON_ASCII.exec(original)) {
    const i = m.index;
    if (i < runStart) continue; // the low half of a surrogate pair already consumed
    if (i > runStart) {
      parts.push(lowerAscii(original.slice(runStart, i)));
      for (let k = runStart; k < i; k++) map[n++] = k;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (!INVISIBLE.test(ch)) {
      const folded = width === 2 && cp >= 0x1f000 ? ch : foldChar(ch);
      if (n + folded.length + (original.length - i) >= map.length) {
        const grown = new Int32Array(map.length * 2 + folded.length);
        grown.set(map.subarray(0, n));
        map = grown;
      }
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) map[n++] = i;
    }
    runStart = i + width;
    NON_ASCII.lastIndex = runStart;
  }
  if (runStart < original.length) {
    parts.push(lowerAscii(original.slice(runStart)));
    for (let k = runStart; k < original.length; k++) map[n++] = k;
  }
  map[n] = original.length;
  const text = parts.length === 1 ? parts[0] : parts.join('');
  return { original, text, toOriginal: n + 1 === map.length ? map : map.slice(0, n + 1), tokens: undefined };
}

/** Maps a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = doc.toOriginal[Math.max(0, Math.min(start, doc.text.length))];
  if (end <= start) return { start: s, end: s };
  // The end is just past the original character that produced the last normalised character.
  const lastSource = doc.toOriginal[Math.min(end, doc.text.length) - 1];
  const cp = doc.original.codePointAt(lastSource) ?? 0;
  return { start: s, end: lastSource + (cp > 0xffff ? 2 : 1) };
}
