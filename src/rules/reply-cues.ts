// What in a reply confirms that the person answered is or was a patient ("sorry your crown hurt", "our
// records show…", "see you Thursday"), and what specifics it adds about their care. Shared by
// review-reply-disclosure (the confirmation itself), patient-privacy (confirmation plus care details) and
// personal-account-boundary. Word lists are data (./data/reply-cues.json); every pattern is linear.
import replyCues from './data/reply-cues.json';
import { fast, findAll } from './match';
import { toOriginalSpan } from './normalize';
import { PhraseIndex, WordGates, tokensOf, wordIds, type PhraseHit, type Tokens } from './phrase-index';
import {
  CARE,
  CARE_NOUN_INDEX,
  CHILD_WORDS,
  DEFLECT,
  DRUG_WORDS,
  HEALTH,
  RELATIVES,
  YOUR_WORD,
  careNounFind,
  escape,
  healthFind,
  merge,
  type Hit,
} from './privacy-cues';
import type { NormalizedText } from './types';
const CONFIRM = new PhraseIndex(replyCues.confirm);
const BOOKING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${replyCues.bookingWords.map(escape).join('|')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'u');
/** "your therapist", "your doctor": the person's own clinician, likely not us. */
/** "your therapist", "su médico": the person's own clinician, likely not us. */
const CLINICIANS = new Set(['therapist', 'doctor', 'dentist', 'provider', 'pharmacist', 'pediatrician', 'counselor', 'psychiatrist', 'surgeon', 'specialist', 'gp', 'pcp', 'medico', 'doctora', 'terapeuta']);
/** Words between "your" and a care noun that make it someone else's, or a future or generic one. */
/** Words after "your" that make what follows no care of theirs: "your next visit", "your frustration with billing", "your questions about implants". */
const NOT_THEIR_CARE = new Set(['next', 'first', 'own', 'future', 'free', 'any', 'every', 'proxima', 'primera', 'frustration', 'frustrations', 'feedback', 'questions', 'question', 'concerns']);
const ADULT_RELATIVES = new Set(RELATIVES.filter((r) => !CHILD_WORDS.has(r)).map((r) => r.split(/\s+/).pop() ?? r));
const SEE_YOU_IN = fast(/(?<![\p{L}])(?:see|c) (?:you|u|ya) (?:(?:in|at) (?:(?:the|your) )?(?:\d{1,2}|a|one|two|three|six|twelve)[\s-](?:years?|months?|weeks?|yrs?|mos?|wks?)(?:[\s-]mark)?|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* for (?:your|ur) )(?![\p{L}])/gu);
/** "See you on the 14th", "see you Thursday": an appointment already booked. */
const SEE_YOU_ON = fast(/(?<![\p{L}])(?:see (?:you|u|ya|y'all|yall|you all|you both)|nos vemos|le vemos|la esperamos|lo esperamos|te esperamos)(?: on| at| el| for)?(?: (?:your |the |su |tu )?[\p{L}-]+(?: [\p{L}-]+)?)? (?:the \d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado|tomorrow|manana)(?![\p{L}])/gu);
const LIKE_YOURS = fast(/(?<![\p{L}])like yours(?![\p{L}])/gu);
/** "Hope the new glasses are working out", "glad your crown feels better": their treatment, in passing. */
const HOPE_BEFORE = /(?:^|[^\p{L}])(?:hope|hoping|glad|happy|so glad|great|good)(?:\sto\shear)?\s(?:that\s)?(?:the\s)?(?:new\s)?$/u;
/** "see you at your next cleaning": the full phrase, care noun included. */
/** Safety advice to every reader: "don't stop your…", "never double your…", "always finish your…". */
const ADVICE_BEFORE = /(?:^|[^\p{L}])(?:don't|dont|do not|never|always|please)\s+(?:stop|change|skip|double|adjust|start|share|mix|finish|take|run out of|throw out)\s+(?:taking\s+|using\s+)?$/u;
const SEE_YOU_AT_YOUR = /(?:^|[^\p{L}])see you (?:at|for) your $/u;
const SEE_YOU_NEXT_BEFORE = /(?:^|[^\p{L}])see you (?:at|for) your next (?:[\p{L}-]{2,20}\s)?$/u;
const PART_OF_FAMILY = fast(/(?<![\p{L}])(?:being|been|you're|you are) (?:a )?part of (?:the |our )?[\p{L}'’ ]{0,40}family(?![\p{L}])/gu);
/** "We pulled up Ava's chart", "I've reviewed your account": the practice looked at this person's records. */
const RECORD_CHECK =
  fast(/(?<![\p{L}])(?:we|we've|we have|i|i've|i have|our team|our billing team|the doctor|dr\. \p{L}+)\s(?:just\s|already\s|have\s|went\sand\s)?(?:reviewed|checked|looked into|looked at|looked over|pulled up|pulled|went over|went through|looked up|checked on|revisamos|revise)\s(?:your|su|tu|[\p{L}]+'s|his|her)\s(?:[\p{L}\p{N}-]+\s)?(?:chart|records?|file|account|history|notes|results|labs|x-rays?|images|scans?|claim|statement|bill|expediente|historial|cuenta)(?![\p{L}])/gu);
/** What was said or done in the room: "like we talked about in session", "at your last visit". (A pattern, not phrases:
 * phrases starting with "in" or "at" would make the phrase index look at every "in" and "at".) */
const IN_SESSION =
  fast(/(?<![\p{L}])(?:in (?:our |your |today's |last week's |this week's )?sessions?|at your last (?:visit|appointment|appt|session|cleaning|checkup|check-up|adjustment))(?![\p{L}])/gu);
// Word gates: each pattern below needs one of a few fixed words. One pass over the reply's words (already split by
// the shared tokeniser) sets a bit per pattern; a pattern runs only when its bit is set.
const G = {
  blame: 1, money: 2, record: 4, esAct: 8, session: 16, see: 32, seeOn: 64, part: 128, yours: 256, that: 512,
  yearsOf: 1024, cover: 2048, esWe: 4096, itWasMe: 8192, digit: 16384, your: 32768, esYour: 65536, deflect: 131072,
} as const;
const GATE_WORDS = new WordGates();
const gateOn = (bit: number, words: string) => GATE_WORDS.add(bit, words.split(' '));
gateOn(G.blame, 'maybe next if when who try one read followed worn done');
gateOn(G.money, 'waived refunded credited reversed removed voided dropped wrote written comped adjusted took taken');
gateOn(G.record, 'reviewed checked looked pulled went revisamos revise');
gateOn(G.esAct, 'le les te lo la tus sus');
gateOn(G.session, 'session sessions last');
gateOn(G.see, 'see c same');
gateOn(G.seeOn, 'see vemos esperamos');
gateOn(G.part, 'part');
gateOn(G.yours, 'yours');
gateOn(G.that, 'that those');
gateOn(G.yearsOf, 'years months weeks');
gateOn(G.cover, 'cover covers pay pays cubre');
gateOn(G.itWasMe, 'me us yo');
gateOn(G.your, 'your ur');
gateOn(G.esYour, 'su tu');
gateOn(G.deflect, 'can cannot unable not won no solo protect respect proteger respetar authorization privacidad');
const gateCache = new WeakMap<NormalizedText, number>();
function gates(doc: NormalizedText): number {
  let bits = gateCache.get(doc);
  if (bits === undefined) {
    bits = 0;
    const t = tokensOf(doc);
    const ids = wordIds(t);
    for (let i = 0; i < ids.length; i++) {
      const w = t.words[i];
      bits |= GATE_WORDS.at(ids[i]) ?? 0;
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57) bits |= G.digit;
      if (w.length > 4) {
        const end = w.slice(-4);
        if (end === 'amos' || end === 'imos' || end === 'emos') bits |= G.esWe;
        const e3 = end.slice(1);
        if (e3 === 'rla' || e3 === 'rlo' || e3 === 'rle' || e3 === 'rte') bits |= G.esAct;
      }
    }
    gateCache.set(doc, bits);
  }
  return bits;
}
/** "your husband's", "a su mamá": the words after a confirming phrase point at someone else. */
const THIRD_PARTY_AFTER = /^\s+(?:a\s+|to\s+|for\s+)?(?:your|su|tu)\s+([\p{L}-]+)/u;
/** The person answered says they were treated here: "had my wisdom teeth out with you guys", "you did my filling". */
const PARENT_CLAIM =
  fast(/(?<![\p{L}])(?:with you guys|with y'all|you guys did|you did my|you all did|y'all did|at your office|at your clinic|your office did|you put in my|you pulled my|you gave me|you prescribed|my (?:visit|appointment|appt|surgery|procedure|filling|crown|cleaning|extraction|session|treatment) (?:with you|here|there|at your|yesterday|today|last)|being my (?:nurse|doctor|dentist|therapist|hygienist|surgeon|pt))(?![\p{L}])/u);
/** The parent says they were treated here: thanks for a care act, "my sessions", "saved my life", "durante mi infusión". */
const PARENT_IS_PATIENT =
  fast(/(?<![\p{L}])(?:thank(?:s| you| u|u)? (?:for|4) (?:stitching|seeing|squeezing|fixing|treating|helping|taking care|the care|getting me|fitting me|everything you did)|saved my (?:life|tooth|teeth|leg|knee|back|eye|eyes|vision|baby|son|daughter)|(?:loved|love) my (?:sessions?|appointments?|visits?|treatments?|new)|my (?:sessions?|appointments?|appt|pt|physio|infusion|surgery|procedure|treatment|visit|stitches|filling|crown|braces|aligners|injections?|botox|peel|facial|new teeth|shoulder|knee|back|hip) (?:with|here|at|yesterday|today|last|was|were|went|is|are|feels?)|sessions with|got my [\p{L} ]{1,24} (?:treated|fixed|done|removed|pulled|cleaned|taken care of)|(?:durante|por|en) mi (?:infusion|cita|consulta|tratamiento|cirugia|terapia|parto|embarazo)|gracias por (?:la|el|su|atender|atenderme|cuidar|cuidarme)|new teeth|(?:you|u|y'all) (?:fixed|saved|treated|stitched|helped) (?:me|my)|helped me (?:through|with|get|feel|so much)|(?:i've|i have|ive) ever had|made me cry \(in a good way\)|my (?:pt|dentist|doctor|therapist|ob|surgeon) (?:for|made|fixed|got|is)|had (?:my|our) (?:baby|babies|son|daughter|twins) (?:here|there|with you|at)|thank(?:s| you| u)? [\p{L}]+ (?:&|and) (?:the )?team|went in (?:barely|for|with|limping|crying)|my (?:kids|kid|son|daughter|baby|boys|girls) (?:love|loves|adore|adores) (?:you|her|him|dr|coming)|got my (?:son|daughter|kid|baby)'?s? [\p{L} ]{1,24} under control|my (?:forehead|lips|skin|teeth|smile|face|nose|brows|hair|bite|jaw) (?:has never|never|looks?|is|feels?|finally))/u);
/** A warm, personal answer to someone who says they were treated here. */
const WARM_ACK =
  fast(/(?<![\p{L}])(?:any ?time|(?:we )?love you too|(?:we )?miss(?:ed)? you|(?:an honor|a privilege|a pleasure|a joy|a gift) to (?:care for|treat|work with|walk with|walk alongside|serve|know|help|be part of|be a part of) (?:you|your)|so proud of you|proud of (?:you|the work|all the work|how far|how hard|your progress|all your progress)|of course we (?:did|do|remember)|we sure (?:did|do)|(?:were|was) (?:a|such a) (?:blast|joy|delight|treat|riot|hoot)|(?:is|are) (?:a )?legends?|always a (?:pleasure|joy|treat|delight)|loved working with you|love working with you|loved seeing you|you did (?:all )?the hard work|all your hard work|keep that [\p{L}]+ (?:strong|healthy|moving|clean|going|up)|says hi|said hi|fue un placer|fue un gusto|un placer|so happy for you|happy for you|can'?t wait to see you|thanks for choosing|thank you for choosing|so glad[!.]|glad it'?s working|glad (?:it|that) (?:worked|helped)|glad you'?re (?:feeling|doing|back)|finish the (?:whole|rest)|worth all|look(?:s|ing)? amazing|stunning|congrats mama|congratulations mama|(?:ur|you'?re|your) welcome (?:babe|hun|love|girl|friend|dear)|rest up|tell (?:him|her|them) (?:dr|we|i|she|he|the|that|to|hi)|tell [\p{L}]+ (?:the|dr|we|i|that|hi)|says? hi)/gu);
/** A reply that refers back to the person's own visit or treatment. */
const VISIT_BACKREF =
  fast(/(?<![\p{L}])(?:(?:backed up|busy|behind|short-staffed|short staffed|slammed|swamped|running late|running behind) (?:[\p{L}-]+ ){0,3}?that (?:day|afternoon|morning|evening|night)|(?:we|we were|the doctor was|dr\. [\p{L}]+ was|the office was|the clinic was) (?:really |very |so |badly |way )?(?:running (?:late|behind)|backed up|short-staffed|short staffed|slammed|swamped|double-booked|overbooked)|(?:spent|was with) (?:[\p{L}\p{N}-]+ ){0,3}?with (?:you|u)(?![\p{L}])|(?:for|with) you (?:last (?:week|month|time|visit|tuesday|monday|wednesday|thursday|friday|saturday)|yesterday|this morning|that day|today)|worked out for you|went (?:well|ok|okay|smoothly) for you|(?:when|while) you (?:came|were|stopped|checked) (?:in|here|by|with us)|(?:waive|waived|waiving|refund|refunded|credit|credited) (?:the|your|that) (?:\$\s?\d+ )?(?:[\p{L}-]+ )?(?:fee|charge|copay|co-pay|bill|balance)|(?:at|for|before) the (?:first|next) (?:sign|twinge|symptom) next time|(?:happy to|we'll|we will|we can|just) (?:[\p{L}-]+ ){0,6}?next time|since (?:we|i) (?:last )?saw you|(?:restart|resume|go back on|get back on) (?:the|your|ur) (?:[\p{L}-]+ )?(?:splint|brace|boot|retainer|aligners?|night guard|nightguard|cpap|drops|cream|meds|medication|inhaler|exercises|stretches|routine|plan|schedule))(?![\p{L}])/gu);
/** A reply that answers the care question itself: "totally normal on day 2", "take 600 mg". */
const CLINICAL_ANSWER = fast(/(?<![\p{L}])(?:(?:totally |completely |perfectly )?normal (?:on|at|for) (?:day|week) \d|(?:on )?day \d{1,2} (?:after|post)|\d+(?:\.\d+)?\s?(?:mg|ml|mcg)|every \d+\s?(?:hours|hrs|h)|should (?:start to )?(?:heal|settle|ease|go down|improve))(?![\p{L}])/u);

function mentionsAdultRelative(text: string): boolean {
  YOUR_RELATIVE.lastIndex = 0;
  for (let m = YOUR_RELATIVE.exec(text); m; m = YOUR_RELATIVE.exec(text)) if (ADULT_RELATIVES.has(m[1])) return true;
  return false;
}
const YOUR_RELATIVE = fast(/(?<![\p{L}])(?:your|su|tu)\s+([\p{L}-]+)/gu);

// ---------------------------------------------------------------------------------------------
// General reply features (by class, not by phrase): the practice acting on the person ("we gave you",
// "le sacamos"), the person's own care history ("you stopped coming", "you could barely get through a
// session"), a slot offered to them ("Does Friday at 4 work?"), and clinical specifics added in answer to
// a complaint. Each is a token-level shape over general vocabularies.

/** Care and clerical acts a practice does to a patient (past tense, and a few present forms). */
const CARE_VERBS = new Set(replyCues.careVerbs);
const SUBJECTS = new Set(['we', 'i', 'weve', 'ive', 'team', 'doctor', 'dr', 'dentist', 'hygienist', 'nurse', 'therapist', 'provider', 'surgeon', 'doc']);
const MODALS = new Set(['would', 'd', 'could', 'can', 'will', 'll', 'may', 'might', 'love', 'happy', 'glad', 'to', 'if', 'should', 'never', 'not', 'don', 'cannot', 'can\'t']);
const OBJECTS = new Set(['you', 'u', 'your', 'ur', 'yours', 'that', 'those', 'the', 'it', 'them', 'both', 'two', 'three', 'four', 'several', 'multiple']);
/** The person's own history: "you stopped coming", "u missed", "you could barely". */
const YOU_WORDS = new Set(['you', 'u']);
const HISTORY_VERBS = new Set(replyCues.historyVerbs);
/** Spanish clitic + care verb: "le sacamos", "te atendimos", "puede verla". */
const ES_ACT = fast(/(?<![\p{L}])(?:(?:le|les|te|lo|la)\s+(?:\p{L}+(?:amos|imos|emos|aron|ieron|o|io))|(?:ver|atender|revisar|llamar|citar|examinar|recibir)(?:la|lo|le|te)|(?:tus|sus) (?:sesiones|citas|visitas|consultas|tratamientos|terapias|limpiezas|resultados|medicamentos|recetas))(?![\p{L}])/u);
const ES_ACT_VERB = /(?:sacamos|pusimos|dimos|hicimos|recetamos|atendimos|vimos|revisamos|limpiamos|ajustamos|extrajimos|operamos|tratamos|cambiamos|llamamos|mandamos|enviamos|examinamos|cobramos|ver|atender|revisar|llamar|citar|examinar|recibir|sesiones|citas|visitas|consultas|tratamientos|terapias|limpiezas|resultados|medicamentos|recetas)/u;
const DAYS = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|lunes|martes|miercoles|jueves|viernes|sabado|manana/;
/** A slot offered or booked: "Friday at 4", "10:15 Saturday", "the 22nd at 3pm". */
const SLOT_OFFER = fast(new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${DAYS.source})(?:\\s(?:morning|afternoon|evening))?\\s(?:at\\s)?\\d{1,2}(?::\\d\\d)?(?:\\s?(?:am|pm))?|\\d{1,2}(?::\\d\\d|\\s?(?:am|pm))\\s(?:on\\s|this\\s|next\\s)?(?:${DAYS.source}))(?![\\p{L}\\p{N}])`,
  'u',
));
const SLOT_TO_YOU = fast(/(?<![\p{L}])(?:does|would|will|can you|works?|see (?:you|u|ya)|then|got you|have you|booked|squeeze|fit|for you|(?:an? |one |that )?(?:opening|open slot|slot|spot))(?![\p{L}])|\?/u);
/** Words before a health word that make it general talk ("can be", "usually", "most people"). */
const GENERAL_BEFORE = /(?:^|[^\p{L}])(?:can|may|might|often|usually|typically|sometimes|most|many|some|any|all|if|when|every|common|normal for|people|anyone|patients|a lot of|your next|ur next|we (?:diagnose|treat|see|manage|handle|catch|do|offer|test for|screen for|check for))\s+(?:[\p{L}-]+,?\s+){0,3}$/u;

/** The parent asks what to do: "do u think I need…", "should I…", "any tips". */
const ADVICE_ASKED = fast(/(?<![\p{L}])(?:do (?:u|you|ya) think|should i|any tips|any advice|(?:anybody|anyone|does anyone|does anybody) (?:know|recommend|have)|any recommendations|recommendations for|where (?:should|can|do) i|what (?:should|do|can) i|is it normal|is this normal|how (?:do|can|should) i|do i need|can i take|que (?:hago|debo|me recomienda))(?![\p{L}])/u);
/** "We diagnose glaucoma, diabetic eye disease and even tumors": what the practice does, in general. */
/** …or what it does and does not do for anyone, as policy: "we don't prescribe them for viral illness". */
const WE_IN_GENERAL =
  fast(/(?<![\p{L}])we (?:(?:don't|dont|do not|never|always|usually|only|generally|typically) )?(?:diagnose|treat|see|manage|handle|catch|do|offer|test for|screen for|check for|prescribe|give|recommend|use|order)(?![\p{L}])/u);

const IT_WAS_ME = fast(/(?<![\p{L}])(?:it was me|that was me|that's me|that was us|it was us|fui yo)(?![\p{L}])/u);
const FIRST_PERSON = fast(/(?<![\p{L}])(?:i|me|my|mine|i'm|im|i've|ive|mi|me|yo)(?![\p{L}])/u);
/** An example about someone else in the same clause: "a person worried about a mole", "a baby's seizure med". */
const SOMEONE_ELSE = fast(/(?<![\p{L}])(?:a|an|one|another|other|some|any|every)\s+(?:[\p{L}-]+\s+)?(?:person|persons|patient|patients|people|baby|baby's|kid|child|man|woman|guy|lady|someone|somebody|anyone|everyone|family|mom|dad)(?![\p{L}])|(?<![\p{L}])(?:someone|somebody|anyone|everyone|people|patients)(?![\p{L}])/u);

const TELL_THEM = /(?:^|[^\p{L}])tell (?:them|him|her|em|'em) $/u;
/** "Dr. Haddad sent…": the full stop after a title does not end the clause. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'sr', 'sra', 'dra']);

function clauseOk(text: string, t: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const sep = text.slice(t.ends[k], t.starts[k + 1]);
    if (/[.!?;\n]/.test(sep) && !(TITLES.has(t.words[k]) && /^\.\s+$/.test(sep))) return false;
  }
  return true;
}

/** General shapes that, in a reply, confirm the person answered is a patient or discuss their care. */
export function generalReplyHits(doc: NormalizedText, parent?: NormalizedText, parentNegative = false): Hit[] {
  const text = doc.text;
  if (deflects(doc)) return [];
  const t = tokensOf(doc);
  const hits: Hit[] = [];
  const push = (from: number, to: number) => {
    const sp = toOriginalSpan(doc, from, to);
    hits.push({ start: sp.start, end: sp.end, match: text.slice(from, to) });
  };
  const w = t.words;
  for (let i = 0; i < w.length; i++) {
    // (we|I|the doctor) [just|already] VERB (you|your|that …): the practice acting on this person.
    if (CARE_VERBS.has(w[i]) && i + 1 < w.length && OBJECTS.has(w[i + 1])) {
      let s = -1;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (MODALS.has(w[k])) break;
        if (SUBJECTS.has(w[k]) || (w[k] === 've' && (w[k - 1] === 'we' || w[k - 1] === 'i'))) {
          s = k;
          break;
        }
      }
      const objIsYou = w[i + 1] === 'you' || w[i + 1] === 'u' || w[i + 1] === 'your' || w[i + 1] === 'ur';
      // "Tell them Dr. B sent you": a referral to pass on, not what we did.
      if (s >= 0 && TELL_THEM.test(text.slice(Math.max(0, t.starts[s] - 12), t.starts[s]))) s = -1;
      if (s >= 0 && clauseOk(text, t, s, i + 1) && (objIsYou || healthOrCareAfter(doc, t, i + 1))) push(t.starts[s], t.ends[i + 1]);
    }
    // (you|u) [had|stopped|missed|could …]: the person's own history, with a care or health word in the clause.
    if (YOU_WORDS.has(w[i]) && i + 1 < w.length && HISTORY_VERBS.has(w[i + 1])) {
      const before = text.slice(Math.max(0, t.starts[i] - 12), t.starts[i]);
      if (/(?:if|when|unless|do|did|have|can|will|would|should|whether|si)\s+$/.test(before)) continue;
      if (clauseHasCare(doc, t, i)) push(t.starts[i], t.ends[i + 1]);
    }
  }
  const g = gates(doc);
  const es = g & G.esAct ? ES_ACT.exec(text) : null;
  if (es && ES_ACT_VERB.test(es[0])) push(es.index, es.index + es[0].length);
  const slot = g & G.digit ? SLOT_OFFER.exec(text) : null;
  if (slot && SLOT_TO_YOU.test(text)) push(slot.index, slot.index + slot[0].length);
  // "It was me!!" answering a story of someone's care: the author was their clinician.
  if (parent && g & G.itWasMe && IT_WAS_ME.test(text) && (healthFind(parent).length > 0 || careNounFind(parent).length > 0)) {
    const m = IT_WAS_ME.exec(text);
    if (m) push(m.index, m.index + m[0].length);
  }
  // Answering a complaint with clinical specifics of the case: discussing their care.
  // Not when the parent asks for advice ("do u think I need antibiotics?"): the answer is advice, not their chart.
  if (parent && parentNegative && (FIRST_PERSON.test(parent.text) || healthFind(parent).length > 0) && !ADVICE_ASKED.test(parent.text)) {
    for (const h of healthFind(doc)) {
      if (parent.text.includes(h.match) || GENERAL_BEFORE.test(text.slice(Math.max(0, h.at - 48), h.at))) continue;
      const [from, to] = clauseBounds(text, t, h.token);
      if (SOMEONE_ELSE.test(text.slice(from, to)) || WE_IN_GENERAL.test(text.slice(from, h.at))) continue;
      hits.push(h);
      break;
    }
  }
  return hits;
}

function clauseBounds(text: string, t: Tokens, i: number): [number, number] {
  let a = i;
  while (a > 0 && !/[.!?;\n]/.test(text.slice(t.ends[a - 1], t.starts[a]))) a--;
  let b = i;
  while (b + 1 < t.words.length && !/[.!?;\n]/.test(text.slice(t.ends[b], t.starts[b + 1]))) b++;
  return [t.starts[a], t.ends[b]];
}

/** Is there a hit starting in [from, to)? Hits come in text order, so a binary search finds the first at or after `from`. */
function within(hits: readonly PhraseHit[], from: number, to: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].at < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo].at < to;
}

function clauseHasCare(doc: NormalizedText, t: Tokens, i: number): boolean {
  const [from, to] = clauseBounds(doc.text, t, i);
  return within(careNounFind(doc), from, to) || within(healthFind(doc), from, to);
}

function healthOrCareAfter(doc: NormalizedText, t: Tokens, i: number): boolean {
  const from = t.starts[i];
  const to = t.ends[Math.min(t.words.length - 1, i + 4)];
  return within(careNounFind(doc), from, to) || within(healthFind(doc), from, to);
}

/** "my grandpa", "mi papá": the parent tells of an adult relative's care (a child's parent speaks for the child). */
const PARENT_RELATIVE = fast(new RegExp(`(?<![\\p{L}])(?:my|mi|mis) (?:${RELATIVES.filter((r) => ADULT_RELATIVES.has(r.split(/\\s+/).pop() ?? r)).map(escape).join('|')})(?![\\p{L}])`, 'u'));
/** The reply speaks of someone else: "his hip was splinted", "dígale a su papá". */
/** "your family" includes the person answered: not someone else. */
const RELATIVE_WORDS = new Set(RELATIVES.map((r) => r.split(/\s+/).pop() ?? r).filter((r) => r !== 'family' && r !== 'familia'));
const OF_SOMEONE_ELSE = fast(/(?<![\p{L}])(?:he|she|him|his|her|he's|she's|ella|(?:mr|mrs|ms|miss|don|dona|sr|sra)\.? \p{L}+)(?![\p{L}])/u);
/**
 * The parent tells of a relative's care and the reply speaks of that relative: whatever the reply says is
 * about the relative (patient-privacy's business), not a confirmation that the person answered is a patient.
 */
function aboutTheirRelative(doc: NormalizedText, parent: NormalizedText): boolean {
  if (!PARENT_RELATIVE.test(parent.text)) return false;
  if (OF_SOMEONE_ELSE.test(doc.text)) return true;
  YOUR_RELATIVE.lastIndex = 0;
  for (let m = YOUR_RELATIVE.exec(doc.text); m; m = YOUR_RELATIVE.exec(doc.text)) if (RELATIVE_WORDS.has(m[1])) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The reply accepts a relationship the parent states, often without a care word: warmth about their child
// ("those two were a blast", "so sorry he got hurt"), blame for their own care ("maybe if you stopped…",
// "patients who arrive on time"), the day of their visit ("our waits that evening"), a visit ahead ("see you in
// the spring"), their treatment brought up unasked ("that cracked crown"), a refill sent to their pharmacy.

/** "my son", "my anxious 8yo", "our twins": the parent speaks for their own child. */
const PARENT_CHILD =
  fast(/(?<![\p{L}])(?:my|our|mi|mis) (?:[\p{L}-]+ )?(?:son|sons|daughter|daughters|kid|kids|kiddo|kiddos|child|children|baby|babies|toddler|toddlers|twins|boys|girls|teen|teenager|newborn|infant|\d{1,2} ?(?:yo|y\/o|year old|yr old|month old|mo old)|hijo|hija|hijos|hijas|nino|nina|bebe)(?![\p{L}])/u);
/** The parent speaks of care at this practice: a rating, praise of the practice, thanks to a clinician, being seen. */
const PARENT_ABOUT_CARE =
  fast(/(?<![\p{L}])(?:(?:best|sweetest|kindest|friendliest|nicest|greatest|great|only|favorite|favourite) (?:[\p{L}-]+ ){0,2}?(?:dentist|doctor|doc|office|clinic|practice|pharmacy|orthodontist|ortho|therapist|counselor|pediatrician|peds|team|staff|nurse|provider|place|urgent care|dermatologist|derm|chiropractor|optometrist|surgeon|hygienist|pt|physio|pharmacist|midwife|ob)|(?:i've|i have|ive|we've|we have) ever (?:had|seen|been to)|took (?:my|our|him|her) (?:[\p{L}-]+ ){0,2}?in|thank(?:s| you)? (?:dr|doctor|nurse|doc)|(?:helped|fixed|saved|treated|stitched|saw|seen|delivered|cleaned) (?:me|my|him|her|us|our)|(?:[1-5]|one|two|five)[- ]?stars?|(?:been )?(?:coming|going) (?:here|to you|to this office|to this practice|to dr) (?:[\p{L}.]+ )?for|my (?:[\p{L}-]+ )?(?:knee|back|neck|shoulder|hip|ankle|wrist|foot|feet|skin|teeth|smile|bite|jaw|eyes|vision|hearing) (?:feels?|looks?|is|has|finally|never))(?![\p{L}])/u);
/** Thanks for something done to them: "thanks for squeezing me in", "thank you for being so patient with me". */
const THANKS_FOR_MINE =
  fast(/(?<![\p{L}])thank(?:s| you| u)? (?:so much )?(?:for|4) (?!(?:[\p{L}'-]+ ){0,5}?(?:answering|sharing|question|post|info|information|tips|advice|answer|reply|replying|responding|shoutout|follow|recommendation|wishes|link|sponsoring|supporting|donating|hosting|coming))(?:[\p{L}'-]+ ){0,5}?(?:me|my)(?![\p{L}])/u);
/** Care somewhere else: "at another office", "my old dentist". */
const ELSEWHERE =
  fast(/(?<![\p{L}])(?:(?:another|other|different|previous|old|last|new) (?:office|dentist|doctor|clinic|practice|pharmacy|orthodontist|ortho|provider|pediatrician|hospital|er|urgent care)|elsewhere)(?![\p{L}])/u);
/** Capitalised words of the parent: staff it names ("Jess was so sweet…"); a name right after "my son" is the child's. */
const CAPITALISED = fast(/(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}])/gu);
const CHILD_BEFORE_NAME = /(?:son|daughter|kid|boy|girl|baby|toddler|twins|\d ?(?:yo|y\/o)|year old)'?s?\s*,?\s*$/iu;
function staffNamed(parent: NormalizedText): string[] {
  const names: string[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(parent.original); m; m = CAPITALISED.exec(parent.original)) {
    if (m.index === 0 || CHILD_BEFORE_NAME.test(parent.original.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (m[1].length > 2) names.push(m[1].toLowerCase());
  }
  return names;
}
/** A pronoun or group for the child in the reply: "he got hurt", "give him a high five", "those two". */
const CHILD_REF = fast(/(?<![\p{L}])(?:he|him|his|he's|she|her|she's|those two|both of them|the twins|el nino|la nina|el nene|la nena|el bebe|la bebe|el pequeno|la pequena)(?![\p{L}])/gu);
const HE_SHE = fast(/(?<![\p{L}])(?:he|she|him|her|his|hers|he's|she's)(?![\p{L}])/u);
/** A clinician named before a pronoun: "Dr. Obi says she…" is about the clinician. */
const CLINICIAN_BEFORE = fast(/(?<![\p{L}])(?:dr|dra|doctor|doctora|nurse|doc|hygienist|therapist|pharmacist)(?![\p{L}])/u);
/** Blame for the person's own care: "maybe if you stopped…", "next time maybe try…", "patients who arrive on time". */
const BLAME =
  fast(/(?<![\p{L}])(?:maybe (?:if )?(?:you|u)(?: [\p{L}']+){0,2}|maybe (?:try|prep|next time)|next time,? (?:maybe |just )?try|(?:if|when) (?:you|u)(?:'d| had| would have)? (?:actually |just )?(?:followed|listened|flossed|brushed|wore|showed up|arrived|read|remembered|stopped|quit|kept)|(?:if|when) (?:you|u) actually (?:follow|listen|floss|brush|wear|show up|arrive|read|remember|stop|quit|keep|take|use|do)|(?:are|were|is|was) (?:actually )?(?:followed|worn|done)|(?:patients|people|those|folks) who (?:actually )?(?:arrive|show|remember|follow|listen|read|floss|brush|wear|bring|pay)|try (?:brushing|flossing|showing up|arriving|reading|following|wearing|listening)|(?:you're|you are|ur|youre) the one who|read (?:ur|your) own)(?![\p{L}])/u);
/** "my peel", "my son": the parent speaks of something of their own. */
const PARENT_MY = fast(/(?<![\p{L}])(?:my|mi|mis)(?![\p{L}])/u);
/** "Our waits that evening were…", "we were short-staffed that day": the day of their visit. */
const THAT_DAYPART = fast(/(?<![\p{L}])that (?:day|afternoon|morning|evening|night|shift|visit)(?![\p{L}])/u);
const PAST_STATE = fast(/(?<![\p{L}])(?:was|were|had|got|ran|went|became)(?![\p{L}])/u);
/** A visit ahead: "see you next month", "see you in the spring", "see u at ur 6 wk check". */
const SEE_YOU_AHEAD =
  fast(/(?<![\p{L}'])(?:see|c) (?:you|u|ya|y'all|yall|you both|you all) (?:again )?(?:next (?:week|month|year|time|visit|session|appointment|appt|spring|summer|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in the (?:spring|summer|fall|winter|new year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:at|for) (?:ur|yr) [\p{L}\p{N}-]+)(?![\p{L}])|(?<![\p{L}])same time next (?:week|month|year)(?![\p{L}])/u);
/** "Sent the refill to your CVS": a prescription already sent for them. */
const TO_THEIR_PHARMACY =
  fast(/(?<![\p{L}])(?:sent|called|faxed|transmitted|e-?prescribed|submitted|phoned|transferred)(?: [\p{L}\p{N}'-]+){0,4} to (?:your|ur|su|tu) (?:[\p{L}-]+ )?(?:pharmacy|pharmacist|cvs|walgreens|walmart|rite aid|costco|kroger|publix|heb|drugstore|farmacia|mail[- ]order)(?![\p{L}])/u);
/** "Your plan doesn't cover…": their coverage, stated as fact (not "if your plan doesn't…"). */
const THEIR_COVERAGE =
  fast(/(?<![\p{L}])(?:your|ur|su) (?:plan|insurance|policy|carrier|coverage|benefits|seguro) (?:doesn't|does not|didn't|did not|won't|will not|wouldn't|only|no) (?:cover|pay|cubre|covers|pays)(?![\p{L}])/u);
const IF_BEFORE = /(?:^|[^\p{L}])(?:if|when|whether|unless|si|cuando)\s+(?:[\p{L}']+\s+){0,1}$/u;
/** "We waived it this time", "we've refunded that": money already handled for them. */
const MONEY_HANDLED =
  fast(/(?<![\p{L}])(?:waived|refunded|credited|reversed|removed|voided|dropped|wrote off|written off|comped|adjusted|took off|taken off) (?:it|that|them|this one|the (?:fee|charge|bill|balance|copay|difference))(?![\p{L}])/u);
/** The parent talks about money: a fee, a bill, a charge. */
const PARENT_MONEY = fast(/\$|(?<![\p{L}])(?:fee|fees|charge|charged|charges|bill|billed|billing|refund|paying|pay|paid|copay|balance|statement|collections|invoice|insurance|cobraron|cobro|cargo|factura)(?![\p{L}])/u);
/** "Ten years of cleanings together": their visits, counted. */
const YEARS_OF_VISITS =
  fast(/(?<![\p{L}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|so many|many) (?:years|months|weeks) of (?:[\p{L}-]+ )?(?:cleanings|visits|appointments|appts|checkups|check-ups|sessions|adjustments|treatments|fittings|refills)(?![\p{L}])/u);
/** Spanish "le reembolsamos", "te los ajustamos": we did (or do) something for you; not "le agradecemos", "le invitamos". */
const ES_FOR_YOU = fast(/(?<![\p{L}])(?:le|te|les)(?: (?:lo|la|los|las))? (\p{L}{3,}(?:amos|imos))(?![\p{L}])/u);
const ES_SAY = new Set(['agradecemos', 'invitamos', 'recomendamos', 'ofrecemos', 'pedimos', 'rogamos', 'esperamos', 'deseamos', 'enviamos', 'mandamos', 'recordamos', 'informamos', 'sugerimos', 'damos', 'lamentamos', 'escuchamos', 'apreciamos', 'animamos', 'queremos', 'podemos', 'explicamos', 'compartimos', 'respondemos', 'contestamos', 'llamamos', 'atendemos', 'ayudamos', 'brindamos', 'devolvemos', 'contactamos', 'escribimos', 'buscamos', 'orientamos', 'conectamos', 'extranamos']);
/** Spanish "until we place the crown", "we'll remove the stitches": a step of their care still to come. */
const ES_WE_NEXT =
  fast(/(?<![\p{L}])(?:(?:(?:hasta|para|antes de|despues de|en cuanto) que|cuando) (?:le |te |lo |la |se lo |se la )?\p{L}{2,}(?:emos|amos)|(?:le |te |lo |la )?\p{L}{2,}(?<!que)remos) (?:la|el|los|las|su|sus|tu|tus) /u);

const BODY_PARTS = new Set(replyCues.bodyParts);
const GLAD_YOUR = fast(/(?<![\p{L}])(?:glad|happy|relieved|hope|hoping|great news) (?:that )?((?:your|ur) ([\p{L}]+))(?![\p{L}])/u);

/** What the parent says about the person and this practice: each read at most once, and only when asked. */
class ParentReading {
  private selfTalkRead?: boolean;
  private childRead?: boolean;
  private practiceRead?: boolean;
  private praiseRead?: boolean;
  private servedRead?: boolean;
  private isPatientRead?: boolean;
  private claimRead?: boolean;
  private asksRead?: boolean;
  constructor(private readonly text: string) {}
  get selfTalk(): boolean {
    return (this.selfTalkRead ??= SELF_TALK.test(this.text));
  }
  /** "my son", "our twins": needs a possessive first. */
  get child(): boolean {
    return (this.childRead ??= (this.selfTalk || this.text.includes('our ')) && PARENT_CHILD.test(this.text));
  }
  /** Praise or a rating (below), or thanks for something done to them. */
  get practice(): boolean {
    return (this.practiceRead ??= this.praise || THANKS_FOR_MINE.test(this.text));
  }
  /** A rating or praise of the practice or a clinician, not thanks in general. */
  get praise(): boolean {
    return (this.praiseRead ??= this.text.includes('★') || this.text.includes('⭐') || PARENT_ABOUT_CARE.test(this.text));
  }
  get served(): boolean {
    return (this.servedRead ??= SERVED.test(this.text));
  }
  get isPatient(): boolean {
    return (this.isPatientRead ??= PARENT_IS_PATIENT.test(this.text));
  }
  get claim(): boolean {
    return (this.claimRead ??= PARENT_CLAIM.test(this.text));
  }
  get aboutCare(): boolean {
    return this.practice || this.served || this.isPatient || this.claim;
  }
  get asks(): boolean {
    return (this.asksRead ??= ADVICE_ASKED.test(this.text));
  }
}
const parentCache = new WeakMap<NormalizedText, ParentReading>();
function readReplyParent(parent: NormalizedText): ParentReading {
  let r = parentCache.get(parent);
  if (!r) parentCache.set(parent, (r = new ParentReading(parent.text)));
  return r;
}

/** Shapes that accept the relationship the parent states (see the block comment above). */
function relationshipHits(doc: NormalizedText, parent: NormalizedText, parentNegative: boolean): Hit[] {
  const text = doc.text;
  if (deflects(doc)) return [];
  const p = readReplyParent(parent);
  const hits: Hit[] = [];
  const push = (from: number, to: number) => {
    const sp = toOriginalSpan(doc, from, to);
    hits.push({ start: sp.start, end: sp.end, match: text.slice(from, to) });
  };
  const t = tokensOf(doc);
  // Their child, answered about personally after a review or complaint of the child's care.
  // Not a pronoun for staff: "Dr. Obi says she…", "we'll pass this on to Jess, she…", "Jess is the best! She…".
  CHILD_REF.lastIndex = 0;
  if (
    CHILD_REF.test(text) &&
    p.child &&
    !ELSEWHERE.test(parent.text) &&
    (parentNegative || ((p.praise || p.isPatient || p.claim || careNounFind(parent).length > 0 || healthFind(parent).length > 0) && !parent.text.includes('?'))) &&
    !p.asks
  ) {
    const staff = staffNamed(parent);
    CHILD_REF.lastIndex = 0;
    for (let m = CHILD_REF.exec(text); m; m = CHILD_REF.exec(text)) {
      const before = text.slice(0, m.index);
      if (CLINICIAN_BEFORE.test(before.slice(-40).split(/[!?\n]/).pop() ?? '') || staff.some((n) => before.includes(n))) continue;
      push(m.index, m.index + m[0].length);
      break;
    }
  }
  // Blame answers a complaint about their own care: "my peel", a 1-star rating; not a jab at the profession.
  const g = gates(doc);
  if (parentNegative && g & G.blame) {
    const m = BLAME.exec(text);
    if (m) {
      const parentCare = p.aboutCare || p.child || careNounFind(parent).length > 0 || healthFind(parent).length > 0;
      if (parentCare || PARENT_MY.test(parent.text)) push(m.index, m.index + m[0].length);
    }
  }
  const daypart = g & G.that ? THAT_DAYPART.exec(text) : null;
  if (daypart && (parentNegative || p.aboutCare) && (p.selfTalk || p.child)) {
    const i = t.starts.indexOf(daypart.index);
    const [from, to] = i >= 0 ? clauseBounds(text, t, i) : [daypart.index, daypart.index];
    if (PAST_STATE.test(text.slice(from, to))) push(daypart.index, daypart.index + daypart[0].length);
  }
  const ahead = g & G.see ? SEE_YOU_AHEAD.exec(text) : null;
  // Not an answer to a question ("Are you open next Saturday?"): that visit is an event or a first booking.
  if (ahead && !parent.text.includes('?') && !/(?:^|[^\p{L}])to $/u.test(text.slice(Math.max(0, ahead.index - 3), ahead.index))) push(ahead.index, ahead.index + ahead[0].length);
  const pharmacy = / to (?:your|ur|su|tu) /.test(text) ? TO_THEIR_PHARMACY.exec(text) : null;
  if (pharmacy) push(pharmacy.index, pharmacy.index + pharmacy[0].length);
  // "That cracked crown", "that amoxicillin": their condition or medicine, which the parent did not bring up.
  // Not when someone else's care is the subject ("so proud of my girl… her quad… that graft").
  // "All those adjustments paid off": the visits they had, counted off together.
  if (g & G.that) {
    const health = healthFind(doc).find((h) => h.token > 0 && (t.words[h.token - 1] === 'that' || t.words[h.token - 1] === 'those') && !parent.text.includes(h.match));
    const care = careNounFind(doc).find((h) => h.token > 1 && t.words[h.token - 1] === 'those' && t.words[h.token - 2] === 'all' && h.match.endsWith('s'));
    if ((health || care) && !parent.text.includes('?') && !HE_SHE.test(text) && !HE_SHE.test(parent.text) && !p.asks) {
      if (health) push(t.starts[health.token - 1], health.at + health.match.length);
      if (care) push(t.starts[care.token - 2], care.at + care.match.length);
    }
  }
  // "Glad your wrist wasn't broken after all": a finding about them the parent did not share.
  const glad = g & G.your ? GLAD_YOUR.exec(text) : null;
  if (glad && BODY_PARTS.has(glad[2]) && !parent.text.includes(glad[2]) && p.aboutCare && !p.asks) {
    push(glad.index + glad[0].length - glad[1].length, glad.index + glad[0].length);
  }
  const coverage = g & G.cover ? THEIR_COVERAGE.exec(text) : null;
  if (coverage && !IF_BEFORE.test(text.slice(Math.max(0, coverage.index - 24), coverage.index))) push(coverage.index, coverage.index + coverage[0].length);
  const money = g & G.money ? MONEY_HANDLED.exec(text) : null;
  if (money && PARENT_MONEY.test(parent.text)) push(money.index, money.index + money[0].length);
  const years = g & G.yearsOf ? YEARS_OF_VISITS.exec(text) : null;
  if (years && !p.asks && !parent.text.includes('?')) push(years.index, years.index + years[0].length);
  const esForYou = g & G.esWe ? ES_FOR_YOU.exec(text) : null;
  if (esForYou && !ES_SAY.has(esForYou[1])) push(esForYou.index, esForYou.index + esForYou[0].length);
  const es = g & G.esWe ? ES_WE_NEXT.exec(text) : null;
  if (es) {
    const end = es.index + es[0].length;
    if (careNounFind(doc).some((h) => h.at >= end && h.at < end + 24)) push(es.index, end - 1);
  }
  return hits;
}

/** "We can't discuss anyone's care here": read once per reply. */
const deflectCache = new WeakMap<NormalizedText, boolean>();
function deflects(doc: NormalizedText): boolean {
  let v = deflectCache.get(doc);
  if (v === undefined) deflectCache.set(doc, (v = (gates(doc) & G.deflect) !== 0 && DEFLECT.test(doc.text)));
  return v;
}

/** Phrases in a reply that confirm or imply that the person answered is or was a patient. */
export function confirmHits(doc: NormalizedText, parent?: NormalizedText, parentNegative = false): Hit[] {
  const cached = confirmCache.get(doc);
  if (cached && cached.parent === parent) return cached.hits;
  const hits = !parent
    ? findConfirmHits(doc, parent)
    : aboutTheirRelative(doc, parent)
      ? []
      : merge([...findConfirmHits(doc, parent), ...generalReplyHits(doc, parent, parentNegative), ...relationshipHits(doc, parent, parentNegative)], doc);
  confirmCache.set(doc, { parent, hits });
  return hits;
}
const confirmCache = new WeakMap<NormalizedText, { parent?: NormalizedText; hits: Hit[] }>();

/** The parent speaks of their own experience ("thanks for squeezing me in", "my Plan B"). */
const SELF_TALK = fast(/(?<![\p{L}])(?:i|me|my|i'm|im|i've|ive|mine|mi|mis|yo|thank u|thank you|thanks|ty)(?![\p{L}])/u);
/** The parent was served by the author: thanks, a visit, a pickup. A friend asking for tips was not. */
const SERVED = fast(/(?<![\p{L}])(?:thank|thanks|thx|ty|gracias|best (?:dermatologist|derm|doctor|doc|dentist|ortho|orthodontist|therapist|nurse|pediatrician|pharmacist|surgeon|provider|injector|hygienist|chiropractor)|fixed my|cleared (?:up )?my|squeez\w*|picked up|pick(?:ing)? up|came in|saw you|seeing me|saw me|seen|appointment|appt|visit|prescribed|staying late|fit me in|got me in|you told me|told me to|you're the one who|you recommended|you suggested|you said)(?![\p{L}])/u);
/** An instruction aimed at the person's own medicine. */
const OWN_MED_INSTRUCTION =
  fast(/(?<![\p{L}])(?:(?:restart|resume) (?:it|them|the|your)|same dose|keep (?:rinsing|applying|icing|wearing)|keep (?:doing|up) (?:those|your|the|ur)|keep taking|keep using|continue taking|keep on|finish (?:the|your|all|off)|take (?:it|them|the rest|one|two|your|the)|remember (?:to take )?(?:\d|the|your)|stop (?:taking )?(?:it|them)|(?:sigue|siga|continue) tomando|tome (?:la|el|las|los|sus|su)|tomela|tomelo|tomelas|tomelos)(?![\p{L}])/u);
const DOSE_AMOUNT = fast(/\d\s?(?:mg|ml|mcg|tabs?|tablets?|pills?|puffs?|drops?|units?|capsules?|cc)(?![\p{L}])|(?<![\p{L}])(?:(?:twice|three times|once|\d ?x) (?:a|per) (?:day|week)|(?:hasta|until) (?:terminarlo|terminarla|terminarlos|it's gone|they're gone|you finish))(?![\p{L}])/u);
const hasDrug = (d: NormalizedText) => healthFind(d).some((h) => DRUG_WORDS.has(h.match));

/** "my deep cleaning", "my new crown": the parent names their own care. */
function ownCareInParent(parent: NormalizedText): boolean {
  const t = tokensOf(parent);
  return careNounFind(parent).some((h) => {
    for (let k = h.token - 1; k >= Math.max(0, h.token - 3); k--) if (t.words[k] === 'my' || t.words[k] === 'mi') return true;
    return false;
  });
}

/** A hit of the health lexicon (a condition, a drug), not of the care nouns ("visit", "cleaning"). */
const HEALTH_LIST_HIT = (h: PhraseHit) => !CARE_NOUN_INDEX.test(h.match);

/** "your", "the", "su": a word that can own a care noun. */
const OWNER_WORD = fast(/(?<![\p{L}])(?:your|su|sus|tu|tus|the)\s/u);

function findConfirmHits(doc: NormalizedText, parent?: NormalizedText): Hit[] {
  const text = doc.text;
  const hits: Hit[] = [];
  for (const h of CONFIRM.find(doc)) {
    // "Fue un gusto atender a su mamá": someone else's care, not the person answered.
    const third = THIRD_PARTY_AFTER.exec(text.slice(h.at + h.match.length, h.at + h.match.length + 30));
    if (third && ADULT_RELATIVES.has(third[1])) continue;
    // "Llámenos para hacer su cita", "tell your therapist": booking a new visit, or their own clinician elsewhere.
    const owned = /^(?:su|your|tu) (.+)$/.exec(h.match);
    if (owned && (BOOKING_BEFORE.test(text.slice(Math.max(0, h.at - 30), h.at)) || CLINICIANS.has(owned[1]))) continue;
    hits.push(h);
  }
  // Each pattern only where its fixed words are: a substring test is far cheaper than the pattern.
  const g = gates(doc);
  if (g & G.see) hits.push(...findAll(doc, SEE_YOU_IN));
  if (g & G.part) hits.push(...findAll(doc, PART_OF_FAMILY));
  if (g & G.session) hits.push(...findAll(doc, IN_SESSION));
  if (g & G.record) hits.push(...findAll(doc, RECORD_CHECK));
  // "See you Thursday" — unless the reply is about someone else ("su mamá… la esperamos el martes").
  if (g & G.seeOn && !(g & (G.your | G.esYour) && mentionsAdultRelative(text))) hits.push(...findAll(doc, SEE_YOU_ON));
  // The person says they were cared for here ("thanks for stitching me up", "loved my sessions with Marco") and the
  // reply answers them warmly and personally ("so proud of you", "Marco loved working with you", "Jess says hi"):
  // that answer accepts the relationship in public.
  const p = parent && readReplyParent(parent);
  const deflect = !!parent && deflects(doc);
  // The reply is read before the parent: a warm answer is rare, the parent's reading costs more.
  const warm = p && !deflect ? findAll(doc, WARM_ACK) : [];
  if (warm.length > 0 && p && (p.isPatient || (p.selfTalk && p.practice))) hits.push(...warm);
  // The person tells of their visit and the reply speaks of that visit: "we got backed up that day",
  // "glad it worked out for you last week", "restart the night splint".
  const backref = p && !deflect ? findAll(doc, VISIT_BACKREF) : [];
  if (backref.length > 0 && p && (p.served || p.selfTalk) && !mentionsAdultRelative(text)) hits.push(...backref);
  // "your crown", "your last two visits", "since your hospitalization", "su tratamiento": up to two words between.
  const t = tokensOf(doc);
  if (OWNER_WORD.test(text)) {
    const nouns = [...careNounFind(doc), ...healthFind(doc)].sort((a, b) => a.at - b.at);
    for (const h of nouns) {
      // "your therapist", "your doctor": the person's own clinician, likely someone else.
      if (CLINICIANS.has(h.match)) continue;
      for (let k = h.token - 1; k >= Math.max(0, h.token - 4); k--) {
        const w = t.words[k];
        if (w === 'next') {
          // "see you at your next cleaning": the full phrase, care noun included.
          const see = SEE_YOU_AT_YOUR.exec(text.slice(Math.max(0, t.starts[k] - 24), t.starts[k]));
          if (see) {
            const from = t.starts[k] - see[0].length + see[0].search(/see/);
            const sp = toOriginalSpan(doc, from, h.at + h.match.length);
            hits.push({ start: sp.start, end: sp.end, match: text.slice(from, h.at + h.match.length) });
            break;
          }
          // "Your next visit is on us": a next one means there were others (booking offers are caught below);
          // "your kids' next cleaning" is someone else's; "your next kidney stone" is a what-if, not their care.
          if (k > 0 && YOUR_WORD.has(t.words[k - 1]) && !HEALTH_LIST_HIT(h)) continue;
          break;
        }
        if (NOT_THEIR_CARE.has(w) || ADULT_RELATIVES.has(w)) break;
        const sep = text.slice(t.ends[k], t.starts[k + 1]);
        // A dash between spaces ("your family is hurting — infertility is hard") starts another clause, like a full stop.
        if (/[!?;:\n()]|\s-+\s/.test(sep) || (/[.,]/.test(sep) && !(/^[.,]$/.test(sep) && /\d$/.test(w) && /^\d/.test(t.words[k + 1])))) break;
        if (YOUR_WORD.has(w) || w === 'the') {
          const from = t.starts[k];
          const before = text.slice(Math.max(0, from - 30), from);
          const gap = h.token - k - 1;
          let spanFrom = from;
          if (w === 'the') {
            // "Hope the new glasses are working out": only after hope/glad, which the span includes.
            const hope = HOPE_BEFORE.exec(before + 'the ');
            if (!hope || gap > 1) break;
            spanFrom = from - before.length + hope.index + (/^[^\p{L}]/u.test(hope[0]) ? 1 : 0);
          } else if ((BOOKING_BEFORE.test(before) && !SEE_YOU_NEXT_BEFORE.test(before + 'your ')) || ADVICE_BEFORE.test(before)) break;
          if (gap > 3 || (gap > 0 && t.words.slice(k + 1, h.token).join(' ').length > 20)) break;
          const sp = toOriginalSpan(doc, spanFrom, h.at + h.match.length);
          hits.push({ start: sp.start, end: sp.end, match: text.slice(spanFrom, h.at + h.match.length) });
          break;
        }
      }
    }
  }
  // "a deep filling like yours": only when treatment comes just before.
  for (const h of g & G.yours ? findAll(doc, LIKE_YOURS) : []) {
    const before = text.slice(Math.max(0, h.at - 30), h.at);
    if (HEALTH.test(before) || CARE.test(before)) hits.push(h);
  }
  // Telling the person how to take their own medicine: "keep taking the prednisone 40 mg", "if you haven't yet, take it today".
  const instruction = parent && p && p.selfTalk && !deflect ? OWN_MED_INSTRUCTION.exec(text) : null;
  if (instruction && parent && p && (p.served || p.practice || ownCareInParent(parent))) {
    const m = instruction;
    if ((/ those$/.test(m[0]) || DOSE_AMOUNT.test(text) || hasDrug(doc) || hasDrug(parent) || careNounFind(doc).some((h) => h.at > m.index && h.at < m.index + m[0].length + 24))) {
      const sp = toOriginalSpan(doc, m.index, m.index + m[0].length);
      hits.push({ start: sp.start, end: sp.end, match: m[0] });
    }
  }
  // The person says they were treated here, and the reply answers the care question itself.
  if (p && p.claim && !deflect) {
    const m = CLINICAL_ANSWER.exec(text);
    if (m) {
      const sp = toOriginalSpan(doc, m.index, m.index + m[0].length);
      hits.push({ start: sp.start, end: sp.end, match: m[0] });
    }
  }
  return merge(hits, doc);
}

/** Money, visit dates and day-of-visit specifics: "$185", "on 6/2", "on the 14th", "come in Thursday". */
const SPECIFICS =
  fast(/(?<![\p{L}\p{N}])(?:\$\s?\d[\d,.]*|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|the \d{1,2}(?:st|nd|rd|th)|(?:on|this|next|last|come in|coming in|see you|el) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day at \d{1,2}(?::\d\d)?|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) \d{1,2}|(?:tooth|teeth|diente|muela)\s?#?\s?\d{1,2}|#\d{1,2} (?:tooth|molar|premolar|canine|incisor))(?![\p{L}\p{N}])/gu);

/**
 * More of what a reply must not add: attendance ("3 of your 8 sessions", "your last two visits"), spinal levels
 * ("L4-L5"), strengths ("20%"), the month of a visit ("in March", "last spring"), and what was said in the room
 * ("like we told you", "what we talked about").
 */
const MORE_SPECIFICS =
  fast(/(?<![\p{L}\p{N}])(?:\d{1,2} of (?:your|the|his|her) \d{1,2}(?: \p{L}+)? (?:sessions|visits|appointments|treatments)|your (?:last|past|previous) (?:\d|two|three|four|five|several|few) (?:visits|appointments|sessions)|(?:\d+|two|three|four|five|several|multiple|repeated) (?:no-shows?|missed appointments|late cancellations)|[cltsd]\d{1,2}[-/][cltsd]?\d{1,2}|\d{1,3}(?:\.\d)?\s?%|(?:in|since|from|last|this past) (?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|fall|winter)|like we told you|as we told you|we told you|what we talked about|as we discussed|like we discussed|(?:claim|prior auth(?:orization)?|authorization|referral|coverage)\s(?:was\s|has been\s|got\s)?(?:denied|rejected|declined|approved|flagged)|(?:checked in|checked out|signed in|arrived|got here|walked in|were roomed|roomed|were seen|were called back|were called|left) (?:at|by|around|before|after) \d{1,2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|(?:insurance|plan|carrier|medicare|medicaid|seguro) (?:rejected|denied|declined|refused|won't cover|wouldn't cover|didn't cover|doesn't cover|rechazo|nego)|(?:rejected|denied|declined) (?:the|your|su) (?:[\p{L}-]+ )?(?:claim|prior auth(?:orization)?|authorization|refill|prescription|coverage)|out[- ]of[- ]network|deductible|copay|co-pay|coinsurance|sent to collections|in collections|past due|your (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}[- ](?:week|wk|month|mo|day|year)) (?:session|appointment|appt|visit|class|cleaning|checkup|check-up|follow-up|followup|fitting|adjustment|consult|consultation|infusion|injection|treatment|scan|ultrasound|procedure|surgery|recheck)|your (?:levels|numbers|labs|a1c|sugars|blood sugar|blood pressure|bp|counts|thyroid|iron|cholesterol|results|scan|x-rays?|mri|ct|biopsy|culture|swab|strep test|test) (?:are|were|look|looked|came back|is|was|finally)|(?:the|your) new (?:dose|dosage|med|meds|medication|prescription|strength)|\d{1,3} units|(?:\d+ )?(?:syringes|vials) of|all (?:\d+|two|three|four|five|six|seven|eight) (?:of )?(?:those |your |ur )?(?:appts|appointments|visits|sessions|adjustments|trays)|your (?:\d{4}[-–]\d{2,4} )?(?:therapy|medical|dental|session|progress|psych|psychiatric|counseling|visit|office) (?:notes|records)|(?:at|during|after|before) your (?:1st|2nd|3rd|\d+th|first|second|third|fourth|fifth|last|previous) (?:visit|appointment|appt|session|cleaning|adjustment)|(?:didn't|did not|never) show (?:up )?for (?:the|your|ur) (?:draw|blood draw|labs?|appointment|appt|visit|session|test|scan|procedure|cleaning|surgery|follow-up)|(?:reschedule|rescheduled|cancel|canceled|cancelled|no-showed|missed|moved) (?:you|your (?:appointment|appt|visit|session)s?|it) (?:\d+|two|three|four|five|six) times|your (?:neck|back|knees?|hips?|shoulders?|ankles?|wrists?|spine|jaw|gums|molars?|eyes?|ears?|pupils|retina|lungs?|heart|feet|foot|skin|scalp|bite)(?: (?:wouldn't|won't|isn't|wasn't|is|was|were|are|needs?|still|would|looks?|looked))|your \d{1,2}[- ](?:week|wk|month|mo|year) (?:[\p{L}-]+ )?(?:check|checkup|check-up|visit|follow-up|recheck)|your (?:visit|appointment|appt|session|cleaning|procedure|surgery) (?:on |last |this )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this morning|last night)|(?:tu|su) (?:chequeo|cita|consulta|revision|control|sesion|terapia|limpieza) (?:de (?:las|los) \d{1,2} (?:semanas|meses|dias)|del (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)))(?![\p{L}\p{N}])/gu);

export function specificHits(doc: NormalizedText): Hit[] {
  const hits = findAll(doc, SPECIFICS);
  const more = findAll(doc, MORE_SPECIFICS);
  return more.length === 0 ? hits : [...hits, ...more].sort((a, b) => a.start - b.start);
}

const SPANISH_WORD = fast(/(?<![\p{L}])(?:que|por|para|su|usted|gracias|nuestr[oa]s?|lamentamos|llame|muy|con|los|las|una|es)(?![\p{L}])/gu);
const ENGLISH_WORD = fast(/(?<![\p{L}])(?:the|you|your|we|our|and|to|for|is|are|with|thank|thanks)(?![\p{L}])/gu);

/** Rough language guess for choosing a template: Spanish when its function words dominate. */
export function looksSpanish(doc: NormalizedText): boolean {
  return (doc.text.match(SPANISH_WORD)?.length ?? 0) > (doc.text.match(ENGLISH_WORD)?.length ?? 0);
}
