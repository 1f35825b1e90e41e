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
  /** Each word's number in `VOCABULARY` (-1: no index has it), made once per text for every index. */
  ids?: Int32Array;
  /** Per word, the bits of the indexes that may have a phrase starting there (see `STARTS`). */
  bits?: Int32Array;
  generation?: number;
}

/**
 * Every word of every index, numbered. A text's words are looked up here once; each index then files and
 * compares words by number, so scanning a dozen indexes costs one string lookup per word, not a dozen.
 */
const VOCABULARY = new Map<string, number>();

function wordId(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) VOCABULARY.set(word, (id = VOCABULARY.size));
  return id;
}

/**
 * Per word number, the bits of the indexes that have a phrase starting with it; per three letters, of those
 * with a stem starting so. Most words start nothing in most indexes: the bit lets an index skip them. The
 * indexes share 31 bits round-robin; a shared bit costs a lookup, never a wrong match.
 */
const STARTS: number[] = [];
const STEM_STARTS = new Map<string, number>();
let indexCount = 0;

/** The vocabulary's size and the index count when a text's ids and bits were made. */
let generation = 0;

function idsOf(t: Tokens): Int32Array {
  // Words or indexes added after these were made (tests build indexes late) make them again.
  if (t.ids && t.generation === generation) return t.ids;
  const n = t.words.length;
  const ids = new Int32Array(n);
  const bits = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = t.words[i];
    const id = VOCABULARY.get(w) ?? -1;
    ids[i] = id;
    bits[i] = (id < 0 ? 0 : (STARTS[id] ?? 0)) | (STEM_STARTS.size > 0 ? (STEM_STARTS.get(w.slice(0, PREFIX)) ?? 0) : 0);
  }
  t.ids = ids;
  t.bits = bits;
  t.generation = generation;
  return ids;
}

/** Each word of a text as its number in the shared vocabulary (-1: no index or gate knows it). */
export const wordIds = (t: Tokens): Int32Array => idsOf(t);

/**
 * A rule's gates: bits for chosen words ("which of my patterns can match at all"), kept by the words' numbers in
 * the shared vocabulary, so a text's words are looked up once for every index and gate together.
 */
export class WordGates {
  private readonly byId: number[] = [];

  add(bit: number, words: Iterable<string>): void {
    for (const w of words) {
      const id = wordId(w);
      this.byId[id] = (this.byId[id] ?? 0) | bit;
    }
    generation++;
  }

  /** The bits of the word numbered `id` (from wordIds), undefined when it has none. */
  at(id: number): number | undefined {
    return id < 0 ? undefined : this.byId[id];
  }

  /** The bits of all the words of `t` together. */
  union(t: Tokens): number {
    let bits = 0;
    for (const id of idsOf(t)) if (id >= 0) bits |= this.byId[id] ?? 0;
    return bits;
  }

  /** The bits of a word given as text (one not in a text's tokens, such as "room" out of "room12"). */
  of(word: string): number | undefined {
    const id = VOCABULARY.get(word);
    return id === undefined ? undefined : this.byId[id];
  }
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

/** The tokens of a normalised text, computed once per text whichever rule asks first. */
export function tokensOf(doc: NormalizedText): Tokens {
  return (doc.tokens ??= tokenize(doc.text));
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
  /** The words' numbers in `VOCABULARY`. */
  ids: number[];
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
  bySecond: Map<number, Entry[]>;
}

export class PhraseIndex {
  private readonly byFirst = new Map<number, Bucket>();
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
          ids: parts.words.map(wordId),
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
          for (const k of firstKeys.map(wordId)) {
            let bucket = this.byFirst.get(k);
            if (!bucket) this.byFirst.set(k, (bucket = { direct: [], bySecond: new Map() }));
            if (n === 1 || (n === 2 && wildcard)) bucket.direct.push(entry);
            else {
              const second = parts.words[1];
              for (const k2 of (this.plurals && n === 2 ? [second, ...pluralsOf(second)] : [second]).map(wordId)) {
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
    this.bit = 1 << indexCount++ % 31;
    for (const id of this.byFirst.keys()) STARTS[id] = (STARTS[id] ?? 0) | this.bit;
    for (const stem of this.byPrefix.keys()) STEM_STARTS.set(stem, (STEM_STARTS.get(stem) ?? 0) | this.bit);
    generation++;
  }

  /** This index's bit in `STARTS`. */
  private readonly bit: number;

  private best = -1;
  private bestList = 0;

  /** The token index just past the best phrase starting at token i, or -1 (list in bestList). */
  private bestAt(text: string, t: Tokens, ids: Int32Array, i: number): number {
    this.best = -1;
    const bucket = ids[i] < 0 ? undefined : this.byFirst.get(ids[i]);
    if (bucket) {
      this.tryBucket(bucket.direct, text, t, i);
      if (i + 1 < ids.length && ids[i + 1] >= 0) this.tryBucket(bucket.bySecond.get(ids[i + 1]), text, t, i);
    }
    if (this.byPrefix.size > 0) this.tryBucket(this.byPrefix.get(t.words[i].slice(0, PREFIX)), text, t, i);
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
    const ids = t.ids!;
    for (let k = 0; k < n; k++) {
      const last = k === n - 1;
      if (last && e.wildcard) {
        const word = t.words[i + k];
        const want = e.words[k];
        if (!(word.startsWith(want) && (n > 1 || want.length >= 3 || word === want))) return -1;
      } else if (ids[i + k] !== e.ids[k] && !(last && this.plurals && isPluralOf(t.words[i + k], e.words[k]))) return -1;
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
    const ids = idsOf(t);
    const bits = t.bits!;
    for (let i = 0; i < ids.length; i++) {
      if ((bits[i] & this.bit) === 0) continue;
      const j = this.bestAt(text, t, ids, i);
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
