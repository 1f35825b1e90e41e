// Which account the user is acting as on the page in view: the practice (business), themselves
// (personal), or we cannot tell (unknown). Combines the practice pages and handles from settings with
// what the page shows. Pure DOM reading: never changes the page, never throws.
import type { Account, Site } from '../rules/types';
import type { Settings } from '../shared/settings';

/** Who the page says the user is acting as. `name` is a display name, `handle` a username (no "@"). */
export interface Identity {
  name?: string;
  handle?: string;
  /** Where it was read from, for debugging and tests. */
  source: string;
  /** True when the page itself says the user acts as a Page / business (e.g. business.facebook.com). */
  business?: boolean;
}

// Selectors, newest first. Stable markers (data-testid, role, URL) before aria-labels, which are localised.
// 2026-11: X — the account switcher and the profile tab carry data-testids; the avatar container
// carries the handle in its testid ("UserAvatar-Container-<handle>").
const X_SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
const X_PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';
// 2026-11: Instagram — the nav has no testids; the profile link is the nav link holding the user's
// avatar (img alt "<handle>'s profile picture"); fallback: the nav link whose text is "Profile".
const IG_NAV = 'nav, [role="navigation"], [role="menu"]';
// 2026-11: Facebook — the comment/reply box names the actor ("Comment as <Name>", "Reply as <Page>",
// "Answer as <Name>") in its aria-label and placeholder; the actor switcher says "Commenting as <Name>".
// Localised: English only for now; other languages fall back to settings alone.
const FB_EDITOR = '[data-lexical-editor="true"][role="textbox"], [contenteditable="true"][role="textbox"]';
const FB_ACTOR_LABEL = /^(?:comment|reply|answer|commenting|replying|answering|posting|post)\s+as\s+(.+?)[.…]*$/i;
const FB_ACTOR_SWITCHER = '[aria-label^="Commenting as " i], [aria-label^="Replying as " i], [aria-label^="Reply as " i], [aria-label^="Comment as " i]';
// 2026-11: Facebook — the top bar's account button; its image or inner label carries the current
// profile's name (after switching to a Page profile, the Page's name).
const FB_PROFILE_BUTTON = '[role="banner"] [aria-label="Your profile" i], [role="banner"] [aria-label="Account" i]';

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

const handleFromPath = (href: string | null | undefined): string | undefined => {
  if (!href) return undefined;
  try {
    const path = new URL(href, 'https://example.invalid/').pathname;
    const first = path.split('/').filter(Boolean)[0];
    return first && /^[A-Za-z0-9._]{1,60}$/.test(first) ? first : undefined;
  } catch {
    return undefined;
  }
};

function readXIdentity(doc: Document): Identity | undefined {
  const switcher = doc.querySelector(X_SWITCHER);
  if (switcher) {
    const text = switcher.textContent ?? '';
    const handle = text.match(/@([A-Za-z0-9_]{1,30})/)?.[1];
    const avatar = switcher.querySelector('[data-testid^="UserAvatar-Container-"]')?.getAttribute('data-testid');
    const fromAvatar = avatar?.slice('UserAvatar-Container-'.length) || undefined;
    const name = clean(text.split('@')[0]);
    if (handle || fromAvatar) return { handle: handle ?? fromAvatar, name, source: 'x-account-switcher' };
    // Fallback: aria-label "Account menu" has no handle; some builds put it in the label.
    const labelled = switcher.getAttribute('aria-label')?.match(/@([A-Za-z0-9_]{1,30})/)?.[1];
    if (labelled) return { handle: labelled, source: 'x-account-switcher-label' };
  }
  const profile = handleFromPath(doc.querySelector(X_PROFILE_LINK)?.getAttribute('href'));
  if (profile) return { handle: profile, source: 'x-profile-tab' };
  return undefined;
}

