import { describe, expect, test } from 'vitest';
import { check } from '../rules/index';
import type { CheckContext } from '../rules/types';
import { MAX_CHECKED } from '../shared/messages';
import { answerCheck } from './checker';

const post: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };

describe('answerCheck (the rules, run for a content script)', () => {
  test('answers with what check() finds, spans in the text as sent', () => {
    const text = 'Our patient Jenny Lopez came in with an abscess today.';
    const answer = answerCheck({ text, context: post, settings: {} });
    expect(answer?.findings.length).toBeGreaterThan(0);
    expect(answer?.findings).toEqual(check(text, post));
    expect(answer?.parentNegative).toBe(false);
  });

  test("applies the user's rule switches and never-flag words", () => {
    const text = 'Our patient Jenny Lopez came in with an abscess today.';
    expect(answerCheck({ text, context: post, settings: { disabledRules: ['patient-privacy'] } })?.findings.some((f) => f.ruleId === 'patient-privacy')).toBe(false);
    expect(answerCheck({ text, context: post, settings: { allowWords: ['Jenny Lopez'] } })?.findings.some((f) => text.slice(f.start, f.end) === 'Jenny Lopez')).toBe(false);
  });

  test('reads the comment being answered', () => {
    const context: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Waited two hours and nobody said sorry. 1 star.' };
    expect(answerCheck({ text: 'Thank you for the feedback.', context, settings: {} })?.parentNegative).toBe(true);
    expect(answerCheck({ text: 'Thank you!', context: { ...context, parent: 'Best dentist in town!' }, settings: {} })?.parentNegative).toBe(false);
  });

  test('checks only the first MAX_CHECKED characters of a longer text', () => {
    const text = 'a'.repeat(MAX_CHECKED) + ' Our patient Jenny Lopez came in with an abscess today.';
    expect(answerCheck({ text, context: post, settings: {} })?.findings).toEqual([]);
  });

  test('refuses what is not a check request it understands', () => {
    expect(answerCheck({ text: 42, context: post, settings: {} })).toBeUndefined();
    expect(answerCheck({ text: 'hi', context: { ...post, site: 'myspace' }, settings: {} })).toBeUndefined();
    expect(answerCheck({ text: 'hi', context: { ...post, parent: 7 }, settings: {} })).toBeUndefined();
    expect(answerCheck({ text: 'hi', context: undefined, settings: {} })).toBeUndefined();
    expect(answerCheck({ text: 'hi', context: post, settings: { allowWords: 'Jenny' } })?.findings).toEqual([]);
  });
});
