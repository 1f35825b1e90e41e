// Settings in browser.storage.sync: load (validated), save, and watch for changes from other pages.
import browser from 'webextension-polyfill';
import { defaultSettings, validateSettings, type Settings, type Validated } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Validated> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return validateSettings(stored[KEY]);
  } catch {
    return { settings: defaultSettings(), problems: ['Settings could not be read; defaults are in use.'] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

/** Calls `listener` with validated settings whenever they change anywhere; returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(validateSettings(changes[KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
