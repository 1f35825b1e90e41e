import { describe, expect, test } from 'vitest';
import { normalize, toOriginalSpan } from './normalize';

describe('normalize', () => {
  test.each([
    ['Hello', 'hello'],
    ['pa\u200btient', 'patient'],
    ['Mrs. Lópеz', 'mrs. lopez'], // Cyrillic е
    ['it\u2019s', "it's"],
    ['ＦＵＬＬ', 'full'],
    ['niño 🦷 ok', 'nino 🦷 ok'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('maps spans back to the characters the user typed', () => {
    const original = 'Dear Mrs. Ló\u200bpez, 🦷 see you';
    const doc = normalize(original);
    const at = doc.text.indexOf('lopez');
    const span = toOriginalSpan(doc, at, at + 'lopez'.length);
    expect(original.slice(span.start, span.end)).toBe('Ló\u200bpez');
    const see = doc.text.indexOf('see');
    const seeSpan = toOriginalSpan(doc, see, see + 3);
    expect(original.slice(seeSpan.start, seeSpan.end)).toBe('see');
  });

  test('every normalised character maps to the character that produced it (ASCII runs, expansions, removals)', () => {
    const original = 'Gro\u00df `Hi`\u200b 😀 STRASSE\ufb01x';
    const doc = normalize(original);
    expect(doc.text).toBe("gross 'hi' 😀 strassefix");
    expect(doc.toOriginal.length).toBe(doc.text.length + 1);
    expect(doc.toOriginal[doc.text.length]).toBe(original.length);
    expect(doc.toOriginal[doc.text.indexOf('ss')]).toBe(3);
    expect(doc.toOriginal[doc.text.indexOf('ss') + 1]).toBe(3);
    expect(doc.toOriginal[doc.text.indexOf('hi')]).toBe(original.indexOf('Hi'));
    expect(doc.toOriginal[doc.text.indexOf('strasse')]).toBe(original.indexOf('STRASSE'));
    expect(doc.toOriginal[doc.text.length - 2]).toBe(original.indexOf('\ufb01'));
  });

  test('is linear on a long text', () => {
    const long = 'a\u200bB'.repeat(50_000);
    const doc = normalize(long);
    expect(doc.text.length).toBe(100_000);
    expect(doc.toOriginal.length).toBe(100_001);
  });
});
