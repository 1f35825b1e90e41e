// "Don't delete, reply" on Instagram and X, in real Chromium with the built extension, on replica pages
// served at the real URLs (test/replicas/instagram-post-comments, test/replicas/x-status-replies) whose
// React handlers record what ran in window.__events. The Facebook side is in nudges.spec.ts.
// Run: npm run build && npx vitest run --project e2e test/e2e/nudges-instagram-x.spec.ts
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { launch, screenshotPath, type Harness } from './browser';

// The service worker's `chrome` (no @types/chrome in the project: only what these tests call).
declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

let h: Harness;

const URLS = {
  // The practice's own post, viewed while logged in as the practice.
  igPost: 'https://www.instagram.com/smith.family.dental/p/DBq3xYzN4pA/',
  xPost: 'https://x.com/SmithFamDental/status/1861234567890123456',
  // A staff member's personal post, viewed while logged in as themselves.
  igPersonal: 'https://www.instagram.com/ana.ruiz/p/DA7kLmNoPq2/',
  xPersonal: 'https://x.com/ana_ruiz_md/status/1860987654321098765',
};

beforeAll(async () => {
  h = await launch();
  await h.serveReplica(URLS.igPost, 'instagram-post-comments');
  await h.serveReplica(URLS.igPersonal, 'instagram-post-comments');
  await h.serveReplica(URLS.xPost, 'x-status-replies');
  await h.serveReplica(URLS.xPersonal, 'x-status-replies');
});
afterAll(async () => h?.close());

/** The practice's accounts as a user would enter them in the options page (a handle, with or without "@"). */
const asPractice = (s: Settings) => {
  s.practiceAccounts.instagram = ['smith.family.dental'];
  s.practiceAccounts.x = ['@SmithFamDental'];
  s.practiceName = 'Smith Family Dental';
};

async function open(url: string, settings: (s: Settings) => void = asPractice): Promise<Page> {
  const value = defaultSettings();
  settings(value);
  await h.serviceWorker.evaluate(async (v) => chrome.storage.sync.set({ settings: v }), value);
  const page = await h.open(url);
  await page.waitForSelector('#root > *, #react-root > *');
  return page;
}

const withPhone = (s: Settings) => {
  asPractice(s);
  s.practicePhone = '555-0142';
};
/** The live warnings see a reply to a negative comment: open their panel and insert the reply template. */
async function useTemplate(page: Page): Promise<void> {
  const badge = page.locator('bedside-manner .bm-badge');
  await badge.first().waitFor({ state: 'visible' });
  await badge.first().click();
  await action(page, 'insert-template').click();
}

type Recorded = { action: string; id: string };
const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
const nudge = (page: Page) => page.locator('[data-bedside-nudge="delete-comment"]');
const action = (page: Page, name: string) => page.locator(`[data-bedside-action="${name}"]`);
const focusedAction = (page: Page) =>
  page.evaluate(() => document.querySelector('bedside-manner')?.shadowRoot?.activeElement?.getAttribute('data-bedside-action') ?? null);
/** Long enough for a wrongly released click to reach React and be recorded. */
const settle = (page: Page) => page.waitForTimeout(250);
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

