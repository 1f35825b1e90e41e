// The audit report in a real browser: scan the X archive fixture to HTML, open it from file:// in
// Chromium (no extension needed), check the flagged items are shown and the filters work, that hostile
// post text stays text, and save a screenshot for the README (docs/audit-report.png with UPDATE_DOCS=1).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X_TWEETS, X_TWEETS_PART1 } from '../../scripts/make-export-fixtures';
import { CHROMIUM, screenshotPath } from './browser';

const dir = mkdtempSync(join(tmpdir(), 'bedside-audit-'));

/** Runs scan as a user would; returns the exit code (1 = something to review). */
function scan(...args: string[]): number {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'cli/scan.ts', '--no-progress', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  page.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit report (HTML) of an X archive', () => {
  const report = join(dir, 'x.html');

  it('is written by scan and lists the risky posts with their dates and links', async () => {
    expect(scan(resolve('test/fixtures/exports/x-archive.zip'), '--format', 'html', '--out', report)).toBe(1);
    await page.goto(pathToFileURL(report).href);
    await expect(page.title()).resolves.toMatch(/to review/);
    const shown = await page.locator('#items > li:not([hidden])').evaluateAll((lis) =>
      lis.map((li) => ({ text: li.querySelector('blockquote')!.textContent!, href: li.querySelector('a')?.getAttribute('href'), date: li.getAttribute('data-date'), marks: li.querySelectorAll('mark').length })),
    );
    // The obviously risky posts: a patient named with a diagnosis, and a dose prescribed to a stranger.
    const named = X_TWEETS.find((t) => t.text.includes('Maria Lopez'))!;
    const dosed = X_TWEETS.find((t) => t.text.includes('500 mg amoxicillin'))!;
    for (const tweet of [named, dosed]) {
      const row = shown.find((r) => r.text === tweet.text);
      expect(row, tweet.text).toBeDefined();
      expect(row!.href).toBe(`https://x.com/brightsmile_dds/status/${tweet.id}`);
      expect(row!.date).toBe(tweet.date);
      expect(row!.marks).toBeGreaterThan(0);
    }
    // The obviously clean ones are not there.
    for (const clean of [X_TWEETS[0], X_TWEETS_PART1[0]]) expect(shown.map((r) => r.text)).not.toContain(clean.text);
    // Summary by year counts what is listed.
    const byYear = await page.locator('button.pick-year').allTextContents();
    expect(byYear).toContain('2021');
  });

  it('filters by concern and by year, and sorts', async () => {
    const total = await page.locator('#items > li').count();
    const options = await page.locator('#rule-filter option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    for (const rule of options) {
      await page.selectOption('#rule-filter', rule);
      const visibleRules = await page.locator('#items > li:not([hidden])').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rules')!.split(' ')));
      expect(visibleRules.length).toBeGreaterThan(0);
      for (const rules of visibleRules) expect(rules).toContain(rule);
      await expect(page.locator('#shown').textContent()).resolves.toBe(`${visibleRules.length} ${visibleRules.length === 1 ? 'item' : 'items'} shown`);
    }
    await page.selectOption('#rule-filter', '');
    await page.selectOption('#year-filter', '2021');
    const years = await page.locator('#items > li:not([hidden])').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-year')));
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years)).toEqual(new Set(['2021']));
    await page.selectOption('#year-filter', '');
    await page.selectOption('#sort', 'oldest');
    const dates = await page.locator('#items > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')!));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(total);
    await page.selectOption('#sort', 'newest');
  });

  it('needs nothing from the network', () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  });

  it('looks right (screenshot for the README)', async () => {
    await page.screenshot({ path: screenshotPath('audit-report.png'), fullPage: true });
  });
});

describe('audit report (HTML) with hostile post text', () => {
  it('shows markup in posts as text and runs none of it', async () => {
    const payload = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><a href="javascript:window.pwned=3">x</a>';
    const posts = join(dir, 'hostile.jsonl');
    const items = [
      { id: 'h1', site: 'x', kind: 'post', account: 'business', text: `Our patient Maria Lopez has breast cancer ${payload}`, url: 'javascript:window.pwned=4' },
      { id: 'h2', site: 'facebook', kind: 'comment', account: 'personal', text: `Just take 500 mg amoxicillin three times a day ${payload}`, date: '"><script>window.pwned=5</script>' },
    ];
    writeFileSync(posts, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
    const report = join(dir, 'hostile.html');
    expect(scan(posts, '--format', 'html', '--out', report)).toBe(1);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(pathToFileURL(report).href);
    const texts = await page.locator('#items blockquote').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain(payload);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(page.locator('#items img, #items script, #items a[href^="javascript"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
  });
});
