import { describe, expect, test } from 'vitest';
import { check, type CheckContext } from '../rules/index';
import { defaultSettings } from '../shared/settings';
import { renderTemplate } from '../shared/templates';
import { checkInSlices, looksSpanish, templateFor, viewsOf } from './live-check';

const ctx: CheckContext = { site: 'x', kind: 'post', account: 'unknown' };

describe('checkInSlices', () => {
  const unit = 'Our patient Jenny Lopez came in with an abscess today. Open Saturday for cleanings, call to book!\n';
  const text = unit.repeat(40);

  test('finds what a whole-text check finds, at the same offsets in the original text', async () => {
    const whole = check(text, ctx);
    const sliced = await checkInSlices(text, ctx, {}, () => false, 500);
    expect(whole.length).toBeGreaterThan(0);
    expect(sliced?.map((f) => [f.ruleId, f.start, f.end])).toEqual(whole.map((f) => [f.ruleId, f.start, f.end]));
  });

  test('stops when a newer check starts', async () => {
    let calls = 0;
    expect(await checkInSlices(text, ctx, {}, () => ++calls > 1, 500)).toBeNull();
  });
});

describe('the reply template offered', () => {
  test('English by default, filled from settings', () => {
    const settings = { ...defaultSettings(), practiceName: 'Sunrise Family Dental', practicePhone: '555-0142' };
    const text = templateFor(settings, 'Worst office ever, waited two hours.');
    expect(text).toBe(renderTemplate('negative-review', settings));
    expect(text).toContain('555-0142');
  });
  test("Spanish when the comment is in Spanish, the user's own text when edited", () => {
    const settings = { ...defaultSettings(), templates: { 'negative-review-es': 'Lo sentimos. Llame al {phone}.' }, practicePhone: '555-0142' };
    expect(templateFor(settings, 'Pésima atención, esperé dos horas y nunca me llamaron de la oficina.')).toBe('Lo sentimos. Llame al 555-0142.');
    expect(looksSpanish('The doctor was late again, no apology.')).toBe(false);
  });
});

test('viewsOf quotes the words with a little context either side', () => {
  const text = 'Please call us. Maria, take 50 mg of sertraline daily and rest up this week.';
  const [view] = viewsOf(text, [{ ruleId: 'online-prescribing', severity: 'warning', message: 'm', start: 23, end: 53 }]);
  expect(view.excerpt).toBe('take 50 mg of sertraline daily');
  expect(view.before).toBe('Please call us. Maria, ');
  expect(view.after).toBe(' and rest up this week.');
});
