// The nudge: a small alert dialog in our shadow root that asks before a step that is hard to undo.
// Keyboard first: focus moves into it, Tab stays inside, Escape cancels, and focus goes back to where it
// was. Announced as role="alertdialog" with its title and text. One nudge at a time.
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { addUiStyle, getUiRoot } from '../ui/host';

export type NudgeKind = 'friend-request' | 'delete-comment';
export type NudgeAction = 'proceed' | 'cancel' | 'reply-instead' | 'dont-ask-again';

export interface NudgeButton {
  action: NudgeAction;
  label: string;
  /** The suggested choice: drawn filled and focused first. */
  primary?: boolean;
}

export interface NudgeOptions {
  kind: NudgeKind;
  title: string;
  /** Paragraphs of plain text. */
  body: string[];
  /** A short quote of what is at stake (the comment), with who wrote it. */
  quote?: { who: string; text: string };
  buttons: NudgeButton[];
  /** A quiet link-style choice under the buttons ("Don't ask again on Facebook"). */
  dontAskLabel?: string;
}

const CSS = `
.bm-nudge-backdrop { position: fixed; inset: 0; background: rgba(15, 23, 42, .38); display: flex; align-items: flex-start;
  justify-content: center; padding: 12vh 16px 16px; animation: bm-nudge-fade .12s ease-out; }
.bm-nudge { width: min(460px, 100%); background: #fff; color: #1e293b; border-radius: 14px; padding: 22px 24px 18px;
  box-shadow: 0 20px 50px rgba(15, 23, 42, .28), 0 2px 6px rgba(15, 23, 42, .12);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; text-align: left;
  animation: bm-nudge-rise .16s ease-out; }
.bm-nudge:focus { outline: none; }
.bm-nudge-head { display: flex; gap: 12px; align-items: center; margin: 0 0 10px; }
.bm-nudge-icon { flex: none; width: 36px; height: 36px; border-radius: 50%; background: #ccfbf1; color: #0f766e;
  display: grid; place-items: center; }
.bm-nudge-title { margin: 0; font-size: 18px; line-height: 1.3; font-weight: 650; color: #0f172a; }
.bm-nudge-body p { margin: 0 0 10px; }
.bm-nudge-quote { margin: 4px 0 12px; padding: 8px 12px; border-left: 3px solid #cbd5e1; background: #f8fafc;
  border-radius: 0 8px 8px 0; color: #334155; font-size: 14px; }
.bm-nudge-quote b { font-weight: 600; }
.bm-nudge-brand { margin: 2px 0 0; font-size: 12px; color: #64748b; }
.bm-nudge-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 16px; }
.bm-nudge button { font: inherit; font-size: 14px; font-weight: 600; border-radius: 8px; padding: 8px 14px; cursor: pointer;
  border: 1px solid #cbd5e1; background: #fff; color: #1e293b; }
.bm-nudge button:hover { background: #f1f5f9; }
.bm-nudge button.bm-nudge-primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.bm-nudge button.bm-nudge-primary:hover { background: #115e59; }
.bm-nudge button:focus-visible { outline: 3px solid #5eead4; outline-offset: 2px; }
.bm-nudge-footer { margin-top: 14px; padding-top: 10px; border-top: 1px solid #e2e8f0; }
.bm-nudge .bm-nudge-quiet { border: 0; background: none; padding: 2px 0; font-size: 13px; font-weight: 500; color: #475569;
  text-decoration: underline; text-underline-offset: 2px; }
.bm-nudge .bm-nudge-quiet:hover { background: none; color: #0f172a; }
@keyframes bm-nudge-fade { from { opacity: 0; } }
@keyframes bm-nudge-rise { from { opacity: 0; transform: translateY(8px); } }
@media (prefers-reduced-motion: reduce) { .bm-nudge, .bm-nudge-backdrop { animation: none; } }
@media (prefers-color-scheme: dark) {
  .bm-nudge { background: #1e293b; color: #e2e8f0; }
  .bm-nudge-title { color: #f8fafc; }
  .bm-nudge-quote { background: #0f172a; border-color: #475569; color: #cbd5e1; }
  .bm-nudge button { background: #1e293b; color: #e2e8f0; border-color: #475569; }
  .bm-nudge button:hover { background: #334155; }
  .bm-nudge .bm-nudge-quiet { color: #94a3b8; }
  .bm-nudge-footer { border-color: #334155; }
}
`;

