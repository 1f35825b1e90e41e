// One tokeniser and one phrase index for every rule.
//
// One big regular-expression alternation of a word list makes V8 try every alternative at every position
// (~100 ms on 100,000 characters with thousands of phrases). This index splits the text into words
// once (cached per normalised text) and looks each word up in a hash map: linear, with the same matching
// rules — whole words, a space in a phrase matches spaces or hyphens, a trailing * matches any word ending
// (stems of three letters or more), leftmost match, then the earlier list, then the longest; no overlaps.
import { toOriginalSpan } from './normalize';
import type { NormalizedText } from './types';

/** Words of a text: letters and digits only ("don't" is "don" + "t"; "#tag" is "tag"). */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** The first three letters of each word, made once per text for the stem lookups of every index. */
  prefixes?: string[];
}

/** Stems ("esperamos verl*") are filed under their first three letters. */
const PREFIX = 3;

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Tokens {
  const t: Tokens = { words: [], starts: [], ends: [] };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    t.words.push(m[0]);
    t.starts.push(m.index);
    t.ends.push(m.index + m[0].length);
  }
  return t;
}

const tokenCache = new WeakMap<NormalizedText, Tokens>();
/** The tokens of a normalised text, computed once per text whichever rule asks first. */
export function tokensOf(doc: NormalizedText): Tokens {
  let t = tokenCache.get(doc);
  if (!t) {
    t = tokenize(doc.text);
    tokenCache.set(doc, t);
  }
  return t;
}

/** A match: original offsets, the normalised text matched, its normalised start, first token and list. */
export interface PhraseHit {
  start: number;
  end: number;
  match: string;
  at: number;
  token: number;
  list: number;
}

interface Entry {
  words: string[];
  seps: string[];
  lead: string;
  trail: string;
  wildcard: boolean;
  list: number;
}

