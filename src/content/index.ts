// Content script entry: picks the site, loads settings, starts each feature with one AbortSignal,
// and tears everything down when the extension is reloaded or updated (the old script is orphaned).
import browser from 'webextension-polyfill';
import type { Site } from '../rules/types';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { startFeatures, type ContentEnv, type Feature } from './feature';
import { liveWarnings } from './live-warnings';
import { publishWatch } from './publish-watch';
import { getUiRoot, removeUiRoot } from './ui/host';
import { NUDGES } from './nudges';

/** The features, in start order. Each lives in its own file and owns what it starts. */
const FEATURES: Feature[] = [liveWarnings, ...NUDGES, publishWatch];

export function siteOf(hostname: string): Site | undefined {
  if (/(^|\.)facebook\.com$/.test(hostname)) return 'facebook';
  if (/(^|\.)instagram\.com$/.test(hostname)) return 'instagram';
  if (/(^|\.)(x|twitter)\.com$/.test(hostname)) return 'x';
  return undefined;
}

/** True while this copy of the content script still belongs to a live extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const site = siteOf(location.hostname);
  if (!site) return;
  const controller = new AbortController();
  const { signal } = controller;
  signal.addEventListener('abort', removeUiRoot, { once: true });

  let settings: Settings = defaultSettings();
  const listeners = new Set<(s: Settings) => void>();
  const env: ContentEnv = {
    site,
    settings: () => settings,
    onSettingsChanged(listener, featureSignal) {
      listeners.add(listener);
      featureSignal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
  settings = (await loadSettings()).settings;
  const unsubscribe = onSettingsChanged((next) => {
    settings = next;
    for (const listener of listeners) listener(next);
  });
  signal.addEventListener('abort', unsubscribe, { once: true });

  // An updated or reloaded extension leaves this script orphaned: notice and stand down.
  const watchdog = setInterval(() => {
    if (!extensionAlive()) controller.abort();
  }, 2000);
  signal.addEventListener('abort', () => clearInterval(watchdog), { once: true });

  getUiRoot();
  await startFeatures(FEATURES, env, signal);
}

main().catch((error) => console.warn('[Bedside Manner] could not start on this page:', error));
