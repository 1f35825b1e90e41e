import type { Account } from '../../src/rules/types';
import type { InputEvent } from '../input';
import type { Archive, ArchiveEntry } from './archive';

export interface ReadOptions {
  /** Overrides the account type the export implies (`--account`). */
  account?: Account;
  /** Progress, in disk bytes of the entries being read. */
  onBytes?: (diskBytes: number) => void;
}

/** An export recognised in an archive, ready to be read. */
export interface ExportSource {
  /** What it is, in words: "X archive (@drsmith)". */
  description: string;
  /** The entries it will read (their disk sizes are the progress total). */
  entries: readonly ArchiveEntry[];
  /** Items in the order of the export, and problems with their place. */
  read(options: ReadOptions): AsyncGenerator<InputEvent>;
}

export interface ExportFormat {
  /** Listed when a file is not recognised: says what scan accepts. */
  name: string;
  detect(archive: Archive): Promise<ExportSource | undefined>;
}

/** Seconds since 1970 (as Meta exports write them) to an ISO date, or undefined. */
export function isoFromSeconds(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
