// Settings in browser.storage.sync: load (validated), save, and watch for changes from other pages.
// storage.sync allows 8 KB per item, so the parts that grow with the user's text (each template,
// the words never to flag) are kept under their own keys; `splitForSync`/`joinFromSync` are the layout.
import browser from 'webextension-polyfill';
import { defaultSettings, validateSettings, type Settings, type Validated } from './settings';
import { TEMPLATE_IDS } from './templates';

const KEY = 'settings';
const ALLOW_KEY = 'settings.allowWords';
const templateKey = (id: string) => `settings.template.${id}`;
/** Every storage.sync key the settings occupy. */
export const SETTINGS_KEYS: readonly string[] = [KEY, ALLOW_KEY, ...TEMPLATE_IDS.map(templateKey)];

/** Settings → storage.sync items. Every key is always written, so one `set` replaces the whole state. */
export function splitForSync(settings: Settings): Record<string, unknown> {
  const { allowWords, templates, ...core } = settings;
  return {
    [KEY]: core,
    [ALLOW_KEY]: allowWords,
    ...Object.fromEntries(TEMPLATE_IDS.map((id) => [templateKey(id), templates[id] ?? ''])),
  };
}

/**
 * storage.sync items → the raw value `validateSettings` reads. A field inside the main item wins over its
 * own key: `saveSettings` never writes it there, so its presence means the whole value was written at once
 * (an older version, an import, a test).
 */
export function joinFromSync(items: Record<string, unknown>): unknown {
  const core = items[KEY];
  if (core === undefined) return undefined;
  if (typeof core !== 'object' || core === null || Array.isArray(core)) return core;
  const raw: Record<string, unknown> = { ...core };
  if (raw.allowWords === undefined && items[ALLOW_KEY] !== undefined) raw.allowWords = items[ALLOW_KEY];
  if (raw.templates === undefined) {
    const templates: Record<string, unknown> = {};
    for (const id of TEMPLATE_IDS) {
      const text = items[templateKey(id)];
      if (text !== undefined && text !== '') templates[id] = text;
    }
    raw.templates = templates;
  }
  return raw;
}

export async function loadSettings(): Promise<Validated> {
  try {
    const stored = await browser.storage.sync.get([...SETTINGS_KEYS]);
    return validateSettings(joinFromSync(stored));
  } catch {
    return { settings: defaultSettings(), problems: ['Settings could not be read; defaults are in use.'] };
  }
}

/** Saves the whole settings. Rejects (e.g. storage quota) so the options page can say so. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set(splitForSync(settings));
}

/** Calls `listener` with validated settings whenever they change anywhere; returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  let live = true;
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !SETTINGS_KEYS.some((key) => key in changes)) return;
    // A change carries only the keys that changed: read the whole state back.
    void loadSettings().then(({ settings }) => {
      if (live) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(handler);
  };
}