describe('Instagram: the practice’s own post', () => {
  const comment = (page: Page, id: string) => page.locator(`[data-comment-id="${id}"]`);
  /** Hovers the comment and presses its "…" (labelled on its svg: "Comment Options"). */
  const openOptions = async (page: Page, id: string) => {
    await comment(page, id).getByRole('button', { name: 'Comment Options' }).first().click();
    await page.getByRole('dialog').waitFor();
  };
  const sheetButton = (page: Page, name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true });
  const commentBox = (page: Page) => page.getByRole('textbox', { name: 'Add a comment…' });

  test('Delete on a critical comment: the nudge quotes it; Cancel keeps it; Delete anyway runs the site’s delete once', async () => {
    const page = await open(URLS.igPost);
    await openOptions(page, 'c1');
    await sheetButton(page, 'Delete').click();
    await expect.poll(() => nudge(page).count()).toBe(1);
    const text = await nudge(page).textContent();
    expect(text).toContain('Reply instead of deleting?');
    expect(text).toContain('pat.doe: “Waited 50 minutes past my appointment time');
    expect(await action(page, 'reply-instead').count()).toBe(1);
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);

    await action(page, 'cancel').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([]);
    expect(await comment(page, 'c1').count()).toBe(1);
    // The site's sheet is still open, as the user left it.
    expect(await page.getByRole('dialog').count()).toBe(1);

    await sheetButton(page, 'Delete').click();
    await expect.poll(() => nudge(page).count()).toBe(1);
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'delete', id: 'c1' }]);
    expect(await comment(page, 'c1').count()).toBe(0);
    expect(await nudge(page).count()).toBe(0);
    await page.close();
  });

  test('Delete → Reply instead: the sheet closes, the comment box gets "@pat.doe " and the focus; nothing is deleted', async () => {
    const page = await open(URLS.igPost);
    await openOptions(page, 'c1');
    await sheetButton(page, 'Delete').click();
    await action(page, 'reply-instead').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null)).toBe('Add a comment…');
    expect(await commentBox(page).inputValue()).toBe('@pat.doe ');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.type('Thank you');
    expect(await commentBox(page).inputValue()).toBe('@pat.doe Thank you');
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'reply-open', id: 'c1' }]);
    expect(await comment(page, 'c1').count()).toBe(1);
    await page.close();
  });

  test('Reply instead leads to the professional reply template in that box', async () => {
    const page = await open(URLS.igPost, withPhone);
    await openOptions(page, 'c1');
    await sheetButton(page, 'Delete').click();
    await action(page, 'reply-instead').click();
    await useTemplate(page);
    await expect.poll(() => commentBox(page).inputValue()).toContain('555-0142');
    // The "@pat.doe " Reply put there stays: it is what threads the reply under the comment.
    expect(await commentBox(page).inputValue()).toMatch(/^@pat\.doe \S/);
    expect(await eventsOf(page)).toEqual([{ action: 'reply-open', id: 'c1' }]);
    await page.close();
  });

  test('a reply’s Delete is held and names its author; Report, Like and the practice’s own comment pass straight through', async () => {
    const page = await open(URLS.igPost);
    await openOptions(page, 'c1r1');
    await sheetButton(page, 'Delete').click();
    await expect.poll(() => nudge(page).count()).toBe(1);
    expect(await nudge(page).textContent()).toContain('ken.ito: “@pat.doe same thing');
    await action(page, 'cancel').click();
    await page.keyboard.press('Escape'); // closes the site's sheet
    expect(await page.getByRole('dialog').count()).toBe(0);

    await openOptions(page, 'c1');
    await sheetButton(page, 'Report').click();
    await comment(page, 'c2').getByRole('button', { name: 'Like' }).click();
    await openOptions(page, 'c3');
    expect(await page.getByRole('dialog').getByRole('button').allTextContents()).toEqual(['Delete', 'Cancel']);
    await sheetButton(page, 'Delete').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([
      { action: 'report', id: 'c1' },
      { action: 'like', id: 'c2' },
      { action: 'delete', id: 'c3' },
    ]);
    await page.close();
  });

  test('keyboard: Enter opens the sheet and presses Delete; Escape cancels the nudge and focus returns to Delete', async () => {
    const page = await open(URLS.igPost);
    await comment(page, 'c2').getByRole('button', { name: 'Comment Options' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Tab'); // Report
    await page.keyboard.press('Tab'); // Delete
    expect(await activeText(page)).toBe('Delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => nudge(page).count()).toBe(1);
    await expect.poll(() => focusedAction(page)).toBe('reply-instead');
    await page.keyboard.press('Escape');
    expect(await nudge(page).count()).toBe(0);
    await expect.poll(() => activeText(page)).toBe('Delete');
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    // Our Escape stayed with the nudge: the site's sheet did not close under it.
    expect(await page.getByRole('dialog').count()).toBe(1);

    await page.keyboard.press('Enter');
    await expect.poll(() => nudge(page).count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedAction(page)).toBe('proceed');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'delete', id: 'c2' }]);
    await page.close();
  });

  test('no nudge on a staff member’s personal post, nor on deleting the post itself after a comment’s sheet was open', async () => {
    const personal = await open(URLS.igPersonal);
    await openOptions(personal, 'p1');
    await sheetButton(personal, 'Delete').click();
    await settle(personal);
    expect(await nudge(personal).count()).toBe(0);
    expect(await eventsOf(personal)).toEqual([{ action: 'delete', id: 'p1' }]);
    await personal.close();

    const page = await open(URLS.igPost);
    await openOptions(page, 'c1');
    await sheetButton(page, 'Cancel').click();
    await page.locator('header').getByRole('button', { name: 'More options' }).click();
    await sheetButton(page, 'Delete').click();
    await page.getByRole('dialog', { name: 'Delete post?' }).waitFor();
    await sheetButton(page, 'Delete').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'delete-post', id: 'DBq3xYzN4pA' }]);
    await page.close();
  });
});

