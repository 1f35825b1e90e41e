// The cost of typing with Bedside Manner against without it, in one run, on the same replica page (the
// X composer: Draft.js in React, the heaviest of the three editors), and the memory it holds after
// a long stretch of typing. Run alone: `npx tsx bench/typing.ts [--minutes 10]` (after npm run build).
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launch, replicaHtml } from '../test/e2e/browser';

export interface TypingResult {
  /** Median keydown → next frame, ms. */
  medianWithMs: number;
  medianWithoutMs: number;
  /** with / without; target ≤ 1.10. */
  ratio: number;
  /** Median time from the last input to the badge, ms (debounce included). */
  timeToWarningMs: number;
  /** The same, right after the background worker was stopped: it has to wake and load the rules first. */
  coldWarningMs: number;
  /** JS heap of the page with the extension minus without, after typing and GC, MB. */
  extraHeapMb: number;
  /** Heap growth with the extension between the first and the last stretch of typing, MB. */
  heapGrowthMb: number;
  minutes: number;
}

const URL = 'https://x.com/home';
const BOX = '[data-testid="tweetTextarea_0"]';
const SENTENCE = 'Maria, take 50 mg of sertraline daily. Flu shots are in, walk-ins welcome! ';

/** Installs an in-page probe: keydown time → the next animation frame, per keystroke. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
  });
}

async function typeFor(page: Page, keystrokes: number): Promise<void> {
  for (let i = 0; i < keystrokes; i++) {
    const ch = SENTENCE[i % SENTENCE.length];
    await page.keyboard.type(ch);
    // Every ~300 characters, start over so the box stays a realistic post length.
    if (i % 300 === 299) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    }
    await page.waitForTimeout(40);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

export async function benchTyping(options: { keystrokes?: number; minutes?: number } = {}): Promise<TypingResult> {
  const minutes = options.minutes ?? 1;
  const keystrokes = options.keystrokes ?? 300;
  // Without the extension: a plain Chromium serving the same replica.
  const dir = mkdtempSync(join(tmpdir(), 'bench-typing-'));
  const plain = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 860 }, args: ['--no-sandbox', '--disable-gpu'] });
  const h = await launch();
  try {
    const html = replicaHtml('x');
    const { readFileSync, existsSync } = await import('node:fs');
    const { REPLICA_DIR } = await import('../test/e2e/browser');
    await plain.route('**/*', (route) => {
      const url = route.request().url();
      const asset = url.match(/\/__replica\/(.+?)(?:[?#].*)?$/);
      if (asset && existsSync(join(REPLICA_DIR, asset[1])))
        return route.fulfill({ body: readFileSync(join(REPLICA_DIR, asset[1])), contentType: asset[1].endsWith('.css') ? 'text/css' : 'text/javascript' });
      if (route.request().resourceType() === 'document') return route.fulfill({ body: html, contentType: 'text/html' });
      return route.abort();
    });
    const without = await plain.newPage();
    await without.goto(URL);
    await h.serveReplica(URL, 'x');
    const withExt = await h.open(URL).catch(() => h.open(URL));
    for (const page of [without, withExt]) {
      await page.bringToFront();
      await page.waitForSelector('body[data-ready="true"]');
      await page.locator(BOX).click();
      await installProbe(page);
    }
    // Interleave the two pages in rounds so machine noise hits both alike.
    for (let round = 0; round < 4; round++) {
      await without.bringToFront();
      await without.locator(BOX).click();
      await typeFor(without, keystrokes / 4);
      await withExt.bringToFront();
      await withExt.locator(BOX).click();
      await typeFor(withExt, keystrokes / 4);
    }
    const lat = (p: Page) => p.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    const medianWithMs = median(await lat(withExt));
    const medianWithoutMs = median(await lat(without));

    // Time to warning: a risky sentence lands at once; wait for the badge.
    const warnings: number[] = [];
    for (let i = 0; i < 5; i++) {
      await withExt.keyboard.press('Control+A');
      await withExt.keyboard.press('Backspace');
      await withExt.waitForTimeout(400);
      const t0 = Date.now();
      await withExt.keyboard.insertText('Maria, take 50 mg of sertraline daily.');
      await withExt.locator('bedside-manner .bm-badge').waitFor({ state: 'visible' });
      warnings.push(Date.now() - t0);
    }
    // The same after the background worker was stopped (as the browser does when it sits idle): the first
    // check wakes it, loads the rules and answers.
    const cold: number[] = [];
    const cdp = await withExt.context().newCDPSession(withExt);
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < 3; i++) {
      await withExt.keyboard.press('Control+A');
      await withExt.keyboard.press('Backspace');
      await withExt.waitForTimeout(400);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await withExt.waitForTimeout(600);
      const t0 = Date.now();
      await withExt.keyboard.insertText('Maria, take 50 mg of sertraline daily.');
      await withExt.locator('bedside-manner .bm-badge').waitFor({ state: 'visible' });
      cold.push(Date.now() - t0);
    }
    await cdp.detach();

    // Memory: type for `minutes` with the extension; compare heap after the first and last stretch.
    const end = Date.now() + minutes * 60_000;
    await typeFor(withExt, 100);
    const early = await heapMb(withExt);
    while (Date.now() < end) await typeFor(withExt, 100);
    const late = await heapMb(withExt);
    const baseline = await heapMb(without);
    return {
      medianWithMs,
      medianWithoutMs,
      ratio: medianWithMs / medianWithoutMs,
      timeToWarningMs: median(warnings),
      coldWarningMs: median(cold),
      extraHeapMb: late - baseline,
      heapGrowthMb: late - early,
      minutes,
    };
  } finally {
    await h.close();
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--minutes');
  const minutes = i > 0 ? Number(process.argv[i + 1]) : 1;
  const r = await benchTyping({ minutes });
  console.log(`typing on the X replica (Draft.js), keydown → next frame, median: with ${r.medianWithMs.toFixed(1)} ms, without ${r.medianWithoutMs.toFixed(1)} ms, ratio ${r.ratio.toFixed(3)} (target ≤ 1.10) ${r.ratio <= 1.1 ? 'PASS' : 'FAIL'}`);
  console.log(`time to warning (last input → badge, debounce included): median ${r.timeToWarningMs} ms; ${r.coldWarningMs} ms when the background worker had been stopped`);
  console.log(`page heap with the extension: +${r.extraHeapMb.toFixed(2)} MB over the same page without it; growth over ${r.minutes} min of typing: ${r.heapGrowthMb.toFixed(2)} MB`);
}
