// Instagram: post captions (Lexical), comment and reply boxes (React-controlled textareas), DMs.
import { textOf } from './generic';
import type { SiteAdapter } from './types';

// Newest first.
// 2024-: the comment box is a textarea in the post's form; the caption editor in the create dialog is
// Lexical. aria-label "Add a comment…" is a localised fallback.
export const INSTAGRAM_SELECTORS = {
  boxes: ['article form textarea', 'section form textarea', 'textarea[aria-label^="Add a comment" i]', '[data-lexical-editor="true"][role="textbox"]', 'div[role="textbox"][contenteditable="true"]'],
  post: 'article, [role="dialog"] article, main',
  /** The post's caption: the first heading of its comment list. */
  caption: 'h1, ul li h1, [data-testid="post-comment-root"] span',
  comment: 'ul li',
} as const;

const DIRECT_PATH = /^\/direct\//;

/** "@handle rest" → "handle". Instagram's Reply button pre-fills the box with the mention. */
function mentionedHandle(value: string): string | undefined {
  return value.match(/^@([A-Za-z0-9._]{1,30})\b/)?.[1];
}

function commentBy(post: Element, handle: string): string | undefined {
  for (const item of Array.from(post.querySelectorAll(INSTAGRAM_SELECTORS.comment))) {
    const author = item.querySelector(`a[href="/${handle}/" i]`);
    if (!author) continue;
    // The comment's words are in a dir="auto" span outside the author link; the whole item is the fallback.
    const body = Array.from(item.querySelectorAll('[dir="auto"]')).find((el) => !el.closest('a') && (el.textContent ?? '').trim().length > 0);
    return textOf(body ?? item);
  }
  return undefined;
}

export const instagram: SiteAdapter = {
  site: 'instagram',
  boxSelectors: INSTAGRAM_SELECTORS.boxes,
  contextOf(box) {
    if (DIRECT_PATH.test(location.pathname)) return { kind: 'message' };
    if (!(box instanceof HTMLTextAreaElement)) return { kind: 'caption' };
    const post = box.closest(INSTAGRAM_SELECTORS.post);
    if (!post) return { kind: 'comment' };
    const handle = mentionedHandle(box.value);
    const replyTo = handle ? commentBy(post, handle) : undefined;
    if (replyTo) return { kind: 'reply', parent: replyTo };
    return { kind: 'comment', parent: textOf(post.querySelector(INSTAGRAM_SELECTORS.caption)) };
  },
};
