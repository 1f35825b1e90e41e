import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../shared/settings';
import { renderTemplate } from '../shared/templates';
import { looksSpanish, templateFor, viewsOf } from './live-check';

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
