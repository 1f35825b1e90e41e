// The rules run here, once for the whole browser, not in every Facebook, Instagram and X tab: the content
// script sends the text of the box being written in and gets the findings back (shared/messages.ts). This
// keeps the content script small and its pages fast, and gives the rule lexicons one copy in memory.
import { check, readParent } from '../rules/index';
import { ACCOUNTS, KINDS, SITES, isOneOf, type CheckContext, type RuleSettings } from '../rules/types';
import { MAX_CHECKED, type CheckAnswer } from '../shared/messages';

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);

/** The context as sent, or undefined when a part of it is not one the rules know. */
function contextOf(raw: unknown): CheckContext | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const c = raw as Record<string, unknown>;
  if (!isOneOf(SITES, c.site) || !isOneOf(KINDS, c.kind) || !isOneOf(ACCOUNTS, c.account)) return undefined;
  if (c.parent !== undefined && typeof c.parent !== 'string') return undefined;
  return { site: c.site, kind: c.kind, account: c.account, ...(typeof c.parent === 'string' ? { parent: c.parent.slice(0, MAX_CHECKED) } : {}) };
}

function settingsOf(raw: unknown): RuleSettings {
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  return {
    disabledRules: strings(s.disabledRules),
    allowWords: strings(s.allowWords),
    ...(typeof s.practiceName === 'string' ? { practiceName: s.practiceName } : {}),
    ...(typeof s.practicePhone === 'string' ? { practicePhone: s.practicePhone } : {}),
  };
}

/** Answers a check request from a content script; undefined for a malformed one. */
export function answerCheck(message: { text?: unknown; context?: unknown; settings?: unknown }): CheckAnswer | undefined {
  const context = contextOf(message.context);
  if (typeof message.text !== 'string' || !context) return undefined;
  const findings = check(message.text.slice(0, MAX_CHECKED), context, settingsOf(message.settings));
  const parentNegative = context.parent !== undefined && context.parent.trim() !== '' && readParent(context.parent).sentiment === 'negative';
  return { findings, parentNegative };
}
