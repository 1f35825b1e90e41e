// Firefox harness: Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core; playwright-core only
// drives its own patched Firefox), with dist/firefox installed as a temporary add-on. Replica pages are
// served at the real site URLs through request interception; every other request is refused and recorded.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { SITE_HOSTS, replicaAsset, replicaHtml } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.BEDSIDE_FIREFOX_EXTENSION_DIR ?? 'dist/firefox');

export interface FirefoxHarness {
  browser: Browser;
  /** Requests that tried to leave the three sites (always refused). */
  offsiteRequests: string[];
  /** Uncaught errors thrown into any page. */
  pageErrors: string[];
  /** Opens `url` with replica `name` served for it and waits for the page and the content script's UI host. */
  open(url: string, name: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  return {
    browser,
    offsiteRequests,
    pageErrors,
    async open(url, name) {
      const html = replicaHtml(name);
      const site = new URL(url).origin;
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = request.url();
        if (/^(?:moz-extension|data|blob):/.test(target)) return void request.continue();
        const asset = target.startsWith(site) ? replicaAsset(target) : undefined;
        if (asset) return void request.respond(asset);
        if (target.startsWith(site) && request.isNavigationRequest()) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        // The browser's own asks of the site (a favicon) get nothing; anything else leaving the sites is recorded.
        if (!SITE_HOSTS.test(target)) offsiteRequests.push(target);
        return void request.abort();
      });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.waitForSelector('bedside-manner', { timeout: 10_000 });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Waits for the badge, opens the panel, and returns [ruleId, severity] of each finding once two reads agree. */
export async function panelFindings(page: Page): Promise<[string, string][]> {
  const badge = (await page.waitForSelector('bedside-manner >>> .bm-badge', { visible: true, timeout: 5_000 })) as ElementHandle<Element>;
  if ((await badge.evaluate((el) => el.getAttribute('aria-expanded'))) !== 'true') await badge.click();
  await page.waitForSelector('bedside-manner >>> .bm-panel', { visible: true });
  const read = async () =>
    JSON.stringify(
      await page.$$eval('bedside-manner >>> [data-bedside-rule]', (els) => els.map((el) => [el.getAttribute('data-bedside-rule'), el.getAttribute('data-bedside-severity')])),
    );
  let previous = await read();
  for (let i = 0; i < 10; i++) {
    await new Promise((done) => setTimeout(done, 250));
    const now = await read();
    if (now === previous) break;
    previous = now;
  }
  return JSON.parse(previous);
}

/** The text held by the replica editor's own model (Lexical state, Draft ContentState). */
export function modelText(page: Page, editor: string): Promise<string> {
  return page.evaluate((name) => window.__replica.getText(name), editor);
}
