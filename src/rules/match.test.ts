import { expect, test } from 'vitest';
import { findAll } from './match';
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
