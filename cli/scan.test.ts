// scan end to end, as a user runs it: real process, real fixtures, stdout/stderr/exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FB_PAGE, writeLargeXArchive, X_TWEETS, X_TWEETS_PART1 } from '../scripts/make-export-fixtures';
import { inRange, parseArgs } from './options';

const FIXTURES = 'test/fixtures/exports';
const dir = mkdtempSync(join(tmpdir(), 'bedside-scan-'));

function scan(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Line { id: string; findings: { ruleId: string; severity: string }[]; date?: string; url?: string; parent?: unknown }
const lines = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const serious = (line: Line | undefined) => !!line && line.findings.some((f) => f.severity !== 'info');

describe('scan --format json on data exports', () => {
  it('prints one line per item of an X archive, in order, with date and link, and nothing else', () => {
    const { code, stdout } = scan(['--format', 'json', `${FIXTURES}/x-archive.zip`]);
    const out = lines(stdout);
    const tweets = [...X_TWEETS, ...X_TWEETS_PART1];
    expect(out.map((l) => l.id)).toEqual(tweets.map((t) => t.id));
    expect(out.map((l) => l.date)).toEqual(tweets.map((t) => t.date));
    expect(out.every((l, i) => l.url === `https://x.com/brightsmile_dds/status/${tweets[i].id}`)).toBe(true);
    // Obviously risky: a patient named with her diagnosis; a dose prescribed to a stranger.
    expect(serious(out.find((l) => l.id === tweets.find((t) => t.text.includes('Maria Lopez'))!.id))).toBe(true);
    expect(serious(out.find((l) => l.id === tweets.find((t) => t.text.includes('500 mg amoxicillin'))!.id))).toBe(true);
    // Obviously clean: opening hours, flu shots.
    expect(out.find((l) => l.id === tweets[0].id)!.findings).toEqual([]);
    expect(out.find((l) => l.id === X_TWEETS_PART1[0].id)!.findings).toEqual([]);
    expect(code).toBe(1);
  });

  it('flags the Page review reply that confirms the patient, not the one that invites a call', () => {
    const { stdout } = scan(['--format', 'json', `${FIXTURES}/facebook-page.zip`]);
    const replies = lines(stdout).filter((l) => l.id.includes('review'));
    expect(replies).toHaveLength(2);
    expect(replies.every((r) => r.parent !== undefined)).toBe(true);
    expect(FB_PAGE.reviews.page_reviews_v2[0].reply!.text).toMatch(/checked your chart/);
    expect(serious(replies[0])).toBe(true);
    expect(serious(replies[1])).toBe(false);
  });

  it('limits the audit with --since', () => {
    const { stdout } = scan(['--format', 'json', '--since', '2023-01-01', `${FIXTURES}/x-archive.zip`]);
    const expected = [...X_TWEETS, ...X_TWEETS_PART1].filter((t) => t.date >= '2023-01-01');
    expect(lines(stdout).map((l) => l.id)).toEqual(expected.map((t) => t.id));
  });

  it('reports a damaged part of an archive by its place, audits the rest, and exits 2', () => {
    const { code, stdout, stderr } = scan(['--format', 'json', `${FIXTURES}/x-archive-damaged.zip`]);
    expect(lines(stdout).map((l) => l.id)).toEqual(X_TWEETS.map((t) => t.id));
    expect(stderr).toMatch(/x-archive-damaged\.zip:data\/tweets\.js:\d+: item 3 is not valid JSON/);
    expect(stderr).toMatch(/x-archive-damaged\.zip:data\/tweets-part1\.js: .*damaged/);
    expect(code).toBe(2);
  });

  it('says which formats it supports when it does not recognise a file', () => {
    const { code, stdout, stderr } = scan(['--format', 'json', `${FIXTURES}/not-an-export.zip`]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not-an-export\.zip: this zip holds no posts scan recognises/);
    expect(stderr).toMatch(/X \(Twitter\) archive/);
    expect(code).toBe(2);
  });

  it('keeps the JSONL contract: a malformed line is reported and the others still printed', () => {
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, ['{"id":"a","site":"x","kind":"post","account":"business","text":"Open Saturday!"}', '{not json', '{"id":"c","site":"x","kind":"post","text":"See you soon"}'].join('\n') + '\n');
    const { code, stdout, stderr } = scan(['--format', 'json', file]);
    expect(lines(stdout).map((l) => l.id)).toEqual(['a', 'c']);
    expect(stderr).toContain(`${file}:2: not valid JSON`);
    expect(code).toBe(2);
  });
});

describe('scan --format text and html', () => {
  it('prints a readable report with the risky words marked and the link', () => {
    const { stdout } = scan(['--no-progress', `${FIXTURES}/instagram.zip`]);
    expect(stdout).toMatch(/»[^«]+«/);
    expect(stdout).toMatch(/4 checked, [1-4] to review\./);
  });

  it('writes a self-contained HTML report to --out', () => {
    const out = join(dir, 'r.html');
    const { code, stdout, stderr } = scan(['--format', 'html', '--out', out, `${FIXTURES}/facebook-profile`]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/report written to/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i); // no external assets
    expect(html).toContain('Facebook profile export');
    expect(html).toContain('800 mg ibuprofen'); // the obviously risky comment is listed
    expect(code).toBe(1);
  });
});

describe('progress on a large archive', () => {
  let archive: string;
  beforeAll(async () => {
    archive = join(dir, 'large.zip');
    await writeLargeXArchive(archive, 4 * 1024 * 1024);
  });

  it('writes periodic progress lines on stderr when it is not a terminal, and stdout stays clean', () => {
    const { stdout, stderr } = scan(['--format', 'json', archive], { BEDSIDE_PROGRESS_MS: '1' });
    const progress = stderr.split('\n').filter((l) => /^scan: \d+% of large\.zip \([\d.]+ MB of [\d.]+ MB\): [\d,]+ checked · [\d,]+ to review, about [\d:?]+ left$/.test(l));
    expect(progress.length).toBeGreaterThan(1);
    expect(stderr).toMatch(/scan: done with large\.zip: [\d,]+ checked/);
    expect(stdout.split('\n').filter(Boolean).every((l) => l.startsWith('{"id":"'))).toBe(true);
  });
});

describe('options', () => {
  it('parses and validates them', () => {
    expect(parseArgs(['--since', '2024-13-45', 'f'])).toMatch(/--since needs a date/);
    expect(parseArgs(['--account', 'clinic', 'f'])).toMatch(/--account must be one of/);
    expect(parseArgs(['--format', 'pdf', 'f'])).toMatch(/unknown format/);
    expect(parseArgs(['--format=html', '--out=r.html', '--since=2020-01-31', 'f'])).toMatchObject({ format: 'html', out: 'r.html', since: '2020-01-31T00:00:00Z' });
    expect(inRange({ id: 1, site: 'x', kind: 'post', account: 'unknown', text: '', date: '2019-12-31T23:59:59Z' }, '2020-01-01T00:00:00Z')).toBe(false);
    expect(inRange({ id: 1, site: 'x', kind: 'post', account: 'unknown', text: '' }, '2020-01-01T00:00:00Z')).toBe(true);
  });
});
