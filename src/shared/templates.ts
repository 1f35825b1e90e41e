// The professional reply templates. Pure data + fill-in: used by the rules (as suggestions), the
// content script (insert into the reply box) and the popup. Every template must pass the rules
// with no warning: it acknowledges, never confirms a patient relationship, never discusses care,
// and invites a call to the office.

export const TEMPLATE_IDS = [
  'negative-review',
  'positive-review',
  'medical-question',
  'negative-review-es',
  'positive-review-es',
  'medical-question-es',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateInfo {
  id: TemplateId;
  title: string;
  lang: 'en' | 'es';
  text: string;
}

/** `{practice}` and `{phone}` are filled from settings. */
export const DEFAULT_TEMPLATES: Record<TemplateId, TemplateInfo> = {
  'negative-review': {
    id: 'negative-review',
    title: 'Negative review or comment',
    lang: 'en',
    text:
      'Thank you for taking the time to share this. We take every concern seriously, but privacy rules keep us from ' +
      "discussing anyone's care online. Please call our office manager at {phone} so we can listen and help. — {practice}",
  },
  'positive-review': {
    id: 'positive-review',
    title: 'Positive review or comment',
    lang: 'en',
    text: 'Thank you so much for the kind words! We are glad to be part of this community. — {practice}',
  },
  'medical-question': {
    id: 'medical-question',
    title: 'Medical question in the comments',
    lang: 'en',
    text:
      "Thanks for asking! We can't give medical advice over social media, because every situation is different. " +
      'Please call us at {phone} or book a visit so we can help properly. — {practice}',
  },
  'negative-review-es': {
    id: 'negative-review-es',
    title: 'Reseña o comentario negativo (español)',
    lang: 'es',
    text:
      'Gracias por tomarse el tiempo de compartir esto. Tomamos en serio cada inquietud, pero las normas de privacidad ' +
      'no nos permiten hablar de la atención de nadie en internet. Por favor llame a nuestra gerente al {phone} para ' +
      'escucharle y ayudarle. — {practice}',
  },
  'positive-review-es': {
    id: 'positive-review-es',
    title: 'Reseña o comentario positivo (español)',
    lang: 'es',
    text: '¡Muchas gracias por sus amables palabras! Nos alegra ser parte de esta comunidad. — {practice}',
  },
  'medical-question-es': {
    id: 'medical-question-es',
    title: 'Pregunta médica en los comentarios (español)',
    lang: 'es',
    text:
      '¡Gracias por preguntar! No podemos dar consejos médicos por redes sociales, porque cada caso es distinto. ' +
      'Llámenos al {phone} o pida una cita para ayudarle como se debe. — {practice}',
  },
};

export interface PracticeDetails {
  practiceName?: string;
  practicePhone?: string;
}

/** "at {phone}" / "al {phone}": dropped whole when there is no phone, so "call our office manager" still reads well. */
const AT_PHONE = / (?:at|al) \{phone\}/g;

/** Fills `{practice}` and `{phone}`; without them, neutral words stand in so the text still reads well. */
export function fillTemplate(text: string, details: PracticeDetails, lang: 'en' | 'es' = 'en'): string {
  const practice = details.practiceName?.trim() || (lang === 'es' ? 'El equipo' : 'The team');
  const phone = details.practicePhone?.trim();
  const withPhone = phone ? text : text.replace(AT_PHONE, '');
  return withPhone.replaceAll('{practice}', practice).replaceAll('{phone}', phone || (lang === 'es' ? 'la oficina' : 'the office'));
}

/** A template filled with the practice's details; `overrides` are the user's edited texts from settings. */
export function renderTemplate(
  id: TemplateId,
  details: PracticeDetails,
  overrides: Partial<Record<TemplateId, string>> = {},
): string {
  const info = DEFAULT_TEMPLATES[id];
  return fillTemplate(overrides[id]?.trim() || info.text, details, info.lang);
}
