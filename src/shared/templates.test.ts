// Every built-in reply template must pass the rules with no warning or error wherever it is offered:
// as a reply to a negative review, as a comment, on each site, from the practice's account. This test
// runs the real rules registry, so it grows stricter as rules are added.
import { describe, expect, test } from 'vitest';
import { check, SITES, type CheckContext, type Kind } from '../rules';
import { DEFAULT_TEMPLATES, fillTemplate, renderTemplate, TEMPLATE_IDS } from './templates';

const NEGATIVE_PARENT = 'Worst office ever. Waited two hours and the front desk was rude. Never again.';
const PRACTICES = [
  { practiceName: 'Smith Family Dental', practicePhone: '(555) 010-2030' },
  {}, // nothing set yet: the neutral stand-ins
];
const CONTEXTS: { kind: Kind; parent?: string }[] = [
  { kind: 'review-reply', parent: NEGATIVE_PARENT },
  { kind: 'reply', parent: NEGATIVE_PARENT },
  { kind: 'comment' },
];

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  test.each(SITES)('passes every rule on %s', (site) => {
    for (const details of PRACTICES) {
      const text = renderTemplate(id, details);
      for (const { kind, parent } of CONTEXTS) {
        const context: CheckContext = { site, kind, account: 'business', parent };
        const flagged = check(text, context, details)
          .filter((f) => f.severity !== 'info')
          .map((f) => `${f.ruleId} (${f.severity}) on "${text.slice(f.start, f.end)}" as ${kind}`);
        expect(flagged, text).toEqual([]);
      }
    }
  });
});

test('templates are filled with the practice details, or neutral words when unset', () => {
  const filled = renderTemplate('negative-review', { practiceName: 'Lakeview Clinic', practicePhone: '555-0199' });
  expect(filled).toContain('Lakeview Clinic');
  expect(filled).toContain('555-0199');
  expect(filled).not.toMatch(/\{(?:practice|phone)\}/);
  expect(renderTemplate('negative-review-es', {})).toContain('El equipo');
  expect(renderTemplate('negative-review', {})).toContain('our office');
});

test("the user's edited text replaces the built-in one; a blank edit does not", () => {
  expect(renderTemplate('positive-review', { practiceName: 'Oak Dental' }, { 'positive-review': 'Thanks from {practice}!' })).toBe('Thanks from Oak Dental!');
  expect(renderTemplate('positive-review', {}, { 'positive-review': '   ' })).toBe(fillTemplate(DEFAULT_TEMPLATES['positive-review'].text, {}));
});

test('every template invites contact and each English one has a Spanish twin', () => {
  for (const id of TEMPLATE_IDS) {
    const info = DEFAULT_TEMPLATES[id];
    expect(info.id).toBe(id);
    if (info.lang === 'en') expect(TEMPLATE_IDS).toContain(`${id}-es`);
    if (id !== 'positive-review' && id !== 'positive-review-es') expect(info.text).toContain('{phone}');
  }
});

describe('filling without a phone number', () => {
  test.each(TEMPLATE_IDS)('%s still reads as a sentence', (id) => {
    const text = renderTemplate(id, { practiceName: 'Sunrise Dental' });
    expect(text).not.toMatch(/\{|\}| at the office| al la oficina| at our office/);
    expect(text).toContain('Sunrise Dental');
  });
  test('with a phone, it is invited', () => {
    expect(renderTemplate('negative-review', { practicePhone: '555-0142' })).toContain('call our office manager at 555-0142');
    expect(renderTemplate('negative-review-es', { practicePhone: '555-0142' })).toContain('al 555-0142');
  });
});
