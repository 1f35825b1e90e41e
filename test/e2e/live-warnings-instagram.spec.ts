// Live warnings on Instagram: a real Lexical caption editor and a React-controlled comment textarea.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { renderTemplate } from '../../src/shared/templates';
import { launch, type Harness } from './browser';
import { expectSilent, modelText, openPanelFindings, openReplica, typeInto } from './live-warnings-helpers';

const URL = 'https://www.instagram.com/p/C7xQ2mLr9aB/';
const COMMENT = 'article form textarea';
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('a risky caption in the Create dialog warns with the right rule', async () => {
  const page = await openReplica(h, URL, 'instagram');
  await page.locator('[data-create="true"]').click();
  const text = 'Our patient Jenny Lopez came in with an abscess today, we started her on amoxicillin 500 mg.';
  await typeInto(page, '[role="dialog"] [contenteditable="true"]', text);
  const findings = await openPanelFindings(page);
  expect(findings).toContainEqual(['patient-privacy', 'error']);
  expect(await modelText(page, 'caption')).toBe(text);
});

test('a clean comment stays silent and the React state holds exactly the typed text', async () => {
  const page = await openReplica(h, URL, 'instagram');
  const text = 'Thanks so much, see you all at the open house!';
  await typeInto(page, COMMENT, text);
  await expectSilent(page);
  expect(await modelText(page, 'comment')).toBe(text);
});

test('Reply on a negative comment offers the template and inserts it into the React state', async () => {
  const page = await openReplica(h, URL, 'instagram');
  await page.getByRole('button', { name: 'Reply' }).first().click();
  await expect.poll(() => modelText(page, 'comment')).toBe('@jmorales88 ');
  expect(await openPanelFindings(page)).toEqual([]);
  await page.locator('bedside-manner [data-bedside-action="insert-template"]').click();
  // The "@jmorales88 " Reply put there stays in front: it threads the reply under the comment.
  const expected = `@jmorales88 ${renderTemplate('negative-review', defaultSettings())}`;
  await expect.poll(() => modelText(page, 'comment')).toBe(expected);
  expect(await page.locator(COMMENT).inputValue()).toBe(expected);
});

test('a risky reply that confirms the visit warns, with an underline over the textarea text', async () => {
  const page = await openReplica(h, URL, 'instagram');
  await page.getByRole('button', { name: 'Reply' }).first().click();
  await page.keyboard.type('sorry your cleaning took so long, we saw in your chart that you were late.', { delay: 5 });
  const rules = (await openPanelFindings(page)).map(([rule]) => rule);
  expect(rules).toContain('review-reply-disclosure');
  expect(await modelText(page, 'comment')).toBe('@jmorales88 sorry your cleaning took so long, we saw in your chart that you were late.');
  expect(await page.locator('bedside-manner .bm-line').count()).toBeGreaterThan(0);
});

test('nothing left the three sites and no page error was thrown', () => {
  expect(h.offsiteRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
});
