import { describe, expect, it } from 'vitest';
import { JsonSplitter, type JsonElement } from './json-stream';

/** Feeds `text` in pieces of `size` characters and collects every element. */
function split(text: string, size: number, afterPrefix?: string): JsonElement[] {
  const splitter = new JsonSplitter({ afterPrefix });
  const out: JsonElement[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...splitter.push(text.slice(i, i + size)));
  splitter.end();
  return out;
}

const CHUNK_SIZES = [1, 2, 3, 7, 64, 100_000];

describe('JsonSplitter', () => {
  it.each(CHUNK_SIZES)('cuts a top-level array into its elements (chunks of %i)', (size) => {
    const doc = '[\n {"a": "x,]}\\"y", "b": [1, {"c": 2}]},\n 42, "str]", null , [[]] ]';
    const elements = split(doc, size);
    expect(elements.map((e) => JSON.parse(e.text))).toEqual([{ a: 'x,]}"y', b: [1, { c: 2 }] }, 42, 'str]', null, [[]]]);
    expect(elements.map((e) => e.line)).toEqual([2, 3, 3, 3, 3]);
    expect(elements.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each(CHUNK_SIZES)('skips a script prefix such as X\'s window.YTD assignment (chunks of %i)', (size) => {
    const doc = 'window.YTD.tweets.part0 = [ {\n  "tweet" : { "id_str" : "1", "full_text" : "a = b" }\n}, {\n  "tweet" : { "id_str" : "2" }\n} ]';
    const elements = split(doc, size, '=');
    expect(elements.map((e) => (JSON.parse(e.text) as { tweet: { id_str: string } }).tweet.id_str)).toEqual(['1', '2']);
    expect(elements.map((e) => e.line)).toEqual([1, 3]);
  });

  it.each(CHUNK_SIZES)('cuts the arrays under each member of a top-level object (chunks of %i)', (size) => {
    const doc = '{\n "comments_v2": [ {"t": 1}, {"t": 2} ],\n "empty": [],\n "profile": {"name": "A"},\n "n\\u00e9": 3 }';
    const elements = split(doc, size);
    expect(elements.map((e) => [e.key, JSON.parse(e.text), e.index])).toEqual([
      ['comments_v2', { t: 1 }, 0],
      ['comments_v2', { t: 2 }, 1],
      ['profile', { name: 'A' }, 0],
      ['né', 3, 0],
    ]);
  });

  it('hands a damaged element over as it is, so the caller can report it and go on', () => {
    const elements = split('[{"ok": 1}, {"broken": tru}, {"ok": 2}]', 5);
    expect(elements).toHaveLength(3);
    expect(() => JSON.parse(elements[1].text)).toThrow();
    expect(JSON.parse(elements[2].text)).toEqual({ ok: 2 });
  });

  it('loses only the damaged element when a string is left open (strings never span lines)', () => {
    const elements = split('[\n{"a": "cut off\n},\n{"b": "fine"}\n]', 4);
    expect(elements).toHaveLength(2);
    expect(() => JSON.parse(elements[0].text)).toThrow();
    expect(JSON.parse(elements[1].text)).toEqual({ b: 'fine' });
  });

  it('says so when the data stops in the middle (a cut-short file)', () => {
    const splitter = new JsonSplitter();
    expect(splitter.push('[{"a": 1}, {"b": ').map((e) => e.text)).toEqual(['{"a": 1}']);
    expect(() => splitter.end()).toThrow(/stops in the middle/);
  });

  it('refuses text that is not a JSON array or object', () => {
    expect(() => new JsonSplitter().push('hello')).toThrow(/expected a JSON array or object/);
    expect(() => split('[1] [2]', 100)).toThrow(/after the end/);
    expect(() => split('no prefix here', 100, '=')).toThrow(/did not find/);
  });

  it('streams many elements fed one small chunk at a time', () => {
    const splitter = new JsonSplitter();
    splitter.push('[');
    let count = 0;
    for (let i = 0; i < 20_000; i++) count += splitter.push(`{"id": ${i}, "text": "${'x'.repeat(50)}"},`).length;
    count += splitter.push('{"id": -1}]').length;
    splitter.end();
    expect(count).toBe(20_001);
  });
});
