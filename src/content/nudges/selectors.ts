// Where the nudges look on each site: the Confirm/Accept buttons of friend and follow requests, the
// comment menus (Delete / Hide / Block), and the comment's Reply button. One place, newest first, with
// dated notes. Stable markers (data-testid, role, URL) come first; visible labels are the fallback and
// are localised (English and Spanish for now). Pure DOM reading: never changes the page.
import type { Site } from '../../rules/types';

/** Anything a user activates: native buttons, ARIA buttons and menu items, links styled as buttons. */
export const CLICKABLE = 'button, [role="button"], [role="menuitem"], [role="menuitemradio"], [role="option"], a[role="link"], input[type="button"], input[type="submit"]';

/** Labels of the buttons that accept a friend/follow/follower request. Anchored: "Confirm" — not "Confirmed". */
export const ACCEPT_LABEL = /^(?:confirm|confirm request|accept|accept request|approve|allow|confirmar|aceptar|aprobar)$/i;
/** Their siblings that refuse — never intercepted, and the sign that a Confirm belongs to a request. */
export const DECLINE_LABEL = /^(?:delete|delete request|decline|ignore|remove|not now|deny|reject|eliminar|eliminar solicitud|rechazar|ignorar)$/i;

/** Comment menu items that make a comment disappear. */
export const REMOVE_COMMENT_LABEL = /^(?:delete|delete comment|delete reply|hide|hide comment|hide reply|block\b.*|remove|remove comment|eliminar|eliminar comentario|ocultar|ocultar comentario|ocultar respuesta|bloquear\b.*)$/i;
/** A label that reads as "reply". */
export const REPLY_LABEL = /^(?:reply|responder)$/i;

export interface SiteSelectors {
  /** Containers of one friend/follow request (tried before walking up to a Decline sibling). */
  requestCard: string;
  /** Pages listing requests, where a Confirm is a request's Confirm. */
  requestPages: RegExp;
  /** One comment (or reply, or review reply). */
  comment: string;
  /** The button that opens a comment's menu (its items often render elsewhere, in a portal). */
  commentMenuOpener: string;
  /** The comment's own Reply button, where a stable marker exists (else a clickable labelled "Reply"). */
  replyButton?: string;
  /** Where the commenter's name is inside a comment / request card. */
  personLink: string;
}

export const SELECTORS: Record<Site, SiteSelectors> = {
  facebook: {
    // 2026-11: requests page cards and notification rows are role=listitem / role=row; profile "Respond"
    // opens a role=menu with "Confirm" and "Delete request". No data-testids on these.
    requestCard: '[role="listitem"], [role="row"], [role="gridcell"], [role="menu"], [role="dialog"]',
    requestPages: /^\/(?:friends(?:\/requests)?|notifications)(?:\/|$)/,
    // 2026-11: comments and replies are nested role=article labelled "Comment by <name>" / "Reply by <name>".
    comment: '[role="article"][aria-label^="Comment by" i], [role="article"][aria-label^="Reply by" i], [role="article"][aria-label^="Comentario de" i], [role="article"] [role="article"]',
    // 2026-11: the "…" button: aria-haspopup=menu; labels "Edit or delete this", "Hide or report this".
    commentMenuOpener: '[aria-haspopup="menu"], [aria-label="Edit or delete this" i], [aria-label="Hide or report this" i], [aria-label^="Comment options" i]',
    personLink: 'a[href][role="link"], a[href]',
  },
  instagram: {
    // 2026-11: follow requests (Activity → Follow requests) are rows with a profile link and two
    // native buttons "Confirm" / "Delete"; no testids.
    requestCard: '[role="listitem"], [role="row"], li',
    requestPages: /^\/accounts\/activity\/?|^\/notifications\/?/,
    // 2026-11: comments are list items; the "…" button is labelled "Comment Options"; its menu is a role=dialog.
    // The label sits on the button's <svg> (role=img, <title>), not on the role=button div around it.
    comment: '[role="listitem"][data-comment], ul li',
    commentMenuOpener: '[aria-label="Comment Options" i], :is([role="button"], button):has(svg[aria-label="Comment Options" i]), [aria-haspopup="menu"]',
    personLink: 'a[href^="/"]',
  },
  x: {
    // 2026-11: x.com/follower_requests lists [data-testid="UserCell"] with "Accept" / "Decline" buttons.
    requestCard: '[data-testid="UserCell"], [data-testid="cellInnerDiv"]',
    requestPages: /^\/follower_requests\/?/,
    // 2026-11: every reply is an article[data-testid="tweet"]; its menu opener is [data-testid="caret"];
    // items are role=menuitem in a role=menu portal ("Hide reply", "Block @handle", "Delete").
    comment: 'article[data-testid="tweet"]',
    commentMenuOpener: '[data-testid="caret"]',
    replyButton: '[data-testid="reply"]',
    personLink: '[data-testid="User-Name"] a[href], a[href^="/"]',
  },
};

