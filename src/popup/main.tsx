// The toolbar popup: this tab's findings (live), the posting cadence, and the reply templates.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SNOOZE } from '../shared/cadence';
import { loadCadence, onCadenceChanged, snoozeReminders, type CadenceState } from '../shared/cadence-store';
import type { ContentToBackground } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { CadenceCard } from './cadence-card';
import { askTab, readTab, targetTab, type TabView, type TargetTab } from './tab';
import { Templates, type InsertResult } from './templates';
import { ThisTab } from './this-tab';
import './theme.css';
import './popup.css';

/** How often the popup asks the tab for its findings while open (updates also arrive as messages). */
const POLL_MS = 500;

function useTabView(tab: TargetTab | undefined | null): TabView {
  const [view, setView] = useState<TabView>({ status: 'loading' });
  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null) {
      setView({ status: 'absent', supported: false });
      return;
    }
    let live = true;
    let last = '';
    const update = (next: TabView) => {
      const key = JSON.stringify(next);
      if (!live || key === last) return;
      last = key;
      setView(next);
    };
    const poll = () => void readTab(tab).then(update);
    poll();
    const timer = setInterval(poll, POLL_MS);
    // The content script tells the background whenever findings change; the popup hears it too.
    const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
      const message = raw as ContentToBackground;
      if (message?.type === 'findings-changed' && sender.tab?.id === tab.id) update({ status: 'ready', state: message.state });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tab]);
  return view;
}

function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(({ settings }) => setSettings(settings));
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

/** The cadence records, and when they were read (a post recorded a moment ago is not "in the future"). */
function useCadence(): CadenceState & { readAt: number } {
  const [cadence, setCadence] = useState<CadenceState & { readAt: number }>({ posts: [], readAt: Date.now() });
  useEffect(() => {
    const reload = () => void loadCadence().then((state) => setCadence({ ...state, readAt: Date.now() }));
    reload();
    return onCadenceChanged(reload);
  }, []);
  return cadence;
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const openSettings = () => void browser.runtime.openOptionsPage();

function Popup() {
  const [tab, setTab] = useState<TargetTab | null>();
  useEffect(() => {
    void targetTab()
      .then((t) => setTab(t ?? null))
      .catch(() => setTab(null));
  }, []);
  const view = useTabView(tab);
  const settings = useSettings() ?? defaultSettings();
  const cadence = useCadence();
  const now = Math.max(useNow(30_000), cadence.readAt);

  const insert = useCallback(
    async (text: string): Promise<InsertResult> => {
      if (!tab) return { inserted: false, reason: 'Open Facebook, Instagram or X in this tab first.' };
      const answer = await askTab(tab.id, { type: 'insert-text', text });
      if (answer && 'inserted' in answer) return answer;
      return { inserted: false, reason: 'This page is not listening yet. Reload it, click into the reply box, then try again.' };
    },
    [tab],
  );

  return (
    <div class="popup">
      <header class="top">
        <img src="/icons/icon-32.png" width={20} height={20} alt="" />
        <h1>Bedside Manner</h1>
        <button type="button" class="settings-button" onClick={openSettings}>
          Settings
        </button>
      </header>
      <main>
        <ThisTab view={view} />
        <CadenceCard settings={settings} cadence={cadence} now={now} onSnooze={() => void snoozeReminders(Date.now() + SNOOZE)} onOpenSettings={openSettings} />
        <Templates
          settings={settings}
          canInsert={view.status === 'ready'}
          parentNegative={view.status === 'ready' && Boolean(view.state?.parentNegative)}
          onInsert={insert}
          onOpenSettings={openSettings}
        />
      </main>
    </div>
  );
}

render(<Popup />, document.getElementById('app')!);
