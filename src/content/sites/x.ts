// X (Twitter): the composer, reply boxes and DMs. Draft.js editors carry data-testid="tweetTextarea_<n>".
import { lastBefore, textOf } from './generic';
import type { SiteAdapter } from './types';

// Newest first.
// 2024-: composer and reply boxes are Draft.js editors; the testid sits on the contenteditable itself
// (Draft's webDriverTestID), the .public-DraftEditor-content class is the fallback.
export const X_SELECTORS = {
  boxes: ['[data-testid^="tweetTextarea_"]', '[data-testid="dmComposerTextInput"]', '.public-DraftEditor-content'],
  dmBox: '[data-testid="dmComposerTextInput"]',
  tweet: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
} as const;

const STATUS_PATH = /^\/[^/]+\/status\/\d+/;
const MESSAGES_PATH = /^\/(?:messages|i\/chat)\b/;

function tweetTextOf(article: Element | null): string | undefined {
  if (!article) return undefined;
  return textOf(article.querySelector(X_SELECTORS.tweetText) ?? article);
}

export const x: SiteAdapter = {
  site: 'x',
  boxSelectors: X_SELECTORS.boxes,
  contextOf(box) {
    if (box.closest(X_SELECTORS.dmBox) || box.matches(X_SELECTORS.dmBox) || MESSAGES_PATH.test(location.pathname)) return { kind: 'message' };
    // Reply dialog: the tweet being answered is shown above the box in the same dialog.
    const dialog = box.closest('[role="dialog"]');
    if (dialog) {
      const tweet = lastBefore(box, X_SELECTORS.tweet, dialog);
      return tweet ? { kind: 'reply', parent: tweetTextOf(tweet) } : { kind: 'post' };
    }
    // Conversation page: the inline box answers the focal tweet above it.
    if (STATUS_PATH.test(location.pathname)) {
      const tweet = lastBefore(box, X_SELECTORS.tweet);
      if (tweet) return { kind: 'reply', parent: tweetTextOf(tweet) };
    }
    return { kind: 'post' };
  },
};
