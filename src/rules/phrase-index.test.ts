import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { PhraseIndex, tokenize, tokensOf } from './phrase-index';

const matches = (index: PhraseIndex, text: string) => index.find(normalize(text)).map((h) => text.slice(h.start, h.end));

describe('tokenize', () => {
  it('splits on everything but letters and digits, with offsets', () => {
    const t = tokenize("don't #tag 4:15");
    expect(t.words).toEqual(['don', 't', 'tag', '4', '15']);
    expect(t.starts).toEqual([0, 4, 7, 11, 13]);
    expect(t.ends).toEqual([3, 5, 10, 12, 15]);
  });
  it('caches tokens per normalised text', () => {
    const doc = normalize('one two');
    expect(tokensOf(doc)).toBe(tokensOf(doc));
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex(['root canal', 'root', 'infect*', 'x-ray', 'c-section', 'ab', "don't"]);
  it.each([
    ['She needs a root canal.', ['root canal']],
    ['root-canal therapy', ['root-canal']],
    ['an infected tooth and infection', ['infected', 'infection']],
    ['X-ray today', ['X-ray']],
    ['after her C-section', ['C-section']],
    ["Don't go", ["Don't"]],
  ])('finds %s', (text, want) => expect(matches(index, text)).toEqual(want));
  it.each([['rooted'], ['the lab'], ['xray'], ['grooted']])('stays quiet on %s (whole words only)', (text) => expect(matches(index, text)).toEqual([]));
  it('does not overlap: leftmost, then longest', () => {
    expect(matches(new PhraseIndex(['a b', 'b c']), 'a b c')).toEqual(['a b']);
  });
  it('a short stem (under three letters) matches only itself', () => {
    expect(matches(new PhraseIndex(['ab*']), 'abc ab')).toEqual(['ab']);
  });
  it('with several lists, the earlier list wins at one position and is reported', () => {
    const two = new PhraseIndex([['bad'], ['bad day']]);
    const hits = two.find(normalize('a bad day'));
    expect(hits.map((h) => [h.match, h.list])).toEqual([['bad', 0]]);
    expect(new PhraseIndex([['bad day'], ['bad']]).find(normalize('a bad day')).map((h) => h.list)).toEqual([0]);
  });
  it('maps spans to the original text through normalisation', () => {
    const text = 'Ｒｏｏｔ canal';
    const doc = normalize(text);
    const [hit] = index.find(doc);
    expect(hit).toBeDefined();
    expect(text.slice(hit.start, hit.end)).toBe(text);
  });
  it('test() and some() answer yes/no', () => {
    expect(index.test('a root canal')).toBe(true);
    expect(index.test('nothing here')).toBe(false);
    expect(index.some(normalize('nothing here'))).toBe(false);
  });
  it('stays linear on a long text', () => {
    const big = new PhraseIndex(Array.from({ length: 3000 }, (_, i) => `word${i} tail`));
    const text = 'word1 tail and more words '.repeat(4000);
    const t0 = performance.now();
    const n = big.find(normalize(text)).length;
    expect(n).toBe(4000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('plurals', () => {
  const words = (index: PhraseIndex, text: string) => index.find(normalize(text)).map((h) => h.match);
  it('a vocabulary matches its nouns in the plural', () => {
    const index = new PhraseIndex(['ear infection', 'cavity', 'brace', 'abscess', 'flu'], { plurals: true });
    expect(words(index, 'Six ear infections, two cavities, braces and abscesses')).toEqual(['ear infections', 'cavities', 'braces', 'abscesses']);
    expect(words(index, 'flus and flux')).toEqual(['flus']);
  });
  it('phrases whose number matters match as listed only', () => {
    expect(words(new PhraseIndex(['my patient']), 'all my patients, my patient')).toEqual(['my patient']);
  });
});