describe('X: the practice’s own post', () => {
  const post = (page: Page, id: string) => page.locator(`[data-post-id="${id}"]`);
  const openMenu = async (page: Page, id: string) => {
    await post(page, id).locator('[data-testid="caret"]').click();
    await page.getByRole('menu').waitFor();
  };
  const item = (page: Page, name: string | RegExp) => page.getByRole('menuitem', { name });

  test('Hide reply on a critical reply: the nudge quotes it; Cancel keeps it; Hide anyway runs the site’s hide once', async () => {
    const page = await open(URLS.xPost);
    await openMenu(page, 'r1');
    await item(page, 'Hide reply').click();
    await expect.poll(() => nudge(page).count()).toBe(1);
    const text = await nudge(page).textContent();
    expect(text).toContain('Reply instead of hiding?');
    expect(text).toContain('@marcus_lee: “Waited 50 minutes past my appointment time');
    expect(await action(page, 'proceed').textContent()).toBe('Hide anyway');
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);

    await action(page, 'cancel').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    expect(await post(page, 'r1').count()).toBe(1);
    expect(await page.getByRole('menu').count()).toBe(1);

    await item(page, 'Hide reply').click();
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'hide', id: 'r1' }]);
    expect(await post(page, 'r1').count()).toBe(0);
    expect(await page.locator('[data-state="hidden"]').count()).toBe(1);
    await page.close();
  });

  test('Hide reply → Reply instead: the menu closes and the reply composer for that reply opens with the focus in its editor', async () => {
    const page = await open(URLS.xPost);
    await openMenu(page, 'r1');
    await item(page, 'Hide reply').click();
    await action(page, 'reply-instead').click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement?.closest('[role="dialog"]') as HTMLElement | null)?.dataset.replyTo ?? null))
      .toBe('r1');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    expect(await page.getByRole('menu').count()).toBe(0);
    await page.keyboard.type('Thank you');
    await expect.poll(() => page.evaluate(() => window.__replica.getText('reply-modal'))).toBe('Thank you');
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'reply-open', id: 'r1' }]);
    await page.close();
  });

  test('Block → Block anyway: X’s own “Block @marcus_lee?” sheet asks once more, without a second nudge; blocked once', async () => {
    const page = await open(URLS.xPost);
    await openMenu(page, 'r1');
    await item(page, 'Block @marcus_lee').click();
    await expect.poll(() => nudge(page).count()).toBe(1);
    expect(await nudge(page).textContent()).toContain('Reply instead of blocking?');
    await action(page, 'proceed').click();
    await page.getByRole('alertdialog', { name: 'Block @marcus_lee?' }).waitFor();
    await page.locator('[data-testid="confirmationSheetConfirm"]').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'block', id: 'r1' }]);
    await page.close();
  });

  test('the practice’s own reply (Delete), Report, Mute, Like and the post’s own Delete pass straight through', async () => {
    const page = await open(URLS.xPost);
    await openMenu(page, 'r3');
    expect(await item(page, /^Hide reply$/).count()).toBe(0);
    await item(page, 'Delete').click();
    await page.locator('[data-testid="confirmationSheetConfirm"]').click();
    await openMenu(page, 'r2');
    await item(page, 'Report post').click();
    await openMenu(page, 'r2');
    await item(page, 'Mute @grace_hall').click();
    await post(page, 'r2').locator('[data-testid="like"]').click();
    // The post's own menu, just after a reply's: its Delete deletes the post, not a comment.
    await openMenu(page, 'post');
    await item(page, 'Delete').click();
    await page.locator('[data-testid="confirmationSheetConfirm"]').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([
      { action: 'delete', id: 'r3' },
      { action: 'report', id: 'r2' },
      { action: 'mute', id: 'r2' },
      { action: 'like', id: 'r2' },
      { action: 'delete-post', id: 'post' },
    ]);
    await page.close();
  });

  test('keyboard: Enter on the caret, Enter on Hide reply; Escape cancels the nudge and focus returns to the item', async () => {
    const page = await open(URLS.xPost);
    await post(page, 'r2').locator('[data-testid="caret"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expect.poll(() => activeText(page)).toBe('Hide reply');
    await page.keyboard.press('Enter');
    await expect.poll(() => nudge(page).count()).toBe(1);
    expect(await nudge(page).textContent()).toContain('@grace_hall');
    await expect.poll(() => focusedAction(page)).toBe('reply-instead');
    await page.keyboard.press('Escape');
    expect(await nudge(page).count()).toBe(0);
    await expect.poll(() => activeText(page)).toBe('Hide reply');
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    expect(await page.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Escape'); // now the site's menu closes
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([]);
    await page.close();
  });

  test('no nudge on a staff member’s personal post', async () => {
    const page = await open(URLS.xPersonal);
    await openMenu(page, 'p1');
    await item(page, 'Hide reply').click();
    await settle(page);
    expect(await nudge(page).count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'hide', id: 'p1' }]);
    await page.close();
  });
});

