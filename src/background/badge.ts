// What the toolbar badge says. Pure, so the wording and the colours are tested without a browser.
import type { Finding } from '../rules/types';
import { goalInWords, spanInWords, type SiteCadence } from '../shared/cadence';
import { SITE_NAMES } from '../shared/settings';

export interface Badge {
  text: string;
  /** Background colour; white text on it meets WCAG AA contrast. */
  color: string;
  title?: string;
}

export const BADGE_COLORS = { error: '#b3261e', warning: '#8a4b00', reminder: '#2f5f8a' } as const;

/** The count of warnings and errors on a tab (notes are not counted), coloured by the worst. */
export function warningBadge(findings: readonly Finding[]): Badge | undefined {
  const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  if (serious.length === 0) return undefined;
  const text = serious.length > 99 ? '99+' : String(serious.length);
  return { text, color: serious.some((f) => f.severity === 'error') ? BADGE_COLORS.error : BADGE_COLORS.warning };
}

/** A quiet dot while a practice page has gone past its posting goal; the title says which and how long. */
export function reminderBadge(due: readonly SiteCadence[]): Badge | undefined {
  if (due.length === 0) return undefined;
  const parts = due.map((c) => `${SITE_NAMES[c.site]} page quiet for ${spanInWords(c.quietFor)}`);
  const goal = due[0].interval ? goalInWords((7 * 86_400_000) / due[0].interval) : 'no goal';
  return { text: '•', color: BADGE_COLORS.reminder, title: `${parts.join('; ')} (goal: ${goal})` };
}
