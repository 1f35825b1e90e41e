import { expect, test } from 'vitest';
import type { Finding } from '../rules/types';
import { cadenceOf, DAY } from '../shared/cadence';
import { BADGE_COLORS, reminderBadge, warningBadge } from './badge';

const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'r', severity, message: 'm', start: 0, end: 1 });

test('the badge counts warnings and errors, not notes, and takes the colour of the worst', () => {
  expect(warningBadge([])).toBeUndefined();
  expect(warningBadge([finding('info')])).toBeUndefined();
  expect(warningBadge([finding('warning'), finding('info')])).toEqual({ text: '1', color: BADGE_COLORS.warning });
  expect(warningBadge([finding('warning'), finding('error')])).toEqual({ text: '2', color: BADGE_COLORS.error });
  expect(warningBadge(Array.from({ length: 120 }, () => finding('warning')))?.text).toBe('99+');
});

test('the reminder names the quiet pages and the goal', () => {
  const now = Date.UTC(2026, 0, 10);
  const due = cadenceOf([{ site: 'facebook', at: now - 6 * DAY }], { postsPerWeek: 2, sites: ['facebook'] }, now);
  expect(reminderBadge([])).toBeUndefined();
  expect(reminderBadge(due)).toEqual({ text: '•', color: BADGE_COLORS.reminder, title: 'Facebook page quiet for 6 days (goal: 2 posts a week)' });
});

/** WCAG relative luminance contrast of white text on each badge colour. */
test.each(Object.entries(BADGE_COLORS))('white text on the %s badge has at least 4.5:1 contrast', (_name, hex) => {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  expect(1.05 / (luminance + 0.05)).toBeGreaterThanOrEqual(4.5);
});
