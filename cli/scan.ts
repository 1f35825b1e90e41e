#!/usr/bin/env node
// scan — the rules engine in batch: audits posts (JSONL, or a site's data export) and measures accuracy.
// usage: npm run scan -- [--format json|text|html] [--out FILE] [--since YYYY-MM-DD] FILE...   ("-" reads stdin)
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { check, readParent, rules } from '../src/rules/index';
import type { Finding } from '../src/rules/types';
import { openInput } from './exports/index';
import { formatItem } from './format-text';
import { readJsonl, type InputEvent } from './input';
import { inRange, parseArgs, USAGE } from './options';
import { Progress } from './progress';
import { HtmlReport } from './report-html';

// A reader that stops early (`scan … | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
  const sink: NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
  // Output is gathered into ~64 KB chunks: one write per chunk, not per post (and a wait when the pipe is full).
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!sink.write(chunk)) await once(sink, 'drain');
  };
  const write = async (chunk: string) => {
    pending += chunk;
    if (pending.length >= 1 << 16) await flush();
  };
  const report = options.format === 'html' ? new HtmlReport(new Map(rules.map((r) => [r.id, r.description]))) : undefined;
  const sources: string[] = [];
  const problemList: string[] = [];
  let flagged = 0;
  let problems = 0;
  let items = 0;
  const problem = (where: string, reason: string) => {
    problems++;
    const line = `${where}: ${reason}`;
    console.error(line);
    if (problemList.length < 1000) problemList.push(line);
  };

  for (const file of options.files) {
    let events: AsyncIterable<InputEvent>;
    let total = 0;
    let progress: Progress | undefined;
    const onBytes = (bytes: number) => progress?.advance(bytes);
    try {
      const opened = await openInput(file);
      if ('error' in opened) {
        problem(file, opened.error);
        continue;
      }
      if ('source' in opened) {
        sources.push(`${opened.source.description} (${basename(file)})`);
        total = opened.source.entries.reduce((sum, e) => sum + e.diskSize, 0);
        events = opened.source.read({ account: options.account, onBytes });
      } else {
        sources.push(file === '-' ? 'standard input' : basename(file));
        total = file === '-' ? 0 : (await stat(file)).size;
        events = readJsonl(file, onBytes);
      }
      if (options.progress) progress = new Progress({ label: file === '-' ? 'stdin' : basename(file), total, stream: process.stderr, intervalMs: Number(process.env.BEDSIDE_PROGRESS_MS) || undefined });
      for await (const event of events) {
        if ('problem' in event) {
          problem(event.problem.where, event.problem.reason);
          continue;
        }
        const { item } = event;
        if (!inRange(item, options.since)) continue;
        items++;
        const findings: Finding[] = check(item.text, item);
        const parent = item.parent !== undefined ? readParent(item.parent) : undefined;
        const serious = findings.some((f) => f.severity !== 'info');
        if (serious) flagged++;
        progress?.item(serious);
        if (options.format === 'json') {
          const line = { id: item.id, findings, ...(parent ? { parent } : {}), ...(item.date ? { date: item.date } : {}), ...(item.url ? { url: item.url } : {}) };
          await write(JSON.stringify(line) + '\n');
        } else if (report) {
          await report.add(item, findings);
        } else if (findings.length > 0) {
          await write(formatItem(item, findings, parent?.sentiment) + '\n\n');
        }
      }
    } catch (error) {
      problem(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message);
    } finally {
      progress?.finish();
    }
  }
  if (options.format === 'text') {
    await write(`${items} checked, ${flagged} to review${problems ? `, ${problems} unreadable (see above)` : ''}.\n`);
  }
  await flush();
  if (report) {
    await report.write(sink, { sources, since: options.since, problems: problemList, generated: new Date() });
    if (options.out) console.error(`scan: ${items} checked, ${flagged} to review; report written to ${options.out}`);
  }
  if (options.out) {
    sink.end();
    await once(sink, 'finish');
  }
  if (process.env.BEDSIDE_SCAN_STATS) console.error(`scan-stats: ${JSON.stringify({ items, flagged, problems, maxRssKb: process.resourceUsage().maxRSS })}`);
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
