// Shared steps of the live-warnings browser tests: open a replica, type like a user, read the panel.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './browser';

/** Opens a replica at a real site URL. Retries once: the options page opening on install can interrupt the first navigation. */
export async function openReplica(h: Harness, url: string, name: string): Promise<Page> {
  await h.serveReplica(url, name);
  let page: Page;
  try {
    page = await h.open(url);
  } catch {
    page = await h.open(url);
  }
  await page.bringToFront();
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Clicks into an editor and types text with real key events. */
export async function typeInto(page: Page, selector: string, text: string, delay = 5): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.type(text, { delay });
}

/** The text held by the replica editor's own model (Lexical state, Draft ContentState, React state). */
export function modelText(page: Page, editor: string): Promise<string> {
  return page.evaluate((name) => window.__replica.getText(name), editor);
}

/** Waits for the badge, opens the panel, lets the last check settle and returns [ruleId, severity] of each finding shown. */
export async function openPanelFindings(page: Page): Promise<[string, string][]> {
  const badge = page.locator('bedside-manner .bm-badge');
  await badge.waitFor({ state: 'visible', timeout: 5000 });
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  await page.locator('bedside-manner .bm-panel').waitFor({ state: 'visible' });
  const read = () =>
    page.locator('bedside-manner [data-bedside-rule]').evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-bedside-rule') ?? '', el.getAttribute('data-bedside-severity') ?? ''] as [string, string]),
    );
  // The badge may have been showing from an earlier check (a reply tip): wait until two reads agree.
  let previous = JSON.stringify(await read());
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await read());
    if (now === previous) break;
    previous = now;
  }
  return JSON.parse(previous);
}

/** Asserts nothing shows for the focused box after the debounce has long passed. */
export async function expectSilent(page: Page): Promise<void> {
  await page.waitForTimeout(700);
  expect(await page.locator('bedside-manner .bm-badge').count()).toBe(0);
  expect(await page.locator('bedside-manner [data-bedside-rule]').count()).toBe(0);
}
