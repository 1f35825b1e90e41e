// The scan CLI's contract (foundation issue): one JSON line per valid input line, in order; malformed
// lines reported as FILE:LINE on stderr without losing the others; exit 0 / 1 / 2; stdin with "-".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'scan-cli-'));
function scan(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], { encoding: 'utf8', input });
}
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
const post = (id: string, text: string, extra: object = {}) =>
  JSON.stringify({ id, site: 'facebook', kind: 'post', account: 'business', text, ...extra });

describe('scan --format json', () => {
  test('a clean file: one result line per input, in order, exit 0', () => {
    const path = file('clean.jsonl', [post('a', 'Flu shots are in! Walk-ins welcome Tuesday.'), post('b', 'Meet our new hygienist, Dana.')]);
    const run = scan(['--format', 'json', path]);
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0].findings).toEqual([]);
    expect(run.stderr).toBe('');
  });

  test('a risky post exits 1 and carries findings with spans into the text', () => {
    const text = 'Mrs. Jane Porter was diagnosed with breast cancer at her visit on 3/14 — send her love!';
    const run = scan(['--format', 'json', file('risky.jsonl', [post('r', text)])]);
    expect(run.status).toBe(1);
    const [result] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.end).toBeGreaterThan(f.start), expect(f.end).toBeLessThanOrEqual(text.length);
  });

  test('malformed lines are reported with FILE:LINE and the rest is still processed; exit 2', () => {
    const path = file('mixed.jsonl', [
      post('one', 'Happy Friday from all of us!'),
      '{not json',
      JSON.stringify({ id: 'x', site: 'myspace', kind: 'post', text: 'hi' }),
      JSON.stringify({ id: 'y', site: 'x', kind: 'post' }),
      post('two', 'We are closed Monday for the holiday.'),
    ]);
    const run = scan(['--format', 'json', path]);
    expect(run.status).toBe(2);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['one', 'two']);
    expect(run.stderr).toContain(`${path}:2:`);
    expect(run.stderr).toContain(`${path}:3:`);
    expect(run.stderr).toContain(`${path}:4:`);
  });

  test('a reply reports how its parent reads', () => {
    const line = JSON.stringify({ id: 'p', site: 'x', kind: 'reply', account: 'business', parent: 'Worst office ever. Rude staff and I waited two hours.', text: 'Thank you for the feedback.' });
    const run = scan(['--format', 'json', '-'], line + '\n');
    const [result] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(result.parent).toMatchObject({ sentiment: 'negative' });
  });
});

describe('scan usage', () => {
  test('no file is a usage error (exit 2) with help on stderr', () => {
    const run = scan([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });

  test('text format marks the risky words', () => {
    const run = scan([file('text.jsonl', [post('t', 'Take 500 mg amoxicillin three times a day, Karen, and you will be fine.')])]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/»[^«]+«/);
  });
});