/** The visible label of a clickable: aria-label first (what a screen reader says), else its text. */
export function labelOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.value : el.textContent);
  return (label ?? '').replace(/\s+/g, ' ').trim();
}

/** The clickable an event landed on (the target itself or its nearest clickable ancestor). */
export function clickableFrom(target: EventTarget | null): Element | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  const el = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
  return el?.closest(CLICKABLE) ?? undefined;
}

function siblingsWith(container: Element, except: Element, label: RegExp): boolean {
  return Array.from(container.querySelectorAll(CLICKABLE)).some((b) => b !== except && !b.contains(except) && label.test(labelOf(b)));
}

export interface RequestHit {
  button: Element;
  card: Element;
  /** The person asking, as the page names them ("" when it does not). */
  person: string;
}

function personInOne(site: Site, card: Element): string {
  if (site === 'x') {
    const userName = card.querySelector('[data-testid="User-Name"]')?.textContent ?? '';
    const display = userName.split('@')[0]?.replace(/\s+/g, ' ').trim();
    const handle = userName.match(/@[A-Za-z0-9_]{1,30}/)?.[0];
    if (display || handle) return display || handle || '';
  }
  for (const link of Array.from(card.querySelectorAll(SELECTORS[site].personLink))) {
    const inside = link.parentElement?.closest(CLICKABLE);
    if (inside || link.closest('[aria-hidden="true"]')) continue; // a button's link, or a hidden avatar link
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 2 && text.length <= 80 && !ACCEPT_LABEL.test(text) && !DECLINE_LABEL.test(text)) return text;
  }
  const alt = card.querySelector('img[alt]:not([alt=""])');
  return (alt?.getAttribute('alt') ?? '').replace(/'s profile picture$/i, '').trim();
}

/**
 * The person named in a request: a profile link's text or an avatar's alt in the card or up to four
 * containers around it; for a menu (Facebook profile "Respond → Confirm", a portal) the profile's heading.
 */
export function personIn(site: Site, card: Element, doc: Document): string {
  if (!card.closest('[role="menu"]')) {
    for (let el: Element | null = card, depth = 0; el && el !== doc.body && depth < 5; el = el.parentElement, depth++) {
      const found = personInOne(site, el);
      if (found) return found;
    }
    return '';
  }
  const heading = doc.querySelector('[role="main"] h1') ?? doc.querySelector('h1');
  return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * If `target` is the Confirm/Accept of a friend, follow or follower request, the request it belongs to.
 * A Confirm counts when its card also offers a Decline (Delete/Ignore/Decline), or when it sits on a
 * requests page. Decline buttons themselves never match.
 */
export function findRequestAccept(site: Site, target: EventTarget | null, doc: Document): RequestHit | undefined {
  const button = clickableFrom(target);
  if (!button || !ACCEPT_LABEL.test(labelOf(button))) return undefined;
  const sel = SELECTORS[site];
  // Walk up to the smallest container that also offers a Decline: that is the request.
  let card: Element | null = null;
  for (let el = button.parentElement, depth = 0; el && depth < 10; el = el.parentElement, depth++) {
    if (siblingsWith(el, button, DECLINE_LABEL)) {
      card = el;
      break;
    }
  }
  const onRequestsPage = sel.requestPages.test(doc.location?.pathname ?? '');
  if (!card && onRequestsPage) card = button.closest(sel.requestCard) ?? button.parentElement;
  if (!card) return undefined;
  return { button, card, person: personIn(site, card, doc) };
}

/** True when `target` opens a comment's menu; returns the comment. */
export function findCommentMenuOpener(site: Site, target: EventTarget | null): Element | undefined {
  const opener = clickableFrom(target);
  if (!opener) return undefined;
  const sel = SELECTORS[site];
  if (!opener.matches(sel.commentMenuOpener)) return undefined;
  return innermostComment(site, opener);
}

/** The comment (innermost) that contains `el`. */
export function innermostComment(site: Site, el: Element): Element | undefined {
  const sel = SELECTORS[site];
  let found: Element | undefined;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.matches(sel.comment)) {
      found = node;
      break;
    }
  }
  if (!found) return undefined;
  // X: the first tweet on a status page is the post itself, not a comment on it.
  if (site === 'x' && found.closest('[data-testid="cellInnerDiv"]') === found.ownerDocument.querySelector('[data-testid="cellInnerDiv"]')) return undefined;
  // Facebook: a top-level article is the post, not a comment.
  if (site === 'facebook' && !found.parentElement?.closest('[role="article"]') && !/^(?:comment|reply|comentario)/i.test(found.getAttribute('aria-label') ?? '')) return undefined;
  return found;
}

