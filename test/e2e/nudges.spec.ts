// The friend-request and "don't delete, reply" nudges in real Chromium with the built extension, on
// replica pages at the real URLs whose buttons have real React onClick handlers recording what ran
// (window.__events). Run: npm run build && npx vitest run --project e2e test/e2e/nudges.spec.ts
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import { launch, screenshotPath, type Harness } from './browser';

// The service worker's `chrome` (no @types/chrome in the project: only what these tests call).
declare const chrome: { storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

let h: Harness;
const SHOTS = process.env.BEDSIDE_SHOTS ?? '/tmp/bedside-nudge-shots';

const URLS = {
  fbRequests: 'https://www.facebook.com/friends/requests',
  fbProfile: 'https://www.facebook.com/maria.lopez.52',
  igRequests: 'https://www.instagram.com/accounts/activity/?followRequests=1',
  xRequests: 'https://x.com/follower_requests',
  fbPost: 'https://www.facebook.com/smithfamilydental/posts/pfbid02xYz',
};

beforeAll(async () => {
  h = await launch();
  // A fresh install opens the welcome (options page); let it open, then close it so it cannot
  // interrupt the first navigation of a test.
  if (!h.context.pages().some((p) => p.url().startsWith('chrome-extension://')))
    await h.context.waitForEvent('page', { predicate: (p) => p.url().startsWith('chrome-extension://'), timeout: 3000 }).catch(() => undefined);
  for (const p of h.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  mkdirSync(SHOTS, { recursive: true });
  await h.serveReplica(URLS.fbRequests, 'facebook-requests');
  await h.serveReplica(URLS.fbProfile, 'facebook-requests');
  await h.serveReplica('https://www.instagram.com/accounts/activity/**', 'instagram-requests');
  await h.serveReplica(URLS.xRequests, 'x-requests');
  await h.serveReplica(URLS.fbPost, 'facebook-page-comments');
});
afterAll(async () => h?.close());

async function useSettings(change: (s: Settings) => void = () => undefined): Promise<void> {
  const settings = defaultSettings();
  change(settings);
  await h.serviceWorker.evaluate(async (value) => {
    await chrome.storage.sync.set({ settings: value });
  }, settings);
}
const storedSettings = () => h.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Settings);

type Recorded = { action: string; who?: string; via?: string; id?: string };
const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
const nudge = (page: Page, kind: 'friend-request' | 'delete-comment') => page.locator(`[data-bedside-nudge="${kind}"]`);
const action = (page: Page, name: string) => page.locator(`[data-bedside-action="${name}"]`);
/** The data-bedside-action of the focused element inside our shadow root, if any. */
const focusedAction = (page: Page) =>
  page.evaluate(() => document.querySelector('bedside-manner')?.shadowRoot?.activeElement?.getAttribute('data-bedside-action') ?? null);
const settle = (page: Page) => page.waitForTimeout(250);

async function open(url: string, settings?: (s: Settings) => void): Promise<Page> {
  await useSettings(settings);
  const page = await h.open(url);
  await page.waitForSelector('#root > *');
  return page;
}

describe('friend and follow requests (personal account)', () => {
  test('Facebook requests page: the nudge names the person; Cancel leaves the request untouched', async () => {
    const page = await open(URLS.fbRequests);
    const card = page.locator('[data-person="maria.lopez.52"]');
    await card.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    const dialog = nudge(page, 'friend-request');
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.textContent()).toContain('Maria Lopez');
    // Accessible name and description point at real elements.
    const labelled = await dialog.evaluate((el) => {
      const root = el.getRootNode() as ShadowRoot;
      return [root.getElementById(el.getAttribute('aria-labelledby')!)?.textContent, root.getElementById(el.getAttribute('aria-describedby')!)?.textContent];
    });
    expect(labelled[0]).toContain('Maria Lopez');
    expect(labelled[1]).toMatch(/friends and family/);
    await expect.poll(() => focusedAction(page)).toBe('cancel');
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);

    await action(page, 'cancel').click();
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    expect(await card.getByRole('button', { name: 'Confirm' }).count()).toBe(1);
    // Focus went back to the Confirm button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Confirm');
    await page.close();
  });

  test('Facebook: Accept anyway runs the site’s own handler exactly once; Delete passes straight through', async () => {
    const page = await open(URLS.fbRequests);
    await page.locator('[data-person="maria.lopez.52"]').getByRole('button', { name: 'Confirm' }).click();
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'Maria Lopez', via: 'requests' }]);
    expect(await page.locator('[data-person="maria.lopez.52"] [data-state="accepted"]').count()).toBe(1);

    await page.locator('[data-person="tom.baker.1987"]').getByRole('button', { name: 'Delete' }).click();
    await settle(page);
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([
      { action: 'confirm', who: 'Maria Lopez', via: 'requests' },
      { action: 'delete', who: 'Tom Baker', via: 'requests' },
    ]);
    await page.screenshot({ path: `${SHOTS}/facebook-after.png` });
    await page.close();
  });

  test('Facebook: keyboard — Enter opens the nudge, Tab stays inside, Escape cancels, Accept anyway by keyboard', async () => {
    const page = await open(URLS.fbRequests);
    const confirm = page.locator('[data-person="priya.shah.77"]').getByRole('button', { name: 'Confirm' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    await expect.poll(() => focusedAction(page)).toBe('cancel');
    const seen = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focusedAction(page));
    }
    expect([...seen].sort()).toEqual(['cancel', 'dont-ask-again', 'proceed']);
    await page.keyboard.press('Escape');
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Confirm');
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedAction(page)).toBe('proceed');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'Priya Shah', via: 'requests' }]);
    await page.close();
  });

  test('Facebook: Don’t ask again is saved for Facebook and honoured on the next click', async () => {
    const page = await open(URLS.fbRequests);
    const confirm = page.locator('[data-person="tom.baker.1987"]').getByRole('button', { name: 'Confirm' });
    await confirm.click();
    await action(page, 'dont-ask-again').click();
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    const saved = await storedSettings();
    expect(saved.nudges.friendRequest).toEqual({ facebook: false, instagram: true, x: true });

    await confirm.click();
    await settle(page);
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'Tom Baker', via: 'requests' }]);
    await page.close();
  });

  test('Facebook: a notification’s Confirm and the profile’s Respond → Confirm are held too', async () => {
    const page = await open(URLS.fbRequests);
    await page.locator('[data-testid="notif-row"]').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    expect(await nudge(page, 'friend-request').textContent()).toContain('Dana Kim');
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'Dana Kim', via: 'notification' }]);
    await page.close();

    const profile = await open(URLS.fbProfile);
    await profile.getByRole('button', { name: 'Respond' }).click();
    await profile.getByRole('menuitem', { name: 'Confirm' }).click();
    await expect.poll(() => nudge(profile, 'friend-request').count()).toBe(1);
    expect(await nudge(profile, 'friend-request').textContent()).toContain('Maria Lopez');
    await settle(profile);
    expect(await eventsOf(profile)).toEqual([]);
    await action(profile, 'cancel').click();
    await profile.getByRole('menuitem', { name: 'Delete request' }).click();
    await settle(profile);
    expect(await nudge(profile, 'friend-request').count()).toBe(0);
    expect(await eventsOf(profile)).toEqual([{ action: 'delete', who: 'Maria Lopez', via: 'profile' }]);
    await profile.close();
  });

  test('Facebook: no nudge when acting as the practice', async () => {
    // The replica's account button names "Ana Ruiz"; listing her as the practice makes it business.
    const page = await open(URLS.fbRequests, (s) => (s.practiceAccounts.facebook = ['Ana Ruiz']));
    await page.locator('[data-person="maria.lopez.52"]').getByRole('button', { name: 'Confirm' }).click();
    await settle(page);
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'Maria Lopez', via: 'requests' }]);
    await page.close();
  });

  test('Instagram follow requests: held, Cancel, Accept anyway once, Delete passes', async () => {
    const page = await open(URLS.igRequests, (s) => (s.practiceAccounts.instagram = ['smith.family.dental']));
    const row = page.locator('[data-handle="sam.patel"]');
    await row.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    expect(await nudge(page, 'friend-request').textContent()).toContain('sam.patel');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/instagram-nudge.png` });
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    await action(page, 'cancel').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    await row.getByRole('button', { name: 'Confirm' }).click();
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'sam.patel' }]);
    await page.locator('[data-handle="lucy_m_92"]').getByRole('button', { name: 'Delete' }).click();
    await settle(page);
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'confirm', who: 'sam.patel' }, { action: 'delete', who: 'lucy_m_92' }]);
    await page.close();
  });

  test('X follower requests: held, Accept anyway once (and only the button’s handler), Decline passes', async () => {
    const page = await open(URLS.xRequests);
    const cell = page.locator('[data-testid="UserCell"]').filter({ hasText: '@jmiller_runs' });
    await cell.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    expect(await nudge(page, 'friend-request').textContent()).toContain('Jamie Miller');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/x-nudge.png` });
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'accept', who: 'jmiller_runs' }]);
    await page.locator('[data-testid="UserCell"]').filter({ hasText: '@chris_ortega' }).getByRole('button', { name: 'Decline' }).click();
    await settle(page);
    expect(await nudge(page, 'friend-request').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'accept', who: 'jmiller_runs' }, { action: 'decline', who: 'chris_ortega' }]);
    await page.close();
  });
});

