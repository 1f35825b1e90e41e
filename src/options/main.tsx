// The options page: set Bedside Manner up once. Every change is saved as it is made (storage.sync);
// values that were invalid when loaded or imported are reset to defaults and listed at the top.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearCadence } from '../shared/cadence-store';
import { defaultSettings, validateSettings, type Settings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { AllowWordsField, CadenceFields, PracticeFields, RuleFields, TemplateFields } from './sections';
import '../popup/theme.css';
import './options.css';

const SAVE_DELAY_MS = 400;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

function exportFile(settings: Settings): void {
  const blob = new Blob([JSON.stringify(settings, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'bedside-manner-settings.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Options() {
  const [settings, setSettings] = useState<Settings>();
  /** Bumped when settings are replaced wholesale (import, reset): list fields re-read their drafts. */
  const [revision, setRevision] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [confirmReset, setConfirmReset] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<Settings | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadSettings().then(({ settings, problems }) => {
      latest.current = settings;
      setSettings(settings);
      setProblems(problems);
    });
  }, []);

  const persist = async (next: Settings) => {
    setSave({ kind: 'saving' });
    try {
      await saveSettings(next);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const update = (patch: Partial<Settings>) => {
    const next = { ...latest.current!, ...patch };
    latest.current = next;
    setSettings(next);
    setSave({ kind: 'saving' });
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = undefined;
      void persist(next);
    }, SAVE_DELAY_MS);
  };

  const replaceAll = async (next: Settings, message: string) => {
    clearTimeout(pending.current);
    latest.current = next;
    setSettings(next);
    setRevision((r) => r + 1);
    setNotice(message);
    await persist(next);
  };

  // Save what is pending if the page closes mid-typing.
  useEffect(() => {
    const flush = () => {
      if (pending.current && latest.current) void saveSettings(latest.current);
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;
  const welcome = !settings.welcomed;
  const props = { settings, update };

  const importFile = async (file: File) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setProblems([`"${file.name}" is not a settings file (it is not JSON). Nothing was changed.`]);
      return;
    }
    const { settings: imported, problems } = validateSettings(raw);
    setProblems(problems);
    await replaceAll({ ...imported, welcomed: true }, `Imported settings from "${file.name}".`);
  };

  return (
    <main class="options">
      <header class="page-head">
        <img src="/icons/icon-48.png" width={40} height={40} alt="" />
        <div>
          <h1>Bedside Manner</h1>
          <p class="muted">Settings are saved as you type and synced to your browser profile. Nothing leaves your browser otherwise.</p>
        </div>
        <p class={`save-state ${save.kind}`} role="status" aria-live="polite">
          {save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'All changes saved' : save.kind === 'failed' ? 'Could not save' : ''}
        </p>
      </header>

      {save.kind === 'failed' ? (
        <div class="banner error" role="alert">
          Your last change could not be saved: {save.message}
        </div>
      ) : null}
      {problems.length ? (
        <div class="banner warning" role="alert" data-bedside-problems>
          <p>
            <strong>Some settings were not valid and fell back to their defaults:</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" class="link" onClick={() => setProblems([])}>
            Dismiss
          </button>
        </div>
      ) : null}
      {notice ? (
        <div class="banner info" role="status">
          {notice}{' '}
          <button type="button" class="link" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </div>
      ) : null}

      <div key={revision} class="sections">
        <section class={`card section${welcome ? ' welcome' : ''}`} aria-labelledby="practice-title" data-bedside-welcome={welcome ? '' : undefined}>
          {welcome ? (
            <>
              <h2 id="practice-title">Welcome — let's set up your practice</h2>
              <p class="lead">
                Bedside Manner checks what you write on Facebook, Instagram and X before you post it. Three details make it fit your practice:
                its name and phone (for the reply templates) and its pages (so it knows when you write as the practice).
              </p>
            </>
          ) : (
            <h2 id="practice-title">Practice</h2>
          )}
          <PracticeFields {...props} welcome={welcome} />
          {welcome ? (
            <div class="actions">
              <button type="button" class="primary" onClick={() => update({ welcomed: true })}>
                Done — start checking
              </button>
              <span class="hint">You can change these any time below.</span>
            </div>
          ) : null}
        </section>

        <section class="card section" aria-labelledby="cadence-title">
          <h2 id="cadence-title">Posting cadence</h2>
          <p class="hint section-hint">The popup shows when each practice page last posted. Only the time and site of each post are kept.</p>
          <CadenceFields {...props} />
        </section>

        <section class="card section" aria-labelledby="rules-title">
          <h2 id="rules-title">Checks</h2>
          <p class="hint section-hint">Switch off a check you do not need. Everything runs in your browser.</p>
          <RuleFields {...props} />
        </section>

        <section class="card section" aria-labelledby="allow-title">
          <h2 id="allow-title">Never flag</h2>
          <AllowWordsField {...props} />
        </section>

        <section class="card section" aria-labelledby="templates-title">
          <h2 id="templates-title">Reply templates</h2>
          <TemplateFields {...props} />
        </section>

        <section class="card section" aria-labelledby="backup-title">
          <h2 id="backup-title">Backup and reset</h2>
          <div class="actions">
            <button type="button" onClick={() => exportFile(latest.current ?? settings)}>
              Export settings…
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Import settings…
            </button>
            <input
              ref={fileInput}
              id="import-file"
              class="visually-hidden"
              type="file"
              accept="application/json,.json"
              tabIndex={-1}
              aria-label="Settings file to import"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
            <span class="spacer" />
            {confirmReset ? (
              <span class="confirm" role="group" aria-label="Confirm reset">
                <span>Reset every setting and the posting history?</span>
                <button
                  type="button"
                  class="danger"
                  autoFocus
                  onClick={async () => {
                    setConfirmReset(false);
                    setProblems([]);
                    await clearCadence().catch(() => undefined);
                    await replaceAll({ ...defaultSettings(), welcomed: true }, 'All settings are back to their defaults.');
                  }}
                >
                  Yes, reset
                </button>
                <button type="button" onClick={() => setConfirmReset(false)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirmReset(true)}>
                Reset all settings…
              </button>
            )}
          </div>
          <p class="hint">The export holds your settings only — no posting history and nothing you wrote.</p>
        </section>
      </div>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
