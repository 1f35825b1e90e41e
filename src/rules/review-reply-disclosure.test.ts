import { describe, expect, test } from 'vitest';
import { renderTemplate } from '../shared/templates';
import { check } from './index';
import type { CheckContext, Kind } from './types';

const on = (parent: string, kind: Kind = 'review-reply'): CheckContext => ({ site: 'facebook', kind, account: 'business', parent });
const question = (parent: string): CheckContext => ({ site: 'instagram', kind: 'comment', account: 'business', parent });

const findings = (text: string, ctx: CheckContext) => check(text, ctx).filter((f) => f.ruleId === 'review-reply-disclosure');
const spans = (text: string, ctx: CheckContext) => findings(text, ctx).map((f) => text.slice(f.start, f.end));

describe('review-reply-disclosure', () => {
  const valid: Array<[string, CheckContext]> = [
    // the compliant reply: thanks, no confirmation, an invitation to call
    ["Thank you for sharing this. We can't discuss anyone's care online, but our office manager, Luis, would like to hear more: 555-0199.", on('Worst dentist ever. Rude and slow.')],
    ['Thanks for the kind words! We will pass them along to the team 💙', on('Dr. Moore is the best, 5 stars!')],
    ['Lamentamos leer esto. Por privacidad no podemos hablar de ningún caso aquí. Llame a nuestra gerente al 555-0142.', on('Muy mal servicio.')],
    // policy explained in general terms
    ['Our cancellation policy asks for 24 hours notice for every appointment; it is posted at check-in and on our website.', on('They charged me a fee for cancelling!')],
    // offers to prospective patients confirm nothing
    ['Yes, we take Aetna! Call 555-0100 to book your first appointment.', question('Do you take Aetna? Looking for a new dentist')],
    ['Most people are back to work 2 to 3 days after wisdom teeth removal. Call us to schedule your consult.', question('How long is recovery after wisdom teeth removal?')],
    ['Ask us about fluoride varnish at your kids\' next cleaning!', question('Town council votes to end fluoridation')],
    // general advice, and deferring to the person's own clinician
    ['Retinoids generally are not recommended in pregnancy, so please check with your OB before using them.', question('Can I use tretinoin while pregnant?')],
    // not about anyone's care at all
    ['Yes! Open 9 to 3 on Thanksgiving Day 🦃', question('Are you open on Thanksgiving?')],
    ['The only joke here is your attitude.', on('Your clinic is a joke.', 'reply')],
  ];
  test.each(valid)('quiet: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });

  // [text, context, the phrase that confirms] — the finding names the phrase in its message.
  const invalid: Array<[string, CheckContext, string]> = [
    ["We're sorry your extraction was so uncomfortable. Please call us.", on('Extraction hurt like crazy. 2 stars.'), 'your extraction'],
    ['Our records show you cancelled twice, so the fee applies.', on('They charged me a no-show fee!!'), 'Our records'],
    ['We checked your chart and the doctor did explain the risks.', on('Nobody told me about the side effects.'), 'your chart'],
    ['See you at your next cleaning, Tasha! 😊', question('Love this office!'), 'See you at your next'],
    ['Thanks for being such a loyal patient all these years, Gary!', on('Best dentist in town.'), 'loyal patient'],
    ['It was great seeing you on Tuesday! Hope the new glasses are working out 👓', question('Love my new frames!'), 'great seeing you'],
    ['So sorry your wait was so long last week. We had two emergencies.', on('Waited an hour.'), 'your wait'],
    ['Maybe if you followed our instructions you would have healed faster.', on('Still in pain 3 weeks later!'), 'followed our instructions'],
    ["We're sorry we couldn't fit you in sooner, Brian.", on('Took three weeks to get an appointment.'), "couldn't fit you in"],
    ["If you don't like it, don't come back.", on('Rude front desk.', 'reply'), "don't come back"],
    // Spanish
    ['Lamentamos que su extracción le haya dolido. Llame a la oficina.', on('Me dolió mucho la extracción.'), 'Lamentamos que su'],
    ['Nuestros registros muestran que usted no asistió a su cita.', on('Me cobraron sin razón.'), 'Nuestros registros'],
    ['¡Fue un placer atenderla! Saludos a su mamá.', on('¡Gracias doctora!'), 'Fue un placer atenderla'],
  ];
  test.each(invalid)('warns: %s', (text, ctx, phrase) => {
    const found = findings(text, ctx);
    expect(found).toHaveLength(1);
    expect(found[0].ruleId).toBe('review-reply-disclosure');
    expect(found[0].message).toContain(phrase);
  });

  test('answering a review, the whole reply is offered the professional template', () => {
    const text = '  Our records show you cancelled twice, so the fee applies.  ';
    const settings = { practiceName: 'Maple Dental', practicePhone: '555-0100' };
    const [finding] = check(text, on('Charged me for nothing!'), settings).filter((f) => f.ruleId === 'review-reply-disclosure');
    expect(text.slice(finding.start, finding.end)).toBe('Our records show you cancelled twice, so the fee applies.');
    expect(finding.suggestion?.replacement).toBe(renderTemplate('negative-review', settings));
  });

  test('a Spanish reply gets the Spanish template', () => {
    const text = 'Lamentamos que su extracción le haya dolido.';
    const [finding] = findings(text, on('Pésimo, me dolió todo.'));
    expect(finding.suggestion?.replacement).toBe(renderTemplate('negative-review-es', {}));
  });

  test('answering a question, only the confirming phrase is marked', () => {
    const text = 'Great question! See you at your next cleaning and we can look.';
    expect(spans(text, question('Is it normal for gums to bleed when I floss?'))).toEqual(['See you at your next cleaning']);
  });

  test('does not apply to posts or direct messages', () => {
    expect(findings('Our records show you cancelled twice.', { site: 'x', kind: 'post', account: 'business' })).toEqual([]);
    expect(findings('Our records show you cancelled twice.', { site: 'x', kind: 'message', account: 'business' })).toEqual([]);
  });
});