let nextId = 0;
let current: { close(action: NudgeAction): void } | null = null;

/** The element that has focus, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function Icon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d="M12 21s-7-4.35-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6c-2.5 4.65-9.5 9-9.5 9z" />
      <path d="M12 10v4M12 17h.01" />
    </svg>
  );
}

function Nudge({ options, id, onAction }: { options: NudgeOptions; id: string; onAction(action: NudgeAction): void }) {
  const dialog = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keep the site's own shortcuts (and menus listening for Escape) out of our dialog.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onAction('cancel');
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const buttons = Array.from(dialog.current.querySelectorAll('button'));
    const at = buttons.indexOf((dialog.current.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
    const next = event.shiftKey ? (at <= 0 ? buttons.length - 1 : at - 1) : at === buttons.length - 1 ? 0 : at + 1;
    event.preventDefault();
    buttons[next]?.focus();
  };

  // Clicks on the nudge stay with the nudge: the site must not take them as "clicked outside" and close
  // the menu the user came from (Cancel should leave the page as it was).
  const keep = (event: Event) => event.stopPropagation();
  return (
    <div
      class="bm-nudge-backdrop"
      onClick={(e) => {
        e.stopPropagation();
        if (e.target === e.currentTarget) onAction('cancel');
      }}
      onPointerDown={keep}
      onMouseDown={keep}
      onPointerUp={keep}
      onMouseUp={keep}
      onTouchStart={keep}
      onTouchEnd={keep}
      onKeyUp={keep}
    >
      <div
        ref={dialog}
        class="bm-nudge"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-bedside-nudge={options.kind}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div class="bm-nudge-head">
          <span class="bm-nudge-icon"><Icon /></span>
          <div>
            <h2 class="bm-nudge-title" id={`${id}-title`}>{options.title}</h2>
            <p class="bm-nudge-brand">Bedside Manner</p>
          </div>
        </div>
        <div class="bm-nudge-body" id={`${id}-body`}>
          {options.quote && options.quote.text ? (
            <p class="bm-nudge-quote">
              {options.quote.who ? <b>{options.quote.who}: </b> : null}“{options.quote.text}”
            </p>
          ) : null}
          {options.body.map((p) => <p>{p}</p>)}
        </div>
        <div class="bm-nudge-actions">
          {options.buttons.map((b) => (
            <button type="button" class={b.primary ? 'bm-nudge-primary' : undefined} data-bedside-action={b.action} onClick={() => onAction(b.action)}>
              {b.label}
            </button>
          ))}
        </div>
        {options.dontAskLabel ? (
          <div class="bm-nudge-footer">
            <button type="button" class="bm-nudge-quiet" data-bedside-action="dont-ask-again" onClick={() => onAction('dont-ask-again')}>
              {options.dontAskLabel}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Shows a nudge and resolves with the user's choice. Stops (as "cancel") when `signal` aborts or another
 * nudge opens. Focus returns to where it was, except for "reply-instead", whose caller moves it on.
 */
export function showNudge(options: NudgeOptions, signal: AbortSignal): Promise<NudgeAction> {
  current?.close('cancel');
  const root = getUiRoot();
  addUiStyle('nudge', CSS);
  const mount = document.createElement('div');
  root.append(mount);
  const returnFocusTo = deepActiveElement();
  const id = `bm-nudge-${++nextId}`;

  return new Promise((resolve) => {
    let closed = false;
    const close = (action: NudgeAction) => {
      if (closed) return;
      closed = true;
      if (current === handle) current = null;
      signal.removeEventListener('abort', onAbort);
      render(null, mount);
      mount.remove();
      if (action !== 'reply-instead' && returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus({ preventScroll: true });
      resolve(action);
    };
    const handle = { close };
    const onAbort = () => close('cancel');
    current = handle;
    if (signal.aborted) return close('cancel');
    signal.addEventListener('abort', onAbort, { once: true });
    render(<Nudge options={options} id={id} onAction={close} />, mount);
    // Focus the suggested choice now (synchronously), so a quick Enter or Escape already lands here.
    (mount.querySelector<HTMLButtonElement>('button.bm-nudge-primary') ?? mount.querySelector('button'))?.focus();
  });
}

/** Closes the open nudge, if any, as if cancelled (for tests and teardown). */
export function closeNudge(): void {
  current?.close('cancel');
}
