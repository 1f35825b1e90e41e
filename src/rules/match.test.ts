import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fast, findAll } from './match';
import { normalize } from './normalize';

test('maps every match back to the characters as typed', () => {
  const text = 'Room\u200b 12 and RÓOM 4';
  const spans = findAll(normalize(text), /room \d+/gu);
  expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Room\u200b 12', 'RÓOM 4']);
  expect(spans.map((s) => s.match)).toEqual(['room 12', 'room 4']);
});

test('a pattern that matches nothing gives nothing', () => {
  expect(findAll(normalize('anything'), /(?!)/gu)).toEqual([]);
});

test('fast(): the same matches as the pattern as written, for a letter or digit of any script before the word', () => {
  const written = [/(?<![\p{L}])ab/u, /(?<![\p{L}\p{N}])ab/u, /(?<![\p{L}\p{N}@#_.\-'’/])ab/u, /(?<![\p{Lu}'])ab/u];
  for (const re of written) {
    const quick = fast(re);
    expect(quick.source).not.toBe(re.source);
    expect(quick.test('ab')).toBe(re.test('ab'));
    const differ: number[] = [];
    for (let cp = 0; cp < 0x110000; cp += cp < 0x3000 ? 1 : 7) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `${String.fromCodePoint(cp)}ab`;
      if (quick.test(text) !== re.test(text)) differ.push(cp);
    }
    expect(differ, re.source).toEqual([]);
  }
});

test('fast(): keeps flags, state and patterns it cannot speed up', () => {
  const g = fast(/(?<![\p{L}])(?:pt|patient)(?![\p{L}])/gu);
  expect(g.flags).toBe('gu');
  expect([...'Pt: the patient, outpatient'.toLowerCase().matchAll(g)].map((m) => m.index)).toEqual([0, 8]);
  const ranged = /(?<![a-c\p{L}])x/u;
  expect(fast(ranged)).toBe(ranged);
  const ascii = /(?<![a-z])x/g;
  expect(fast(ascii)).toBe(ascii);
});

test('every module-level pattern of the rules that opens a word with a Unicode look-behind goes through fast()', () => {
  const dir = new URL('.', import.meta.url);
  const unwrapped: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    lines.forEach((line, i) => {
      // "const X = /…/u" on one line, or "const X =" / "const X = new RegExp(" and the pattern on the next.
      const previous = lines[i - 1] ?? '';
      const declared =
        /^(?:export )?const \w+(?::[^=]+)? = (?:\/|new RegExp\()/.test(line) ||
        (/^(?:export )?const \w+(?::[^=]+)? =$/.test(previous) && /^\s+(?:\/|new RegExp\()/.test(line)) ||
        /^(?:export )?const \w+(?::[^=]+)? = new RegExp\($/.test(previous);
      if (declared && /\(\?<!\[\\{1,2}p\{/.test(line)) unwrapped.push(`${file}:${i + 1}`);
    });
  }
  expect(unwrapped).toEqual([]);
});
