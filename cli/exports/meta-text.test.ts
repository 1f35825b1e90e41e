import { describe, expect, it } from 'vitest';
import { fixMetaText, toMetaText } from './meta-text';

describe('fixMetaText (Facebook and Instagram escape UTF-8 bytes as code points)', () => {
  it('turns the escaped bytes back into accents and emoji', () => {
    expect(fixMetaText(JSON.parse('"Caf\\u00c3\\u00a9 \\u00f0\\u009f\\u0098\\u0080"') as string)).toBe('Café 😀');
    expect(fixMetaText(JSON.parse('"Tobias L\\u00c3\\u00b8ye"') as string)).toBe('Tobias Løye');
  });

  it('round-trips any text through the export encoding', () => {
    for (const text of ['Niño con fiebre 🤒', 'Zoë’s “check-up” ✅', 'plain ascii', '日本語']) expect(fixMetaText(toMetaText(text))).toBe(text);
  });

  it('leaves text alone when it is not escaped bytes', () => {
    expect(fixMetaText('already fine: café 😀')).toBe('already fine: café 😀');
    expect(fixMetaText('lone latin-1: caf\u00e9')).toBe('lone latin-1: caf\u00e9'); // 0xE9 alone is not valid UTF-8
  });
});
