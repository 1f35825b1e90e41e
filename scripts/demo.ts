// npm run demo: Bedside Manner on replica pages of Facebook, Instagram and X, with no account and no
// network. With a display, opens Chromium with the extension loaded on the three pages to try by hand.
// Without one (or with --headless), types a risky post and a risky review reply into each site, saves
// screenshots of the warnings into demo/ (with --docs, also the README's docs/screenshot-<site>.png)
// and prints what was found.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../test/e2e/browser';

interface Scenario {
  site: 'facebook' | 'instagram' | 'x';
  what: string;
  url: string;
  replica: string;
  /** Gets the caret into the box. */
  focus(page: Page): Promise<void>;
  text: string;
}

const SCENARIOS: Scenario[] = [
  {
    site: 'facebook', what: 'post', url: 'https://www.facebook.com/sunrisefamilydental', replica: 'facebook',
    focus: (p) => p.locator('#composer').click(),
    text: 'Our patient Jenny Lopez (42) came in with an abscess today, so proud of how brave she was!',
  },
  {
    site: 'facebook', what: 'review reply', url: 'https://www.facebook.com/sunrisefamilydental', replica: 'facebook',
    focus: (p) => p.locator('#reply').click(),
    text: 'Stop lying, Dana. You showed up 40 minutes late for your cleaning, so do not blame us.',
  },
  {
    site: 'instagram', what: 'caption', url: 'https://www.instagram.com/p/C7xQ2mLr9aB/', replica: 'instagram',
    focus: async (p) => {
      await p.locator('[data-create="true"]').click();
      await p.locator('[role="dialog"] [contenteditable="true"]').click();
    },
    text: 'Before/after for our patient Sam R. ✨ Three implants and a bone graft, look at that smile!',
  },
  {
    site: 'instagram', what: 'review reply', url: 'https://www.instagram.com/p/C7xQ2mLr9aB/', replica: 'instagram',
    focus: (p) => p.getByRole('button', { name: 'Reply' }).first().click(),
    text: 'sorry your cleaning took so long, we saw in your chart that you were late.',
  },
  {
    site: 'x', what: 'post', url: 'https://x.com/home', replica: 'x',
    focus: (p) => p.locator('[data-testid="tweetTextarea_0"]').click(),
    text: 'Maria, since your depression is back, take 50 mg of sertraline daily and up it to 100 next week.',
  },
  {
    site: 'x', what: 'review reply', url: 'https://x.com/marcus_lee/status/1790000000000000001', replica: 'x',
    focus: (p) => p.locator('[data-testid="tweetTextarea_0"]').click(),
    text: 'Marcus, your bill was right. This is bullsh*t and we will see you in court.',
  },
];

async function open(h: Harness, s: Scenario): Promise<Page> {
  await h.serveReplica(s.url, s.replica);
  const page = await h.open(s.url).catch(() => h.open(s.url)); // the welcome tab may interrupt the first one
  await page.bringToFront();
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function runHeadless(h: Harness, docs: boolean): Promise<void> {
  mkdirSync('demo', { recursive: true });
  if (docs) mkdirSync('docs', { recursive: true });
  for (const s of SCENARIOS) {
    const page = await open(h, s);
    await s.focus(page);
    await page.keyboard.type(s.text, { delay: 8 });
    const badge = page.locator('bedside-manner .bm-badge');
    await badge.waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    if (await badge.count()) await badge.click();
    await page.waitForTimeout(300);
    const findings = await page.locator('bedside-manner [data-bedside-rule]').evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-bedside-severity')} [${el.getAttribute('data-bedside-rule')}] “${el.querySelector('mark')?.textContent ?? ''}”`),
    );
    const template = await page.locator('bedside-manner [data-bedside-action="insert-template"]').count();
    const file = `demo/${s.site}-${s.what.replace(/\s+/g, '-')}.png`;
    await page.screenshot({ path: file });
    if (docs && s.what === 'review reply') await page.screenshot({ path: `docs/screenshot-${s.site}.png` });
    console.log(`\n${s.site} · ${s.what}: ${s.text}`);
    for (const f of findings) console.log(`   ${f}`);
    if (findings.length === 0) console.log('   (no warnings)');
    if (template) console.log('   offers the professional reply template');
    console.log(`   screenshot: ${file}`);
    await page.close();
  }
  if (h.offsiteRequests.length) console.log(`\nRequests that tried to leave the sites (all refused): ${h.offsiteRequests.join(', ')}`);
  else console.log('\nNo request left the three sites.');
}

async function runWithWindow(h: Harness): Promise<void> {
  const seen = new Set<string>();
  for (const s of SCENARIOS) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    await open(h, s);
  }
  console.log('Chromium is open with Bedside Manner on replicas of Facebook, Instagram and X (nothing leaves this machine).');
  console.log('Type into any compose or reply box, e.g.: "Maria, since your depression is back, take 50 mg of sertraline daily". Close the window to finish.');
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
}

const args = process.argv.slice(2);
const headless = args.includes('--headless') || args.includes('--docs') || !process.env.DISPLAY;
const h = await launch({ headless });
try {
  if (headless) await runHeadless(h, args.includes('--docs'));
  else await runWithWindow(h);
} finally {
  await h.close().catch(() => undefined);
}
