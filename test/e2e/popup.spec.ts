// The toolbar popup in real Chromium with the built extension: live findings of a replica tab, the badge,
// a setting changed in options applied on the page, a template inserted into the reply editor's model,
// and the posting-cadence card moved by a published post. The popup is opened as a page of its own and
// pointed at the replica's tab with ?tab=<id>.
// Run: npm run build && npx vitest run --project e2e test/e2e/popup.spec.ts
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DAY } from '../../src/shared/cadence';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { launch, screenshotPath, type Harness } from './browser';
import { modelText, openReplica, typeInto } from './live-warnings-helpers';

// The service worker's own `chrome` global, used inside serviceWorker.evaluate callbacks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let h: Harness;
const X_HOME = 'https://x.com/home';
const X_STATUS = 'https://x.com/marcus_lee/status/1860000000000000001';
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const RISKY = 'Start amoxicillin 500 mg three times a day.';

function practice(change: (s: Settings) => void = () => undefined): Settings {
  const s = defaultSettings();
  s.welcomed = true;
  s.practiceName = 'Sunrise Family Dental';
  s.practicePhone = '(555) 010-4477';
  s.practiceAccounts.x = ['SunriseDental'];
  change(s);
  return s;
}
const useSettings = (settings: Settings) =>
  h.serviceWorker.evaluate(async (value) => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set({ settings: value });
  }, settings);
const resetCadence = () => h.serviceWorker.evaluate(async () => chrome.storage.local.clear());
const storedPosts = () => h.serviceWorker.evaluate(async () => (await chrome.storage.local.get('cadence.posts'))['cadence.posts'] ?? []);
const badgeText = (tabId?: number) => h.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);

