// Reading zip archives without unpacking them: the central directory gives the list of entries (so an
// export is recognised by what it holds, and small entries such as X's account.js can be read before
// the big ones), then each entry is streamed from its offset through fflate's streaming Inflate.
// Memory stays bounded whatever the archive size. Damage is reported per entry: a bad entry does not
// stop the others from being read.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** A zip that cannot be read at all (not a zip, or its directory is damaged). */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/** True when the first bytes look like a zip archive (a local file header, or an empty zip). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
}

/** Lists the entries of a zip from its central directory. `keep` filters names (to save memory on huge archives). */
export async function readZipDirectory(path: string, keep: (name: string) => boolean = () => true): Promise<ZipEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size: fileSize } = await file.stat();
    const tailSize = Math.min(fileSize, 22 + MAX_COMMENT + 20);
    const tail = Buffer.alloc(tailSize);
    await file.read(tail, 0, tailSize, fileSize - tailSize);
    let eocd = -1;
    for (let i = tailSize - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { eocd = i; break; }
    if (eocd === -1) throw new ZipError('not a readable zip: its table of contents (at the end of the file) is missing — the download may be incomplete');
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
      const zip64At = Number(tail.readBigUInt64LE(eocd - 20 + 8));
      const z = Buffer.alloc(56);
      await file.read(z, 0, 56, zip64At);
      if (z.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError('not a readable zip: its zip64 table of contents is damaged');
      count = Number(z.readBigUInt64LE(32));
      dirSize = Number(z.readBigUInt64LE(40));
      dirOffset = Number(z.readBigUInt64LE(48));
    }
    if (dirOffset + dirSize > fileSize) throw new ZipError('not a readable zip: its table of contents points past the end of the file — the download may be incomplete');
    const entries: ZipEntry[] = [];
    // Read the central directory in slices so a directory of millions of entries is not one buffer.
    const SLICE = 1 << 20;
    let buffer = Buffer.alloc(0);
    let position = dirOffset;
    const end = dirOffset + dirSize;
    const fill = async (need: number): Promise<boolean> => {
      while (buffer.length < need && position < end) {
        const more = Buffer.alloc(Math.min(SLICE, end - position));
        await file.read(more, 0, more.length, position);
        position += more.length;
        buffer = Buffer.concat([buffer, more]);
      }
      return buffer.length >= need;
    };
    for (let n = 0; n < count; n++) {
      const cutShort = `not a readable zip: its table of contents stops after ${n} of ${count} entries`;
      if (!(await fill(46))) throw new ZipError(cutShort);
      if (!(await fill(46 + buffer.readUInt16LE(28) + buffer.readUInt16LE(30) + buffer.readUInt16LE(32)))) throw new ZipError(cutShort);
      if (buffer.readUInt32LE(0) !== CENTRAL) throw new ZipError(`not a readable zip: its table of contents is damaged at entry ${n + 1}`);
      const flags = buffer.readUInt16LE(8);
      const nameLength = buffer.readUInt16LE(28);
      const extraLength = buffer.readUInt16LE(30);
      const commentLength = buffer.readUInt16LE(32);
      const nameBytes = buffer.subarray(46, 46 + nameLength);
      const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
      const entry: ZipEntry = {
        name,
        flags,
        method: buffer.readUInt16LE(10),
        crc: buffer.readUInt32LE(16),
        compressedSize: buffer.readUInt32LE(20),
        size: buffer.readUInt32LE(24),
        localHeaderOffset: buffer.readUInt32LE(42),
      };
      readZip64Extra(buffer.subarray(46 + nameLength, 46 + nameLength + extraLength), entry);
      if (!name.endsWith('/') && keep(name)) entries.push(entry);
      buffer = buffer.subarray(46 + nameLength + extraLength + commentLength);
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Sizes and offsets too big for 32 bits live in the zip64 extra field, in this order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => { const v = Number(extra.readBigUInt64LE(p)); p += 8; return v; };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Streams an entry's uncompressed bytes. Throws (after yielding what it could) when the entry is
 * damaged: bad compressed data, a wrong checksum, or an unsupported compression method.
 */
export async function* readZipEntry(path: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw new Error('the entry is encrypted');
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`the entry uses a compression method scan cannot read (${entry.method})`);
  const file = await open(path, 'r');
  let dataStart: number;
  try {
    const header = Buffer.alloc(30);
    await file.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL) throw new Error('the entry header is damaged');
    dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await file.close();
  }
  let crc = 0xffffffff;
  let produced = 0;
  const ready: Uint8Array[] = [];
  const inflate = entry.method === 8 ? new Inflate((chunk) => ready.push(chunk)) : undefined;
  const take = function* (): Generator<Uint8Array> {
    while (ready.length > 0) {
      const chunk = ready.shift()!;
      crc = crc32Update(crc, chunk);
      produced += chunk.length;
      yield chunk;
    }
  };
  if (entry.compressedSize > 0) {
    const stream = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 64 * 1024 });
    let read = 0;
    for await (const raw of stream as AsyncIterable<Buffer>) {
      read += raw.length;
      const last = read >= entry.compressedSize;
      if (inflate) {
        try {
          inflate.push(raw, last);
        } catch (error) {
          stream.destroy();
          yield* take();
          throw new Error(`the compressed data is damaged after ${produced} bytes (${(error as Error).message})`);
        }
      } else ready.push(raw);
      yield* take();
    }
    if (read < entry.compressedSize) throw new Error('the entry is cut short');
  } else if (inflate) {
    inflate.push(new Uint8Array(0), true);
    yield* take();
  }
  if (produced !== entry.size) throw new Error(`the entry is damaged: expected ${entry.size} bytes, got ${produced}`);
  if ((crc ^ 0xffffffff) >>> 0 !== entry.crc) throw new Error('the entry is damaged: its checksum does not match');
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32Update(crc: number, data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return crc;
}

/** CRC-32 of `data` (as stored in zip headers). */
export function crc32(data: Uint8Array): number {
  return (crc32Update(0xffffffff, data) ^ 0xffffffff) >>> 0;
}
