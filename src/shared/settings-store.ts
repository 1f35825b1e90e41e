// Settings in browser.storage.sync: load (validated), save, and watch for changes from other pages.
// The layout over storage keys (splitForSync / joinFromSync) is in settings.ts, pure.
import browser from 'webextension-polyfill';
import { defaultSettings, joinFromSync, SETTINGS_KEYS, splitForSync, validateSettings, type Settings, type Validated } from './settings';

export { joinFromSync, SETTINGS_KEYS, splitForSync } from './settings';

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
