import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, looksLikeZip, readZipDirectory, readZipEntry, ZipError } from './zip';

const dir = mkdtempSync(join(tmpdir(), 'bedside-zip-'));

async function readAll(path: string, name: string): Promise<string> {
  const entry = (await readZipDirectory(path)).find((e) => e.name === name)!;
  const chunks: Uint8Array[] = [];
  for await (const chunk of readZipEntry(path, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('zip reading', () => {
  const big = 'x'.repeat(300_000) + 'é😀';
  const path = join(dir, 'a.zip');
  writeFileSync(path, zipSync({ 'data/tweets.js': strToU8(big), 'stored.txt': [strToU8('kept as is'), { level: 0 }], 'media/': {} }));

  it('lists entries (not folders) from the central directory, with a filter', async () => {
    expect((await readZipDirectory(path)).map((e) => e.name)).toEqual(['data/tweets.js', 'stored.txt']);
    expect((await readZipDirectory(path, (n) => n.endsWith('.js'))).map((e) => e.name)).toEqual(['data/tweets.js']);
  });

  it('streams deflated and stored entries', async () => {
    await expect(readAll(path, 'data/tweets.js')).resolves.toBe(big);
    await expect(readAll(path, 'stored.txt')).resolves.toBe('kept as is');
  });

  it('reports damaged data in an entry', async () => {
    const bytes = readFileSync(path);
    const damaged = join(dir, 'damaged.zip');
    const copy = Buffer.from(bytes);
    copy[60] ^= 0xff; // inside the first entry's compressed data
    copy[70] ^= 0xff;
    writeFileSync(damaged, copy);
    await expect(readAll(damaged, 'data/tweets.js')).rejects.toThrow(/damaged/);
    await expect(readAll(damaged, 'stored.txt')).resolves.toBe('kept as is');
  });

  it('refuses a cut-short download clearly', async () => {
    const cut = join(dir, 'cut.zip');
    const whole = readFileSync(path);
    writeFileSync(cut, whole.subarray(0, whole.length - 30));
    await expect(readZipDirectory(cut)).rejects.toThrow(ZipError);
    await expect(readZipDirectory(cut)).rejects.toThrow(/download may be incomplete/);
  });

  it('recognises zips by their first bytes and computes CRC-32', () => {
    expect(looksLikeZip(readFileSync(path).subarray(0, 4))).toBe(true);
    expect(looksLikeZip(strToU8('[{"a":1}]'))).toBe(false);
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});