function readInstagramIdentity(doc: Document): Identity | undefined {
  const navs = Array.from(doc.querySelectorAll(IG_NAV));
  const avatarLinks: { link: Element; handle: string }[] = [];
  for (const nav of navs) {
    for (const img of Array.from(nav.querySelectorAll('a[href] img[alt]'))) {
      const fromAlt = (img.getAttribute('alt') ?? '').match(/^(.+?)'s profile picture$/i)?.[1];
      const link = img.closest('a[href]');
      const fromHref = handleFromPath(link?.getAttribute('href'));
      if (link && fromAlt && fromHref && fromAlt.toLowerCase() === fromHref.toLowerCase()) avatarLinks.push({ link, handle: fromHref });
    }
  }
  // The user's own link is the avatar labelled "Profile"; a lone avatar in the nav (collapsed nav) also counts.
  const labelled = avatarLinks.find((a) => /\bprofile\b/i.test(a.link.textContent ?? ''));
  if (labelled) return { handle: labelled.handle, source: 'instagram-nav-avatar' };
  if (avatarLinks.length === 1) return { handle: avatarLinks[0].handle, source: 'instagram-nav-avatar' };
  for (const nav of navs) {
    for (const link of Array.from(nav.querySelectorAll('a[href]'))) {
      if (/^\s*profile\s*$/i.test(link.textContent ?? '')) {
        const handle = handleFromPath(link.getAttribute('href'));
        if (handle) return { handle, source: 'instagram-nav-profile' };
      }
    }
  }
  return undefined;
}

function facebookActorFrom(el: Element): string | undefined {
  for (const attr of ['aria-label', 'aria-placeholder', 'placeholder']) {
    const m = clean(el.getAttribute(attr))?.match(FB_ACTOR_LABEL);
    if (m) return clean(m[1]);
  }
  // Lexical shows its placeholder as a sibling element, not an attribute.
  const placeholder = el.parentElement?.querySelector('[aria-hidden="true"], .placeholder');
  const m = clean(placeholder?.textContent)?.match(FB_ACTOR_LABEL);
  return m ? clean(m[1]) : undefined;
}

function readFacebookIdentity(doc: Document, near?: Element): Identity | undefined {
  const host = doc.location?.hostname ?? '';
  if (/^business\.facebook\.com$/i.test(host)) return { source: 'facebook-business-suite', business: true };
  // The box nearest the element in question first (its own actor), then any box on the page.
  const scope = near?.closest('[role="article"]') ?? null;
  const editors = [...(scope ? Array.from(scope.querySelectorAll(FB_EDITOR)) : []), ...Array.from(doc.querySelectorAll(FB_EDITOR))];
  for (const editor of editors) {
    const name = facebookActorFrom(editor);
    if (name) return { name, source: 'facebook-composer' };
  }
  for (const el of Array.from(doc.querySelectorAll(FB_ACTOR_SWITCHER))) {
    const name = facebookActorFrom(el);
    if (name) return { name, source: 'facebook-actor-switcher' };
  }
  const button = doc.querySelector(FB_PROFILE_BUTTON);
  if (button) {
    const inner = button.querySelector('[aria-label], img[alt], image[aria-label], title');
    const name = clean(inner?.getAttribute('aria-label') ?? inner?.getAttribute('alt') ?? inner?.textContent);
    if (name && !/^your profile$/i.test(name)) return { name, source: 'facebook-profile-button' };
  }
  return undefined;
}

/** Who the page shows the user acting as, per site; `near` narrows Facebook to one post's comment box. */
export function readIdentity(site: Site, doc: Document, near?: Element): Identity | undefined {
  try {
    if (site === 'x') return readXIdentity(doc);
    if (site === 'instagram') return readInstagramIdentity(doc);
    return readFacebookIdentity(doc, near);
  } catch {
    return undefined;
  }
}

/** The current handle (X, Instagram) or display name (Facebook) the page shows, if any. */
export function readCurrentHandle(site: Site, doc: Document): string | undefined {
  const identity = readIdentity(site, doc);
  return identity?.handle ?? identity?.name;
}

/** A name, handle or profile URL folded for comparison: "@Smith_Dental", "facebook.com/smithdental/", "Smith Dental" → "smithdental". */
export function accountKey(value: string): string {
  let v = value.trim().toLowerCase();
  const url = v.match(/^(?:https?:\/\/)?(?:[a-z]+\.)?(?:facebook|instagram|x|twitter)\.com\/(?:profile\.php\?id=)?([^/?#]+)/);
  if (url) v = url[1];
  return v.replace(/^@/, '').normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when `name` or `handle` is one of the practice's accounts on `site`. */
export function isPracticeAccount(site: Site, settings: Settings, ...names: (string | undefined)[]): boolean {
  const practice = new Set(settings.practiceAccounts[site].map(accountKey).filter(Boolean));
  return names.some((n) => n !== undefined && practice.has(accountKey(n)));
}

/**
 * The account in use. Business when the page shows the practice acting (or the Business Suite);
 * personal when the page shows someone else and the practice's accounts are known; unknown when the
 * page shows nothing we can read, or when no practice accounts are set for this site.
 */
export function detectAccount(site: Site, doc: Document, settings: Settings, near?: Element): Account {
  const identity = readIdentity(site, doc, near);
  if (!identity) return 'unknown';
  if (identity.business) return 'business';
  if (isPracticeAccount(site, settings, identity.handle, identity.name)) return 'business';
  return settings.practiceAccounts[site].length > 0 ? 'personal' : 'unknown';
}
