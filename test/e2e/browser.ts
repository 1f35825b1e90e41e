// Browser-test harness: real Chromium (Debian package) with the built extension loaded, replica
// pages served at the real site URLs through context.route, and every other request refused and
// recorded — so a test can prove nothing leaves the three sites.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.BEDSIDE_EXTENSION_DIR ?? 'dist/chrome');
export const REPLICA_DIR = resolve(process.env.BEDSIDE_REPLICA_DIR ?? 'test/replicas/dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export const SITE_HOSTS = /^https:\/\/(?:(?:www|web|m|business)\.facebook\.com|www\.instagram\.com|(?:mobile\.)?x\.com|(?:mobile\.)?twitter\.com)\//;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png' };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that tried to leave the three sites (always refused). */
  offsiteRequests: string[];
  /** Uncaught page errors from any page. */
  pageErrors: string[];
  /** Serves replica `name` for every page URL matching `url` (a glob or RegExp). */
  serveReplica(url: string | RegExp, name: string): Promise<void>;
  /** Opens `url` in a new tab (after serveReplica) and waits for the content script's UI host. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** The answer to a request for a replica's script or style ("/__replica/…" on a site host); undefined for any other URL. */
export function replicaAsset(url: string): { status: number; body: Buffer | string; contentType?: string } | undefined {
  const asset = url.match(/^https:\/\/[^/]+\/__replica\/(.+?)(?:[?#].*)?$/);
  if (!asset || !SITE_HOSTS.test(url)) return undefined;
  const file = join(REPLICA_DIR, asset[1]);
  if (!existsSync(file)) return { status: 404, body: '' };
  return { status: 200, body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export function replicaHtml(name: string): string {
  const file = join(REPLICA_DIR, name, 'index.html');
  if (!existsSync(file)) throw new Error(`replica "${name}" is not built: run npm run build (builds test/replicas too)`);
  return readFileSync(file, 'utf8');
}

/** Closes the options tab that a fresh install opens, once it has appeared (or after a short wait). */
async function closeWelcome(context: BrowserContext, extensionId: string): Promise<void> {
  const isWelcome = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/`);
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 3_000 }).catch(() => undefined));
  await welcome?.close();
}

export async function launch(options: { headless?: boolean; keepWelcome?: boolean } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run npm run build first');
  const userDataDir = mkdtempSync(join(tmpdir(), 'bedside-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(String(error))));

  // Replica assets are served for any of the site hosts; everything else off the sites is refused.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const asset = replicaAsset(url);
    if (asset) return route.fulfill(asset);
    if (!SITE_HOSTS.test(url)) offsiteRequests.push(url);
    return route.abort('blockedbyclient');
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // A fresh install opens the welcome (options page) in a tab of its own; tests start from a quiet browser.
  if (!options.keepWelcome) await closeWelcome(context, extensionId);

  return {
    context,
    extensionId,
    serviceWorker,
    offsiteRequests,
    pageErrors,
    async serveReplica(url, name) {
      const html = replicaHtml(name);
      await context.route(url, (route) =>
        route.request().resourceType() === 'document'
          ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
          : route.fallback(),
      );
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('bedside-manner', { state: 'attached', timeout: 10_000 });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Where a test saves a screenshot: docs/ when refreshing the README's pictures (UPDATE_DOCS=1), otherwise a
 * temporary folder, so an ordinary test run leaves the checkout untouched.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_DOCS === '1' ? resolve('docs') : join(tmpdir(), 'bedside-screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
