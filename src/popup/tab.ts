// Which tab the popup speaks for, and how it asks that tab's content script. Normally the active tab;
// `?tab=<id>` points the popup at another one (the browser tests open the popup as a page of its own).
import browser from 'webextension-polyfill';
import type { ContentAnswer, PopupToContent, TabState } from '../shared/messages';

export interface TargetTab {
  id: number;
  /** Known for the three sites (the content script's hosts); undefined elsewhere. */
  url?: string;
}

export async function targetTab(search = location.search): Promise<TargetTab | undefined> {
  const requested = new URLSearchParams(search).get('tab');
  if (requested && /^\d+$/.test(requested)) {
    const id = Number(requested);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Sends `message` to the tab's top frame; undefined when no content script answers (not one of the sites, or not loaded yet). */
export async function askTab(tabId: number, message: PopupToContent): Promise<ContentAnswer | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ContentAnswer | undefined;
  } catch {
    return undefined;
  }
}

export type TabView =
  | { status: 'loading' }
  /** No content script answered. `supported` when the URL is one of the sites (so a reload would help). */
  | { status: 'absent'; supported: boolean }
  | { status: 'ready'; state: TabState | null };

const SUPPORTED = /^https:\/\/([a-z]+\.)?(facebook|instagram|x|twitter)\.com\//;
export const isSupportedUrl = (url: string | undefined): boolean => Boolean(url && SUPPORTED.test(url));

export async function readTab(tab: TargetTab): Promise<TabView> {
  const answer = await askTab(tab.id, { type: 'get-state' });
  if (answer && 'state' in answer) return { status: 'ready', state: answer.state };
  return { status: 'absent', supported: isSupportedUrl(tab.url) };
}
