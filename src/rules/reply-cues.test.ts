import { describe, expect, test } from 'vitest';
import { normalize } from './normalize';
import { confirmHits } from './reply-cues';

// Each pattern runs only when a word it needs is in the reply (a gate bit per pattern, set in one pass over the
// words). These cases pin one example per gated pattern, so a gate that leaves out a needed word fails here.
const hit = (text: string, parent: string, negative = false) =>
  confirmHits(normalize(text), normalize(parent), negative).map((h) => text.slice(h.start, h.end).toLowerCase());

describe('reply cues: every gated pattern still fires', () => {
  const cases: Array<[string, string, string, boolean?]> = [
    ['See you in 6 months for your cleaning!', 'Love this office', 'see you in 6 months'],
    ['Great to hear, see you on Thursday!', 'Thanks for the help', 'see you on thursday'],
    ['¡Qué bueno! La esperamos el martes.', 'Gracias por todo', 'la esperamos el martes'],
    ["You've been part of the Smile Co family for years!", 'Love you guys', 'been part of the smile co family'],
    ['Like we talked about in session, you set the pace.', 'Saw you at the store lol', 'like we talked about'],
    ['We pulled up your chart and the nurse will call.', 'Nobody called me back', 'we pulled up your chart', true],
    ['Sorry! Does Friday at 4 work for you?', 'I need to move my appointment', 'friday at 4'],
    ['It was me!! So glad you are feeling better.', 'The nurse who stitched my hand was so kind', 'it was me'],
    ['A deep filling like yours can be sensitive for a week.', 'My tooth still hurts', 'like yours'],
    ['Le sacamos la muela y todo salió bien.', 'Gracias doctora', 'le sacamos'],
    ['Maybe if you wore the retainer it would fit.', 'My teeth moved. 1 star.', 'maybe if you wore the', true],
    ["We've waived it this time.", 'Why was I charged a fee??', 'waived it'],
    ["That's because your plan doesn't cover it.", 'Charged again!', "your plan doesn't cover", true],
    ['Ten years of cleanings together!', "I've been coming here for 10 years", 'ten years of cleanings'],
    ['Ya le reembolsamos el cobro.', 'Me cobraron dos veces', 'le reembolsamos', true],
  ];
  test.each(cases)('%s', (text, parent, phrase, negative) => {
    expect(hit(text, parent, negative ?? false)).toContain(phrase);
  });

  test("the compliant reply is read as a deflection, and nothing in it confirms", () => {
    expect(hit("Thanks for your review. We can't discuss anyone's care here; please call 555-0100.", 'Waited an hour for my appointment', true)).toEqual([]);
  });
});
