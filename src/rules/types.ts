// The data the rules engine speaks. Pure types: no DOM, no browser.*, no network.
import type { Tokens } from './phrase-index';

export const SITES = ['facebook', 'instagram', 'x'] as const;
export type Site = (typeof SITES)[number];

/** What the user is writing: a new post, a caption, a comment, a reply, a reply to a review, or a direct message. */
export const KINDS = ['post', 'caption', 'comment', 'reply', 'review-reply', 'message'] as const;
export type Kind = (typeof KINDS)[number];

/** Whether the user writes as the practice (business), as themselves (personal), or we cannot tell. */
export const ACCOUNTS = ['business', 'personal', 'unknown'] as const;
export type Account = (typeof ACCOUNTS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Whether an untrusted value (a message, a stored setting, a line of input) is one of `list`. */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Where the text is being written. `parent` is the text being answered (comments, replies, review replies). */
export interface CheckContext {
  site: Site;
  kind: Kind;
  account: Account;
  parent?: string;
}

export interface Suggestion {
  /** What to do instead, in plain words. */
  message: string;
  /** Text that can replace the span [start, end) in one click, when a safe rewrite exists. */
  replacement?: string;
  /**
   * What the replacement replaces: the finding's span (the default), or the whole text — a reply that
   * confirms a patient is marked at the phrase that does it, and the fix is the professional reply as a whole.
   */
  replaces?: 'span' | 'all';
}

/**
 * One thing the checker found. `start`/`end` are UTF-16 offsets into the text the user typed
 * (end exclusive) — never DOM positions.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  suggestion?: Suggestion;
}

/** How the comment or review being answered reads. `score` < 0 leans negative. */
export interface ParentReading {
  sentiment: 'negative' | 'neutral' | 'positive';
  score: number;
}

/** The part of the user's settings the rules look at. Everything is optional: defaults are sensible. */
export interface RuleSettings {
  /** Rule ids switched off by the user. */
  disabledRules?: readonly string[];
  /** Words never to flag (staff names, the practice's own name). Matched case-insensitively. */
  allowWords?: readonly string[];
  /** Used to fill the professional reply template offered as a suggestion. */
  practiceName?: string;
  practicePhone?: string;
}

/** A view of the text with evasions folded away, and a map back to the original offsets. */
export interface NormalizedText {
  /** The text as the user typed it. */
  original: string;
  /** Lower-cased, zero-width characters removed, look-alike letters and accents folded, quotes straightened. */
  text: string;
  /** `toOriginal[i]` is the offset in `original` of `text[i]`; `toOriginal[text.length] === original.length`. */
  toOriginal: Int32Array;
  /** Its words, made by the first rule that asks (phrase-index `tokensOf`) and shared by all. */
  tokens?: Tokens;
}

export interface RuleContext extends CheckContext {
  settings: RuleSettings;
  /** The normalised view of the text being checked. */
  doc: NormalizedText;
  /** The normalised parent, when there is one, and how it reads. */
  parentDoc?: NormalizedText;
  parentReading?: ParentReading;
}

/** A finding as a rule reports it: severity defaults to the rule's own, offsets are into the original text. */
export type Report = (finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }) => void;

export interface Rule {
  /** kebab-case, the same as its file name and test name; never reused. */
  id: string;
  /** One line for the options page. */
  description: string;
  /** The default severity of what this rule reports. */
  severity: Severity;
  /** Where the rule applies; omitted means everywhere. */
  appliesTo?: { kinds?: readonly Kind[]; accounts?: readonly Account[] };
  check(ctx: RuleContext, report: Report): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
