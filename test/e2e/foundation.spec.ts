import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('the extension loads and its content script runs on facebook.com', async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  await h.serveReplica('https://www.facebook.com/', 'smoke');
  const page = await h.open('https://www.facebook.com/');
  const host = await page.evaluate(() => {
    const el = document.querySelector('bedside-manner');
    return { attached: !!el, shadow: !!el?.shadowRoot };
  });
  expect(host).toEqual({ attached: true, shadow: true });
  expect(h.pageErrors).toEqual([]);
  expect(h.offsiteRequests).toEqual([]);
});

test('the content script does not run on other sites', async () => {
  await h.context.route('https://www.example.org/', (route) => route.fulfill({ body: '<p>elsewhere</p>', contentType: 'text/html' }));
  const page = await h.context.newPage();
  await page.goto('https://www.example.org/').catch(() => undefined);
  await page.waitForTimeout(500);
  expect(await page.locator('bedside-manner').count()).toBe(0);
});
