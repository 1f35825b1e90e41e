// Holding a click until the user decides. A capture listener on `window` runs before any listener of
// the page — including React's root listeners — so preventDefault() + stopImmediatePropagation() keeps
// the site's own handler from running. "Go ahead" re-dispatches an exact copy of the held event at the
// same element, once, past a one-time bypass, so the site handles it exactly as it would have.
import { guard } from '../feature';
import { HOST_TAG } from '../ui/host';
import { clickableFrom } from './selectors';

export interface Held {
  /** The element the user activated (the event's original target). */
  target: Element;
  /** The nearest clickable (the button or menu item). */
  clickable: Element;
  /** Runs the site's own handling of the held event. Works once; later calls do nothing. */
  replay(): void;
}

export interface InterceptOptions<T> {
  featureId: string;
  signal: AbortSignal;
  /** Whether to hold this activation; `undefined` lets it through untouched. Must not throw (it is guarded anyway). */
  match(target: Element, event: Event): T | undefined;
  /** Called with what `match` returned, after the event was stopped. */
  onHold(hit: T, held: Held): void;
}

/** Native controls turn Enter/Space into a click themselves; for them the click is what we hold. */
const NATIVE_ACTIVATES = 'button, input, a[href], summary, select, textarea';

// One bypass for the whole content script: a replayed event passes every feature's listener.
let bypass: { target: EventTarget; type: string } | null = null;

function copyOf(event: Event): Event {
  const base = { bubbles: event.bubbles, cancelable: event.cancelable, composed: event.composed };
  if (event instanceof MouseEvent) {
    const init: MouseEventInit = {
      ...base,
      detail: event.detail,
      screenX: event.screenX,
      screenY: event.screenY,
      clientX: event.clientX,
      clientY: event.clientY,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      button: event.button,
      buttons: event.buttons,
      relatedTarget: event.relatedTarget,
    };
    return typeof PointerEvent !== 'undefined' && event instanceof PointerEvent
      ? new PointerEvent(event.type, { ...init, pointerId: event.pointerId, pointerType: event.pointerType, isPrimary: event.isPrimary })
      : new MouseEvent(event.type, init);
  }
  if (event instanceof KeyboardEvent) {
    return new KeyboardEvent(event.type, {
      ...base,
      key: event.key,
      code: event.code,
      location: event.location,
      repeat: event.repeat,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
    });
  }
  return new Event(event.type, base);
}

/** True for events from our own UI (inside the <bedside-manner> host). */
export function fromOurUi(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.localName === HOST_TAG);
}

/** Holds the clicks (and Enter/Space on non-native buttons) that `match` picks; stops with `signal`. */
export function interceptActivations<T>({ featureId, signal, match, onHold }: InterceptOptions<T>): void {
  const listener = guard(featureId, (event: Event) => {
    if (bypass && bypass.type === event.type && bypass.target === event.target) return;
    // Untrusted clicks count too: some sites turn Enter into element.click(). Our own replay is bypassed above.
    if (fromOurUi(event)) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const clickable = clickableFrom(target);
    if (!clickable) return;
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if ((key !== 'Enter' && key !== ' ') || clickable.matches(NATIVE_ACTIVATES)) return;
    }
    const hit = match(target, event);
    if (hit === undefined) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    let done = false;
    const copy = copyOf(event);
    onHold(hit, {
      target,
      clickable,
      replay() {
        if (done || signal.aborted) return;
        done = true;
        bypass = { target, type: copy.type };
        try {
          target.dispatchEvent(copy);
        } finally {
          bypass = null;
        }
      },
    });
  });
  for (const type of ['click', 'keydown'] as const) window.addEventListener(type, listener, { capture: true, signal });
}
