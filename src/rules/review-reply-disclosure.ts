// review-reply-disclosure: a comment, reply or review reply that confirms or implies that the person
// answered is or was a patient, or discusses their care, visit, records, bill or appointment
// ("sorry your extraction hurt", "our records show…", "see you at your next cleaning").
// The compliant reply thanks them, says we can't discuss anyone's care here, and invites a call.
import { renderTemplate, type TemplateId } from '../shared/templates';
import { confirmHits, looksSpanish } from './reply-cues';
import { defineRule } from './types';

export const reviewReplyDisclosure = defineRule({
  id: 'review-reply-disclosure',
  description: 'Warns when a reply confirms that the person answered is a patient or discusses their care.',
  severity: 'warning',
  appliesTo: { kinds: ['comment', 'reply', 'review-reply'] },
  check(ctx, report) {
    const { doc } = ctx;
    const hits = confirmHits(doc, ctx.parentDoc, ctx.parentReading?.sentiment === 'negative');
    if (hits.length === 0) return;
    const first = hits[0];
    const phrase = doc.original.slice(first.start, first.end);
    const message =
      `"${phrase}" tells everyone reading that the person you are answering is (or was) a patient, or talks about their care. ` +
      'Confirming a patient relationship in public is itself a privacy breach, however kind the reply.';

    // Answering a review or a complaint, the professional template is a safe reply as a whole: the phrase is
    // marked, and the fix replaces the whole reply. Elsewhere (a question, small talk), advice only.
    const reading = ctx.parentReading?.sentiment;
    const spanish = looksSpanish(doc);
    const template: TemplateId | undefined =
      reading === 'negative'
        ? spanish ? 'negative-review-es' : 'negative-review'
        : reading === 'positive' || ctx.kind === 'review-reply'
          ? spanish ? 'positive-review-es' : 'positive-review'
          : undefined;
    if (template) {
      report({
        start: first.start,
        end: first.end,
        message,
        suggestion: {
          message: "Reply without confirming or denying that they are a patient: thank them, say you can't discuss anyone's care online, and invite a call.",
          replacement: renderTemplate(template, { practiceName: ctx.settings.practiceName, practicePhone: ctx.settings.practicePhone }),
          replaces: 'all',
        },
      });
      return;
    }
    report({
      start: first.start,
      end: first.end,
      message,
      suggestion: { message: "Leave out anything that shows they were seen or treated; invite them to call the office instead." },
    });
  },
});