/** "infections" for "infection", "cavities" for "cavity", "braces" stays itself: a listed noun's plural means the same. */
function pluralsOf(word: string): string[] {
  if (word.length < 3 || word.endsWith('s')) return /(?:s|x|z|ch|sh)$/.test(word) && word.length >= 3 ? [`${word}es`] : [];
  const forms = [`${word}s`];
  if (/(?:x|z|ch|sh)$/.test(word)) forms.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

function isPluralOf(word: string, want: string): boolean {
  if (want.length < 3 || word.length !== want.length + (word.endsWith('ies') ? 2 : word.endsWith('es') && !want.endsWith('e') ? 2 : 1)) return false;
  if (word === want + 's') return !want.endsWith('s');
  if (word === want + 'es') return /(?:s|x|z|ch|sh)$/.test(want);
  return want.endsWith('y') && !/[aeiou]y$/.test(want) && word === want.slice(0, -1) + 'ies';
}

/** Phrases sharing a first word, split by their second word so a common first word ("your") stays cheap. */
interface Bucket {
  /** One-word phrases, and two-word ones whose second word is a stem ("esperamos verl*"). */
  direct: Entry[];
  bySecond: Map<string, Entry[]>;
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Bucket>();
  private readonly byPrefix = new Map<string, Entry[]>();
  readonly size: number;

  /** Whether a listed phrase's last word also matches its plural ("ear infections" for "ear infection"). */
  private readonly plurals: boolean;

  /**
   * One list of phrases, or several: at one position an earlier list wins, then the longer match. With
   * `plurals`, nouns match in the plural too — for vocabularies (conditions, procedures, drugs), not for
   * phrases whose number matters ("my patient" is not "my patients").
   */
  constructor(phrases: readonly string[] | readonly (readonly string[])[], options: { plurals?: boolean } = {}) {
    this.plurals = options.plurals === true;
    const lists: readonly (readonly string[])[] = phrases.length > 0 && typeof phrases[0] !== 'string' ? (phrases as readonly (readonly string[])[]) : [phrases as readonly string[]];
    let size = 0;
    const seen = new Set<string>();
    lists.forEach((list, index) => {
      for (const raw of new Set(list.map((p) => p.trim().toLowerCase()).filter(Boolean))) {
        if (seen.has(raw)) continue;
        seen.add(raw);
        const wildcard = raw.endsWith('*');
        const phrase = wildcard ? raw.slice(0, -1) : raw;
        const parts = tokenize(phrase);
        if (parts.words.length === 0) continue;
        const n = parts.words.length;
        const entry: Entry = {
          words: parts.words,
          seps: parts.words.slice(1).map((_, k) => phrase.slice(parts.ends[k], parts.starts[k + 1])),
          lead: phrase.slice(0, parts.starts[0]),
          trail: phrase.slice(parts.ends[n - 1]),
          wildcard,
          list: index,
        };
        const stem = wildcard && n === 1;
        if (stem) {
          const key = parts.words[0].slice(0, PREFIX);
          const list = this.byPrefix.get(key);
          if (list) list.push(entry);
          else this.byPrefix.set(key, [entry]);
        } else {
          // Nouns are also filed under their plurals ("cavities", "ear infections"), so lookup stays one get.
          const first = parts.words[0];
          const firstKeys = this.plurals && n === 1 ? [first, ...pluralsOf(first)] : [first];
          for (const k of firstKeys) {
            let bucket = this.byFirst.get(k);
            if (!bucket) this.byFirst.set(k, (bucket = { direct: [], bySecond: new Map() }));
            if (n === 1 || (n === 2 && wildcard)) bucket.direct.push(entry);
            else {
              const second = parts.words[1];
              for (const k2 of this.plurals && n === 2 ? [second, ...pluralsOf(second)] : [second]) {
                const list = bucket.bySecond.get(k2);
                if (list) list.push(entry);
                else bucket.bySecond.set(k2, [entry]);
              }
            }
          }
        }
        size++;
      }
    });
    this.size = size;
  }

  private best = -1;
  private bestList = 0;

  /** The token index just past the best phrase starting at token i, or -1 (list in bestList). */
  private bestAt(text: string, t: Tokens, i: number): number {
    const w = t.words[i];
    this.best = -1;
    const bucket = this.byFirst.get(w);
    if (bucket) {
      this.tryBucket(bucket.direct, text, t, i);
      if (i + 1 < t.words.length) this.tryBucket(bucket.bySecond.get(t.words[i + 1]), text, t, i);
    }
    if (this.byPrefix.size > 0) {
      const prefixes = (t.prefixes ??= t.words.map((word) => word.slice(0, PREFIX)));
      this.tryBucket(this.byPrefix.get(prefixes[i]), text, t, i);
    }
    return this.best;
  }

  private tryBucket(list: Entry[] | undefined, text: string, t: Tokens, i: number): void {
    if (!list) return;
    for (const e of list) {
      const j = this.matchEntry(text, t, i, e);
      if (j < 0) continue;
      if (this.best < 0 || e.list < this.bestList || (e.list === this.bestList && t.ends[j - 1] > t.ends[this.best - 1])) {
        this.best = j;
        this.bestList = e.list;
      }
    }
  }

  private matchEntry(text: string, t: Tokens, i: number, e: Entry): number {
    const n = e.words.length;
    if (i + n > t.words.length) return -1;
    for (let k = 0; k < n; k++) {
      const word = t.words[i + k];
      const want = e.words[k];
      const last = k === n - 1;
      if (last && e.wildcard ? !(word.startsWith(want) && (n > 1 || want.length >= 3 || word === want)) : word !== want && !(last && this.plurals && isPluralOf(word, want))) return -1;
      if (k > 0) {
        // Compared in place (no substring per try): a space in a phrase matches spaces or hyphens.
        const from = t.ends[i + k - 1];
        const to = t.starts[i + k];
        const want = e.seps[k - 1];
        if (want === ' ') {
          if (to <= from) return -1;
          for (let c = from; c < to; c++) {
            const code = text.charCodeAt(c);
            if (code !== 32 && code !== 45 && code !== 9 && code !== 10 && code !== 13 && code !== 160) return -1;
          }
        } else if (to - from !== want.length || !text.startsWith(want, from)) return -1;
      }
    }
    if (e.lead && (t.starts[i] < e.lead.length || !text.startsWith(e.lead, t.starts[i] - e.lead.length))) return -1;
    const end = t.ends[i + n - 1];
    if (e.trail && !text.startsWith(e.trail, end)) return -1;
    return i + n;
  }

  /**
   * Leftmost, non-overlapping matches in `text` (already tokenised as `t`). `onMatch` gets normalised
   * offsets, the first token and the list; returning true stops the scan.
   */
  scan(text: string, t: Tokens, onMatch: (start: number, end: number, token: number, list: number) => boolean | void): void {
    for (let i = 0; i < t.words.length; i++) {
      const j = this.bestAt(text, t, i);
      if (j < 0) continue;
      if (onMatch(t.starts[i], t.ends[j - 1], i, this.bestList) === true) return;
      i = j - 1;
    }
  }

  /** All matches in the normalised text, with original offsets. */
  find(doc: NormalizedText): PhraseHit[] {
    const out: PhraseHit[] = [];
    this.scan(doc.text, tokensOf(doc), (start, end, token, list) => {
      const span = toOriginalSpan(doc, start, end);
      out.push({ start: span.start, end: span.end, match: doc.text.slice(start, end), at: start, token, list });
    });
    return out;
  }

  /** Does any phrase occur in this (already lower-case) snippet? */
  test(snippet: string): boolean {
    let found = false;
    this.scan(snippet, tokenize(snippet), () => (found = true));
    return found;
  }

  /** Does any phrase occur in this normalised text? Stops at the first. */
  some(doc: NormalizedText): boolean {
    let found = false;
    this.scan(doc.text, tokensOf(doc), () => (found = true));
    return found;
  }
}
