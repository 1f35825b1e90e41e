import { beforeEach, describe, expect, test, vi } from 'vitest';

// An in-memory storage.sync with the real per-item quota, standing in for the browser.
const area: Record<string, unknown> = {};
const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
const QUOTA_BYTES_PER_ITEM = 8192;
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: {
        async get(keys: string[]) {
          return Object.fromEntries(keys.filter((k) => k in area).map((k) => [k, structuredClone(area[k])]));
        },
        async set(items: Record<string, unknown>) {
          for (const [k, v] of Object.entries(items))
            if (new TextEncoder().encode(k + JSON.stringify(v)).length > QUOTA_BYTES_PER_ITEM) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded: ${k}`);
          const changes: Record<string, { newValue?: unknown }> = {};
          for (const [k, v] of Object.entries(items)) {
            area[k] = structuredClone(v);
            changes[k] = { newValue: v };
          }
          for (const l of listeners) l(changes, 'sync');
        },
      },
      onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
    },
  },
}));

const { loadSettings, saveSettings, onSettingsChanged, splitForSync, joinFromSync } = await import('./settings-store');
const { defaultSettings, LIMITS, validateSettings } = await import('./settings');
const { SITES } = await import('../rules/types');
const { TEMPLATE_IDS } = await import('./templates');

beforeEach(() => {
  for (const k of Object.keys(area)) delete area[k];
  listeners.clear();
});

describe('storage layout', () => {
  test('split then join gives back the same settings', () => {
    const s = defaultSettings();
    s.practiceName = 'Riverside Family Medicine';
    s.allowWords = ['Dr. Osei'];
    s.templates = { 'positive-review': 'Thanks! — {practice}' };
    expect(joinFromSync(splitForSync(s))).toEqual(s);
  });

  test('a whole value written in one item (older versions, tests) still wins', () => {
    const items = splitForSync({ ...defaultSettings(), allowWords: ['old'] });
    items.settings = { ...(items.settings as object), allowWords: ['new'] };
    expect((joinFromSync(items) as { allowWords: string[] }).allowWords).toEqual(['new']);
  });
});

test('the largest allowed settings fit storage.sync quotas', async () => {
  const s = defaultSettings();
  s.practiceName = 'é'.repeat(LIMITS.practiceName);
  s.practicePhone = '5'.repeat(LIMITS.practicePhone);
  for (const site of SITES) s.practiceAccounts[site] = Array.from({ length: LIMITS.accountsPerSite }, (_, i) => `${i}`.padEnd(LIMITS.accountLength, 'a'));
  // Far more words than fit, in two-byte letters: validation keeps what fits in one item.
  const words = Array.from({ length: LIMITS.allowWords }, (_, i) => `${i}`.padEnd(LIMITS.allowWordLength, 'ñ'));
  s.allowWords = validateSettings({ ...s, allowWords: words }).settings.allowWords;
  expect(s.allowWords.length).toBeGreaterThan(40);
  for (const id of TEMPLATE_IDS) s.templates[id] = '—'.repeat(LIMITS.templateLength);
  expect(validateSettings(s).problems).toEqual([]);
  await saveSettings(s);
  expect((await loadSettings()).settings).toEqual(s);
});

test('save, load and change notifications', async () => {
  expect(await loadSettings()).toEqual({ settings: defaultSettings(), problems: [] });
  const seen: string[] = [];
  const stop = onSettingsChanged((s) => seen.push(s.practiceName));
  await saveSettings({ ...defaultSettings(), practiceName: 'Harbor Dental' });
  await vi.waitFor(() => expect(seen).toEqual(['Harbor Dental']));
  stop();
  await saveSettings({ ...defaultSettings(), practiceName: 'Other' });
  await new Promise((r) => setTimeout(r, 10));
  expect(seen).toEqual(['Harbor Dental']);
});

test('invalid stored values load as defaults with a note', async () => {
  area.settings = { version: 1, practiceName: 5, cadence: { postsPerWeek: 'lots' } };
  const { settings, problems } = await loadSettings();
  expect(settings.practiceName).toBe('');
  expect(problems).toHaveLength(2);
});
