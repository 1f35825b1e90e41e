#!/usr/bin/env node
// scan — the rules engine in batch: audits posts (JSONL) and measures accuracy.
// usage: npm run scan -- [--format json|text] FILE...   ("-" reads stdin)
import { once } from 'node:events';
import { check, readParent } from '../src/rules/index';
import type { Finding } from '../src/rules/types';
import { formatItem } from './format-text';
import { readJsonl, type InputEvent } from './input';

const USAGE = `usage: npm run scan -- [--format json|text] FILE...
  Checks each post in FILE (JSONL: one {"id","site","kind","account","parent"?,"text"} per line; "-" = stdin).
  --format json   one JSON line per input line: {"id","findings":[…],"parent"?:{"sentiment","score"}}
  --format text   a readable report with the risky words marked (default)
Exit status: 0 nothing to fix, 1 something at warning or error level, 2 usage error or malformed input.`;

interface Options {
  format: 'json' | 'text';
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { format: 'text', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'json' && value !== 'text') return `unknown format ${JSON.stringify(value)}`;
      options.format = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'no input file given';
  return options;
}

/** Writes to stdout, waiting when the pipe is full so memory stays flat on huge inputs. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    console.error(`scan: ${options}\n${USAGE}`);
    return 2;
  }
  let flagged = 0;
  let problems = 0;
  let items = 0;
  for (const file of options.files) {
    let events: AsyncIterable<InputEvent>;
    try {
      events = readJsonl(file);
      for await (const event of events) {
        if ('problem' in event) {
          problems++;
          console.error(`${event.problem.where}: ${event.problem.reason}`);
          continue;
        }
        const { item } = event;
        items++;
        const findings: Finding[] = check(item.text, item);
        const parent = item.parent !== undefined ? readParent(item.parent) : undefined;
        if (findings.some((f) => f.severity !== 'info')) flagged++;
        if (options.format === 'json') {
          await write(JSON.stringify({ id: item.id, findings, ...(parent ? { parent } : {}) }) + '\n');
        } else if (findings.length > 0) {
          await write(formatItem(item, findings, parent?.sentiment) + '\n\n');
        }
      }
    } catch (error) {
      problems++;
      console.error(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  if (options.format === 'text') {
    await write(`${items} checked, ${flagged} to review${problems ? `, ${problems} unreadable (see above)` : ''}.\n`);
  }
  return problems > 0 ? 2 : flagged > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('scan:', error);
    process.exitCode = 2;
  },
);