/** A menu item that deletes, hides or blocks — the label that matched, e.g. "Hide comment". */
export function removeCommentLabel(target: EventTarget | null): { item: Element; label: string } | undefined {
  const item = clickableFrom(target);
  if (!item) return undefined;
  const label = labelOf(item);
  return REMOVE_COMMENT_LABEL.test(label) ? { item, label } : undefined;
}

/** The comment's own Reply button. */
export function replyButtonOf(site: Site, comment: Element): Element | undefined {
  const marker = SELECTORS[site].replyButton;
  const stable = marker ? comment.querySelector(marker) : null;
  if (stable) return stable;
  return Array.from(comment.querySelectorAll(CLICKABLE)).find((b) => REPLY_LABEL.test(labelOf(b)) && innermostComment(site, b) === comment);
}

/** The commenter's name or handle. */
export function commenterOf(site: Site, comment: Element): string {
  if (site === 'x') {
    const text = comment.querySelector('[data-testid="User-Name"]')?.textContent ?? '';
    return text.match(/@[A-Za-z0-9_]{1,30}/)?.[0] ?? text.trim();
  }
  const label = comment.getAttribute('aria-label')?.match(/^(?:comment|reply) by (.+?)(?:\s+\d.*)?$/i)?.[1];
  if (label) return label.trim();
  const link = Array.from(comment.querySelectorAll('a[href]')).find((a) => (a.textContent ?? '').trim());
  return (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The comment's text, for quoting in the nudge (short). */
export function commentTextOf(site: Site, comment: Element): string {
  // Not a [dir] inside a link: Instagram's username link holds a <span dir="auto"> too.
  const own =
    site === 'x'
      ? comment.querySelector('[data-testid="tweetText"]')
      : Array.from(comment.querySelectorAll('[dir="auto"], [data-comment-text], span[dir]')).find((el) => !el.parentElement?.closest('a'));
  const text = (own?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The author of the post a comment sits under (name or handle), when the page shows it. */
export function postAuthorOf(site: Site, comment: Element, doc: Document): string | undefined {
  if (site === 'x') {
    const first = doc.querySelector('article[data-testid="tweet"] [data-testid="User-Name"]')?.textContent ?? '';
    return first.match(/@([A-Za-z0-9_]{1,30})/)?.[1];
  }
  if (site === 'facebook') {
    let post: Element | null = comment;
    for (let up = comment.parentElement?.closest('[role="article"]'); up; up = up.parentElement?.closest('[role="article"]')) post = up;
    const author = post?.querySelector('h2 a, h3 a, h4 a, strong a');
    return author?.textContent?.trim() || undefined;
  }
  // Instagram: the post header's profile link, else the profile path (/<handle>/p/...).
  const header = doc.querySelector('article header a[href^="/"], main header a[href^="/"]');
  const handle = header?.getAttribute('href')?.split('/').filter(Boolean)[0];
  return handle ?? doc.location?.pathname.split('/').filter(Boolean)[0];
}

/** An editable box: where a reply is typed. */
export const EDITABLE = '[contenteditable="true"], [contenteditable=""], textarea, [role="textbox"]';
