// What scan can read, recognised by content (never by file name): JSONL posts, or one of the sites'
// data exports as a zip, an unzipped folder, or X's tweets.js on its own.
import { open, stat } from 'node:fs/promises';
import { looksLikeZip, ZipError } from '../zip';
import { openFolderArchive, openSingleFileArchive, openZipArchive, type Archive } from './archive';
import { facebookExport } from './facebook';
import { instagramExport } from './instagram';
import type { ExportFormat, ExportSource } from './types';
import { xArchive } from './x';

export type { ExportSource, ReadOptions } from './types';

/** Instagram before Facebook: both are Meta exports, and Instagram's layout is the more specific. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [xArchive, instagramExport, facebookExport];

export const SUPPORTED = [
  'JSONL posts, one {"id","site","kind","account","text"} per line',
  ...EXPORT_FORMATS.map((f) => f.name),
];

export type Opened = { jsonl: true } | { source: ExportSource } | { error: string };

const unsupported = (what: string) => `${what}. scan reads:\n${SUPPORTED.map((s) => `  - ${s}`).join('\n')}`;

async function detect(archive: Archive, what: string): Promise<Opened> {
  for (const format of EXPORT_FORMATS) {
    const source = await format.detect(archive);
    if (source) return { source };
  }
  return { error: unsupported(`${what} holds no posts scan recognises`) };
}

/** Decides how to read `path`. Errors are plain sentences for the user. */
export async function openInput(path: string): Promise<Opened> {
  if (path === '-') return { jsonl: true };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message };
  }
  if (info.isDirectory()) return detect(await openFolderArchive(path), 'this folder');
  const file = await open(path, 'r');
  const head = Buffer.alloc(512);
  let length: number;
  try {
    ({ bytesRead: length } = await file.read(head, 0, 512, 0));
  } finally {
    await file.close();
  }
  const bytes = head.subarray(0, length);
  if (looksLikeZip(bytes)) {
    try {
      return detect(await openZipArchive(path), 'this zip');
    } catch (error) {
      if (error instanceof ZipError) return { error: error.message };
      throw error;
    }
  }
  const start = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('window.YTD.')) return detect(await openSingleFileArchive(path), 'this file');
  if (start === '' || (start.startsWith('{') && !/^\{\s*$/m.test(start.split('\n')[0]))) return { jsonl: true };
  return { error: unsupported('this file is not in a format scan knows') };
}
