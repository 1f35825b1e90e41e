// Background: message router, toolbar badge, posting-cadence reminders, first-run welcome. Thin: the
// arithmetic lives in shared/cadence.ts, the badge wording in ./badge.ts.
import browser from 'webextension-polyfill';
import { SITES, isOneOf, type Site } from '../rules/types';
import { cadenceOf, cadenceSites, remindersDue } from '../shared/cadence';
import { loadCadence, onCadenceChanged, savePost, startTracking } from '../shared/cadence-store';
import type { ContentToBackground, PopupToBackground, TabState } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { BADGE_COLORS, reminderBadge, warningBadge } from './badge';
import { answerCheck } from './checker';

const CADENCE_ALARM = 'cadence-check';

// ── First run ────────────────────────────────────────────────────────────────────────────────
browser.runtime.onInstalled.addListener(async ({ reason }) => {
  await startTracking(Date.now());
  if (reason !== 'install') return;
  // The options page greets a fresh install with a short welcome (until settings.welcomed).
  await browser.runtime.openOptionsPage().catch((error) => console.warn('[Bedside Manner] could not open the welcome:', error));
});

// ── Per-tab findings and the badge ───────────────────────────────────────────────────────────
/** The latest state each tab's content script reported. Lost when the worker sleeps; the badge itself persists. */
const tabStates = new Map<number, TabState | null>();

async function paintTab(tabId: number, state: TabState | null): Promise<void> {
  const badge = warningBadge(state?.findings ?? []);
  try {
    if (badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    } else {
      // null hands the tab back to the global badge (a cadence reminder, or nothing).
      await browser.action.setBadgeText({ tabId, text: null as unknown as string });
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS.reminder });
    }
  } catch {
    // The tab closed while we painted.
  }
}

function forgetTab(tabId: number): void {
  if (!tabStates.has(tabId)) return;
  tabStates.delete(tabId);
  void paintTab(tabId, null);
}

browser.tabs.onRemoved.addListener((tabId) => tabStates.delete(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A full navigation: the old page's findings are gone (single-page navigations are reported by the content script).
  if (change.status === 'loading') forgetTab(tabId);
});

// ── Messages ─────────────────────────────────────────────────────────────────────────────────
const isSite = (v: unknown): v is Site => isOneOf(SITES, v);

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = raw as ContentToBackground | PopupToBackground | undefined;
  // Only this extension's own pages and content scripts talk to us.
  if (!message || typeof message !== 'object' || sender.id !== browser.runtime.id) return undefined;
  switch (message.type) {
    case 'check':
      // The answer goes back to the content script that asked; the text is not kept.
      return Promise.resolve(answerCheck(message));
    case 'findings-changed': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      tabStates.set(tabId, message.state);
      void paintTab(tabId, message.state);
      return undefined;
    }
    case 'post-published': {
      // Only the practice's own posts count, and only their site and time are kept.
      if (message.account !== 'business' || !isSite(message.site)) return undefined;
      const at = Number.isFinite(message.at) ? Math.min(message.at, Date.now()) : Date.now();
      return savePost({ site: message.site, at }).then(() => undefined);
    }
    case 'get-cadence':
      return loadCadence();
    default:
      return undefined;
  }
});

// ── Posting-cadence reminder ─────────────────────────────────────────────────────────────────
/** Recomputes which practice pages have gone quiet and shows it on the global badge and title. */
async function refreshReminder(): Promise<void> {
  const now = Date.now();
  const [{ settings }, cadence] = await Promise.all([loadSettings(), loadCadence()]);
  const sites = cadenceSites(settings.practiceAccounts, cadence.posts);
  const status = cadenceOf(cadence.posts, { postsPerWeek: settings.cadence.postsPerWeek, sites, since: cadence.since }, now);
  const due = remindersDue(status, { remind: settings.cadence.remind, snoozedUntil: cadence.snoozedUntil }, now);
  const badge = reminderBadge(due);
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' }).catch(() => undefined);
  await browser.action.setBadgeText({ text: badge?.text ?? '' });
  if (badge) await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge ? `Bedside Manner — ${badge.title}` : 'Bedside Manner' });
}

const refresh = () => void refreshReminder().catch((error) => console.warn('[Bedside Manner] cadence check failed:', error));

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(CADENCE_ALARM))) await browser.alarms.create(CADENCE_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === CADENCE_ALARM) refresh();
});
browser.runtime.onStartup.addListener(refresh);
onSettingsChanged(refresh);
onCadenceChanged(refresh);
void ensureAlarm();
refresh();
