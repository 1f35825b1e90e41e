// "Don't delete, reply": on the practice's own posts, choosing Delete, Hide or Block for someone's
// comment first explains that removing criticism tends to backfire, and offers to open the reply box
// instead (where the live warnings offer the professional reply template).
import type { Site } from '../../rules/types';
import type { Settings } from '../../shared/settings';
import { detectAccount, isPracticeAccount } from '../account';
import { guard, logOnce, type Feature } from '../feature';
import { fromOurUi, interceptActivations } from './intercept';
import { showNudge, type NudgeOptions } from './nudge-ui';
import {
  commentTextOf,
  commenterOf,
  EDITABLE,
  findCommentMenuOpener,
  innermostComment,
  postAuthorOf,
  removeCommentLabel,
  replyButtonOf,
} from './selectors';
import { SITE_NAMES, switchOff, waitFor } from './shared';

const ID = 'delete-comment-nudge';
/** A comment menu opened longer ago than this no longer explains a Delete. */
const MENU_MEMORY_MS = 60_000;
const MENU_CONTAINER = '[role="menu"], [role="dialog"], [role="listbox"], [role="alertdialog"]';

export type RemoveVerb = 'delete' | 'hide' | 'block';

export function verbOf(label: string): RemoveVerb {
  if (/^(?:hide|ocultar)/i.test(label)) return 'hide';
  if (/^(?:block|bloquear)/i.test(label)) return 'block';
  return 'delete';
}

const VERB_WORDS: Record<RemoveVerb, { ing: string; anyway: string }> = {
  delete: { ing: 'deleting', anyway: 'Delete anyway' },
  hide: { ing: 'hiding', anyway: 'Hide anyway' },
  block: { ing: 'blocking', anyway: 'Block anyway' },
};

export function deleteCommentNudge(site: Site, verb: RemoveVerb, who: string, text: string, hasReply: boolean): NudgeOptions {
  const words = VERB_WORDS[verb];
  return {
    kind: 'delete-comment',
    title: `Reply instead of ${words.ing}?`,
    quote: text ? { who, text } : undefined,
    body: [
      `Removing criticism tends to make it worse: people notice, and often post again somewhere louder. A short, calm reply usually does more good — and others reading it see a practice that listens.`,
      `Thank them, don’t confirm they are a patient or mention any care, and invite them to call the office.`,
    ],
    buttons: [
      { action: 'cancel', label: 'Cancel' },
      { action: 'proceed', label: words.anyway },
      ...(hasReply ? [{ action: 'reply-instead' as const, label: 'Reply instead', primary: true }] : []),
    ],
    dontAskLabel: `Don’t ask again on ${SITE_NAMES[site]}`,
  };
}

/** Whether removing `comment` deserves the nudge: the practice's post or account, and not its own comment. */
export function shouldNudgeRemoval(site: Site, settings: Settings, comment: Element, doc: Document): boolean {
  if (!settings.nudges.deleteComment[site]) return false;
  const commenter = commenterOf(site, comment);
  if (commenter && isPracticeAccount(site, settings, commenter)) return false;
  if (detectAccount(site, doc, settings, comment) === 'business') return true;
  return isPracticeAccount(site, settings, postAuthorOf(site, comment, doc));
}

