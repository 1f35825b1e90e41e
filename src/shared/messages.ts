// Messages between the parts of the extension, named by direction. One file so both ends agree.
import type { Account, CheckContext, Finding, Kind, RuleSettings, Site } from '../rules/types';

/** The longest text checked: beyond it, only the start is (a 100,000-character paste is checked in full). */
export const MAX_CHECKED = 250_000;

/**
 * content script → background: check what is in the box. The text goes from the page's content script to
 * the extension's own background worker — it stays in the browser and is neither sent anywhere nor stored.
 */
export interface CheckRequest {
  type: 'check';
  text: string;
  context: CheckContext;
  settings: RuleSettings;
}

/** The background's answer to a CheckRequest. */
export interface CheckAnswer {
  findings: Finding[];
  /** Whether the comment being answered reads as negative (the reply template is offered). */
  parentNegative: boolean;
}

/** What the content script knows about the box the user is writing in. */
export interface TabState {
  site: Site;
  kind: Kind;
  account: Account;
  /** Whether the comment being answered reads as negative (the reply template is offered). */
  parentNegative: boolean;
  findings: Finding[];
  /** The words each finding covers, so the popup can show them without the whole text. */
  excerpts: string[];
}

/** content script → background */
export type ContentToBackground =
  | CheckRequest
  | { type: 'findings-changed'; state: TabState | null }
  | { type: 'post-published'; site: Site; account: Account; at: number };

/** popup → content script (via tabs.sendMessage) */
export type PopupToContent = { type: 'get-state' } | { type: 'insert-text'; text: string };

/** content script's answers to the popup */
export type ContentAnswer = { state: TabState | null } | { inserted: boolean; reason?: string };

/** popup → background */
export type PopupToBackground = { type: 'get-cadence' };
