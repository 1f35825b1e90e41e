import { expect, test } from 'vitest';
import { compileWordList, findAll } from './match';
import { normalize } from './normalize';

test('matches whole words and phrases, longest first, with original spans', () => {
  const list = compileWordList(['root', 'root canal', 'infect*']);
  const text = 'Her ROOT  Canal got infected; rooted? no.';
  const spans = findAll(normalize(text), list);
  expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['ROOT  Canal', 'infected']);
});

test('an empty list matches nothing', () => {
  expect(findAll(normalize('anything'), compileWordList([]))).toEqual([]);
});
