// One view over an export whether it is a zip or the unzipped folder: a list of entries (paths with
// "/" separators) and a way to stream each one. Plus the shared reader that turns a big JSON entry
// into parsed elements one at a time, with every damaged element or entry reported by its place.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { JsonSplitter, type JsonElement } from '../json-stream';
import type { InputProblem } from '../input';
import { readZipDirectory, readZipEntry, type ZipEntry } from '../zip';

export interface ArchiveEntry {
  /** Path inside the export, "/"-separated. */
  path: string;
  /** Bytes on disk (compressed size in a zip): what progress counts. */
  diskSize: number;
  /** Uncompressed size. */
  size: number;
}

export interface Archive {
  /** The path the user gave. */
  label: string;
  entries: readonly ArchiveEntry[];
  read(entry: ArchiveEntry): AsyncIterable<Uint8Array>;
  /** True for a lone file: places are then named by the file alone. */
  single?: boolean;
}

/** How a place in an export is named in messages: `export.zip:data/tweets.js`. */
export const placeOf = (archive: Archive, entry: ArchiveEntry): string => (archive.single ? archive.label : `${archive.label}:${entry.path}`);

/** Only the text files an export reader may need are listed (media files are skipped). */
const isDataFile = (name: string) => /\.(js|json)$/i.test(name);

export async function openZipArchive(path: string): Promise<Archive> {
  const zipEntries = await readZipDirectory(path, isDataFile);
  const byPath = new Map<string, ZipEntry>();
  const entries = zipEntries.map((z) => {
    byPath.set(z.name, z);
    return { path: z.name, diskSize: z.compressedSize, size: z.size };
  });
  return { label: path, entries, read: (entry) => readZipEntry(path, byPath.get(entry.path)!) };
}

export async function openFolderArchive(path: string): Promise<Archive> {
  const names = (await readdir(path, { recursive: true })) as string[];
  const entries: ArchiveEntry[] = [];
  for (const name of names.sort()) {
    if (!isDataFile(name)) continue;
    const info = await stat(join(path, name));
    if (info.isFile()) entries.push({ path: name.split(sep).join('/'), diskSize: info.size, size: info.size });
  }
  return { label: path, entries, read: (entry) => createReadStream(join(path, entry.path), { highWaterMark: 256 * 1024 }) };
}

/** A lone file (e.g. X's tweets.js on its own) seen as an archive of one entry. */
export async function openSingleFileArchive(path: string): Promise<Archive> {
  const info = await stat(path);
  const entry = { path: basename(path), diskSize: info.size, size: info.size };
  return { label: path, single: true, entries: [entry], read: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
}

/** The first bytes of an entry, decoded, to recognise what it holds; `damaged` when they could not be read. */
export async function peek(archive: Archive, entry: ArchiveEntry, bytes = 200): Promise<{ text: string; damaged: boolean }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let damaged = false;
  try {
    for await (const chunk of archive.read(entry)) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) break;
    }
  } catch {
    damaged = length < bytes; // damage further in is found (and reported) when the entry is read for real
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks).subarray(0, bytes)), damaged };
}

export type ElementEvent = { element: JsonElement; value: unknown } | { problem: InputProblem };

/**
 * Streams the elements of a JSON entry (see JsonSplitter), parsed. A damaged element or entry is a
 * problem with its place (`archive:entry:line`); the rest of the entry is still read when possible.
 * `onBytes` receives progress in disk bytes.
 */
export async function* readJsonElements(
  archive: Archive,
  entry: ArchiveEntry,
  options: { afterPrefix?: string; onBytes?: (diskBytes: number) => void } = {},
): AsyncGenerator<ElementEvent> {
  const where = placeOf(archive, entry);
  const splitter = new JsonSplitter({ afterPrefix: options.afterPrefix });
  const decoder = new TextDecoder();
  const ratio = entry.size > 0 ? entry.diskSize / entry.size : 1;
  let reported = 0;
  let produced = 0;
  const parse = function* (elements: JsonElement[]): Generator<ElementEvent> {
    for (const element of elements) {
      let value: unknown;
      try {
        value = JSON.parse(element.text);
      } catch (error) {
        yield { problem: { where: `${where}:${element.line}`, reason: `item ${element.index + 1} is not valid JSON (${(error as Error).message}); skipped` } };
        continue;
      }
      yield { element, value };
    }
  };
  try {
    for await (const chunk of archive.read(entry)) {
      produced += chunk.length;
      const disk = Math.round(produced * ratio);
      options.onBytes?.(disk - reported);
      reported = disk;
      yield* parse(splitter.push(decoder.decode(chunk, { stream: true })));
    }
    yield* parse(splitter.push(decoder.decode()));
    splitter.end();
  } catch (error) {
    yield { problem: { where, reason: `${(error as Error).message}; the rest of this file was not read` } };
  } finally {
    options.onBytes?.(entry.diskSize - reported);
  }
}

/** Reads a small JSON entry whole (account details and the like); undefined when it cannot be read. */
export async function readSmallJson(archive: Archive, entry: ArchiveEntry, afterPrefix?: string): Promise<unknown> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of archive.read(entry)) chunks.push(chunk);
    let text = new TextDecoder().decode(Buffer.concat(chunks));
    if (afterPrefix !== undefined) text = text.slice(text.indexOf(afterPrefix) + afterPrefix.length);
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A stable id for an element of an export that has no ids of its own: `posts/your_posts_1.json#3`. */
export const elementId = (entry: ArchiveEntry, element: JsonElement): string =>
  `${entry.path}#${element.key !== undefined && !/_v\d+$|^comments/.test(element.key) ? `${element.key}.` : ''}${element.index + 1}`;
