import { describe, expect, test, vi } from 'vitest';
import { check, rules, worstSeverity } from './index';
import type { CheckContext } from './types';

const post: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };
const RISKY = 'So proud of Maria Lopez, who finished chemo for her breast cancer today!';

describe('check', () => {
  test('finds the risk, with offsets into the text as typed', () => {
    const findings = check(RISKY, post);
    const privacy = findings.find((f) => f.ruleId === 'patient-privacy');
    expect(privacy && RISKY.slice(privacy.start, privacy.end)).toBe('Maria Lopez');
    expect(worstSeverity(findings)).toBe('error');
  });

  test('words never to flag are matched whatever their case and accents', () => {
    const findings = check(RISKY, post, { allowWords: ['  maría LOPEZ '] });
    expect(findings.filter((f) => f.ruleId === 'patient-privacy')).toEqual([]);
  });

  test('a switched-off rule is not run', () => {
    expect(check(RISKY, post, { disabledRules: ['patient-privacy'] }).some((f) => f.ruleId === 'patient-privacy')).toBe(false);
  });

  test('empty and whitespace texts have no findings', () => {
    expect(check('', post)).toEqual([]);
    expect(check('   \n ', post)).toEqual([]);
  });

  test('a rule that throws is skipped and logged once; the others still report', () => {
    const rule = rules.find((r) => r.id === 'patient-privacy')!;
    const original = rule.check;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      (rule as { check: typeof original }).check = () => {
        throw new Error('boom');
      };
      const text = 'Maria Lopez, take 500 mg amoxicillin three times a day for your infection.';
      const dm: CheckContext = { site: 'x', kind: 'message', account: 'business' };
      expect(() => check(text, dm)).not.toThrow();
      check(text, dm);
      expect(check(text, dm).some((f) => f.ruleId === 'online-prescribing')).toBe(true);
      expect(warn.mock.calls.filter((c) => String(c[0]).includes('patient-privacy'))).toHaveLength(1);
    } finally {
      (rule as { check: typeof original }).check = original;
      warn.mockRestore();
    }
  });
});