/** The id of the tab showing `page` (brought to the front, it is the active tab). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return h.serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

async function openPopup(page: Page, viewport = { width: 380, height: 600 }): Promise<Page> {
  const tabId = await tabIdOf(page);
  const popup = await h.context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.locator('#this-tab-title').waitFor();
  return popup;
}

beforeAll(async () => {
  h = await launch();
  await useSettings(practice());
});
afterAll(async () => h?.close());

describe('this tab', () => {
  test('shows the findings live while the user types, and the toolbar badge counts them', async () => {
    const page = await openReplica(h, X_HOME, 'x');
    await typeInto(page, X_EDITOR, RISKY);
    const tabId = await tabIdOf(page);
    const popup = await openPopup(page);

    const finding = popup.locator('[data-bedside-rule="online-prescribing"]');
    await finding.waitFor();
    expect(await finding.getAttribute('data-bedside-severity')).toBe('warning');
    expect(await finding.textContent()).toContain('amoxicillin');
    await expect.poll(() => badgeText(tabId)).toBe('1');

    // Typing more on the page updates the open popup without reopening it.
    await page.bringToFront();
    await page.keyboard.type(' Honestly @marcus_lee you are an idiot.', { delay: 5 });
    await popup.locator('[data-bedside-rule="unprofessional-tone"]').waitFor({ timeout: 5000 });
    const serious = () => popup.locator('[data-bedside-severity="warning"], [data-bedside-severity="error"]').count();
    expect(await serious()).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await badgeText(tabId)) === String(await serious())).toBe(true);

    // Clearing the text gives the all-good state and clears the badge.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Open this Saturday from 9 to 1.', { delay: 5 });
    await popup.locator('[data-bedside-status="clear"]').waitFor({ timeout: 5000 });
    expect(await popup.locator('[data-bedside-rule]').count()).toBe(0);
    await expect.poll(() => badgeText(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  test('says so on a tab that is not one of the three sites', async () => {
    await h.context.route('https://www.example.org/', (route) => route.fulfill({ body: '<title>Elsewhere</title><p>elsewhere</p>', contentType: 'text/html' }));
    const page = await h.context.newPage();
    await page.goto('https://www.example.org/');
    const popup = await openPopup(page);
    await popup.locator('[data-bedside-status="unsupported"]').waitFor();
    expect(await popup.locator('[data-bedside-template]').count()).toBe(6);
    await popup.close();
    await page.close();
  });
});

describe('settings', () => {
  test('a check switched off in options stops its warning on the page; switched back on, it returns', async () => {
    const page = await openReplica(h, X_HOME, 'x');
    await typeInto(page, X_EDITOR, RISKY);
    await page.locator('bedside-manner .bm-badge').waitFor({ state: 'visible', timeout: 5000 });

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const toggle = options.getByRole('checkbox', { name: 'Online prescribing' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await options.getByText('All changes saved').waitFor();

    await page.bringToFront();
    await page.locator('bedside-manner .bm-badge').waitFor({ state: 'detached', timeout: 5000 });
    const popup = await openPopup(page);
    await popup.locator('[data-bedside-status="clear"]').waitFor();

    await options.bringToFront();
    await toggle.check();
    await options.getByText('All changes saved').waitFor();
    await popup.locator('[data-bedside-rule="online-prescribing"]').waitFor({ timeout: 5000 });
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  test('a name added to "never flag" in options stops the warning on that name', async () => {
    const page = await openReplica(h, X_HOME, 'x');
    // Say Maria Lopez is the office manager, and posts about her own treatment with her blessing.
    await typeInto(page, X_EDITOR, 'Congrats to Maria Lopez on finishing her chemo today!');
    const popup = await openPopup(page);
    const finding = popup.locator('[data-bedside-rule="patient-privacy"]');
    await finding.waitFor({ timeout: 5000 });
    expect(await finding.locator('.excerpt').textContent()).toBe('Maria Lopez');

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.getByLabel('Words never to flag').fill('Dr. Patel\nMaria Lopez');
    await options.getByText('All changes saved').waitFor();
    await popup.locator('[data-bedside-rule="patient-privacy"]').waitFor({ state: 'detached', timeout: 5000 });
    await useSettings(practice());
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

describe('reply templates', () => {
  test('each template is shown, filled with the practice details', async () => {
    const page = await openReplica(h, X_HOME, 'x');
    const popup = await openPopup(page);
    for (const id of ['negative-review', 'positive-review', 'medical-question', 'negative-review-es', 'positive-review-es', 'medical-question-es']) {
      const card = popup.locator(`[data-bedside-template="${id}"]`);
      expect(await card.count(), id).toBe(1);
      expect(await card.textContent()).toContain('Sunrise Family Dental');
      expect(await card.locator('textarea').inputValue()).toContain('Sunrise Family Dental');
    }
    expect(await popup.locator('[data-bedside-template="negative-review"] textarea').inputValue()).toContain('(555) 010-4477');
    await Promise.all([popup.close(), page.close()]);
  });

  test("inserting a template puts its (edited) text in the reply editor's model", async () => {
    const page = await openReplica(h, X_STATUS, 'x');
    await typeInto(page, X_EDITOR, 'ugh');
    const popup = await openPopup(page);
    const card = popup.locator('[data-bedside-template="negative-review"]');
    // The comment being answered reads as negative: this template is marked as the fit.
    await card.getByText('Fits this reply').waitFor({ timeout: 5000 });
    const box = card.locator('textarea');
    await box.fill((await box.inputValue()).replace('Thank you for taking the time to share this.', 'Thank you for telling us.'));
    const text = await box.inputValue();
    await card.getByRole('button', { name: 'Insert into reply box' }).click();
    await card.getByText('Inserted into the reply box.').waitFor({ timeout: 5000 });
    await expect.poll(() => modelText(page, 'reply')).toBe(text);
    expect(text).toContain('Thank you for telling us.');
    // The inserted reply passes the checks.
    await popup.locator('[data-bedside-status="clear"]').waitFor({ timeout: 5000 });
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('posting cadence', () => {
  test('a post published as the practice moves the card; only its site and time are kept', async () => {
    await resetCadence();
    const page = await openReplica(h, X_HOME, 'x');
    const popup = await openPopup(page);
    const row = popup.locator('[data-bedside-cadence="x"]');
    await row.getByText('No post recorded yet').waitFor();

    await page.bringToFront();
    await typeInto(page, X_EDITOR, 'We are open this Saturday from 9 to 1.');
    await page.locator('[data-testid="tweetButtonInline"]').click();

    await row.getByText('Last post less than an hour ago').waitFor({ timeout: 5000 });
    expect(await row.getAttribute('data-bedside-on-track')).toBe('true');
    const posts = (await storedPosts()) as Record<string, unknown>[];
    expect(posts).toHaveLength(1);
    expect(Object.keys(posts[0]).sort()).toEqual(['at', 'site']);
    expect(posts[0].site).toBe('x');
    await Promise.all([popup.close(), page.close()]);
  });

  test('posts from a personal account are not recorded', async () => {
    await resetCadence();
    await useSettings(practice((s) => (s.practiceAccounts.x = ['SomeOtherPractice'])));
    const page = await openReplica(h, X_HOME, 'x');
    await typeInto(page, X_EDITOR, 'Lovely hike this morning.');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await page.waitForTimeout(800);
    expect(await storedPosts()).toEqual([]);
    await useSettings(practice());
    await page.close();
  });

  test('a page gone quiet past its goal gets a gentle reminder; "Not now" sets it aside', async () => {
    await resetCadence();
    await h.serviceWorker.evaluate(async (at) => chrome.storage.local.set({ 'cadence.posts': [{ site: 'x', at }] }), Date.now() - 9 * DAY);
    await expect.poll(() => badgeText()).toBe('•');
    const title = await h.serviceWorker.evaluate(async () => chrome.action.getTitle({}));
    expect(title).toContain('X page quiet for 9 days');

    const page = await openReplica(h, X_HOME, 'x');
    const popup = await openPopup(page);
    const row = popup.locator('[data-bedside-cadence="x"]');
    await row.getByText('Quiet for 9 days').waitFor();
    expect(await row.getAttribute('data-bedside-on-track')).toBe('false');
    await popup.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => badgeText()).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });
});

test('screenshot of the popup for the README', async () => {
  await resetCadence();
  await h.serviceWorker.evaluate(async (posts) => chrome.storage.local.set({ 'cadence.posts': posts }), [
    { site: 'facebook', at: Date.now() - 2 * DAY },
    { site: 'x', at: Date.now() - 5 * DAY },
  ]);
  await useSettings(practice((s) => (s.practiceAccounts.facebook = ['Sunrise Family Dental'])));
  const page = await openReplica(h, X_STATUS, 'x');
  await typeInto(page, X_EDITOR, 'Marcus, we checked your chart and your crown was billed correctly. Take 600 mg ibuprofen every 6 hours.');
  const popup = await openPopup(page, { width: 380, height: 600 });
  await popup.locator('[data-bedside-rule]').first().waitFor({ timeout: 5000 });
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: screenshotPath('popup.png') });
  await popup.screenshot({ path: '/tmp/popup-full.png', fullPage: true });
  await Promise.all([popup.close(), page.close()]);
});