describe("don't delete, reply (the practice's own post)", () => {
  const asPractice = (s: Settings) => (s.practiceAccounts.facebook = ['Smith Family Dental']);
  const openMenu = async (page: Page, id: string) => {
    await page.locator(`[data-comment-id="${id}"] [aria-haspopup="menu"]`).first().click();
    await page.waitForSelector('[role="menu"]');
  };

  test('Delete on a critical comment: nudge with the comment; Cancel keeps it; Delete anyway runs once', async () => {
    const page = await open(URLS.fbPost, asPractice);
    await openMenu(page, 'c1');
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => nudge(page, 'delete-comment').count()).toBe(1);
    const text = await nudge(page, 'delete-comment').textContent();
    expect(text).toContain('Pat Doe');
    expect(text).toContain('Waited 50 minutes');
    expect(await action(page, 'reply-instead').count()).toBe(1);
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    await action(page, 'cancel').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([]);
    expect(await page.locator('[data-comment-id="c1"]').count()).toBe(1);

    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await action(page, 'proceed').click();
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'delete', id: 'c1' }]);
    expect(await page.locator('[data-state="deleted"]').count()).toBe(1);
    await page.close();
  });

  test('Reply instead leads to the professional reply template in that reply box', async () => {
    const page = await open(URLS.fbPost, (s) => {
      asPractice(s);
      s.practicePhone = '555-0142';
    });
    await openMenu(page, 'c1');
    await page.getByRole('menuitem', { name: 'Delete' }).first().click();
    await action(page, 'reply-instead').click();
    // The live warnings see a reply to a negative comment and offer the template there.
    const badge = page.locator('bedside-manner .bm-badge');
    await badge.first().waitFor({ state: 'visible' });
    await badge.first().click();
    await action(page, 'insert-template').click();
    await expect.poll(() => page.locator('[data-reply-to="c1"]').textContent()).toContain('555-0142');
    expect(await eventsOf(page)).toEqual([{ action: 'reply-open', id: 'c1' }]);
    await page.close();
  });

  test('Hide → Reply instead opens and focuses that comment’s reply box; nothing is hidden', async () => {
    const page = await open(URLS.fbPost, asPractice);
    await openMenu(page, 'c1');
    await page.getByRole('menuitem', { name: 'Hide comment' }).click();
    await expect.poll(() => nudge(page, 'delete-comment').count()).toBe(1);
    expect(await nudge(page, 'delete-comment').textContent()).toMatch(/instead of hiding/);
    await action(page, 'reply-instead').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-reply-to') ?? null)).toBe('c1');
    await settle(page);
    expect(await eventsOf(page)).toEqual([{ action: 'reply-open', id: 'c1' }]);
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    await page.keyboard.type('Thank you');
    expect(await page.locator('[data-reply-to="c1"]').textContent()).toBe('Thank you');
    await page.close();
  });

  test('Block and a reply’s Hide are held; Report, Like and the practice’s own comment pass straight through', async () => {
    const page = await open(URLS.fbPost, asPractice);
    await openMenu(page, 'c1');
    await page.getByRole('menuitem', { name: /^Block/ }).click();
    await expect.poll(() => nudge(page, 'delete-comment').count()).toBe(1);
    expect(await action(page, 'proceed').textContent()).toBe('Block anyway');
    await page.keyboard.press('Escape');
    expect(await nudge(page, 'delete-comment').count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Report comment' }).click();

    await openMenu(page, 'c1r1');
    await page.getByRole('menuitem', { name: 'Hide comment' }).click();
    await expect.poll(() => nudge(page, 'delete-comment').count()).toBe(1);
    expect(await nudge(page, 'delete-comment').textContent()).toContain('Ken Ito');
    await action(page, 'cancel').click();
    await page.keyboard.press('Escape');

    await page.locator('[data-comment-id="c2"]').getByRole('button', { name: 'Like' }).click();
    await openMenu(page, 'c3');
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await settle(page);
    expect(await nudge(page, 'delete-comment').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([
      { action: 'report', id: 'c1' },
      { action: 'like', id: 'c2' },
      { action: 'delete', id: 'c3' },
    ]);
    await page.close();
  });

  test('Don’t ask again is saved and honoured; no nudge when the post is not the practice’s', async () => {
    const page = await open(URLS.fbPost, asPractice);
    await openMenu(page, 'c2');
    await page.getByRole('menuitem', { name: 'Hide comment' }).click();
    await action(page, 'dont-ask-again').click();
    await settle(page);
    expect((await storedSettings()).nudges.deleteComment).toEqual({ facebook: false, instagram: true, x: true });
    expect(await eventsOf(page)).toEqual([]);
    await page.getByRole('menuitem', { name: 'Hide comment' }).click();
    await settle(page);
    expect(await nudge(page, 'delete-comment').count()).toBe(0);
    expect(await eventsOf(page)).toEqual([{ action: 'hide', id: 'c2' }]);
    await page.close();

    // No practice accounts set: we cannot tell the page is the practice's, so Delete is left alone.
    const other = await open(URLS.fbPost);
    await openMenu(other, 'c1');
    await other.getByRole('menuitem', { name: 'Delete' }).click();
    await settle(other);
    expect(await nudge(other, 'delete-comment').count()).toBe(0);
    expect(await eventsOf(other)).toEqual([{ action: 'delete', id: 'c1' }]);
    await other.close();
  });
});

describe('screenshots and hygiene', () => {
  test('docs screenshots of both nudges', async () => {
    const page = await open(URLS.fbRequests, (s) => (s.practiceName = 'Smith Family Dental'));
    await page.locator('[data-person="maria.lopez.52"]').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => nudge(page, 'friend-request').count()).toBe(1);
    await page.waitForTimeout(300); // let the entrance animation finish
    await page.screenshot({ path: screenshotPath('nudge-friend-request.png') });
    await page.close();

    const post = await open(URLS.fbPost, asPracticeNamed);
    await post.locator('[data-comment-id="c1"] [aria-haspopup="menu"]').first().click();
    await post.getByRole('menuitem', { name: 'Delete' }).click();
    await expect.poll(() => nudge(post, 'delete-comment').count()).toBe(1);
    await post.waitForTimeout(300);
    await post.screenshot({ path: screenshotPath('nudge-delete-comment.png') });
    await post.close();
  });

  test('no uncaught page errors and nothing left the three sites', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.offsiteRequests).toEqual([]);
  });
});

function asPracticeNamed(s: Settings): void {
  s.practiceAccounts.facebook = ['Smith Family Dental'];
  s.practiceName = 'Smith Family Dental';
}
