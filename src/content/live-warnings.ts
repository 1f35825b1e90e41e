// Live warnings in the compose and reply boxes: read the focused box's text (debounced), run the rules
// with the box's context, and show the findings at the box. Reads only; writes to the editor only when
// the user clicks an action (apply a fix, insert the reply template), through execCommand.
import browser from 'webextension-polyfill';
import type { CheckContext, Finding } from '../rules/types';
import { MAX_CHECKED, type CheckAnswer, type CheckRequest, type ContentAnswer, type ContentToBackground, type PopupToContent, type TabState } from '../shared/messages';
import { ruleSettingsOf } from '../shared/settings';
import { detectAccount } from './account';
import { replaceAll, replaceText } from './editors/insert';
import { spanRects } from './editors/rects';
import { isTextField, readBox, type Box } from './editors/text';
import { guard, logOnce, type ContentEnv, type Feature } from './feature';
import { ADAPTERS, type SiteAdapter } from './sites/index';
import { editableRoot, genericContext } from './sites/generic';
import { HOST_TAG, getUiRoot } from './ui/host';
import { mountLiveView, type LiveViewProps } from './ui/live-view';
import type { Underline } from './ui/overlay';
import { templateFor, viewsOf } from './live-check';

const ID = 'live-warnings';
/** Quiet time after the last keystroke before checking: short enough to warn within ~300 ms. */
export const DEBOUNCE_MS = 150;
/** Underlines drawn at most (the panel lists every finding). */
const MAX_LINES = 80;
/** Texts longer than this are not underlined (the badge and panel still show every finding). */
const MAX_UNDERLINED_TEXT = 20_000;
/** How often the focused textarea's value is compared with what was last checked. */
const POLL_MS = 400;

interface Tracked {
  box: Box;
  text: string;
  context: CheckContext;
  findings: Finding[];
  parentNegative: boolean;
  generation: number;
}

/** The account in use for a box: one call, so the decision lives in account.ts alone. */
function accountFor(env: ContentEnv, box: Box) {
  return detectAccount(env.site, document, env.settings(), box);
}

/** Reads what the box is for; a failing site adapter falls back to the generic reading. */
export function contextFor(adapter: SiteAdapter, box: Box): { kind: CheckContext['kind']; parent?: string } {
  try {
    return adapter.contextOf(box) ?? genericContext(box);
  } catch (error) {
    logOnce(`${ID}:${adapter.site}`, error);
    return genericContext(box);
  }
}

/** The element that really has focus, looking through open shadow roots. */
function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function isOurUi(target: EventTarget | null): boolean {
  return target instanceof Element && target.tagName.toLowerCase() === HOST_TAG;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.ruleId === b[i].ruleId && f.start === b[i].start && f.end === b[i].end && f.severity === b[i].severity);
}

function send(message: ContentToBackground): void {
  try {
    // No listener (background asleep or not handling it yet) is fine: the popup asks again.
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    /* the extension was reloaded; the watchdog in index.ts tears us down */
  }
}

