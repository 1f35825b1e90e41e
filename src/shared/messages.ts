// Messages between the parts of the extension, named by direction. One file so both ends agree.
import type { Account, Finding, Kind, Site } from '../rules/types';

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
  | { type: 'findings-changed'; state: TabState | null }
  | { type: 'post-published'; site: Site; account: Account; at: number };

/** popup → content script (via tabs.sendMessage) */
export type PopupToContent = { type: 'get-state' } | { type: 'insert-text'; text: string };

/** content script's answers to the popup */
export type ContentAnswer = { state: TabState | null } | { inserted: boolean; reason?: string };

/** popup → background */
export type PopupToBackground = { type: 'get-cadence' };
