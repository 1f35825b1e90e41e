import { describe, expect, test } from 'vitest';
import { check } from './index';
import type { Account, CheckContext, Kind } from './types';

const ctx = (kind: Kind, account: Account = 'personal', parent?: string): CheckContext => ({ site: 'facebook', kind, account, parent });
const findings = (text: string, c: CheckContext) => check(text, c).filter((f) => f.ruleId === 'personal-account-boundary');
const warned = (text: string, c: CheckContext) =>
  findings(text, c)
    .filter((f) => f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

describe('personal-account-boundary', () => {
  const valid: Array<[string, CheckContext]> = [
    // ordinary personal posts, messages and replies
    ['are we still on for dinner friday? 🍝', ctx('message')],
    ['Thanks so much! Miss you guys 💕', ctx('reply', 'personal', 'Congrats on the new job!!')],
    ['Coffee #3 and it is only 10 am ☕', ctx('post')],
    ['can you cover my Thursday clinic? I have my own dentist appt, the irony', ctx('message')],
    ['Most home tests work from the first day of a missed period. If positive, call your OB.', ctx('reply', 'personal', 'how early can you test?')],
    // a de-identified consult with a colleague
    ['Quick curbside: teen client, school refusal for 3 months, CBT has stalled. Would you try a family-based model?', ctx('message')],
    // the same words on the practice account are not this rule's business
    ['We got your message! Come by my office tomorrow and we can go over your results.', ctx('message', 'business')],
  ];
  test.each(valid)('no warning: %s', (text, c) => {
    expect(warned(text, c)).toEqual([]);
  });

  const invalid: Array<[string, CheckContext, string]> = [
    ['DM me and I will get you sorted, I can write it for you', ctx('comment', 'personal', 'any doc friends up? my throat is killing me'), 'I can write it'],
    ["I'll call in something for the cough, which pharmacy?", ctx('message'), "I'll call in"],
    ['Ya te mando la receta, ¿a qué farmacia?', ctx('message'), 'te mando la receta'],
  ];
  test.each(invalid)('warns: %s', (text, c, span) => {
    const found = findings(text, c);
    expect(found[0]?.ruleId).toBe('personal-account-boundary');
    expect(found[0]?.severity).toBe('warning');
    expect(warned(text, c)).toContain(span);
    expect(found[0]?.suggestion?.message).toMatch(/practice/);
  });

  // Talking with a patient about their care, or inviting them to carry on privately: a hint, not a warning.
  const hinted: Array<[string, CheckContext, string]> = [
    ['Hey! Your labs look fine. Come by my office tomorrow and we can talk.', ctx('message'), 'Come by my office'],
    ['It was so nice to see you at your appointment today 😊', ctx('message'), 'so nice to see you'],
    ['Glad the new crown feels good! See you at your next cleaning.', ctx('reply', 'personal', 'Thanks Dr. Sam, tooth feels great!'), 'Glad the new crown'],
    ['I have a waitlist right now but message me and I will send you some great colleagues.', ctx('reply', 'personal', 'Are you taking new clients?'), 'message me and'],
  ];
  test.each(hinted)('hints: %s', (text, c, span) => {
    const found = findings(text, c);
    expect(found.map((f) => [f.severity, text.slice(f.start, f.end)])).toContainEqual(['info', span]);
    expect(warned(text, c)).toEqual([]);
  });

  test("patient stories on a personal post get an info-level hint only", () => {
    const text = 'My patient today taught me more about courage than any textbook.';
    const found = findings(text, ctx('post'));
    expect(found.map((f) => [f.severity, text.slice(f.start, f.end)])).toEqual([['info', 'My patient']]);
  });
});
