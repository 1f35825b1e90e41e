// Live warnings on Facebook: real Lexical editors for the post composer, a comment box and a reply box.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { renderTemplate } from '../../src/shared/templates';
import { launch, type Harness } from './browser';
import { expectSilent, modelText, openPanelFindings, openReplica, typeInto } from './live-warnings-helpers';

const URL = 'https://www.facebook.com/sunrisefamilydental';
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('a risky post in the composer warns with the right rule and the model holds the typed text', async () => {
  const page = await openReplica(h, URL, 'facebook');
  const text = 'Our patient Jenny Lopez (42) came in with an abscess today, so proud of her!';
  await typeInto(page, '#composer', text);
  const findings = await openPanelFindings(page);
  expect(findings).toContainEqual(['patient-privacy', 'error']);
  expect(await modelText(page, 'composer')).toBe(text);
  // The underline sits under the offending words, drawn in our layer, not in the editor.
  expect(await page.locator('bedside-manner .bm-line').count()).toBeGreaterThan(0);
  expect(await page.locator('#composer mark, #composer [class^="bm-"]').count()).toBe(0);
});

test('a clean post stays silent', async () => {
  const page = await openReplica(h, URL, 'facebook');
  const text = 'Open this Saturday 9 to 1 for cleanings. Call to book!';
  await typeInto(page, '#composer', text);
  await expectSilent(page);
  expect(await modelText(page, 'composer')).toBe(text);
});

test('a reply to a negative comment offers the template and inserts it into the Lexical model', async () => {
  const page = await openReplica(h, URL, 'facebook');
  await typeInto(page, '#reply', 'Hi Dana');
  expect(await openPanelFindings(page)).toEqual([]);
  await page.locator('bedside-manner [data-bedside-action="insert-template"]').click();
  const expected = renderTemplate('negative-review', defaultSettings());
  await expect.poll(() => modelText(page, 'reply')).toBe(expected);
  // Only the focused box's findings are shown: the composer stayed empty and untouched.
  expect(await modelText(page, 'composer')).toBe('');
});

test('a risky reply to the comment warns; a one-click fix, when offered, lands in the model', async () => {
  const page = await openReplica(h, URL, 'facebook');
  const text = 'Stop lying. You showed up 40 minutes late, so do not blame us, you idiot.';
  await typeInto(page, '#reply', text);
  const rules = (await openPanelFindings(page)).map(([rule]) => rule);
  expect(rules).toContain('unprofessional-tone');
  expect(rules).toContain('review-reply-disclosure');
  expect(await modelText(page, 'reply')).toBe(text);
});

test('nothing left the three sites and no page error was thrown', () => {
  expect(h.offsiteRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
});
