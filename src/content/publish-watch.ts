// publish-watch: notices the user publishing from a composer (Post / Reply / Tweet / Share) and tells
// the background the site and the time, for the posting-cadence card. Never the text: the message
// carries {site, account, at} only, and the background keeps business posts alone.
import browser from 'webextension-polyfill';
import type { Site } from '../rules/types';
import type { ContentToBackground } from '../shared/messages';
import { detectAccount } from './account';
import { guard, type Feature } from './feature';

// Selectors, newest first.
// 2026-11: X — the composer's send button, in the dialog/home composer and inline under a tweet.
const X_PUBLISH = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
// 2026-11: X — the editor whose Ctrl/⌘+Enter shortcut publishes.
const X_EDITOR = '[data-testid^="tweetTextarea_"]';
// 2026-11: Facebook and Instagram give their publish buttons no stable marker; they are role=button
// elements named by their (localised) text or aria-label, next to a Lexical editor or a textarea.
const BUTTON = 'button, [role="button"], input[type="submit"]';
const PUBLISH_WORDS = /^(?:post|share|share now|publish|reply|comment|send|publicar|compartir|compartir ahora|responder|comentar|enviar)$/i;
const EDITOR = '[data-lexical-editor="true"], [contenteditable="true"], [contenteditable=""], textarea, [role="textbox"]';
/** How far up from a button to look for the composer it belongs to. */
const COMPOSER_DEPTH = 8;

const isDisabled = (el: Element): boolean =>
  el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled === true;

const labelOf = (el: Element): string =>
  (el.getAttribute('aria-label') || (el as HTMLInputElement).value || el.textContent || '').replace(/\s+/g, ' ').trim();

const hasText = (editor: Element): boolean =>
  ((editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value : editor.textContent) ?? '').trim().length > 0;

/**
 * The editor this button sends: in the nearest ancestor (a few levels up) holding an editor, one with
 * text that comes before the button — or anywhere in it inside a dialog (Instagram's Share sits above
 * the caption). A "Reply" or "Share" link in a post's action bar comes before the box it opens, and an
 * empty box publishes nothing, so neither counts.
 */
function composerEditorOf(button: Element): Element | null {
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < COMPOSER_DEPTH; depth++, node = node.parentElement) {
    const editors = Array.from(node.querySelectorAll(EDITOR));
    if (editors.length === 0) continue;
    const inDialog = Boolean(button.closest('[role="dialog"], dialog'));
    return (
      editors.find(
        (editor) => hasText(editor) && (inDialog || Boolean(editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)),
      ) ?? null
    );
  }
  return null;
}

/** The publish button a click on `target` presses on `site`, or null (not a publish button, or disabled). */
export function publishButtonFor(target: EventTarget | null, site: Site): Element | null {
  if (!(target instanceof Element)) return null;
  if (site === 'x') {
    const button = target.closest(X_PUBLISH);
    return button && !isDisabled(button) ? button : null;
  }
  const button = target.closest(BUTTON);
  if (!button || isDisabled(button) || !PUBLISH_WORDS.test(labelOf(button))) return null;
  return composerEditorOf(button) ? button : null;
}

/** On X, Ctrl/⌘+Enter in the editor publishes when the composer's send button is enabled. */
export function shortcutPublishButton(event: KeyboardEvent, site: Site): Element | null {
  if (site !== 'x' || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !(event.target instanceof Element)) return null;
  const editor = event.target.closest(X_EDITOR);
  if (!editor) return null;
  for (let node = editor.parentElement; node; node = node.parentElement) {
    const button = node.querySelector(X_PUBLISH);
    if (button) return isDisabled(button) ? null : button;
  }
  return null;
}

export const publishWatch: Feature = {
  id: 'publish-watch',
  start(env, signal) {
    const report = (button: Element) => {
      const message: ContentToBackground = {
        type: 'post-published',
        site: env.site,
        account: detectAccount(env.site, document, env.settings(), button),
        at: Date.now(),
      };
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    // Capture phase: the site's own handlers may stop the event or remove the composer.
    document.addEventListener(
      'click',
      guard('publish-watch', (event: MouseEvent) => {
        const button = publishButtonFor(event.target, env.site);
        if (button) report(button);
      }),
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      guard('publish-watch', (event: KeyboardEvent) => {
        const button = shortcutPublishButton(event, env.site);
        if (button) report(button);
      }),
      { capture: true, signal },
    );
  },
};
