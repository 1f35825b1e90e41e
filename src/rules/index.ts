// The one entry point of the rules engine, shared by the background worker (which checks for the content
// script), the options page and the scan CLI.
import { normalize } from './normalize';
import { readParent as readParentUncached } from './read-parent';
import { rules } from './registry';
import { SEVERITY_ORDER } from './severity';
import type { CheckContext, Finding, ParentReading, Rule, RuleContext, RuleSettings } from './types';

export { rules } from './registry';
export { worstSeverity } from './severity';
export * from './types';

let lastParent: { text: string; reading: ParentReading } | undefined;

/**
 * How the comment or review being answered reads. Remembers the last answer: while someone types a reply
 * the parent stays the same, and check() and its callers (badge, popup, scan) all ask for it.
 */
export function readParent(parent: string): ParentReading {
  if (lastParent?.text !== parent) lastParent = { text: parent, reading: readParentUncached(parent) };
  return { ...lastParent.reading };
}

const failedRules = new Set<string>();

function applies(rule: Rule, context: CheckContext): boolean {
  const where = rule.appliesTo;
  if (!where) return true;
  if (where.kinds && !where.kinds.includes(context.kind)) return false;
  if (where.accounts && !where.accounts.includes(context.account)) return false;
  return true;
}

/** Whether a finding's words are exactly one of the user's never-flag words (already folded). */
function isAllowed(span: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.size === 0) return false;
  const folded = normalize(span.trim()).text;
  return folded.length > 0 && allowed.has(folded);
}

/**
 * Checks one text written in `context`. Never throws: a rule that fails is skipped and logged once.
 * Findings come sorted by position, the most severe first where they start together.
 */
export function check(text: string, context: CheckContext, settings: RuleSettings = {}): Finding[] {
  const findings: Finding[] = [];
  if (typeof text !== 'string' || text.trim().length === 0) return findings;
  const disabled = new Set(settings.disabledRules ?? []);
  const allowed = new Set((settings.allowWords ?? []).map((w) => normalize(w.trim()).text).filter((w) => w.length > 0));
  let ctx: RuleContext;
  try {
    const parent = typeof context.parent === 'string' && context.parent.trim() ? context.parent : undefined;
    ctx = {
      ...context,
      parent,
      settings,
      doc: normalize(text),
      parentDoc: parent ? normalize(parent) : undefined,
      parentReading: parent ? readParent(parent) : undefined,
    };
  } catch (error) {
    logOnce('engine', error);
    return findings;
  }
  for (const rule of rules) {
    if (disabled.has(rule.id) || !applies(rule, context)) continue;
    try {
      rule.check(ctx, (found) => {
        const start = Math.max(0, Math.min(text.length, Math.floor(found.start)));
        const end = Math.max(start, Math.min(text.length, Math.floor(found.end)));
        if (isAllowed(text.slice(start, end), allowed)) return;
        findings.push({ ...found, ruleId: rule.id, severity: found.severity ?? rule.severity, start, end });
      });
    } catch (error) {
      logOnce(rule.id, error);
    }
  }
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end);
}

function logOnce(id: string, error: unknown): void {
  if (failedRules.has(id)) return;
  failedRules.add(id);
  console.warn(`[Bedside Manner] rule "${id}" failed and was skipped:`, error);
}
