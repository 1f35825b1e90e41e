// The examples in README.md's "What Bedside Manner checks" table, checked against the rules, so the
// README never promises what the rules do not do. Keep the two in step.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/rules/index';
import type { CheckContext } from '../../src/rules/types';

const NEGATIVE_REVIEW = 'Terrible visit. My crown hurt for a week and nobody called me back.';
const post: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };

const EXAMPLES: Array<{ rule: string; context: CheckContext; warns: string; quiet: string }> = [
  {
    rule: 'patient-privacy',
    context: post,
    warns: 'So proud of Mrs. Delgado in room 4 — first walk since her hip replacement!',
    quiet: 'Hip replacements: what recovery looks like, week by week',
  },
  {
    rule: 'review-reply-disclosure',
    context: { site: 'facebook', kind: 'review-reply', account: 'business', parent: NEGATIVE_REVIEW },
    warns: 'Sorry your crown hurt — our records show you skipped the follow-up.',
    quiet: "Thank you for the feedback. We can't discuss anyone's care online; please call our office manager.",
  },
  {
    rule: 'online-prescribing',
    context: { site: 'x', kind: 'reply', account: 'business', parent: 'My knee is killing me after the run, any tips?' },
    warns: "@sam_r take 600 mg ibuprofen every 6 hours and you'll be fine",
    quiet: 'Ibuprofen shortage update: our pharmacy has stock again.',
  },
  {
    rule: 'unprofessional-tone',
    context: { site: 'facebook', kind: 'review-reply', account: 'business', parent: NEGATIVE_REVIEW },
    warns: "Maybe if you'd shown up on time, genius. See you in court.",
    quiet: "We're sorry to hear this. We keep a strict late policy so every patient is seen on time.",
  },
  {
    rule: 'personal-account-boundary',
    context: { site: 'facebook', kind: 'message', account: 'personal' },
    warns: "I'll call in something for that cough, which pharmacy do you use?",
    quiet: 'What a weekend — finally finished the garden and the tomatoes are in!',
  },
];

const readme = readFileSync('README.md', 'utf8');
const loud = (text: string, context: CheckContext) => check(text, context).filter((f) => f.severity !== 'info');

describe.each(EXAMPLES)('$rule', ({ rule, context, warns, quiet }) => {
  test('the README shows this example', () => {
    expect(readme).toContain(rule);
    expect(readme).toContain(warns.replace(/^@\w+ /, '').slice(0, 30));
    expect(readme).toContain(quiet.slice(0, 30));
  });
  test('warns on the example', () => {
    expect(loud(warns, context).map((f) => f.ruleId)).toContain(rule);
  });
  test('stays quiet on the counter-example', () => {
    expect(loud(quiet, context)).toEqual([]);
  });
});
