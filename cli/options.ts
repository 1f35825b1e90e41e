// scan's command line: options, their checks, and the help text.
import { ACCOUNTS, type Account } from '../src/rules/types';
import { SUPPORTED } from './exports/index';
import type { ScanItem } from './input';

export const USAGE = `usage: npm run scan -- [options] FILE...
  Checks every post, comment and reply in FILE for patient-privacy and professional risks.
  FILE can be (recognised by its contents):
${SUPPORTED.map((s) => `    - ${s}`).join('\n')}
    "-" reads JSONL from stdin.
  --format text   a readable report with the risky words marked (default)
  --format json   one JSON line per item: {"id","findings":[…],"parent"?:{"sentiment","score"},"date"?,"url"?}
  --format html   one self-contained HTML report to open in a browser (use with --out report.html)
  --out FILE      write the report to FILE instead of the screen
  --since DATE    only items published on or after DATE (YYYY-MM-DD); items without a date are kept
  --account TYPE  business, personal or unknown: who wrote the export, when the export cannot tell
  --no-progress   no progress messages on stderr
Exit status: 0 nothing to fix, 1 something at warning or error level, 2 usage error, unreadable input
or a damaged part of an export (reported on stderr; everything else is still checked).`;

export interface Options {
  format: 'json' | 'text' | 'html';
  files: string[];
  out?: string;
  since?: string;
  account?: Account;
  progress: boolean;
}

export function parseArgs(argv: string[]): Options | string {
  const options: Options = { format: 'text', files: [], progress: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const valueOf = (name: string) => (arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : argv[++i]);
    const is = (name: string) => arg === name || arg.startsWith(`${name}=`);
    if (arg === '--help' || arg === '-h') return 'help';
    if (is('--format')) {
      const value = valueOf('--format');
      if (value !== 'json' && value !== 'text' && value !== 'html') return `unknown format ${JSON.stringify(value)} (expected json, text or html)`;
      options.format = value;
    } else if (is('--out')) {
      const value = valueOf('--out');
      if (!value) return '--out needs a file name';
      options.out = value;
    } else if (is('--since')) {
      const value = valueOf('--since');
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return `--since needs a date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
      options.since = `${value}T00:00:00Z`;
    } else if (is('--account')) {
      const value = valueOf('--account');
      if (!(ACCOUNTS as readonly string[]).includes(value)) return `--account must be one of ${ACCOUNTS.join(', ')}`;
      options.account = value as Account;
    } else if (arg === '--no-progress') options.progress = false;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'no input file given';
  return options;
}

/** Keeps an item when it has no date (cannot tell) or was published on or after `since`. */
export const inRange = (item: ScanItem, since: string | undefined) => !since || !item.date || Date.parse(item.date) >= Date.parse(since);

