// The Firefox build, in real Firefox: live warnings, a one-click fix and the reply template on the replica
// pages of the three sites. Needs Debian's firefox-esr (.ci/run installs it); outside CI a machine
// without it skips these with a note instead of failing the whole run.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { renderTemplate } from '../../src/shared/templates';
import { screenshotPath } from './browser';
import { FIREFOX, launchFirefox, modelText, panelFindings, type FirefoxHarness } from './firefox-browser';

const available = existsSync(FIREFOX);
if (!available && process.env.CI) throw new Error(`Firefox not found at ${FIREFOX}: .ci/run installs firefox-esr`);
if (!available) console.warn(`firefox.spec: skipped, no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 5 });
}

async function waitForModel(page: Page, editor: string, want: string): Promise<string> {
  let text = '';
  for (let i = 0; i < 40 && text !== want; i++) {
    text = await modelText(page, editor);
    if (text !== want) await new Promise((done) => setTimeout(done, 100));
  }
  return text;
}

describe.skipIf(!available)('Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => h?.close());

  test('Facebook: a risky post warns, and the fix replaces the name in the Lexical model', async () => {
    const page = await h.open('https://www.facebook.com/sunrisefamilydental', 'facebook');
    const text = 'So proud of Jenny Lopez (42), she came in with an abscess today!';
    await typeInto(page, '#composer', text);
    expect(await panelFindings(page)).toContainEqual(['patient-privacy', 'error']);
    expect(await modelText(page, 'composer')).toBe(text);
    await (await page.waitForSelector('bedside-manner >>> [data-bedside-action="apply-fix"]'))!.click();
    expect(await waitForModel(page, 'composer', text.replace('Jenny Lopez', 'a patient'))).toBe(text.replace('Jenny Lopez', 'a patient'));
    await page.screenshot({ path: screenshotPath('firefox-facebook-fixed.png') });
  });

  test('Instagram: a clean comment stays silent and the React state holds exactly the typed text', async () => {
    const page = await h.open('https://www.instagram.com/p/C7xQ2mLr9aB/', 'instagram');
    const text = 'Thanks so much, see you all at the open house!';
    await typeInto(page, 'article form textarea', text);
    await new Promise((done) => setTimeout(done, 700));
    expect(await page.$$('bedside-manner >>> .bm-badge')).toHaveLength(0);
    expect(await modelText(page, 'comment')).toBe(text);
  });

  test('X: a reply to a negative tweet gets the professional template inside the Draft.js model', async () => {
    const page = await h.open('https://x.com/marcus_lee/status/1790000000000000001', 'x');
    await typeInto(page, '[data-testid="tweetTextarea_0"]', 'So sorry, ');
    expect(await panelFindings(page)).toEqual([]);
    await (await page.waitForSelector('bedside-manner >>> [data-bedside-action="insert-template"]'))!.click();
    const expected = renderTemplate('negative-review', defaultSettings());
    expect(await waitForModel(page, 'reply', expected)).toBe(expected);
  });

  test('X: a risky reply warns with the tone and prescribing rules', async () => {
    const page = await h.open('https://x.com/marcus_lee/status/1790000000000000001', 'x');
    const text = 'This is bullsh*t. Just take 800 mg of ibuprofen every 4 hours and stop whining.';
    await typeInto(page, '[data-testid="tweetTextarea_0"]', text);
    const rules = (await panelFindings(page)).map(([rule]) => rule);
    expect(rules).toContain('unprofessional-tone');
    expect(rules).toContain('online-prescribing');
    expect(await modelText(page, 'reply')).toBe(text);
    await page.screenshot({ path: screenshotPath('firefox-x-reply.png') });
  });

  test('nothing left the three sites and no page error was thrown', () => {
    expect(h.offsiteRequests).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
