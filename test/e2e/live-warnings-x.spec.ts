// Live warnings on X: a real Draft.js composer and reply box (replica served at x.com).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { renderTemplate } from '../../src/shared/templates';
import { launch, type Harness } from './browser';
import { expectSilent, modelText, openPanelFindings, openReplica, typeInto } from './live-warnings-helpers';

const BOX = '[data-testid="tweetTextarea_0"]';
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('a risky post warns with the right rules, within ~300 ms of the last input', async () => {
  const page = await openReplica(h, 'https://x.com/home', 'x');
  const text = 'Maria, since your depression is back, take 50 mg of sertraline daily and up it to 100 next week.';
  await page.locator(BOX).click();
  const started = Date.now();
  await page.keyboard.insertText(text);
  await page.locator('bedside-manner .bm-badge').waitFor({ state: 'visible', timeout: 3000 });
  const elapsed = Date.now() - started;
  console.log(`x: time to warning ${elapsed} ms (debounce included)`);
  expect(elapsed).toBeLessThan(600);
  const findings = await openPanelFindings(page);
  expect(findings.map(([rule]) => rule)).toContain('online-prescribing');
  expect(findings.map(([rule]) => rule)).toContain('patient-privacy');
  expect(findings.find(([rule]) => rule === 'patient-privacy')?.[1]).toBe('error');
  expect(await modelText(page, 'composer')).toBe(text);
  // The badge shows the count and the worst severity.
  expect(await page.locator('bedside-manner .bm-badge').getAttribute('data-bedside-badge')).toBe('error');
  expect(await page.locator('bedside-manner .bm-badge').textContent()).toBe(String(findings.length));
});

test('typing key by key leaves the model intact and a clean post stays silent', async () => {
  const page = await openReplica(h, 'https://x.com/home', 'x');
  const text = 'Flu shots are in! Walk-ins welcome Monday to Friday, 8 to 5.';
  await typeInto(page, BOX, text);
  await expectSilent(page);
  expect(await modelText(page, 'composer')).toBe(text);
});

test('a reply to a negative tweet offers the professional template and inserts it into the Draft.js model', async () => {
  const page = await openReplica(h, 'https://x.com/marcus_lee/status/1790000000000000001', 'x');
  await typeInto(page, BOX, 'So sorry, ');
  const findings = await openPanelFindings(page);
  expect(findings).toEqual([]);
  const button = page.locator('bedside-manner [data-bedside-action="insert-template"]');
  await button.click();
  const expected = renderTemplate('negative-review', defaultSettings());
  await expect.poll(() => modelText(page, 'reply')).toBe(expected);
  // The inserted reply is itself clean: nothing to warn about, the tip stays available.
  await page.waitForTimeout(500);
  expect(await page.locator('bedside-manner [data-bedside-rule]').count()).toBe(0);
});

test('a risky reply warns with the reply rules', async () => {
  const page = await openReplica(h, 'https://x.com/marcus_lee/status/1790000000000000001', 'x');
  const text = 'This is bullsh*t, we will see you in court.';
  await typeInto(page, BOX, text);
  const rules = (await openPanelFindings(page)).map(([rule]) => rule);
  expect(rules).toContain('unprofessional-tone');
  expect(await modelText(page, 'reply')).toBe(text);
});

test('nothing left the three sites and no page error was thrown', () => {
  expect(h.offsiteRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
});