function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The reply box that opened for `comment`: the focused editable if the site focused one (a new box, or an
 * existing one that took the focus from `focusedBefore` — Instagram's one comment box fills in "@handle "),
 * else a box that appeared after `before` was taken, nearest after the comment; `undefined` while none has.
 */
export function replyBoxFor(comment: Element, doc: Document, before: ReadonlySet<Element>, focusedBefore?: Element | null): HTMLElement | undefined {
  const active = deepActive(doc);
  if (active instanceof HTMLElement && active.matches(EDITABLE) && (!before.has(active) || (focusedBefore !== undefined && active !== focusedBefore))) return active;
  return nearestEditableAfter(comment, (el) => !before.has(el));
}

function nearestEditableAfter(comment: Element, accept: (el: HTMLElement) => boolean): HTMLElement | undefined {
  for (let scope: Element | null = comment, depth = 0; scope && depth < 5; scope = scope.parentElement, depth++) {
    const after = Array.from(scope.querySelectorAll<HTMLElement>(EDITABLE)).find(
      (el) => accept(el) && (comment.contains(el) || Boolean(comment.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
    );
    if (after) return after;
  }
  return undefined;
}

async function replyInstead(site: Site, comment: Element, menuItem: Element, signal: AbortSignal): Promise<void> {
  // Close the site's menu the way a user would, then press the comment's own Reply.
  menuItem.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true, composed: true }));
  const reply = replyButtonOf(site, comment);
  if (!(reply instanceof HTMLElement)) return;
  const before = new Set(Array.from(document.querySelectorAll(EDITABLE)));
  const focusedBefore = deepActive(document);
  reply.click();
  // A new box (or the site focusing one); if none appears, the box was already open: use the nearest one.
  const box = (await waitFor(() => replyBoxFor(comment, document, before, focusedBefore), 2000, signal)) ?? nearestEditableAfter(comment, () => true);
  if (!box || signal.aborted) return;
  box.focus();
  if (box instanceof HTMLTextAreaElement) box.setSelectionRange(box.value.length, box.value.length);
}

export const deleteCommentNudgeFeature: Feature = {
  id: ID,
  start(env, signal) {
    let switchedOff = false;
    env.onSettingsChanged(() => (switchedOff = false), signal);
    // Menus render in portals away from their comment: remember which comment's menu was opened last.
    let menuOf: { comment: Element; at: number } | null = null;
    // Comments the user chose to remove anyway: the site's own "Are you sure?" must not ask twice.
    const allowed = new WeakSet<Element>();

    const remember = guard(ID, (event: Event) => {
      if (event.type === 'keydown' && !['Enter', ' '].includes((event as KeyboardEvent).key)) return;
      if (fromOurUi(event)) return;
      const target = event.composedPath()[0] ?? null;
      const comment = findCommentMenuOpener(env.site, target);
      if (comment) menuOf = { comment, at: Date.now() };
      // Anything else pressed outside a menu (another "…", such as the post's own) ends that comment's menu:
      // a Delete in the next menu is not about the comment.
      else if (!(target instanceof Element && target.closest(MENU_CONTAINER))) menuOf = null;
    });
    for (const type of ['pointerdown', 'click', 'keydown'] as const) window.addEventListener(type, remember, { capture: true, signal, passive: true });

    interceptActivations<{ comment: Element; item: Element; label: string }>({
      featureId: ID,
      signal,
      match(target) {
        if (switchedOff) return undefined;
        const removal = removeCommentLabel(target);
        if (!removal) return undefined;
        const inMenu = removal.item.closest(MENU_CONTAINER);
        let comment = innermostComment(env.site, removal.item);
        if (!comment && inMenu && menuOf && Date.now() - menuOf.at < MENU_MEMORY_MS && menuOf.comment.isConnected) comment = menuOf.comment;
        if (!comment || allowed.has(comment)) return undefined;
        // A Delete button inside the comment itself (not in a menu) is only a removal when it is a menu item.
        if (!inMenu && !removal.item.matches('[role="menuitem"]')) return undefined;
        if (!shouldNudgeRemoval(env.site, env.settings(), comment, document)) return undefined;
        return { comment, item: removal.item, label: removal.label };
      },
      onHold(hit, held) {
        const hasReply = replyButtonOf(env.site, hit.comment) !== undefined;
        const options = deleteCommentNudge(env.site, verbOf(hit.label), commenterOf(env.site, hit.comment), commentTextOf(env.site, hit.comment), hasReply);
        showNudge(options, signal)
          .then(
            guard(ID, (action) => {
              if (action === 'proceed') {
                allowed.add(hit.comment);
                held.replay();
              } else if (action === 'reply-instead') {
                replyInstead(env.site, hit.comment, hit.item, signal).catch((error) => logOnce(ID, error));
              } else if (action === 'dont-ask-again') {
                switchedOff = true;
                switchOff(env.settings(), 'deleteComment', env.site).catch((error) => logOnce(ID, error));
              }
            }),
          )
          .catch((error) => logOnce(ID, error));
      },
    });
  },
};
