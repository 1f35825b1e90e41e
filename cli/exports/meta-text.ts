// Facebook and Instagram write their JSON exports with every UTF-8 byte escaped as its own code point
// ("é" arrives as "\u00c3\u00a9", an emoji as four such escapes). Read back, that is mojibake; this
// turns it into the text the person actually wrote.

/**
 * Re-reads a string whose code points are really UTF-8 bytes. Text that is not such a string (a code
 * point above 255, or bytes that are not valid UTF-8) is returned unchanged, so correctly encoded
 * text is never damaged.
 */
export function fixMetaText(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    if (c >= 0x80) high = true;
  }
  if (!high) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/** The reverse, for building fixtures shaped like the real exports. */
export function toMetaText(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
