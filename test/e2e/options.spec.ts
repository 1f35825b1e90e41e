// The options page in real Chromium with the built extension: the welcome a fresh install opens,
// saving to storage.sync, invalid stored values falling back with a visible note, export/import,
// reset, edited templates reaching the popup, and labels on every control.
// Run: npm run build && npx vitest run --project e2e test/e2e/options.spec.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { joinFromSync, validateSettings, type Settings } from '../../src/shared/settings';

import { launch, screenshotPath, type Harness } from './browser';

// The service worker's own `chrome` global, used inside serviceWorker.evaluate callbacks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let h: Harness;
const optionsUrl = () => `chrome-extension://${h.extensionId}/src/options/index.html`;
/** The settings as the extension reads them back from storage.sync. */
const stored = async (): Promise<Settings> => validateSettings(joinFromSync(await h.serviceWorker.evaluate(async () => chrome.storage.sync.get(null)))).settings;
const saved = (page: Page) => page.getByText('All changes saved').waitFor();

async function openOptions(): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(optionsUrl());
  await page.locator('#practice-title').waitFor();
  return page;
}

beforeAll(async () => {
  h = await launch({ keepWelcome: true });
});
afterAll(async () => h?.close());

test('a fresh install opens the options page with a short welcome asking for name, phone and pages', async () => {
  const isOptions = (p: Page) => p.url().startsWith(optionsUrl());
  await expect.poll(() => h.context.pages().some(isOptions), { timeout: 10_000 }).toBe(true);
  const page = h.context.pages().find(isOptions)!;
  await page.locator('[data-bedside-welcome]').waitFor();
  await page.setViewportSize({ width: 900, height: 900 });
  expect(await page.locator('#practice-title').textContent()).toMatch(/welcome/i);
  // The name field has focus, ready to type.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('practice-name');

  await page.keyboard.type('Sunrise Family Dental');
  await page.getByLabel('Office phone').fill('(555) 010-4477');
  await page.getByLabel('Facebook').fill('Sunrise Family Dental, facebook.com/sunrisedental');
  await page.getByLabel('Instagram').fill('@sunrise.dental');
  await page.getByLabel('X', { exact: true }).fill('@SunriseDental');
  await saved(page);
  await page.screenshot({ path: screenshotPath('options.png'), fullPage: true });

  await page.getByRole('button', { name: /Done/ }).click();
  await page.locator('[data-bedside-welcome]').waitFor({ state: 'detached' });
  await saved(page);
  const settings = await stored();
  expect(settings).toMatchObject({
    welcomed: true,
    practiceName: 'Sunrise Family Dental',
    practicePhone: '(555) 010-4477',
    practiceAccounts: { facebook: ['Sunrise Family Dental', 'facebook.com/sunrisedental'], instagram: ['sunrise.dental'], x: ['SunriseDental'] },
  });
  // Reopened, the page shows the saved values and no welcome.
  await page.reload();
  await page.locator('#practice-title').waitFor();
  expect(await page.locator('[data-bedside-welcome]').count()).toBe(0);
  expect(await page.getByLabel('Practice name').inputValue()).toBe('Sunrise Family Dental');
  await page.close();
});

test('every control has a label, and the checks list each rule with its description', async () => {
  const page = await openOptions();
  const unlabelled = await page
    .locator('input, textarea, select, button')
    .evaluateAll((els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim()).map((el) => el.outerHTML),
    );
  expect(unlabelled).toEqual([]);
  const rules = page.locator('[data-bedside-rule-setting]');
  expect(await rules.count()).toBeGreaterThan(0);
  for (const rule of await rules.all()) expect((await rule.locator('.hint').textContent())?.length).toBeGreaterThan(10);
  await page.close();
});

test('invalid stored values fall back to defaults with a visible note, never a broken page', async () => {
  await h.serviceWorker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set({ settings: { version: 1, welcomed: true, practiceName: 42, cadence: { postsPerWeek: 'lots' }, allowWords: ['Dr. Osei'] } });
  });
  const page = await openOptions();
  const note = page.locator('[data-bedside-problems]');
  await note.waitFor();
  expect(await note.locator('li').count()).toBe(2);
  expect(await note.textContent()).toMatch(/Practice name/);
  expect(await page.getByLabel('Practice name').inputValue()).toBe('');
  expect(await page.getByLabel('Posting goal for the practice\'s pages').inputValue()).toBe('2');
  expect(await page.getByLabel('Words never to flag').inputValue()).toBe('Dr. Osei');
  await page.close();
});

test('export, import (with a note about what was invalid) and reset', async () => {
  const page = await openOptions();
  await page.getByLabel('Practice name').fill('Lakeside Pediatrics');
  await saved(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings…' }).click()]);
  const file = join(tmpdir(), `bedside-export-${Date.now()}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.practiceName).toBe('Lakeside Pediatrics');
  expect(validateSettings(exported).problems).toEqual([]);

  writeFileSync(file, JSON.stringify({ ...exported, practiceName: 'Harbor Clinic', cadence: { postsPerWeek: 99, remind: true } }));
  await page.locator('#import-file').setInputFiles(file);
  await page.getByText(/Imported settings/).waitFor();
  expect(await page.getByLabel('Practice name').inputValue()).toBe('Harbor Clinic');
  expect(await page.locator('[data-bedside-problems]').textContent()).toMatch(/posting goal/);
  await saved(page);
  expect((await stored()).practiceName).toBe('Harbor Clinic');

  await page.getByRole('button', { name: 'Reset all settings…' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await page.getByText('All settings are back to their defaults.').waitFor();
  await saved(page);
  expect(await page.getByLabel('Practice name').inputValue()).toBe('');
  expect((await stored()).practiceName).toBe('');
  await page.close();
});

test('a template edited in options is what the popup offers; reset brings back the built-in text', async () => {
  const page = await openOptions();
  await page.getByLabel('Practice name').fill('Harbor Clinic');
  const field = page.getByLabel('Positive review or comment', { exact: true });
  await field.fill('Thank you, from all of us at {practice}!');
  await saved(page);

  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html`);
  const card = popup.locator('[data-bedside-template="positive-review"] textarea');
  await expect.poll(() => card.inputValue()).toBe('Thank you, from all of us at Harbor Clinic!');

  await page.bringToFront();
  await page.getByRole('button', { name: 'Reset to the built-in text' }).click();
  await saved(page);
  await expect.poll(() => card.inputValue()).toContain('Thank you so much for the kind words!');
  await Promise.all([popup.close(), page.close()]);
});

test('keyboard: Tab moves through the page in reading order', async () => {
  const page = await openOptions();
  await page.locator('body').focus();
  const order: string[] = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''));
  }
  expect(order.slice(0, 7)).toEqual(['practice-name', 'practice-phone', 'pages-facebook', 'pages-instagram', 'pages-x', 'cadence-goal', 'cadence-remind']);
  await page.close();
});
