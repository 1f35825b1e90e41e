// Reading scan input: JSONL posts, one `{ id, site, kind, account, parent?, text }` per line.
// Every line is either an item or a problem with its place; nothing is dropped silently.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ACCOUNTS, KINDS, SITES, isOneOf, type CheckContext } from '../src/rules/types';

export interface ScanItem extends CheckContext {
  id: string | number;
  text: string;
  /** ISO date of publication, when the source knows it. */
  date?: string;
  /** Link to the published item, when it can be formed. */
  url?: string;
  /** Who is being answered, when the export names them but not their text (e.g. "@drsmith"). Display only. */
  replyingTo?: string;
}

/** An input line or entry that could not be read, with where it is. */
export interface InputProblem {
  where: string;
  reason: string;
}

export type InputEvent = { item: ScanItem } | { problem: InputProblem };

/** Validates one parsed JSON value as a scan item; returns the reason when it is not one. */
export function toScanItem(value: unknown): ScanItem | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return 'missing "text" (a string)';
  if (!isOneOf(SITES, o.site)) return `unknown "site" ${JSON.stringify(o.site)} (expected ${SITES.join(', ')})`;
  if (!isOneOf(KINDS, o.kind)) return `unknown "kind" ${JSON.stringify(o.kind)} (expected ${KINDS.join(', ')})`;
  if (o.account !== undefined && !isOneOf(ACCOUNTS, o.account))
    return `unknown "account" ${JSON.stringify(o.account)} (expected ${ACCOUNTS.join(', ')})`;
  if (o.parent !== undefined && o.parent !== null && typeof o.parent !== 'string') return '"parent" must be a string';
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') return '"id" must be a string or a number';
  const item: ScanItem = {
    id: (o.id as string | number | undefined) ?? '',
    site: o.site,
    kind: o.kind,
    account: (o.account as ScanItem['account'] | undefined) ?? 'unknown',
    text: o.text,
  };
  if (typeof o.parent === 'string') item.parent = o.parent;
  if (typeof o.date === 'string') item.date = o.date;
  if (typeof o.url === 'string') item.url = o.url;
  return item;
}

/** Streams a JSONL file (or stdin for "-") line by line, in constant memory. `onBytes` hears of each line read (progress). */
export async function* readJsonl(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<InputEvent> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const name = path === '-' ? '<stdin>' : path;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    onBytes?.(Buffer.byteLength(line) + 1);
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { problem: { where: `${name}:${lineNo}`, reason: `not valid JSON (${(error as Error).message})` } };
      continue;
    }
    const item = toScanItem(parsed);
    if (typeof item === 'string') yield { problem: { where: `${name}:${lineNo}`, reason: item } };
    else {
      if (item.id === '') item.id = `${name}:${lineNo}`;
      yield { item };
    }
  }
}