export const liveWarnings: Feature = {
  id: ID,
  start(env, signal) {
    const adapter = ADAPTERS[env.site];
    const view = mountLiveView();
    signal.addEventListener('abort', () => view.unmount(), { once: true });

    let current: Tracked | null = null; // the box in focus
    let last: Tracked | null = null; // the last box in focus (the popup asks about it)
    let panelOpen = false;
    let panelAutoFocus = false;
    let linesStale = false;
    let announcement = '';
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let blurTimer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let sentState = '';
    const tracked = new WeakMap<Box, Tracked>();
    const resizeObserver = new ResizeObserver(guard(ID, () => schedulePaint()));

    const trackedFor = (box: Box): Tracked => {
      let t = tracked.get(box);
      if (!t) {
        t = { box, text: '', context: { site: env.site, kind: 'post', account: 'unknown' }, findings: [], parentNegative: false, generation: 0 };
        tracked.set(box, t);
      }
      return t;
    };

    // ---- rendering -------------------------------------------------------------------------------
    const template = (t: Tracked) => (t.parentNegative ? templateFor(env.settings(), t.context.parent) : null);

    function paint(): void {
      frame = 0;
      const t = current;
      const props: LiveViewProps = {
        anchor: null,
        findings: [],
        lines: [],
        textEnd: null,
        linesStale,
        panelOpen,
        panelAutoFocus,
        template: null,
        announcement,
        onToggle: guard(ID, () => setPanel(!panelOpen, false)),
        onClose: guard(ID, () => closePanel(true)),
        onApply: (i) => void applyFix(i).catch((e) => logOnce(ID, e)),
        onInsertTemplate: () => void insertTemplate().catch((e) => logOnce(ID, e)),
      };
      if (t && t.box.isConnected) {
        const r = t.box.getBoundingClientRect();
        const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
        if (visible) {
          props.anchor = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          props.findings = viewsOf(t.text, t.findings);
          props.template = template(t);
          if (!linesStale) props.lines = underlines(t);
          props.textEnd = textEnd(t);
        }
      }
      view.update(props);
    }

    function underlines(t: Tracked): Underline[] {
      const lines: Underline[] = [];
      // A huge text (a long paste) gets the panel only: laying it out again on every scroll costs too much.
      if (t.findings.length === 0 || t.text.length > MAX_UNDERLINED_TEXT) return lines;
      const snapshot = readBox(t.box);
      if (snapshot.text !== t.text) return lines; // changed since the check: wait for the next one
      const root = getUiRoot();
      for (const f of t.findings) {
        if (lines.length >= MAX_LINES) break;
        for (const rect of spanRects(t.box, snapshot, f.start, f.end, root)) lines.push({ rect, severity: f.severity });
      }
      return lines;
    }

    /** Where the text's last line ends, so the badge can step aside instead of covering it. */
    function textEnd(t: Tracked): { right: number; top: number; bottom: number } | null {
      if (t.findings.length === 0 && !t.parentNegative) return null;
      const snapshot = readBox(t.box);
      const n = snapshot.text.length;
      if (n === 0) return null;
      if (n > MAX_UNDERLINED_TEXT) return { right: Infinity, top: Infinity, bottom: Infinity };
      const rects = spanRects(t.box, snapshot, Math.max(0, n - 1), n, getUiRoot());
      const last = rects[rects.length - 1];
      return last ? { right: last.left + last.width, top: last.top, bottom: last.top + last.height } : null;
    }

    function schedulePaint(): void {
      if (!frame && !signal.aborted) frame = requestAnimationFrame(guard(ID, paint));
    }

    function setPanel(open: boolean, viaKeyboard: boolean): void {
      panelOpen = open;
      panelAutoFocus = open && viaKeyboard;
      schedulePaint();
    }

    function closePanel(returnFocus: boolean): void {
      setPanel(false, false);
      if (returnFocus && current) current.box.focus({ preventScroll: true });
    }

    // ---- state for the popup and background ----------------------------------------------------------
    function stateOf(t: Tracked | null): TabState | null {
      if (!t || !t.box.isConnected) return null;
      return {
        site: env.site,
        kind: t.context.kind,
        account: t.context.account,
        parentNegative: t.parentNegative,
        findings: t.findings,
        excerpts: t.findings.map((f) => t.text.slice(f.start, f.end)),
      };
    }

    function publish(): void {
      const state = stateOf(last);
      const key = JSON.stringify(state);
      if (key === sentState) return;
      sentState = key;
      send({ type: 'findings-changed', state });
    }

    // ---- checking -----------------------------------------------------------------------------------
    async function runCheck(t: Tracked): Promise<void> {
      const generation = ++t.generation;
      const { text } = readBox(t.box);
      const { kind, parent } = contextFor(adapter, t.box);
      const context: CheckContext = { site: env.site, kind, account: accountFor(env, t.box), parent };
      const settings = ruleSettingsOf(env.settings());
      // The rules run in the extension's background worker (background/checker.ts): the page never
      // does the work, however long the text, and the text never leaves the browser.
      const request: CheckRequest = { type: 'check', text: text.slice(0, MAX_CHECKED), context, settings };
      const answer = (await browser.runtime.sendMessage(request)) as CheckAnswer | undefined;
      if (!answer || generation !== t.generation || signal.aborted) return;
      const { findings } = answer;
      const before = t.findings;
      const newErrors = findings.filter((f) => f.severity === 'error').length - before.filter((f) => f.severity === 'error').length;
      t.text = text;
      t.context = context;
      t.findings = findings;
      t.parentNegative = answer.parentNegative;
      if (t === current) {
        linesStale = false;
        if (newErrors > 0) {
          const first = findings.find((f) => f.severity === 'error');
          announcement = `Bedside Manner: ${first?.message ?? 'a possible problem'} Press Alt+Shift+B to review.`;
        } else if (findings.length === 0 && before.length > 0) announcement = 'Bedside Manner: no problems found.';
        if (findings.length === 0 && !t.parentNegative) panelOpen = false;
        schedulePaint();
      }
      if (!sameFindings(before, findings) || t === last) publish();
    }

    const checkNow = (t: Tracked) => void runCheck(t).catch((e) => logOnce(ID, e));

    let checkPending = false;
    function scheduleCheck(t: Tracked, delay = DEBOUNCE_MS): void {
      clearTimeout(debounce);
      checkPending = true;
      debounce = setTimeout(() => {
        checkPending = false;
        checkNow(t);
      }, delay);
    }

    // ---- focus ----------------------------------------------------------------------------------------
    function activate(box: Box): void {
      clearTimeout(blurTimer);
      if (current?.box === box) return;
      if (current) resizeObserver.unobserve(current.box);
      const t = trackedFor(box);
      current = t;
      last = t;
      panelOpen = false;
      linesStale = false;
      resizeObserver.observe(box);
      // After the site's own focus handler has run (Instagram's Reply fills the box, then focuses it).
      scheduleCheck(t, 0);
      schedulePaint();
    }

    // A textarea's value can be set by the site's script (React state) with no input event and no
    // DOM mutation: look at the focused one now and then, and check when it changed.
    const poll = setInterval(
      guard(ID, () => {
        const t = current;
        if (!t || document.hidden || !isTextField(t.box)) return;
        if (!checkPending && t.box.value !== t.text && t.generation > 0) scheduleCheck(t, 0);
      }),
      POLL_MS,
    );
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });

    function deactivate(): void {
      if (!current) return;
      resizeObserver.unobserve(current.box);
      current = null;
      panelOpen = false;
      schedulePaint();
    }

    const boxOf = (event: Event): Box | null => editableRoot(event.composedPath()[0] ?? event.target);

    const onFocusIn = guard(ID, (event: FocusEvent) => {
      if (isOurUi(event.target)) return clearTimeout(blurTimer);
      const box = boxOf(event);
      if (box) activate(box);
      else if (current) {
        clearTimeout(blurTimer);
        blurTimer = setTimeout(guard(ID, deactivate), 150);
      }
    });

    const onFocusOut = guard(ID, (event: FocusEvent) => {
      if (!current || boxOf(event) !== current.box) return;
      clearTimeout(blurTimer);
      // Focus moving to the page body fires no focusin: check where it went after the move settles.
      blurTimer = setTimeout(
        guard(ID, () => {
          const active = deepActiveElement();
          if (current && active !== current.box && !isOurUi(document.activeElement) && !current.box.contains(active)) deactivate();
        }),
        200,
      );
    });

    const onInput = guard(ID, (event: Event) => {
      const box = boxOf(event);
      if (!box) return;
      if (current?.box !== box) activate(box);
      if (!current) return;
      if (!linesStale && current.findings.length > 0) {
        linesStale = true;
        schedulePaint();
      }
      scheduleCheck(current);
    });

    const onKeyDown = guard(ID, (event: KeyboardEvent) => {
      // Alt+Shift+B: open the panel from the keyboard (the badge is outside the page's tab order).
      if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyB')) return;
      if (!current || (current.findings.length === 0 && !current.parentNegative)) return;
      event.preventDefault();
      event.stopPropagation();
      setPanel(true, true);
    });

    const onPointerDown = guard(ID, (event: PointerEvent) => {
      if (!panelOpen || isOurUi(event.target)) return;
      if (current && event.composedPath().includes(current.box)) return;
      setPanel(false, false);
    });

    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (e: DocumentEventMap[K]) => void, passive = false) =>
      document.addEventListener(type, handler, { capture: true, passive, signal });
    listen('focusin', onFocusIn);
    listen('focusout', onFocusOut);
    listen('input', onInput);
    listen('keydown', onKeyDown);
    listen('pointerdown', onPointerDown, true);
    listen('scroll', () => schedulePaint(), true);
    window.addEventListener('resize', () => schedulePaint(), { passive: true, signal });

    // ---- boxes that appear later (dialogs, reply boxes, single-page navigation) -----------------------
    // Focus and input listeners sit on the document, so boxes added later (including inside open shadow
    // roots: both events are composed, composedPath()[0] is the real editor) need no registration.
    // Mutation bursts collapse into one scan that drops removed boxes and adopts autofocused new ones.
    const added: Node[] = [];
    let scanTimer: ReturnType<typeof setTimeout> | undefined;
    const scan = guard(ID, () => {
      scanTimer = undefined;
      const roots = added.splice(0);
      if (current && !current.box.isConnected) {
        deactivate();
        if (last && !last.box.isConnected) {
          last = null;
          publish();
        }
      }
      // A box that appeared already focused (autofocus, a reply box opened on demand) fires no focusin we saw.
      const active = editableRoot(deepActiveElement());
      if (active && active !== current?.box) {
        const fresh = roots.some((r) => r === active || r.contains(active) || (r instanceof Element && r.shadowRoot?.contains(active)));
        if (fresh) activate(active);
      }
    });
    const observer = new MutationObserver(
      guard(ID, (records: MutationRecord[]) => {
        let boxChanged = false;
        let pageChanged = false;
        for (const record of records) {
          for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE) added.push(node);
          if (current && current.box.contains(record.target)) boxChanged = true;
          else pageChanged = true;
        }
        // Editors that insert text themselves (Draft.js on paste, long inserts, autocomplete) fire no
        // input event: a change of the box's DOM is a change of its text too.
        if (boxChanged && current) {
          linesStale = current.findings.length > 0;
          scheduleCheck(current);
        }
        if (added.length > 2000) added.splice(0, added.length - 2000);
        if (scanTimer === undefined) scanTimer = setTimeout(scan, 250);
        // Content added around the box can move it: keep underlines and badge in place. (Changes inside
        // the box repaint after their check, so typing costs no extra layout per keystroke.)
        if (current && pageChanged) schedulePaint();
      }),
    );
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        resizeObserver.disconnect();
        clearTimeout(debounce);
        clearTimeout(blurTimer);
        clearTimeout(scanTimer);
        if (frame) cancelAnimationFrame(frame);
      },
      { once: true },
    );

    // ---- actions --------------------------------------------------------------------------------------
    async function applyFix(index: number): Promise<void> {
      const t = current;
      const f = t?.findings[index];
      if (!t || !f || f.suggestion?.replacement === undefined) return;
      const { text } = readBox(t.box);
      // The text moved on since the check: check again rather than replace the wrong words.
      if (text.slice(f.start, f.end) !== t.text.slice(f.start, f.end) || text !== t.text) return checkNow(t);
      if (f.suggestion.replaces === 'all') await replaceAll(t.box, f.suggestion.replacement);
      else await replaceText(t.box, f.start, f.end, f.suggestion.replacement);
      clearTimeout(debounce);
      await runCheck(t);
    }

    async function insertTemplate(): Promise<void> {
      const t = current;
      if (!t) return;
      await replaceAll(t.box, templateFor(env.settings(), t.context.parent));
      closePanel(false);
      clearTimeout(debounce);
      await runCheck(t);
    }

    // ---- the popup's questions ---------------------------------------------------------------------------
    const onMessage = (message: unknown): Promise<ContentAnswer> | undefined => {
      const m = message as PopupToContent;
      if (m?.type === 'get-state') return Promise.resolve({ state: stateOf(current ?? last) });
      if (m?.type === 'insert-text' && typeof m.text === 'string') {
        const t = current ?? last;
        if (!t || !t.box.isConnected) return Promise.resolve({ inserted: false, reason: 'No reply box is open on this page. Click into one first.' });
        return replaceAll(t.box, m.text)
          .then(async (inserted) => {
            await runCheck(t);
            return inserted ? { inserted } : { inserted, reason: 'The site did not accept the text.' };
          })
          .catch((error) => {
            logOnce(ID, error);
            return { inserted: false, reason: 'Something went wrong inserting the text.' };
          });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

    env.onSettingsChanged(guard(ID, () => current && checkNow(current)), signal);

    // A box may already have focus when we start (the script runs at document_idle).
    const initial = editableRoot(deepActiveElement());
    if (initial) activate(initial);
  },
};