describe('screenshots and hygiene', () => {
  test('a screenshot of the nudge on each site', async () => {
    const ig = await open(URLS.igPost);
    await ig.locator('[data-comment-id="c1"]').getByRole('button', { name: 'Comment Options' }).first().click();
    await ig.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => nudge(ig).count()).toBe(1);
    await ig.waitForTimeout(300); // let the entrance animation finish
    await ig.screenshot({ path: screenshotPath('nudge-delete-comment-instagram.png') });
    await ig.close();

    const x = await open(URLS.xPost);
    await x.locator('[data-post-id="r1"] [data-testid="caret"]').click();
    await x.getByRole('menuitem', { name: 'Hide reply' }).click();
    await expect.poll(() => nudge(x).count()).toBe(1);
    await x.waitForTimeout(300);
    await x.screenshot({ path: screenshotPath('nudge-delete-comment-x.png') });
    await x.close();
  });

  test('no uncaught page errors and nothing left the three sites', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.offsiteRequests).toEqual([]);
  });
});

// Inserting the reply template into the *empty* Draft.js reply box (the box "Reply instead" just opened) once
// selected the whole editor and let the browser's insertText remove Draft's block nodes: React threw
// "removeChild … not a child" and the page went blank, while a check of the model alone still passed. Kept
// last so that, should it come back, its page error cannot spill into the hygiene check above.
describe('the reply template in an empty Draft.js box', () => {
  test('X: the reply template goes into the empty reply composer and the page stays up', async () => {
    const errorsBefore = h.pageErrors.length;
    const page = await open(URLS.xPost, withPhone);
    await page.locator('[data-post-id="r1"] [data-testid="caret"]').click();
    await page.getByRole('menuitem', { name: 'Hide reply' }).click();
    await action(page, 'reply-instead').click();
    await useTemplate(page);
    await page.waitForTimeout(500);
    try {
      expect(h.pageErrors.slice(errorsBefore)).toEqual([]);
      expect(await page.locator('[role="dialog"][data-reply-to="r1"] [data-testid="tweetTextarea_0"]').textContent({ timeout: 2000 })).toContain('555-0142');
    } finally {
      await page.close();
    }
  });
});
