// Plain words for what the rules and the content script report, shared by the popup and options page.
import type { Account, Kind, Severity } from '../rules/types';

/** "online-prescribing" → "Online prescribing". */
export function ruleTitle(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const SEVERITY_WORDS: Record<Severity, string> = { error: 'Stop', warning: 'Check', info: 'Note' };

export const KIND_WORDS: Record<Kind, string> = {
  post: 'post',
  caption: 'caption',
  comment: 'comment',
  reply: 'reply',
  'review-reply': 'reply to a review',
  message: 'message',
};

export const ACCOUNT_WORDS: Record<Account, string> = {
  business: 'as the practice',
  personal: 'as yourself',
  unknown: '',
};

/** "2 things to check", "1 thing to check". */
export function countWords(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
