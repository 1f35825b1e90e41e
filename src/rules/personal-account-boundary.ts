// personal-account-boundary: on a personal profile, a conversation with a patient about their care
// (a DM about their prescription, a reply that treats the commenter as a patient) belongs on the
// practice's channels. Quiet on ordinary personal posts; patient stories on a personal post get an
// info-level hint only, since patient-privacy already judges whether they identify anyone.
import { PhraseIndex } from './phrase-index';
import { careHits, healthHits, patientCueHits } from './privacy-cues';
import { confirmHits } from './reply-cues';
import { defineRule } from './types';

/** Offers to treat the person written to, one to one, off the record: "I'll call it in", "I can write you a script". */
const OFFER_TO_TREAT = new PhraseIndex([
  "i'll call it in", "i'll call in", 'i will call in', "i'll send the rx", "i'll send the new rx", "i'll send a script", "i'll send you a script",
  "i'll write it", "i'll write you", 'i can write it', 'i can write you', "i'll prescribe", 'i can prescribe', "i'll refill", 'i can refill',
  "i'll sort you out", "i'll hook you up", 'te la receto', 'te mando la receta', 'le mando la receta',
]);
/** Invitations to carry on one to one ("DM me and…", "come by my office"): worth a hint, not a warning. */
const INVITE_ONE_TO_ONE = new PhraseIndex([
  'dm me and', 'text me and', 'message me and', 'come by my office', 'come see me at the office', 'swing by the clinic', 'in my office tomorrow',
  'send me a pic of', 'send me a photo of',
]);

const SEE_YOU_ON_A_DAY = /^(?:see you|nos vemos|le vemos|la esperamos|lo esperamos|te esperamos)\b/u;

export const personalAccountBoundary = defineRule({
  id: 'personal-account-boundary',
  description: 'On a personal account, suggests moving conversations with patients about their care to the practice.',
  severity: 'warning',
  appliesTo: { accounts: ['personal'] },
  check(ctx, report) {
    const { doc, kind } = ctx;
    const advice = {
      message:
        "Move this to the practice's page, patient portal or phone line, and keep your personal profile for friends and family.",
    };
    if (kind === 'post' || kind === 'caption') {
      const cue = patientCueHits(doc)[0];
      if (!cue) return;
      report({
        start: cue.start,
        end: cue.end,
        severity: 'info',
        message:
          'You are posting about a patient from your personal account. Stories about patients are safer on the practice page, where they are reviewed before posting.',
        suggestion: advice,
      });
      return;
    }
    // One-to-one: an offer to treat the person off the record is a warning; a DM or a reply that treats
    // them as a patient, or invites them to carry on privately, is a hint (a patient may well write to
    // their clinician; whether a public reply discloses anything is review-reply-disclosure's call).
    // "See you Saturday" among friends is just that: a bare date counts only where care is the subject.
    const offer = OFFER_TO_TREAT.find(doc)[0];
    const aboutCare = () => careHits(doc).length > 0 || healthHits(doc).length > 0 || patientCueHits(doc).length > 0;
    const hit =
      offer ??
      INVITE_ONE_TO_ONE.find(doc)[0] ??
      confirmHits(doc, ctx.parentDoc, ctx.parentReading?.sentiment === 'negative').find((h) => aboutCare() || !SEE_YOU_ON_A_DAY.test(h.match));
    if (!hit) return;
    report({
      start: hit.start,
      end: hit.end,
      severity: offer ? undefined : 'info',
      message:
        `"${doc.original.slice(hit.start, hit.end)}" treats this as a conversation with a patient about their care, on your personal account. ` +
        'That blurs the line between your private life and your practice, and the conversation falls outside the records and safeguards of the practice.',
      suggestion: advice,
    });
  },
});
