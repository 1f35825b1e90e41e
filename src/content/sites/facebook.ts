// Facebook: the post composer, comment and reply boxes (all Lexical), and Messenger.
import { textOf } from './generic';
import type { SiteAdapter } from './types';

// Newest first.
// 2023-: every composer, comment and reply box is a Lexical editor with role="textbox".
// Fallback: any contenteditable textbox (older React composer).
export const FACEBOOK_SELECTORS = {
  boxes: ['[data-lexical-editor="true"][role="textbox"]', '[contenteditable="true"][role="textbox"]'],
  article: '[role="article"]',
  /** The post's own text inside a feed unit (newest first). */
  postMessage: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** A thread of a comment and its replies; the reply box sits inside it, after the comment's article. */
  thread: 'li, [role="listitem"]',
} as const;

const REVIEWS_PATH = /\/(?:reviews|recommendations)\b/;
const MESSAGES_PATH = /^\/messages\b/;

/** The comment or post a box answers: its enclosing article, or the first article of its thread. */
function answeredArticle(box: HTMLElement): Element | null {
  const enclosing = box.closest(FACEBOOK_SELECTORS.article);
  const thread = box.closest(FACEBOOK_SELECTORS.thread);
  if (thread && (!enclosing || enclosing.contains(thread))) {
    const first = thread.querySelector(FACEBOOK_SELECTORS.article);
    if (first && !first.contains(box)) return first;
  }
  return enclosing;
}

/** A comment's text: the article's text without nested replies, the author link or the box. */
function commentText(article: Element, box: HTMLElement): string | undefined {
  const message = article.querySelector(FACEBOOK_SELECTORS.postMessage);
  if (message) return textOf(message);
  const bodies = Array.from(article.querySelectorAll('[dir="auto"]')).filter(
    (el) => !el.closest('a, h2, h3, h4, strong') && !el.querySelector('[dir="auto"]') && el.closest(FACEBOOK_SELECTORS.article) === article,
  );
  const text = bodies.map((el) => textOf(el, box)).filter(Boolean).join(' ');
  return text || textOf(article, box);
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  boxSelectors: FACEBOOK_SELECTORS.boxes,
  contextOf(box) {
    if (MESSAGES_PATH.test(location.pathname) || box.closest('[aria-label="Messenger" i], [data-pagelet*="Messenger" i]')) return { kind: 'message' };
    const article = answeredArticle(box);
    if (!article) return { kind: 'post' };
    const isComment = Boolean(article.parentElement?.closest(FACEBOOK_SELECTORS.article));
    const parent = commentText(article, box);
    if (REVIEWS_PATH.test(location.pathname)) return { kind: 'review-reply', parent };
    return { kind: isComment ? 'reply' : 'comment', parent };
  },
};
