// Shared cues for the privacy rules (patient-privacy, review-reply-disclosure, personal-account-boundary):
// what identifies a person, what tells about their health or care, and what confirms that the person
// answered is a patient. Word lists are data (./data/*.json), compiled once at module load. Every
// pattern here is an alternation of literals or has bounded repetition, so matching stays linear.
import conditions from './data/conditions.json';
import drugs from './data/drugs.json';
import identifiers from './data/identifiers.json';
import patientCues from './data/patient-cues.json';
import procedures from './data/procedures.json';
import relationshipCues from './data/relationship-cues.json';
import replyCues from './data/reply-cues.json';
import { fast, findAll, type Span } from './match';
import { toOriginalSpan } from './normalize';
import { PhraseIndex, WordGates, tokensOf, wordIds, type PhraseHit, type Tokens } from './phrase-index';
import type { Kind, NormalizedText } from './types';

/** A part of the original text, offsets into what the user typed. */
export interface Hit {
  start: number;
  end: number;
  /** The matched text in normalised form (lower case). */
  match: string;
}

export type IdentifierKind =
  | 'name'
  | 'handle'
  | 'room'
  | 'relative'
  | 'public-role'
  | 'workplace'
  | 'jersey'
  | 'news'
  | 'age'
  | 'record'
  | 'photo'
  | 'date'
  | 'facility'
  | 'place'
  | 'description';

export interface Identifier extends Hit {
  kind: IdentifierKind;
  /** The identifier tells a patient's story by itself ("the patient in 8B"): it is its own evidence. */
  self?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Health and care

/** Drug names that are also ordinary words (or pronouns in Spanish): never health cues on their own. */
const NOT_HEALTH = new Set(['ella', 'iron', 'zinc', 'magnesium', 'potassium', 'fiber', 'saline', 'bayer', 'the pill', 'soma', 'probiotic', 'electrolytes']);
const drugWords = [...drugs.prescription, ...drugs.otc, ...drugs.dental_and_topical_rx, ...drugs.spanish, ...drugs.classes].filter(
  (w) => !NOT_HEALTH.has(w),
);

/** Specific health information: conditions, procedures, tests, drugs. */
export const HEALTH = new PhraseIndex([
  ...conditions.general,
  ...conditions.spanish,
  ...procedures.general,
  ...procedures.spanish,
  ...drugWords,
], { plurals: true });
/** Generic care words ("cleaning", "results", "exam"): only meaningful in a reply about someone's own care. */
export const CARE = new PhraseIndex([...procedures.care, ...procedures.spanish_care], { plurals: true });
/** Things only a patient has ("your visit", "your balance", "your crown"): reply care nouns, procedures, generic care words. */
export const CARE_NOUN_INDEX = new PhraseIndex([...replyCues.careNouns, ...procedures.general, ...procedures.care, ...procedures.spanish, ...procedures.spanish_care], { plurals: true });
export const PATIENT_CUE = new PhraseIndex(patientCues.patient);
export const PHOTO_CUE = new PhraseIndex(patientCues.photo);
export const CONSENT_CUE = new PhraseIndex(patientCues.consent);
const NEWS_CARE_CUE = new PhraseIndex(patientCues.news);
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|isn't|isnt|wasn't|wasnt|never|no es|no era)\s+$/u;
/** A sentence opening with a first-person care act on someone: "Cleaned his…", "Stitched up a…", "Just delivered twins". */
const CARE_ACT_OPENING =
  /(?<=^|[.!?\n]\s{0,3}|^\s{0,3})(?:just\s|finally\s)?(?:cleaned|delivered|stitched(?: up)?|sutured|casted|splinted|intubated|extubated|extracted|pulled|scoped|reduced|drained|numbed|filled|fitted|x-rayed|vaccinated|examined|discharged|admitted|triaged|transported|coded|treated|saw|operated on|worked on|scaled|put (?:a|two|three) (?:crowns?|fillings?|stitches|staples|sutures))\s(?=(?:a|an|the|his|her|their|two|three|twins|triplets|this|that|one|some|our|[\p{Lu}]))/gmu;
/** Ages and sexes written the clinical way: "4 y/o", "80s M", "19yo". */
const CLINICAL_AGE = fast(/(?<![\p{L}\p{N}])\d{1,3}\s?(?:y\/o|yo|y\.o\.|yr old|yrs old)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d0s\s?[mf](?![\p{L}\p{N}])/gu);

/** A patient called by their appointment slot: "my 3pm", "my Tuesday 4:15", "ur 10am", "the 3:15 telehealth". */
const SLOT = fast(
  /(?<![\p{L}])(?:my|our|ur) (?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )\d{1,2}(?::\d\d)?\s?(?:am|pm)?|\d{1,2}(?::\d\d\s?(?:am|pm)?|\s?(?:am|pm)))(?![\p{L}\p{N}])(?!\s+['"‘“]|\s+(?:class|classes|clinic|club|program|circle|session|workshop|meeting|huddle|yoga|spin|bootcamp|group|webinar|live|stream|shift|appointment slots?|opening|openings|walk-ins?)(?![\p{L}]))/gu,
);

/** The same, said as a slot's kind: "my 3 o'clock", "the 2:40 telehealth". Run only when one of its words is there. */
const SLOT_EXTRA = fast(
  /(?<![\p{L}])(?:my|our|ur) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock(?![\p{L}])(?! (?:class|meeting|huddle|break|lunch))|(?<![\p{L}\p{N}])\d{1,2}(?::\d\d)?\s?(?:am|pm)? (?:telehealth|tele-visit|televisit|video visit|new patient|new pt|walk-in|no-show|consult)(?![\p{L}])(?! (?:slots?|openings?|available|availability|hours))/gu,
);
const SLOT_EXTRA_WORDS = ["o'clock", 'telehealth', 'tele-visit', 'televisit', 'video visit', 'new patient', 'new pt', 'walk-in', 'no-show', 'consult'];

/** "my surgery", "my own ACL reconstruction": the author's own health, not a patient's. */
const SELF_BEFORE = /(?:^|[^\p{L}])(?:my|my own|mi|mis|i had|i've had|ive had|i have|i got)\s+(?:[\p{L}-]+\s+)?$/u;

function isAuthorsOwn(doc: NormalizedText, normStart: number, quotes: QuoteRanges): boolean {
  // Inside a quotation ("After my ACL reconstruction…" — Brianna) "my" is the quoted person's.
  if (quotes.inside(normStart)) return false;
  const before = doc.text.slice(Math.max(0, normStart - 24), normStart);
  return SELF_BEFORE.test(before);
}

interface QuoteRanges {
  inside(at: number): boolean;
}

/**
 * Spans between straight double quotes, or between single quotes used as quotation marks ("a note from
 * Harold: 'my heart pills…'"), not apostrophes (normalize() straightens curly ones), for monotone lookups.
 */
function quoteRanges(doc: NormalizedText): QuoteRanges {
  const ranges: Array<[number, number]> = [];
  const text = doc.text;
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else {
      ranges.push([open, i]);
      open = -1;
    }
  }
  if (ranges.length === 0) {
    open = -1;
    for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
      const before = i === 0 ? ' ' : text[i - 1];
      const after = i + 1 < text.length ? text[i + 1] : ' ';
      if (open < 0) {
        if (/[\s(:]/.test(before) && /[\p{L}\p{N}]/u.test(after)) open = i;
      } else if (!/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        ranges.push([open, i]);
        open = -1;
      }
    }
  }
  let k = 0;
  return {
    inside(at: number) {
      if (ranges.length === 0) return false;
      if (k > 0 && ranges[k - 1][0] > at) k = 0;
      while (k < ranges.length && ranges[k][1] < at) k++;
      return k < ranges.length && ranges[k][0] < at;
    },
  };
}


/** A health word used as a topic or an event ("flu clinic", "talked about diabetes"), not as someone's condition. */
const TOPIC_BEFORE = /(?:^|[^\p{L}])(?:about|regarding|hosting|hosted|hosts|sponsoring|sponsored|learn more about|info on|tips on|talk on|questions about|(?:fight|battle|war|campaign|race|walk|run) (?:against|on|for)|(?:free )?screenings? for|sobre|acerca de|lucha contra)\s+(?:the\s+|our\s+|a\s+)?$/u;
const TOPIC_AFTER = /^(?:\s+(?:shots?\s+)?(?:clinics?|drives?|events?|awareness|fair|walk|run|5k|fundraiser|month|week|day|campaign|talk|seminar|webinar|class|classes|education|support group|research|foundation|society|association|center|centre|program|screening day|season|prevention|myths|facts|tips|101|resources?|survivors? (?:walk|run)|specialists?|experts?|educator|team)(?![\p{L}]))/u;

function isTopic(doc: NormalizedText, at: number, length: number): boolean {
  const before = doc.text.slice(Math.max(0, at - 32), at);
  const after = doc.text.slice(at + length, at + length + 32);
  if (TOPIC_BEFORE.test(before)) return true;
  // "her first sober month", "his 3rd sober day": someone's own stretch of time, not an awareness month.
  return TOPIC_AFTER.test(after) && !(OWN_SPAN_BEFORE.test(before) && /^\s+(?:month|week|day|year)/.test(after));
}
const OWN_SPAN_BEFORE = /(?:his|her|their|first|second|third|\d+(?:st|nd|rd|th)|one|two|three|six|full)\s+$/;

/** A body part of someone else: "her neck has been a wreck", "through his thumb". Idioms ("his back", "her heart") left out. */
const BODY_PART = fast(
  /(?<![\p{L}])(?:his|her|their|su)\s(?:neck|knees?|hips?|shoulders?|ankles?|wrists?|thumb|elbow|spine|jaw|tooth|teeth|molars?|gums|ears?|lungs?|liver|kidneys?|foot|feet|legs?|chest|belly|stomach|rodilla|espalda|cuello|hombro|tobillo|muneca|cadera|pierna|pecho|estomago|muela|dientes?)(?![\p{L}])/gu,
);
const INJURY = fast(
  /(?<![\p{L}])(?:broken|broke (?:his|her|their|a|the)|shattered|fractured|crushed|dislocated|torn|tore (?:his|her|their|a|the)|ruptured|busted|snapped|mangled|severed)\s(?:(?:left|right|upper|lower)\s)?(?:pelvis|femur|skull|ribs?|collarbone|clavicle|tibia|fibula|hands?|fingers?|thumb|arms?|legs?|nose|jaw|hips?|ankles?|wrists?|elbows?|knees?|kneecap|acl|mcl|meniscus|spleen|achilles|eardrum|disc|vertebrae?|spine|neck|back|shoulders?|orbital|eye socket|cheekbone|toes?|foot|feet|heel|tendon|ligament)(?![\p{L}])/gu,
);
const BILL = fast(
  /(?<![\p{L}])(?:his|her|their|su|(?:over|about|owes|owed|disputing|fighting|screamed about|yelled about) (?:a|an|the|his|her|their)) (?:[\p{L}-]+ )?\$\s?\d[\d,.]*k? (?:[\p{L}-]+ )?(?:balance|bill|copay|co-pay|deductible|invoice|statement|charges?|tab|estimate|claim|cuenta|deuda|factura)(?![\p{L}])/gu,
);
const PULLED_ES = fast(
  /(?<![\p{L}])(?:sac|extraj|quit|arranc)[\p{L}]{0,6} (?:(?:la|las|el|los|una|un|dos|tres|cuatro|\d) )?(?:muelas?|dientes?|cordal|cordales|colmillos?|muelas del juicio)(?![\p{L}])/gu,
);

const INJURY_ES = fast(
  /(?<![\p{L}])(?:se )?(?:quebr|romp|fractur|disloc|torci|zaf)[\p{L}]{0,6} (?:el|la|los|las|un|una|su) (?:brazo|brazos|pierna|piernas|tobillo|muneca|rodilla|cadera|costillas?|dedos?|mano|pie|hombro|clavicula|nariz|cuello|espalda|columna|craneo|mandibula|quijada|codo|femur|tibia|pelvis|diente)(?![\p{L}])/gu,
);
const VITAL_ES = fast(
  /(?<![\p{L}])(?:presion|azucar|glucosa|oxigeno|saturacion|fiebre|calentura|temperatura)(?: (?:en|de|a|hasta|como|de como|bien|por))+ \d{2,3}(?:\/\d{2,3})?(?![\p{N}])/gu,
);
export const DRUG_WORDS = new Set(drugWords);
/** "Start naproxen…", "take Tylenol": a drug in an instruction is advice, not someone's history. */
const DRUG_INSTRUCTION =
  /(?:^|[^\p{L}])(?:start|take|try|stop|use|give|pop|grab|tome|tomar|de)\s+(?:\d+(?:\.\d+)?\s?(?:mg|ml|mcg|g|tabs?|tablets?|pills?|caps?|capsules?)\s+(?:of\s+)?)?(?:some\s+|the\s+|a\s+|an\s+|children's\s+|kids'\s+)?$/u;

/** One lookup pass per index and text, shared by every feature (the results are never mutated). */
function cachedFind(index: PhraseIndex, cache: WeakMap<NormalizedText, PhraseHit[]>, doc: NormalizedText): PhraseHit[] {
  let hits = cache.get(doc);
  if (!hits) {
    hits = index.find(doc);
    cache.set(doc, hits);
  }
  return hits;
}
const healthFindCache = new WeakMap<NormalizedText, PhraseHit[]>();
const careNounFindCache = new WeakMap<NormalizedText, PhraseHit[]>();
export const healthFind = (doc: NormalizedText) => cachedFind(HEALTH, healthFindCache, doc);
export const careNounFind = (doc: NormalizedText) => cachedFind(CARE_NOUN_INDEX, careNounFindCache, doc);

/** "412 flu shots", "hundreds of fillings": a count of many is an aggregate, nobody's own care. */
const AGGREGATE_BEFORE = fast(
  /(?:(?<=^|\s)(?<!(?:bed|bay|room|rm|chair|op|pod|cell|unit|floor|station|trauma|cama|age|aged|edad|no\.|#)\s)(?:\d{1,3}(?:,\d{3})+|\d{2,})|(?<![\p{L}])(?:dozens|hundreds|thousands) of)\s+(?:(?!(?:mg|ml|mcg|units?|tabs?|tablets?|pills?|puffs?|drops?|capsules?|years?|yrs?|y|yo|year-old|days?|weeks?|months?|hours?|hrs?|mins?|minutes?|with|and|w|has|had|on|for|of|in|at|to|from|is|was|the|a|an|his|her|their)\s)[\p{L}-]+\s+)?$/u,
);
const UNIT_START = /^(?:weeks?|wks?|days?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|lbs?|pounds?|oz|mg|ml|mcg)(?![\p{L}])/u;
/** "40 stitches": under a hundred, a count of what was done to one person. */
const STITCHES = /^(?:stitch(?:es)?|staples?|sutures?|units? of blood)(?![\p{L}])/u;
/** Lab values and vital signs with a number: specific health information about whoever they belong to. */
const LAB_VALUE = fast(
  /(?<![\p{L}])(?:potassium|sodium|glucose|blood sugar|sugars?|a1c|hba1c|hemoglobin|hgb|platelets|troponin|trop|creatinine|inr|blood pressure|bp|sats|spo2|o2 sats?|oxygen sat(?:uration)?s?|wbc|white count|psa|tsh|cholesterol|ldl|lactate|lipase|ammonia|bilirubin|ferritin|vitamin d|b12|viral load|cd4|hcg|beta|gfr|egfr|ejection fraction|ef)\s+(?:was|is|were|of|at|came back|hit|dropped to|down to|up to|in the|like|reading|level|levels|over|under|around)?\s*(?:at\s+|was\s+)?(?:\d{1,4}(?:\.\d+)?(?:\/\d{2,3})?)(?![\p{N}])/gu,
);

const NUMBERED_HEALTH = fast(
  /(?<![\p{L}\p{N}])(?:\d{1,3}\s?(?:hrs|hours) of (?:labor|labour|pushing|active labor|surgery|cpr|compressions)|\d{1,2}\s?(?:lb|lbs|pounds?)\s?\d{1,2}\s?(?:oz|ounces?)|stage (?:[1-4]|i{1,3}|iv)[abc]? (?:colon|breast|lung|ovarian|prostate|pancreatic|liver|skin|kidney|bladder|cervical|cancer|melanoma|lymphoma)|(?:the|his|her|their|su) \d{1,4}(?:\.\d+)?\s?(?:mg|mcg) (?:every|each|a day|daily|at night|in the morning))(?![\p{L}])/gu,
);

/** Specific health information about someone other than the author. */
/** A test of someone's that has come back: "her sugar test came back", "his labs are back". */
const RESULTS_BACK = fast(
  /(?<![\p{L}])(?:his|her|their)\s(?:[\p{L}-]+\s){0,2}?(?:tests?|labs?|results?|biopsy|biopsies|scans?|mri|ct|x-?rays?|bloodwork|blood work|cultures?|swabs?|pap|a1c|levels|ekg|echo|ultrasound|panel)\s(?:just\s)?(?:came|come|comes|is|are|was|were)\s(?:all\s)?back(?![\p{L}])/gu,
);

export function healthHits(doc: NormalizedText): Hit[] {
  const cached = healthCache.get(doc);
  if (cached) return cached;
  const quotes = quoteRanges(doc);
  const hits: Hit[] = healthFind(doc).filter(
    (h) =>
      !isAuthorsOwn(doc, h.at, quotes) &&
      !isTopic(doc, h.at, h.match.length) &&
      // "12 weeks pregnant", "31 hrs of labor": a number before a unit is a measure, not a count of people.
      (UNIT_START.test(h.match) || (STITCHES.test(h.match) && /(?:^|[^\d,])\d{1,2}\s+$/.test(doc.text.slice(Math.max(0, h.at - 8), h.at))) || !AGGREGATE_BEFORE.test(doc.text.slice(Math.max(0, h.at - 24), h.at))) &&
      !(DRUG_WORDS.has(h.match) && DRUG_INSTRUCTION.test(doc.text.slice(Math.max(0, h.at - 28), h.at))),
  );
  // Birth weights, cancer stages and a dose someone is on ("7 lb 2 oz", "stage 3 colon", "the 18 mg every
  // morning"); a lab value or vital sign with its number ("potassium was 6.8", "a1c of 11"). Word-gated.
  const numbered = HAS_DIGIT.test(doc.text) ? gatesOfDoc(doc) & (G_NUMBERED | G_LAB) : 0;
  if (numbered) {
    if (numbered & G_NUMBERED) for (const h of findAll(doc, NUMBERED_HEALTH)) if (!isAuthorsOwn(doc, h.at, quotes)) hits.push({ start: h.start, end: h.end, match: h.match });
    if (numbered & G_LAB) for (const h of findAll(doc, LAB_VALUE)) if (!isAuthorsOwn(doc, h.at, quotes)) hits.push({ start: h.start, end: h.end, match: h.match });
    hits.sort((a, b) => a.start - b.start);
  }
  // In Spanish: teeth pulled ("le sacamos tres muelas"), bones broken ("se quebró el brazo"), a vital with its number ("la presión en 190").
  if (gatesOfDoc(doc) & G_SPANISH_HEALTH) {
    const pulled = [...findAll(doc, PULLED_ES), ...findAll(doc, INJURY_ES), ...findAll(doc, VITAL_ES)].filter((h) => !isAuthorsOwn(doc, h.at, quotes));
    for (const h of pulled) hits.push({ start: h.start, end: h.end, match: h.match });
    if (pulled.length > 0) hits.sort((a, b) => a.start - b.start);
  }
  // An injury to a body part: "shattered pelvis", "broken wrist", "torn ACL".
  if (gatesOfDoc(doc) & G_INJURY) {
    const injuries = findAll(doc, INJURY).filter((h) => !isAuthorsOwn(doc, h.at, quotes));
    for (const h of injuries) hits.push({ start: h.start, end: h.end, match: h.match });
    if (injuries.length > 0) hits.sort((a, b) => a.start - b.start);
  }
  // "if her sugar test came back", "his biopsy is back": someone's own results.
  if (doc.text.includes(' back') && /(?:his|her|their)\s/.test(doc.text)) {
    const results = findAll(doc, RESULTS_BACK).filter((h) => !isAuthorsOwn(doc, h.at, quotes));
    for (const h of results) hits.push({ start: h.start, end: h.end, match: h.match });
    if (results.length > 0) hits.sort((a, b) => a.start - b.start);
  }
  if (/(?:his|her|their|su)\s/.test(doc.text)) {
    // "his own overdue cleaning", "her adjustment": a generic care word owned by someone else.
    const t = tokensOf(doc);
    for (const c of careHits(doc)) {
      // "his glasses" is a thing he has; "her new glasses" is what she just got from us.
      const thing = OWNED_THINGS.has(c.match);
      if (thing && !NEW_BEFORE.test(doc.text.slice(Math.max(0, c.at - 8), c.at))) continue;
      for (let k = c.token - 1; k >= Math.max(0, c.token - 3); k--) {
        const w = t.words[k];
        if (w === 'his' || w === 'her' || w === 'their') {
          hits.push({ start: c.start, end: c.end, match: c.match });
          break;
        }
        if (!OWNED_CARE_GAP.has(w)) break;
      }
    }
    const parts: Hit[] = findAll(doc, BODY_PART);
    // "his $400 balance", "her $1,200 bill": what someone else owes for their care.
    if (doc.text.includes('$') && !/(?:over|about|owes|owed|disputing|fighting) (?:a|an|the) \$/.test(doc.text)) parts.push(...findAll(doc, BILL));
    if (parts.length > 0) hits.push(...parts), hits.sort((a, b) => a.start - b.start);
  }
  // "screamed at the front desk over a $40 copay": what someone owes, argued over.
  if (doc.text.includes('$') && /(?:over|about|owes|owed|disputing|fighting) (?:a|an|the) \$/.test(doc.text)) {
    const bills = findAll(doc, BILL);
    if (bills.length > 0) hits.push(...bills), hits.sort((a, b) => a.start - b.start);
  }
  // "just finished a filling on the mayor's daughter": the author's care act done on someone.
  if ((gatesOfDoc(doc) & (G_CARE_ON | G_CARE_ON_NOUN)) === (G_CARE_ON | G_CARE_ON_NOUN)) {
    const acts = findAll(doc, CARE_ON).filter((h) => !isAuthorsOwn(doc, h.at, quotes));
    if (acts.length > 0) hits.push(...acts.map((h) => ({ start: h.start, end: h.end, match: h.match }))), hits.sort((a, b) => a.start - b.start);
  }
  if (doc.text.includes("'s ")) {
    // "the councilman's marriage counseling", "the coach's cleaning": care owned by a person named by their role.
    const t = tokensOf(doc);
    let added = false;
    for (const c of careHits(doc)) {
      if (OWNED_THINGS.has(c.match)) continue;
      for (let k = c.token - 1; k >= Math.max(1, c.token - 3); k--) {
        const w = t.words[k];
        if (w === 's' && doc.text[t.starts[k] - 1] === "'") {
          const owner = t.words[k - 1];
          // Not a stance or a thing of theirs: "the governor's 'vaccine choice' poster".
          const between = doc.text.slice(t.ends[k], c.at);
          const person = PERSON_NOUN_WORDS.has(owner) || PUBLIC_ROLE.test(owner) || RELATIVE_INDEX.test(owner);
          if (person && !/['"]/.test(between) && !POLICY_AFTER.test(doc.text.slice(c.at + c.match.length, c.at + c.match.length + 24))) {
            hits.push({ start: c.start, end: c.end, match: c.match });
            added = true;
          }
          break;
        }
        if (k < c.token - 1 && !OWNED_CARE_GAP.has(w)) break;
      }
    }
    if (added) hits.sort((a, b) => a.start - b.start);
  }
  healthCache.set(doc, hits);
  return hits;
}
const healthCache = new WeakMap<NormalizedText, Hit[]>();

/** "the mayor's vaccine mandate": a care word naming a policy, not someone's care. */
const POLICY_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:posters?|policy|policies|mandates?|plan|bill|law|program|campaign|initiative|rules?|orders?|ban|stance|position|views|comments|speech|announcement|push|drive|clinic|event|fundraiser)(?![\p{L}])/u;
const CARE_ON = fast(
  /(?<![\p{L}])(?:finished|did|done|placed|doing|started|just did|gave|put) (?:a|an|the|two|three|four|\d) (?:[\p{L}-]+ )?(?:fillings?|crowns?|cleanings?|extractions?|root canals?|sealants?|exams?|adjustments?|stitches|sutures|x-rays?|pap smears?|physicals?|shots?|vaccines?|casts?|splints?|iv|ivs|biopsy|biopsies) (?:on|for|to) (?:the|a|an|his|her|their|our|my|this|that|[\p{L}]+'s)(?![\p{L}])/gu,
);
const NEW_BEFORE = /(?:new|first)\s+$/;
/** Things a person owns (not care events): "his retainer", "her glasses". */
const OWNED_THINGS = new Set(['retainer', 'retainers', 'aligners', 'glasses', 'contacts', 'mouthguard', 'night guard', 'nightguard', 'brace', 'braces', 'toothbrush', 'floss', 'hearing aid', 'hearing aids']);
const OWNED_CARE_GAP = new Set([
  'own', 'overdue', 'first', 'last', 'next', 'annual', 'yearly', 'new', 'latest', 'recent', 'follow', 'up', 'regular', 'big', 'final', '6', 'month', 'six',
  'purple', 'pink', 'blue', 'red', 'green', 'black', 'white', 'yellow', 'orange', 'neon', 'glitter', 'sparkly', 'little', 'tiny', 'huge', 'fancy', 'shiny', 'temporary', 'permanent', 'second', 'third',
]);

/** Drug names as written, instructions included ("start the Polytrim drops"): in a reply to a patient, still their care. */
export function drugHits(doc: NormalizedText): Hit[] {
  const text = doc.text;
  return healthFind(doc).filter((h) => {
    if (!DRUG_WORDS.has(h.match)) return false;
    const before = text.slice(Math.max(0, h.at - 28), h.at);
    if (!DRUG_INSTRUCTION.test(before) || RX_OF_BEFORE.test(before)) return true;
    // An instruction is advice, unless it recalls what they were given: "start the drops we gave you last time".
    return DRUG_HISTORY_AFTER.test(text.slice(h.at + h.match.length, h.at + h.match.length + 48));
  });
}
const RX_OF_BEFORE = /(?:receta|recetas|prescription|prescriptions|refill|refills|rx|dosis|dose)\s+(?:de|of|for)\s+(?:su\s+|tu\s+|your\s+)?$/;
const DRUG_HISTORY_AFTER = /^[^.!?\n]{0,40}(?:we gave you|you were given|we prescribed|you were prescribed|we sent|last time|from last|from before|le dimos|te dimos|le recetamos|te recetamos)/;

/** Generic care words ("results", "cleaning") about someone other than the author. */
export function careHits(doc: NormalizedText): PhraseHit[] {
  let hits = careCache.get(doc);
  if (!hits) {
    const quotes = quoteRanges(doc);
    hits = CARE.find(doc).filter((h) => !isAuthorsOwn(doc, h.at, quotes));
    careCache.set(doc, hits);
  }
  return hits;
}
const careCache = new WeakMap<NormalizedText, PhraseHit[]>();

/** "PT" in capitals is physical therapy (or the therapist), not a patient. */
function isPatientAbbreviation(doc: NormalizedText, hit: Hit): boolean {
  if (!/^pt/.test(hit.match)) return true;
  const typed = doc.original.slice(hit.start, hit.start + 2);
  return typed !== 'PT';
}

/** "our patient advocate", "our patient portal": a role or a service of the practice, not a patient. */
const STAFF_OR_SERVICE_AFTER = /^\s+(?:advocate|advocates|coordinator|navigator|liaison|portal|experience|relations|services|education|educator|care coordinator|care team|safety|satisfaction|survey|line|forms?|lounge|parking|entrance|rights)(?![\p{L}])/u;

/** One patient with words of praise before: "our tiniest, bravest patient" (not "our new patient special"). */
const PRAISED_PATIENT = fast(
  /(?<![\p{L}])(?:our|my|nuestr[oa]|mi) (?!new |existing |current |future |prospective |all )(?:[\p{L}-]+,? ){1,3}(?:patient|pt|client|paciente|clienta)(?![\p{L}])(?! (?:special|specials|exam|exams|offer|offers|appointments?|visits?|paperwork|intake|welcome|reviews?|feedback|stories|story|portal|care|education|safety|satisfaction|experience|advocates?|coordinators?|navigators?|services|relations|rooms?|flow|volume|load|lounge|parking|families))/gu,
);
const PRAISED_NOUNS = ['patient', 'client', 'paciente', 'clienta'];
const PRAISED_BEFORE = /(?:^|[^\p{L}])(?:our|my|nuestr[oa]|mi) (?:[\p{L}-]+,? ){1,3}$/u;
/** Phrases showing the author speaks of someone in their care. */
export function patientCueHits(doc: NormalizedText): Hit[] {
  const cached = cueCache.get(doc);
  if (cached) return cached;
  // "Not my patient, just my dad": a denied cue is no cue.
  const hits: Hit[] = patientFind(doc).filter(
    (h) =>
      isPatientAbbreviation(doc, h) &&
      !NEGATED_BEFORE.test(doc.text.slice(Math.max(0, h.at - 12), h.at)) &&
      !STAFF_OR_SERVICE_AFTER.test(doc.text.slice(h.at + h.match.length, h.at + h.match.length + 24)),
  );
  // The author's own care act, with the subject dropped: "Cleaned Coach X's teeth today", "Delivered twins for…".
  if (gatesOfDoc(doc) & G_CARE_ACT) for (const h of findAll(doc, CARE_ACT_OPENING)) hits.push(h);
  hits.push(...PHOTO_CUE.find(doc));
  // "our tiniest, bravest patient", "my sweet little client": one patient, praised.
  // Looked for only where a patient word follows "our"/"my" within a few words (no scan of the whole text).
  for (const word of PRAISED_NOUNS) {
    for (let at = doc.text.indexOf(word); at !== -1; at = doc.text.indexOf(word, at + word.length)) {
      const before = doc.text.slice(Math.max(0, at - 48), at);
      if (!PRAISED_BEFORE.test(before)) continue;
      const from = at - before.length;
      PRAISED_PATIENT.lastIndex = 0;
      const m = PRAISED_PATIENT.exec(doc.text.slice(from, at + word.length + 40));
      if (!m || from + m.index + m[0].length !== at + word.length || STAFF_OR_SERVICE_AFTER.test(doc.text.slice(at + word.length, at + word.length + 24))) continue;
      const sp = toOriginalSpan(doc, from + m.index, at + word.length);
      hits.push({ start: sp.start, end: sp.end, match: m[0] });
    }
  }
  if (HAS_DIGIT.test(doc.text)) hits.push(...findAll(doc, CLINICAL_AGE), ...findAll(doc, SLOT));
  if (SLOT_EXTRA_WORDS.some((w) => doc.text.includes(w))) hits.push(...findAll(doc, SLOT_EXTRA));
  hits.sort((a, b) => a.start - b.start);
  cueCache.set(doc, hits);
  return hits;
}
const cueCache = new WeakMap<NormalizedText, Hit[]>();
const patientFindCache = new WeakMap<NormalizedText, PhraseHit[]>();
const patientFind = (doc: NormalizedText) => cachedFind(PATIENT_CUE, patientFindCache, doc);

// ---------------------------------------------------------------------------------------------
// Sentences

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|dra|sr|sra|srta|st|jr|vs|no|rev|prof|capt|sgt|lt|mt|ft|approx|etc|e\.g|i\.e|\p{L})$/iu;

export interface Sentences {
  /** The index of the sentence holding `offset` (an original offset); calls must be cheap for any order. */
  of(offset: number): number;
}

/** Splits the original text into sentences at line breaks, ! ? and full stops that end a sentence. Linear. */
export function sentences(original: string): Sentences {
  const ends: number[] = [];
  const boundary = /\n+|[!?]+|\.+(?=\s|$)/g;
  for (let m = boundary.exec(original); m; m = boundary.exec(original)) {
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATION.test(original.slice(Math.max(0, m.index - 8), m.index))) continue;
    ends.push(m.index + m[0].length);
  }
  return {
    of(offset: number) {
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** A name signing a quotation: "…" — Brianna Walsh. The whole quotation is about them. */
export function isAttribution(original: string, start: number): boolean {
  return /["”]\s*[—–-]{1,2}\s*$/.test(original.slice(Math.max(0, start - 6), start));
}

// ---------------------------------------------------------------------------------------------
// Identifiers

const NON_ASCII = /[^\x00-\x7f]/;
const fold = (s: string) => (NON_ASCII.test(s) ? s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s.toLowerCase());
const FIRST_NAMES = new Set(identifiers.firstNames);
const STAFF_WORDS = new Set([...identifiers.staffRoles, ...identifiers.staffTitles.map(fold)]);
const PATIENT_WORDS = new Set(['patient', 'pt', 'client', 'paciente', 'clienta', 'cliente', 'patients', 'clients']);
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A capitalised word: a name candidate. Not part of a handle, hashtag, e-mail or hyphenated word. */
const CAPITALISED = fast(/(?<![\p{L}\p{N}@#_.\-'’/])\p{Lu}\p{Ll}+(?![\p{L}\p{N}@_])/gu);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_NOT_AFTER = /[\p{L}\p{N}@#_.\-'’/]/u;
const CAPITALISED_NOT_BEFORE = /[\p{L}\p{N}@_]/u;
/** Name continued by an initial or a surname: "Sarah M.", "Glenn Hartley". */
const NAME_TAIL = /^ (?:\p{Lu}\.|\p{Lu}\p{Ll}+(?![\p{L}\p{N}]))/u;
/** Public roles people also type in lower case before a name ("coach Pelletier", "pastor Dave"). */
const LOWER_CASE_ROLES = ['coach', 'pastor', 'principal', 'deputy', 'judge', 'mayor', 'sheriff', 'councilman', 'councilwoman', 'senator', 'detective', 'trooper', 'bishop', 'rabbi', 'reverend', 'governor', 'commissioner'];
const TITLE_NAME = fast(new RegExp(
  `(?<![\\p{L}])(?:${[...identifiers.titles, ...LOWER_CASE_ROLES].map(escape).join('|')})\\.? (?:\\p{Lu}\\. ?)?(?:\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?|\\p{Lu}(?![\\p{L}]))\\.?`,
  'gu',
));
/** A title typed in lower case before a surname, as people text: "mr. abernathy", "mrs gutierrez". */
const LOWER_TITLE_NAME = fast(/(?<![\p{L}])(?:mr\.?|mrs\.?|ms\.) (?!(?:and|or|the|a|an|to|of|in|on|at|is|was|who|that|this|said|says|right|know|nice|clean|fix|fixit|universe|president|bean|potato|pac|man|rogers|right)(?![\p{L}]))[a-z][a-z'-]{2,}(?![\p{L}])/gu);
/** Handles: "@lily.m.rose". */
const HANDLE = fast(/(?<![\p{L}\p{N}_.])@[A-Za-z0-9_.]{2,30}/gu);
/** Handles that belong to a clinician or an organisation, not to a patient ("eye" only as its own part: not inside "reyes"). */
const STAFF_HANDLE = /^@(?:dr|doc)[._]?|[._](?:md|do|dds|dmd|rn|np|pa|pt|dpt|phd|lcsw|pharmd)$|clinic|dental|dentist|health|medical|med$|care|pharm|rx|peds|derm|ortho|smile|family|hospital|urgent|vision|(?:^@|[._])eyes?(?:[._]|$)|eye(?:care|doc|clinic|center|md|s?[._])|physio|therapy|wellness|official|practice|office/;
/** Where a patient lies or sits: "bed 14", "bay 7", "op 2", "chair 3", "trauma 1", "cell 12". */
const ROOM = fast(/(?<![\p{L}\p{N}])(?:exam room|room|rm|bed|bay|bunk|cubicle|op|operatory|chair|pod|stretcher|gurney|trauma|resus|stall|cell|habitacion|cama|cuarto|sillon)\s?#?\s?\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu);
const ROOM_AS_VENUE_BEFORE =
  /(?:(?:^|[^\p{L}])(?:come|head|walk|go|report|stop by|swing by|pop|visit|check in|meet us|join us)(?: on)?(?: over| back| down)?(?: to| into| in| at)?(?: the)?(?: exam)? |(?:shots|vaccines|screenings|class|classes|clinic|event|session|training|meeting|in-service|workshop|drive|demo|fair|sign-ups?|photos|pictures|open house|party|potluck|lunch)(?: [\p{L}\p{N}:-]+){0,4} (?:in|at) (?:exam )?)$/u;
const PERSON_IN_ROOM = fast(
  /(?<![\p{L}])(?:(?:patient|pt|lady|guy|man|woman|family|kid|gentleman|resident|mom|dad|grandma|grandpa|girl|boy|baby|couple|(?:mr|mrs|ms|miss|sr|sra)\.? [\p{L}'-]+|\d{1,3} ?(?:yo|y\/o|yof|yom|year-old|year old|yr old)) (?:in|from) \d{1,4}[a-z]?|the (?:[\p{L}-]+ )?one (?:in|from) (?:room |bed |bay )?\d{1,3}[a-z]?(?![\p{N}]| (?:people|adults|kids|children|americans|women|men|patients|chance|million|billion|percent))|(?:who's|whos|who is|who was) in (?:chair|room|bed|bay|op|operatory) \d{1,4}[a-z]?|(?:came|rolled|walked|wheeled|was wheeled|was brought|got brought|showed up|limped|stumbled) (?:in |back )?(?:in|into|to) (?:chair|room|bed|bay|op|operatory|trauma|resus|triage) \d{1,4}[a-z]?|(?:paciente|senora|senor|nino|nina|bebe|abuelit[oa]|viejit[oa]) (?:de|en|del) (?:la |el )?(?:cama|habitacion|cuarto|cuarto numero) \d{1,4}[a-z]?)(?![\p{L}\p{N}])/gu,
);
/** A room or bed that does what only a person does: "bed 9 looked me dead in the eye and said…". */
export const ROOM_AS_PERSON =
  /^\s+(?:at \d{1,2}(?::\d\d)?\s?(?:am|pm)?\s+)?(?:(?:last night|tonight|this morning|today|yesterday|just|finally|again|still|literally|actually|really)\s+)?(?:brushed|showed up|came in|walked in|admitted|confessed|vomited|puked|fainted|passed out|bit me|bled|ate|drank|lied|forgot|brought|said|says|asked|asks|looked|looks|told|tells|wants|wanted|keeps|kept|stays|coded|swears|swore|refused|refuses|pulled|yelled|screamed|cried|called|rang|thinks|thought|tried|threw|bit|spit|slipped|fell|escaped|proposed|flirted|passed|died|went home|left ama|is asking|is screaming|is yelling|is refusing|is crying|is dying|is actively)(?![\p{L}])/u;
/** Where in a hospital or a facility: "3rd floor", "floor 4", "unit 6B", "B-block", "4 West", "cell block C". */
const UNIT = fast(
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?:st|nd|rd|th) floor|floor \d{1,2}|(?:unit|ward|wing|pod|tower|hall|block|tier|dorm) [a-z]?\d{1,3}[a-z]?|\d{1,2}\s?(?:north|south|east|west)|[a-h]-(?:block|wing|pod|tier|unit)|(?:block|wing|pod|tier) [a-h])(?![\p{L}\p{N}])/gu,
);
/** A named place after at/in/on/outside/near/from: "outside Rusty's Tavern", "right here in Tillman Falls", "at the Millbrook parade". */
const NAMED_PLACE = fast(/(?<![\p{L}])(?:at|in|on|outside|near|from|behind|across from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}(?:\s\d{1,3}(?![\p{N}:]))?)/gu);
/** "the 4th floor crew", "3rd floor nurses": the unit names the staff, not a patient. */
const UNIT_STAFF_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:crew|team|staff|nurses|nursing|docs|doctors|family|squad|gang|folks|peeps|techs|aides|unit secretaries|night shift|day shift|rock|rocks|rockstars|heroes)(?![\p{L}])/u;
/** A record shown in a photo: "pt wristband", "the DOB is still showing", "face sheet". */
const RECORD_SHOWN = fast(
  /(?<![\p{L}])(?:(?:pt|patient|hospital|id|name)\s(?:wristband|armband|id band|band|sticker|label|bracelet)|face ?sheet|(?:dob|mrn|date of birth|birthdate|full name|last name)\s(?:is\s|was\s|are\s)?(?:still\s|totally\s|clearly\s)?(?:showing|visible|readable|legible|in the (?:pic|photo|shot|picture)))(?![\p{L}])/gu,
);
export const RELATIVES = relationshipCues.relatives;
const RELATIVE_INDEX = new PhraseIndex(RELATIVES);
/** "your old boss", "ur ex's new wife": a word between "your" and the relative. */
const RELATIVE_MODIFIERS = new Set(['old', 'new', 'former', 'favorite', 'favourite', 'fave', 'little', 'big', 'older', 'younger', 'best', 'ex', 'future', 'step', 'nosy', 'crazy', 'weird']);
const FRIEND_WORDS = new Set(['bff', 'friend', 'bestie', 'buddy', 'pal', 'amiga', 'amigo', 'boss', 'coworker']);
const POSSESSIVE_MODIFIERS = new Set(['new', 'little', 'big', 'older', 'younger', 'oldest', 'youngest', 'baby', 'teenage']);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'my', 'your', 'that', 'this']);
const WHO_VERBS = new Set(['owns', 'runs', 'works', 'teaches', 'coaches', 'manages', 'drives', 'is', 'plays']);
export const CHILD_WORDS = new Set(['kid', 'kids', 'child', 'baby', 'son', 'daughter', 'hijo', 'hija']);
/** Public roles, singular and plural ("one of the morning anchors"). */
const PUBLIC_ROLE = new PhraseIndex([...relationshipCues.publicRoles, ...relationshipCues.publicRoles.filter((r) => /[a-rt-z]$/.test(r)).map((r) => `${r}s`)]);
const ROLE_DETERMINER = /(?:^|[^\p{L}])(?:the|our|a|an|your|that|this|which|what|whose|certain|local|former|retired|new|town's|city's|county's|el|la|nuestro|nuestra)\s+(?:[\p{L}\p{N}'-]+\s+){0,3}$/u;
const ROLE_AS_ADJECTIVE = /^\s+(?:reason|investigator|component|cause|concern|author|balance|amount|source|risk|goal)/;
const PERSON_NOUN = new PhraseIndex(relationshipCues.personNouns);
const PERSON_NOUN_WORDS = new Set(relationshipCues.personNouns);
const INSTITUTION = fast(new RegExp(
  `(?<![\\p{L}])(?:from|at|of|@|for|with)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.]*|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${relationshipCues.institutions
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'gu',
));
/** "de los Alamo Apts", "en la escuela Santa Lucía": the same in Spanish (run only when a Spanish preposition is there). */
const INSTITUTION_ES = fast(new RegExp(
  `(?<![\\p{L}])(?:de|del|en)\\s+(?:(?:los|las|la|el)\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.]*|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${relationshipCues.institutions
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'gu',
));
/** "our favorite Eastview High wrestling coach", "the Lakeview Middle science teacher": a school or employer before a person. */
const INSTITUTION_PERSON = fast(new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’.]*\\s+){1,3}(?:${relationshipCues.institutions.map(escape).join('|')})(?:'s)?\\s+(?=[\\p{Ll}])`,
  'gu',
));
const OUR_CREW_BEFORE = /(?:^|[^\p{L}])(?:our|the|your|local) (?:local |amazing |awesome |brave |hometown |friends |favorite )?(?:firefighters|fire fighters|crew|heroes|friends|first responders|medics|paramedics|emts|officers|deputies|volunteers|guys|team)(?: (?:over|down|up))? (?:from|at|of) (?:the )?(?:fire )?$/u;
const STATION = fast(/(?<![\p{L}])(?:Station|Engine|Ladder|Precinct|Truck|Squad|Company|Unit|Estación)\s+\d{1,3}(?![\p{L}\p{N}])/gu);
const ON_STREET = fast(/(?<![\p{L}])(?:at|from|owns|runs|of)\s+the\s+(?:[\p{L}'’&-]+\s+){1,3}on\s+(?:\p{Lu}\p{L}+|\d+(?:st|nd|rd|th))(?![\p{L}])/gu);
const JERSEY = fast(/(?<![\p{L}])(?:(?:qb|quarterback|pitcher|goalie|keeper|striker|captain|number|no\.|jersey|numero)\s?#\s?\d{1,2}(?![\p{N}])|#\d{1,2} (?:for|on|from) (?:the|our|los|las) (?:[\p{L}-]+ ){0,2}?(?:[\p{L}-]+s|team|varsity|jv))(?![\p{L}])/gu);
const NEWS_EVENT = fast(/(?<![\p{L}])(?:crash|wreck|collision|pile-?up|shooting|stabbing|explosion|fire|derailment|drowning|incident|accident|rollover|standoff|parade|festival|rodeo|marathon|tournament|fireworks|tornado|flood|flooding|hurricane|dog attack|bear attack|shark attack|bar fight|fistfight|brawl|riot|blaze|(?:football|basketball|soccer|baseball|softball|hockey|homecoming|playoff|championship|volleyball) game|(?:swim|track|wrestling|gymnastics) meet|bonfire|choque|accidente|incendio|tiroteo|desfile|pelea|inundacion)(?![\p{L}])/gu);
const NEWS_ANCHOR = fast(/(?:(?<![\p{L}])(?:route|rt|highway|hwy|interstate|i|exit|ruta|carretera)[\s.-]?\d{1,3}(?![\p{N}])|(?<![\p{L}])the\s+(?:[\p{L}\p{N}'-]+\s+){0,4}$)/u);
const NEWS_PARENT = fast(/(?<![\p{L}])(?:breaking|crash|wreck|collision|pile-?up|shooting|stabbing|explosion|house fire|sends \d+ to|rushed to|taken to|ambulance|hit by a car|urgente|choque|tiroteo|(?:my|our) (?:neighbor|neighbour|friend|bestie|bff|best friend|roommate|girlfriend|boyfriend|partner|mom|mother|dad|father|husband|wife|son|daughter|sister|brother|grandma|grandpa|cousin|aunt|uncle|boss|coworker|co-worker)|how (?:is|'s) (?:mr|mrs|ms|miss)\.? \p{L}+|(?:mr|mrs|ms|miss)\.? \p{L}+ from the)(?![\p{L}])/u);
const AGE_OVER_89 = fast(
  /(?<![\p{L}\p{N}])(?:(?:9\d|1[01]\d)\s?-?\s?(?:y\/o|yo|years? old|year-old|yrs?(?: old)?|anos)|(?:9\d|1[01]\d)(?:st|nd|rd|th) birthday|(?:turned|turns|turning|cumplio|cumple) (?:9\d|1[01]\d)|de (?:9\d|1[01]\d) anos)(?![\p{L}])|, (?:9\d|10\d),/gu,
);
const RECORD = fast(
  /(?<![\p{L}])(?:mrn|dob|d\.o\.b\.?|medical record(?: number| no\.?| #)?|chart (?:#|number|no\.?)|account (?:#|number|no\.?)|member id|policy (?:#|number)|ssn|social security(?: number)?|date of birth|born on)\s?[:#]?\s?[a-z-]{0,3}\d/gu,
);
/** A record on a screen in a photo, or a photo of someone's home: "someone's chart open on the monitor", "pic of her front porch". */
const PHOTO_OF_RECORD_OR_HOME = fast(/(?<![\p{L}])(?:(?:someone's|somebody's|a patient's|patient's|pt's|a pt's|the patient's|their|his|her) (?:chart|record|records|info|information|x-?rays?|schedule|labs|results|face sheet|name and dob) (?:is |was |still )?(?:open |up |visible |showing |pulled up )?(?:on|in) (?:the )?(?:monitor|screen|computer|background|corner|reflection)|(?:pic|pics|photo|photos|picture|shot|video) (?:of|from) (?:her|his|their) (?:front porch|porch|house|home|garden|yard|front yard|backyard|street|mailbox|front door|kitchen|living room|farm|barn|trailer|place))(?![\p{L}])/gu);
const PHOTO_OF_PATIENT = fast(/(?<![\p{L}])(?:me (?:and|with) (?:my|our) (?:[\p{L}-]+ ){0,2}(?:patient|pt|client)|(?:selfie|pic|photo|picture) (?:with|of) (?:my|our) (?:[\p{L}-]+ ){0,2}(?:patient|pt|client))(?![\p{L}])/gu);
/** A greeting just before a name makes that name the person addressed. */
const GREETING_BEFORE = /(?:^|[^\p{L}])(?:hi|hey|hello|dear|hola|howdy|morning|evening|afternoon|thanks|thank you|thx|ty|sorry|congrats|congratulations|welcome|estimad[oa]|querid[oa]|buenos dias|buenas tardes|gracias)[\s,!]*$/u;
const STAFF_AFTER =
  /^(?:\s+\p{Lu}\p{Ll}+)?(?:\s*\((?:[\p{L} ]{2,20})\)|,\s*(?:billing|front desk|rn|np|pa|pa-c|ma|dds|dmd|md|our|the office|office manager|manager|hygienist|lpn|cna)(?![\p{L}])|\s+@\s|\s+(?:and \p{Lu}\p{Ll}+\s+)?(?:both\s+)?(?:has|have) (?:openings|availability)|\s+(?:is|are) accepting|\s+will (?:call|be in touch|reach out)|\s+would (?:like to talk|love to talk|welcome)|\s+reads every)/u;
/** "Lincoln Elementary", "Jackson Street", "Jefferson Memorial": a first name that names a place. */
const PLACE_WORDS = new Set([
  ...relationshipCues.institutions.map(fold),
  ...['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'park', 'county', 'city', 'memorial', 'hospital', 'general', 'medical', 'center', 'centre', 'clinic', 'health', 'regional', 'heights', 'hills', 'valley', 'lake', 'river', 'bridge', 'square', 'mall', 'plaza', 'airport', 'stadium', 'arena', 'field', 'hall', 'family', 'dental', 'pediatrics', 'pharmacy',
    'springs', 'falls', 'creek', 'ridge', 'grove', 'harbor', 'harbour', 'point', 'beach', 'woods', 'meadows', 'crossing', 'junction',
    'landing', 'mills', 'acres', 'terrace', 'court', 'ct', 'place', 'pl', 'way', 'parkway', 'pkwy', 'highway', 'hwy', 'pike', 'trail', 'township',
    'city', 'town', 'county', 'parish', 'island', 'lakes', 'shores', 'glen', 'hollow', 'bluff', 'canyon', 'mesa', 'vista', 'station',
    'orthodontics', 'chiropractic', 'optometry', 'eye', 'vision', 'smiles', 'urgent', 'care', 'wellness', 'therapy', 'rehab', 'physical'],
]);
/** "the lady from your church choir": a group that points to one person when a person word precedes it. */
const AFFILIATION = fast(/(?<![\p{L}])(?:from|in|at) (?:your|my|our|his|her|the) (?:(?:kid's|kids'|son's|daughter's|kiddo's|grandson's|granddaughter's|husband's|wife's) )?(?:school|church choir|apartment complex|bowling league|softball team|neighbourhood|neighborhood|congregation|book club|yoga class|spin class|building|daycare|carpool|church|choir|class|office|team|band|gym|pta)(?![\p{L}])/gu);
/**
 * A person pointed out by what others see of them: "the lady in the red Jeep", "the guy with the dragon
 * tattoo", "the redhead from the bank". With a health detail beside it, anyone who knows them can tell who.
 */
const DESCRIBED_PEOPLE = [
  'lady', 'guy', 'man', 'woman', 'girl', 'boy', 'kid', 'teen', 'dude', 'gentleman', 'redhead', 'blonde', 'couple', 'mom', 'dad', 'grandma',
  'grandpa', 'fella', 'senora', 'senor', 'chica', 'chico', 'muchacha', 'muchacho', 'driver', 'passenger', 'rider', 'cyclist', 'biker',
  'motorcyclist', 'pedestrian', 'jogger', 'runner', 'skateboarder', 'hiker', 'cutie', 'hottie', 'gal', 'toddler', 'teenager', 'person',
  'patient', 'client',
];
/** "the driver of the blue pickup": someone by the vehicle they were in. */
const VEHICLE_ROLES = ['driver', 'passenger', 'rider', 'owner', 'operator', 'conductor', 'pilot', 'captain', 'chofer'];
/** What others see of someone: what they drive, wear or look like, or where they are seen working. */
const DESCRIBED_OBJECTS = [
  'checkmark', 'blue check', 'verified badge', 'jeep', 'truck', 'pickup', 'semi', 'car', 'sedan', 'suv', 'bus', 'school bus', 'motorcycle', 'bike', 'scooter', 'boat', 'van', 'minivan', 'tesla', 'harley', 'hat', 'cap', 'jacket', 'coat', 'uniform', 'hoodie', 'dress', 'wig', 'tattoos?', 'beard', 'mohawk', 'mullet', 'bank', 'post office', 'grocery store', 'gas station', 'coffee shop', 'library', 'gym', 'salon', 'bakery', 'dealership', 'diner', 'restaurant', 'hardware store', 'car wash', 'laundromat', 'feed store', 'auto shop', 'barbershop', 'food truck', 'taco truck', 'camioneta', 'carro', 'coche', 'sombrero', 'tatuaje', 'banco', 'panaderia', 'tienda',
];
const DESCRIBED = fast(new RegExp(
  `(?<![\\p{L}])(?:(?:the|that|this) (?:[\\p{L}-]+ ){0,2}?(?:${[...DESCRIBED_PEOPLE, 'one'].join('|')}) (?:in|with|w\\/|driving|from|wearing|who drives|who works at|who runs|con|de|del)|(?:${VEHICLE_ROLES.join('|')}) (?:of|from|in)) (?:the|a|an|that|those|his|her|la|el|los|las|un|una) (?:[\\p{L}-]+ ){0,2}?(?:${DESCRIBED_OBJECTS.join('|')})(?![\\p{L}])`,
  'gu',
));
/** "To the patient who left us a 1-star review…": a reviewer called out in public is known to everyone who read the review. */
/** "la señora que vende tamales afuera de…": someone known by the work the whole town sees them do. */
const DESCRIBED_ES = fast(
  /(?<![\p{L}])(?:la|el|una|un) (?:senora|senor|senorita|muchacha|muchacho|chica|chico|viejita|viejito|abuelita|abuelito|doña|dona|don) (?:que|quien) (?:vende|trabaja|maneja|atiende|limpia|cocina|corta|arregla|canta|predica|enseña|ensena|cuida) (?:[\p{L}]+ ){0,3}?(?:en|de|del|al|afuera de|afuera del|frente a|frente al|por|enfrente de|enfrente del|a un lado de|a un lado del) [\p{L}]+/gu,
);
const REVIEWER_CALLOUT = fast(
  /(?<![\p{L}])the (?:patient|lady|guy|person|man|woman|mom|dad|family|gentleman|customer|reviewer|one|client|girl|boy|kid|dude) who (?:[\p{L}\p{N}'’-]+ ){0,8}?(?:left|wrote|posted|gave|put up|put|made|uploaded) (?:us |me )?(?:a|an|that|the|this|her|his|their|[\p{L}]+ (?:\d|one|two|three)) (?:(?:\d|one|two|three)(?:[- ]star)? |(?:bad|nasty|negative|scathing|angry|lovely|glowing|whole|long|viral) )?(?:review|rating|comment|post|tiktok|video|reel|story|thread|youtube video|rant)(?![\p{L}])/gu,
);
/**
 * Someone named by what they drive, wear or look like, written as one compound: "red jeep lady", "the Harley guy",
 * "tattoo sleeve dude". A color or a size may lead. With a health detail beside it, the town knows who.
 */
const COMPOUND_FEATURES = [
  'jeep', 'truck', 'pickup', 'tesla', 'harley', 'motorcycle', 'scooter', 'minivan', 'corvette', 'mustang', 'camaro', 'prius', 'subaru',
  'hummer', 'bronco', 'cadillac', 'lambo', 'porsche', 'bmw', 'mercedes', 'convertible', 'tattoo', 'tattooed', 'mohawk', 'mullet', 'dreadlocks',
  'cowboy hat', 'ponytail', 'hoodie', 'camo', 'golf cart', 'wheelchair', 'parrot', 'chihuahua', 'poodle',
];
const COMPOUND_DESCRIBED = fast(new RegExp(
  `(?<![\\p{L}])(?:(?:the|that|this|our|my) )?(?:(?:red|blue|green|black|white|silver|gray|grey|yellow|orange|purple|pink|gold|brown|lifted|old|big|little|loud|tall|tiny|giant|neon|hot pink|lime green)[ -])?(?:${COMPOUND_FEATURES.join('|')})[ -](?:lady|guy|man|woman|dude|kid|girl|boy|grandma|grandpa|mom|dad|couple|fella|gal|chick|bro|lady's|guy's|man's|woman's|dude's|kid's|girl's|boy's)(?![\\p{L}])`,
  'gu',
));
/** The first word after "who" in each pattern below (kept beside the patterns so they stay in step). */
const LIVES_VERBS = new Set(['lives', 'lived', 'works', 'worked', 'runs', 'owns', 'hangs', 'sleeps', 'stays', 'panhandles', 'sits', 'drives', 'cleans', 'cooks', 'teaches', 'coaches', 'preaches', 'bartends']);
const LEADS_VERBS = new Set(['coaches', 'coached', 'runs', 'leads', 'led', 'directs', 'hosts', 'teaches', 'taught', 'calls', 'plays', 'sings', 'organizes', 'umpires', 'referees', 'reffs']);
const OWNS_VERBS = new Set(['owns', 'owned', 'runs', 'ran', 'manages', 'opened', 'started']);
const DOES_VERBS = new Set(['sells', 'sold', 'makes', 'bakes', 'runs', 'owns', 'works', 'cooks', 'plays', 'sings', 'preaches', 'teaches', 'coaches', 'drives', 'delivers', 'fixes', 'cuts', 'does', 'bags', 'rings', 'hosts', 'announces', 'calls', 'reads', 'reffs', 'referees', 'umpires']);
const TIME_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Thanksgiving)(?![\p{L}])/u;
const WHO_LIVES_AT = fast(
  /(?<![\p{L}])(?:guy|lady|man|woman|kid|dude|couple|family|gentleman|fella|gal|one|flyer|flier|regular|person|patient|client|teen|girl|boy) who (?:lives|lived|works|worked|runs|owns|hangs out|sleeps|stays|panhandles|sits|drives a truck|drives for|cleans|cooks|teaches|coaches|preaches|bartends) (?:on|in|at|behind|near|by|across from|outside|under|for|over at|down at|out at|up at|out by) (?:the )?(?=\p{Lu})/gu,
);
/** "someone you'd all recognize from TV", "a local celebrity", "a very well-known face in town". */
const RECOGNISABLE = fast(
  /(?<![\p{L}])(?:(?:someone|somebody|a (?:guy|lady|man|woman|person|client|patient|gentleman|mom|dad)|one of my clients|one of my patients) (?:you'd|you would|you'll|you all|y'all|ya'll|u'd|you guys would|you guys|everyone|everybody|half (?:of )?(?:you|this town|the town)|most of you|many of you) (?:all |probably |definitely |totally |100% )?(?:recognize|recognise|know|knows|have seen|follow|watch|listen to)|(?:a|an|one|our|my) (?:very |pretty |super |fairly |really )?(?:well-known|well known|famous|locally famous|semi-famous|local celebrity|local legend|local icon|local personality|household name|big name|familiar face|recognizable face|public figure|local influencer|local news anchor)|(?:somebody|someone) (?:very |pretty |super |fairly )?(?:famous|well-known|well known|important|prominent|high-profile|high profile)|whose (?:[\p{L}-]+ )?(?:shop|store|restaurant|bakery|salon|bar|gym|business|food truck|stand|church|show|classroom) (?:you've|you have|y'all have|yall have|everyone has|everybody has|you all have|most of you have|half of you have) (?:all |probably |definitely |surely )?(?:been to|eaten at|shopped at|been in|visited|seen|heard|watched|listened to))(?![\p{L}])/gu,
);
/** "the head of our local PTA", "the manager of the Taco Bell on Main": one person by the post they hold. */
const ROLE_OF = fast(
  /(?<![\p{L}])(?:the|our|a|that|this) (?:[\p{L}-]+ )?(?:head|president|vice president|chair|chairwoman|chairman|chairperson|director|owner|co-owner|manager|general manager|captain|leader|founder|ceo|cfo|treasurer|secretary|pastor|coach|conductor|editor|host|principal|superintendent|commissioner|chief|chef|dueña|dueño|jefe|jefa|gerente|presidenta|presidente|directora|director) (?:of|at|de|del) (?:the |our |my |this |that |la |el |los |las |nuestra |nuestro )?(?:local |town |city |county |little |downtown )?(?:[\p{L}'’&-]+ ){0,2}?(?:pta|pto|hoa|school board|board|church|choir|bank|diner|restaurant|library|rotary|lodge|club|team|league|chamber|council|store|shop|bakery|cafe|bar|brewery|company|firm|paper|newspaper|station|department|dealership|gym|studio|salon|troop|band|union|association|foundation|museum|theater|theatre|zoo|nonprofit|charity|food bank|shelter|daycare|school|farmers market|market|iglesia|escuela|tienda|panaderia|panadería|taqueria|taquería|\p{Lu}[\p{L}'’&-]+(?: \p{Lu}[\p{L}'’&-]+){0,2})(?![\p{L}])/gu,
);
/** A cheap pre-check for ROLE_OF: a role word right before "of", "at", "de". */
const ROLE_OF_GATE = /(?:head|president|chair|chairwoman|chairman|chairperson|director|owner|manager|captain|leader|founder|ceo|cfo|treasurer|secretary|pastor|coach|conductor|editor|host|principal|superintendent|commissioner|chief|chef|duena|dueno|jefe|jefa|gerente|presidenta|presidente|directora) (?:of|at|de|del) /;
const STAFF_ORG = /(?:of|at|de|del) (?:the |our |la |el |nuestra |nuestro )?(?:[\p{L}'’&-]+ ){0,3}?(?:center|centre|clinic|hospital|dental|medical|health|care|practice|pediatrics|department|program|unit|office|team|staff|nursing|pharmacy|lab|surgery|therapy|rehab|icu|er|ed|or|clinica|hospital|consultorio)(?![\p{L}])/iu;
/** "the guy who sells honey at the farmers market": someone known by the work the whole town sees. */
const WHO_DOES_AT = fast(
  /(?<![\p{L}])(?:guy|lady|man|woman|kid|dude|couple|gentleman|fella|gal|one|person|teen|girl|boy|mom|dad) who (?:sells|sold|makes|bakes|runs|owns|works|cooks|plays|sings|preaches|teaches|coaches|drives|delivers|fixes|cuts hair|does hair|does nails|bags groceries|rings up|hosts|announces|calls bingo|reads the news|reffs|referees|umpires) (?:[\p{L}-]+ ){0,3}?(?:at|on|in|for|from|outside) (?:the|our|my) (?:local |town |little |corner |downtown |county )?(?:farmers market|flea market|market|car wash|gas station|bank|post office|library|school|diner|dealership|bakery|church|gym|pharmacy|grocery store|hardware store|feed store|coffee shop|bar|pub|brewery|pizza place|taco truck|food truck|county fair|fair|rodeo|radio station|radio|paper|newspaper|city hall|courthouse|dmv|daycare|salon|barbershop|high school|middle school|elementary|auto shop|tire shop|laundromat|ymca|rec center|bowling alley|football games|games|news|weather)(?![\p{L}])/gu,
);
/** "a client who coaches little league", "the guy who leads worship at First Baptist": a community role the town sees. */
const WHO_LEADS = fast(
  /(?<![\p{L}])who (?:coaches|coached|runs|leads|led|directs|hosts|teaches|taught|calls|plays|sings|organizes|umpires|referees|reffs) (?:the |a |our |at )?(?:little league|t-ball|tee ball|travel ball|softball|youth soccer|youth football|pop warner|cheer|the choir|choir|worship|youth group|sunday school|vbs|bible study|scouts|cub scouts|the food bank|bingo|the pta|the book club|zumba|spin class|yoga class|karaoke night|trivia night|the marching band|the high school band|jv|varsity)(?![\p{L}])/gu,
);
/** "two teachers at the same middle school": people pinned by a shared workplace. */
const SAME_PLACE = fast(/(?<![\p{L}])(?:at|from|in) the same (?:middle school|high school|elementary|school|church|office|firm|plant|station|fire station|store|bank|restaurant|company|gym|department|precinct|district|daycare|salon|dealership|warehouse)(?![\p{L}])/gu);
const PEOPLE_BEFORE = /(?:^|[^\p{L}])(?:(?:two|three|four|both|couple of|pair of) [\p{L}-]+|two|three|both|couple|pair|they|we|brothers|sisters|[\p{L}]+(?:ers|ors|ists|ians|ants|ents|ees|men|women|ses))\s+(?:(?:who|that)\s+)?(?:work|works|worked|teach|teaches|taught|go|goes|went|are|were|both)?\s*$/u;
/** "the guy who owns the pizza place": a business the whole town knows. */
const WHO_OWNS = fast(
  /(?<![\p{L}])(?:guy|lady|man|woman|dude|couple|gentleman|fella|gal|person|family|mom|dad) who (?:(?:owns|owned|runs|ran|manages|opened|started) (?:the|that|this|a|our) (?:[\p{L}'-]+ ){0,2}?(?:place|shop|store|restaurant|bakery|diner|bar|salon|gym|garage|food truck|taco truck|stand|farm|daycare|studio|cafe|coffee shop|pub|brewery|taqueria|pizzeria|dealership|laundromat|car wash|barbershop|boutique|nursery|hardware store|feed store|gas station|motel|bookstore|florist|tattoo shop|nail salon|bowling alley)(?![\p{L}]))/gu,
);
/** "whoever parked their lifted black F-250 across 3 spots": someone everyone in the lot saw. */
const WHOEVER_VEHICLE = fast(
  /(?<![\p{L}])whoever (?:parked|drives|drove|left|owns|blocked|double-parked) (?:their|the|that|a|an|his|her) (?:[\p{L}\p{N}-]+ ){0,3}?(?:truck|jeep|car|suv|van|minivan|tesla|harley|motorcycle|f-?\d{3}|silverado|ram|tahoe|suburban|bronco|camaro|mustang|corvette|prius|subaru|civic|accord|wrangler|pickup|camper|rv|boat|trailer|golf cart|scooter|bike)(?![\p{L}])/gu,
);
/** Person nouns that say nothing about who someone is. */
const GENERIC_PEOPLE = new Set(['patient', 'pt', 'client', 'guy', 'girl', 'lady', 'woman', 'man', 'boy', 'kid', 'teen', 'teenager', 'mom', 'dad', 'family', 'couple', 'member', 'customer', 'regular', 'gentleman', 'fella', 'dude', 'toddler', 'infant', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'grandma', 'grandpa', 'model']);
const BEFORE_AFTER = fast(/(?<![\p{L}])(?:before (?:&|and|\/|\+|n) after|b&a|before\/after|antes y despu[eé]s)(?![\p{L}])/u);
const CLINICAL_AGE_TEST = fast(/(?<![\p{L}\p{N}])\d{1,3}\s?(?:y\/o|yo|y\.o\.|yr old|yrs old|year old|year-old|years old)(?![\p{L}\p{N}])/u);
/** "my neighbor in 4B", "la vecina del 4B": someone by their apartment number. */
const NEIGHBOR_UNIT = fast(
  /(?<![\p{L}])(?:neighbor|neighbour|tenant|vecina|vecino|senora|senor) (?:in|from|de|del|en) (?:el |la )?(?:apt |apartment |unit |apartamento |apto |depto |departamento |#)?\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu,
);
/** "a 'patient' is telling everyone on Nextdoor…", "the guy ranting about us on the town page": a public post everyone has read. */
const PUBLIC_POSTER = fast(
  /(?<![\p{L}])(?:patient|pt|client|lady|guy|man|woman|mom|dad|family|customer|someone|somebody|person|reviewer)['’"]? (?:is |has been |keeps |who is |who keeps |who's |who has been |who )?(?:telling everyone|telling people|complaining|ranting|blasting (?:me|us)|trashing (?:me|us)|going off|bashing (?:me|us)|lying|(?:posting|posted|writing|wrote|saying|said) (?:lies |garbage |trash |stuff |things |that i |that we |i |we )?(?:about (?:me|us|our)|that (?:i|we) (?:botched|broke|ruined|messed|hurt|overcharged|scammed|ignored)|(?:i|we) (?:botched|broke|ruined|messed|hurt|overcharged|scammed|ignored))) (?:[\p{L}'’]+ ){0,5}?on (?:nextdoor|facebook|fb|google|yelp|tiktok|instagram|insta|ig|twitter|reddit|the town page|the community page|the neighborhood page|the mom group|the moms group|our page|our wall|her page|his page)(?![\p{L}])/gu,
);
/** "someone whose podcast I listen to", "a guy whose restaurant we all go to": a person known for their public work. */
const KNOWN_FOR_THEIR_WORK = fast(
  /(?<![\p{L}])(?:someone|somebody|a (?:guy|lady|man|woman|person|client|patient)|the (?:guy|lady|man|woman|person)) whose (?:podcast|show|channel|youtube|tiktok|instagram|book|books|music|songs?|album|restaurant|shop|store|bakery|salon|gym|column|newscast|radio show|business)(?![\p{L}])/gu,
);
/** "my daughter Ava", "my husband Tom": the author's own family or friends, not patients (unless a patient cue says so). */
const OWN_FAMILY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:my|mi|mis) (?:${[...relationshipCues.relatives, 'friend', 'bestie', 'bff', 'amiga', 'amigo', 'kiddo', 'kid', 'baby', 'little one'].map(escape).join('|')}),? $`, 'u');
const YOU_BEFORE = /(?:^|[^\p{L}])(?:you|u|ya|ya'll|y'all)[,!]?\s+$/iu;
const OWN_RELATIVE = new RegExp(`(?:^|[^\\p{L}])(?:my|mi) (?:(?:little|big|baby|older|younger|oldest|youngest) )?(?:${relationshipCues.relatives.map(escape).join('|')})(?![\\p{L}])`, 'u');
/** "Selena … opened up about her lupus": public news about a public person, not a patient's record. */
const PUBLIC_DISCLOSURE_AFTER = /^(?: \p{Lu}\p{Ll}+)?,? (?:opened up|announced|revealed|went public|has spoken|spoke|talks|talked|shared (?:that|about|his|her|their)|disclosed|(?:said|says)(?: (?:in|on) (?:an? |her |his |their )?(?:interview|podcast|instagram|twitter|tv|the news|show|livestream|stream|video)| publicly))(?![\p{L}])/u;
const TIME_WITH = /(?:\d(?::\d\d)?\s?(?:am|pm)?|[ap]\.m\.) with $/;

/** Capitalised words that are not names even where a name could stand ("Happy Monday", "Hi Team"). */
const NOT_NAMES = new Set(identifiers.notNames);
/** "Hi Jonah", "congrats to Valeria", "Little Theo", "Thanks Lorraine": the next capitalised word is a person. */
const NAME_LEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...identifiers.nameLeads].sort((a, b) => b.length - a.length).map(escape).join('|')})[\\s,!:]*$`,
  'u',
);
/** A family named by its surname and its children: "the Lindahl twins", "the Okafor kids". */
const FAMILY_GROUPS = ['twins', 'triplets', 'kids', 'boys', 'girls', 'boy', 'girl', 'kid', 'baby', 'family', 'household', 'familia', 'brothers', 'sisters', 'siblings', 'children', 'babies', 'gemelos', 'gemelas', 'niños', 'niñas', 'hermanos', 'hermanas'];
const FAMILY_NAME = fast(new RegExp(`(?<![\\p{L}])(?:the|los|las)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s(${FAMILY_GROUPS.join('|')})(?![\\p{L}])`, 'gu'));
/** The same words as the tokens spell them (accents folded), to skip FAMILY_NAME cheaply. */
const FAMILY_WORDS = new Set(FAMILY_GROUPS.map(fold));
const FAMILY_ES_GATE = / de (?:los|las|la familia|dona|don) [a-z]/;
/** On the normalised (folded, lower-case) text: the capital is checked on the original. */
const FAMILY_ES = fast(
  /(?<![\p{L}])(?:nin[oa]s?|hij[oa]s?|chamac[oa]s?|muchach[oa]s?|senor(?:a|ita)?|espos[oa]|abuel[oa]|abuelit[oa]|bebe|niet[oa]s?|chav[oa]s?|chiquit[oa]|gemel[oa]s|cuates|suegr[oa]|mama|papa|tia|tio|prim[oa]|herman[oa]s?|viejit[oa]) de (?:los|las|la familia|dona|don) [\p{L}]+/gu,
);
const ORG_FAMILY_BEFORE = /(?:welcome|welcome to|welcomes|welcomed|welcoming|welcome back to|join|joins|joined|joining|part of|member of|into|from all of us at|proud to be part of|bienvenid[oa] a)\s+$/u;
const FAMILY_NAME_GATE = /(?:the|los|las)\s+\p{Lu}/u;
/** A family by its name in the plural possessive: "delivered the Hendersons' 4th boy", "the Nguyens’ twins". */
const FAMILY_POSSESSIVE = fast(/(?<![\p{L}])the\s+(\p{Lu}\p{Ll}{2,}s)['’](?=\s+[\p{L}\p{N}])/gu);
/** Initials: "J.R.", "J. T.". */
const INITIALS = fast(/(?<![\p{L}\p{N}.])\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?![\p{L}])/gu);
/** A cheap pre-check for INITIALS (no look-behind, so the engine scans fast). */
const INITIALS_GATE = /\p{Lu}\.\s?\p{Lu}\./u;
const INITIALS_NOT_NAMES = new Set(identifiers.initialsNotNames);
/** Words after which a capitalised pair is a place or an organisation, not a person ("at Mercy General", "the Taco Bell"). */
const PLACE_LEAD = /(?:^|[^\p{L}])(?:the|a|an|at|from|in|on|of|by|to|for|with|near|into|our|your|their|his|her|my|its|st|saint|san|santa|el|la|los|las|del|de)\.?\s+$/iu;
/** "the Smiths'", "St. Anne's", "our Children's": possessives that name a place or a family business. */
const POSSESSIVE_PLACE_LEAD = /(?:^|[^\p{L}])(?:the|a|an|st|saint|san|santa|our|your|their|its)\.?\s+$/iu;
/** A visit pinned to a day and a time: "my Tuesday 4:15", "7:30 yesterday morning". */
const VISIT_TIME = fast(
  /(?<![\p{L}\p{N}])(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last night)(?:\s(?:morning|afternoon|evening|night))?\s(?:at\s)?\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s(?:yesterday|last night|this morning|(?:on\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s(?:morning|afternoon|evening|night))?)(?![\p{L}\p{N}])/gu,
);
/** A named hospital: "at Mercy General", "in County General's NICU". Identifying only with a time and a patient's story. */
const FACILITY = fast(/(?<![\p{L}])(?:at|in|from|to)\s+(?:\p{Lu}[\p{L}'’.]*\s+){1,2}(?:General|Memorial|Regional|Hospital|Medical Center|Children['’]s|OR|ER|ED|ICU|NICU|PICU)(?:['’]s)?(?![\p{L}])/gu);
const VISIT_DAY = fast(/(?<![\p{L}])(?:today|tonight|this morning|this afternoon|yesterday|last night|hoy|anoche|ayer)(?![\p{L}])/u);
/** A person noun tied to a named employer or place: "a guy from the Dunmore Creamery", "a nurse in County General's NICU". */
const PERSON_AT = fast(new RegExp(
  `(?<![\\p{L}])(?:${relationshipCues.personNouns.map(escape).join('|')})\\s+(?:from|at|of|in|who works at)\\s+(?:the\\s+)?$`,
  'u',
));
const PERSON_AT_PLACE = fast(/(?<![\p{L}\p{N}])(?:from|at|of|in|who works at)\s+(?:the\s+)?(?=\p{Lu})/gu);
/** "la señora de la panadería Los Reyes": a person known by their workplace (Spanish). */
const PEOPLE_ES = [
  'senora', 'senor', 'senorita', 'muchacha', 'muchacho', 'chica', 'chico', 'nina', 'nino', 'hombre', 'mujer', 'joven', 'duena', 'dueno', 'maestra', 'maestro', 'vecina', 'vecino',
  'dona', 'don', 'profe', 'profesor', 'profesora', 'director', 'directora', 'entrenador', 'entrenadora', 'pastor', 'padre', 'cura', 'cajera', 'cajero', 'mesera', 'mesero',
  'cocinera', 'cocinero', 'chofer', 'encargada', 'encargado', 'secretaria', 'conserje', 'velador', 'gerente', 'esposa', 'esposo', 'hija', 'hijo',
  'chavo', 'chava', 'chamaco', 'chamaca', 'guero', 'guera', 'morro', 'morra', 'compa', 'viejo', 'vieja', 'abuelo', 'abuela', 'tio', 'tia',
];
const SPANISH_PREP = / (?:de|del|en) /;
const PERSON_AT_ES_SOURCE =
  `(?<![\\p{L}])(?:${PEOPLE_ES.join('|')})\\s+(?:de [\\p{L}]+\\s+)?(?:de|del|en)\\s+(?:(?:la|el|los|las)\\s+)?(?:panaderia|tienda|escuela|iglesia|taller|farmacia|carniceria|tortilleria|fabrica|oficina|restaurante|cafeteria|mercado|taqueria|peluqueria|lavanderia|gasolinera|colegio|esquina|banco|biblioteca|fonda|cocina|lecheria|papeleria|llantera|vulcanizadora|ferreteria|zapateria|estetica|paleteria|neveria|purificadora|refaccionaria|carpinteria|herreria|muebleria|taller mecanico|tacos|elotes|tamales|raspados|paletas|churros|hot dogs|dulces|flores|periodicos|mariscos|tortas|birria|pan|yonke|tianguis|pulga|cantina|gasolineria|abarrotes|tiendita|farmacia|clinica|fabrica|empacadora|maquiladora|rancho|huerta|lavado de carros|carwash|barberia|salon|secu|secundaria|prepa|preparatoria|primaria|kinder|parroquia|presidencia|alcaldia|ayuntamiento|puesto|changarro|fruteria|polleria|dulceria|ferreteria|imprenta|gimnasio|gym|funeraria|hotel|fabrica)`;
const PERSON_AT_ES = new RegExp(`${PERSON_AT_ES_SOURCE}(?:\\s+[\\p{L}]+){0,2}`, 'gu');
/** The same without the words after the business, to tell where those start. */
const PERSON_AT_ES_HEAD = new RegExp(`^${PERSON_AT_ES_SOURCE}`, 'u');
/** "the Hillcrest bus crash", "Saturday's fireworks accident": an event anchored by a place name or a day. */
const NEWS_DAY_ANCHOR = /(?:yesterday|last night|this morning|tonight|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)'s\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/u;
const NEWS_PLACE_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}-]+\s+)?$/u;
const NEWS_PLACE_AFTER = /^\s+(?:on|at|in|near|outside)\s+(?:the\s+)?\p{Lu}/u;
/** "your husband", "su mamá" in a conversation: an adult relative of the person answered. */
export const YOUR_WORD = new Set(['your', 'ur', 'yr', 'tu', 'su', 'tus', 'sus']);
/** Replies that decline to discuss anyone's care: never a disclosure. */
export const DEFLECT = fast(/(?<![\p{L}])(?:can't|cannot|can not|can only|unable to|not able to|won't|no podemos|solo podemos)\s+(?:\p{L}+\s+){0,3}(?:discuss|share|talk about|comment on|confirm|hablar|comentar|compartir|confirmar)|(?:protect|respect|proteger|respetar)\s+(?:\p{L}+\s+){0,2}(?:privacy|privacidad)|authorization form|por respeto a la privacidad|por razones de privacidad/u);

const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${identifiers.titles.map(escape).join('|')})\\.?\\s+$`, 'u');
const HAS_DIGIT = /\d/;
const PHOTO_GATE = /patient|pt|client/;

/** The word just before a candidate name (within 28 characters, past spaces and , ! :), without a regex scan. */
const LETTER = /\p{L}/u;
function lastWordBefore(original: string, start: number): string | undefined {
  const floor = Math.max(0, start - 28);
  let i = start;
  while (i > floor && /[\s,!:]/.test(original[i - 1])) i--;
  const end = i;
  while (i > floor && LETTER.test(original[i - 1])) i--;
  return i < end ? original.slice(i, end) : undefined;
}
/** The last words of the name leads, to skip the lead pattern cheaply. */
const LEAD_LAST_WORDS = new Set(identifiers.nameLeads.map((l) => l.split(/\s+/).pop() ?? l));
/** Lower-case words that end an institution's name ("high", "elementary", "creamery"): run the institution patterns only when one occurs. */
const INSTITUTION_WORDS = new Set(relationshipCues.institutions.map((w) => fold(w).split(/\s+/).pop() ?? ''));
/** Does the context around the capitalised word at [start, end) make it a person's name? */
function nameByContext(original: string, start: number, end: number): { end: number } | undefined {
  const word = original.slice(start, end);
  const key = fold(word);
  if (NOT_NAMES.has(key) || FIRST_NAMES.has(key) || STAFF_WORDS.has(key) || PLACE_WORDS.has(key)) return undefined;
  const after = original.slice(end, end + 24);
  // Only a lead word before ("Hi", "congrats to") or a shape after (a possessive, an age, a surname) makes a name:
  // with neither, stop before the costlier checks.
  const next = after.charCodeAt(0);
  const shapeAfter =
    next === 39 || next === 0x2019 || next === 44 || next === 40 || (next === 32 && after.length > 1 && after[1] !== after[1].toLowerCase()) || after.trimStart().startsWith('(');
  const lastBefore = lastWordBefore(original, start);
  if (!shapeAfter && (lastBefore === undefined || !LEAD_LAST_WORDS.has(fold(lastBefore)))) return undefined;
  const before = original.slice(Math.max(0, start - 28), start);
  // "Go Eagles!": a team, not a person.
  if (lastBefore !== undefined && fold(lastBefore) === 'go' && /s$/.test(key)) return undefined;
  // A staff title or a place word just before: "Dr. Osei", "St. Brendan's".
  if (/(?:^|[^\p{L}])(?:dr|dra|doctor|doctora|nurse|st|saint|mt)\.?\s+$/iu.test(before)) return undefined;
  // A title just before: TITLE_NAME has judged it ("Mrs. Tolliver," addressed).
  TITLE_BEFORE.lastIndex = 0;
  if (TITLE_BEFORE.test(before)) return undefined;
  if (lastBefore !== undefined && LEAD_LAST_WORDS.has(fold(lastBefore)) && NAME_LEAD.test(fold(before))) {
    const tail = NAME_TAIL.exec(after);
    return { end: tail && !PLACE_WORDS.has(fold(tail[0].trim())) ? end + tail[0].length : end };
  }
  // Not a capitalised word inside a proper noun: "County General's", "Mercy General".
  if (/\p{Lu}[\p{L}'’.]*\s+$/u.test(before) && !/[.!?:]\s*$/.test(before)) return undefined;
  if (/^['’]s(?![\p{L}])/u.test(after)) {
    if (POSSESSIVE_PLACE_LEAD.test(before) || /^['’]s\s+\p{Lu}/u.test(after)) return undefined;
    // "Refill's ready", "Grandpa's in the hospital": a care word or a relative, not a name.
    if (CARE.test(key) || HEALTH.test(key) || RELATIVE_INDEX.test(key)) return undefined;
    return { end };
  }
  if (/^(?:,\s*\d{1,3}(?:\s?(?:y\/o|yo|years? old))?(?=[,.!;\s])|\s*\(\d{1,3}\))/u.test(after)) return { end };
  // First and last name: "Shana Fields", "Rigoberto Salas" — not after a preposition or a determiner, not starting a sentence.
  const pair = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}&])/u.exec(after);
  if (pair && !PLACE_WORDS.has(fold(pair[1])) && !NOT_NAMES.has(fold(pair[1])) && !PLACE_LEAD.test(before) && !/(?:^|[.!?:\n]|["'“(])\s*$/.test(before)) {
    if (/^\s+(?:\p{Lu}|&)/u.test(original.slice(end + pair[0].length, end + pair[0].length + 3))) return undefined;
    return { end: end + pair[0].length };
  }
  return undefined;
}

export interface IdentifierOptions {
  kind: Kind;
  allowWords?: readonly string[];
  /** Leave out names in vocative position (the person addressed): for direct messages and replies. */
  skipAddressed: boolean;
}

function lastWords(text: string, n: number): string[] {
  const words = text.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return words.slice(-n);
}

/** Is the name at [start, end) a staff member or clinician, going by the words around it? */
function isStaffName(original: string, start: number, end: number): boolean {
  const before = fold(original.slice(Math.max(0, start - 40), start));
  // Only the words of the same clause count: "Our patient Kiara" is a patient, "our MA Luis" staff.
  // The full stop of a title ("Dr. James Carter") does not end the clause.
  const clause = before.replace(/(^|[^\p{L}])(dr|dra|drs|mr|mrs|ms|sr|sra|nurse)\./gu, '$1$2 ').split(/[.!?;:\n]/).pop() ?? '';
  const words = lastWords(clause, 3);
  for (let i = words.length - 1; i >= 0; i--) {
    if (PATIENT_WORDS.has(words[i])) return false;
    if (STAFF_WORDS.has(words[i])) return true;
  }
  if (/(?:^|[^\p{L}])(?:ask for|call|llame a|pregunte por)\s+$/u.test(before)) return true;
  // "our head of nursing, Maria": a post in the practice before the name.
  if (/(?:^|[^\p{L}])(?:our|the clinic's|the office's) (?:head|director|manager|chief|lead|supervisor|coordinator) of (?:[\p{L}-]+ ){0,2}?[\p{L}-]+,?\s*$/u.test(clause)) return true;
  if (/(?:^|[^\p{L}])(?:from|of|on) (?:our|the) (?:[\p{L}-]+ )?(?:front desk|front office|office|billing|team|staff|crew|department|dept)(?![\p{L}])/u.test(fold(original.slice(end, end + 40)))) return true;
  if (TIME_WITH.test(before)) return true;
  if (/[-—–]\s*$/.test(before) && /^\s*,\s*\p{L}/u.test(original.slice(end, end + 20))) return true;
  if (CREDENTIAL_AFTER.test(original.slice(end, end + 24))) return true;
  return STAFF_AFTER.test(original.slice(end, end + 60));
}
const COUNT_OF_PEOPLE = fast(/(?<![\p{L}\p{N}])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few) (?:more |other |of our |new )?(?:residents|patients|pts|kids|students|children|people|staff members|employees|cases|babies|members|clients)(?![\p{L}])/u);
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St|Saint|San|Santa|Sta|Ste|Mt|Mount|Fort|Ft|Port|Lake|Camp)\.?\s+$/u;
const SITE_AFTER = /^\s+(?:office|offices|location|locations|campus|clinic|branch|site|store|studio|team|area|county|metro)(?![\p{L}])/iu;
/** "Cassie Dickerson, RN", "Tom Ruiz DDS": a credential after a name makes it staff. */
const CREDENTIAL_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s*(?:RN|BSN|MSN|LPN|LVN|CNA|NP|APRN|FNP|PA-C|PA|MA|CMA|MD|DO|DDS|DMD|RDH|PharmD|RPh|CPhT|DPT|PT|OT|OTR|SLP|CCC-SLP|LCSW|LPC|LMFT|PsyD|PhD|DC|OD|CRNA|CNM|IBCLC|EMT|EMT-P|Paramedic)(?![\p{L}])/u;

const ADDRESSED_TITLE_BEFORE = /(?:^|[^\p{L}])(?:hi|hey|hello|dear|hola|good morning|good afternoon|estimad[oa]|querid[oa]|buenos dias|buenas tardes)[\s,!]+(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|senor|senora|don|dona)\.?\s+$/u;
/** "Clínica Hollis", "Farmacia Ruiz": a business word before the name makes it the business's. */
const BUSINESS_BEFORE = /(?:^|[^\p{L}])(?:clinica|clinic|farmacia|pharmacy|consultorio|centro|dental|hospital|pediatrics|pediatria|orthodontics|chiropractic|optometry|family)\s+$/u;
/** Is the word at [start, end) the person being addressed ("Hi Derek,", "Thanks, Priya!", "@jordy_k So sorry")? */
const SUBJECT_VERB_AFTER = /^\s+(?:said|says|told|tells|is|was|came|comes|had|has|just|called|texted|asked|got|went|finally|still|dijo|vino|tiene|esta)(?![\p{L}])/u;
function isAddressed(original: string, start: number, end: number): boolean {
  const before = fold(original.slice(Math.max(0, start - 24), start));
  // "Hi Mrs. Tate": the surname after an addressed title is addressed too.
  if (ADDRESSED_TITLE_BEFORE.test(before)) return true;
  const after = original.slice(end, end + 3);
  // "hey!! Nadia said u referred her": after a greeting that ends its sentence, a name followed by a verb is the subject.
  if (GREETING_BEFORE.test(before)) return !(/[!.]\s*$/.test(before) && SUBJECT_VERB_AFTER.test(original.slice(end, end + 12)));
  // Opening the text: "Derek, …" / "@jordy_k So sorry".
  if (/^\s*$/.test(original.slice(0, start)) && /^(?:[\s,!:]|$)/.test(after)) return true;
  // Closing a clause: "…, Kevin 🙄", "…, Deb!".
  return /,\s*$/.test(before) && /^(?:\s*!|\s*$|\s+[^\p{L}\p{N}\s?.,])/u.test(after);
}

function allowed(word: string, allowWords: readonly string[] | undefined): boolean {
  if (!allowWords || allowWords.length === 0) return false;
  const w = fold(word.trim());
  return allowWords.some((a) => fold(a.trim()) === w || fold(a.trim()).split(/\s+/).includes(w));
}

/** Person words or names just before an employer/school: "the barista at …", "Diego from …". */
const WHO_WORKS = fast(/(?<![\p{L}])(?:she|he|who|they)(?:'s| is| was)? (?:teaches|taught|works|worked|coaches|coached|volunteers|cleans|cooks|drives|preaches|bartends|serves|manages|runs|owns|goes|went|trabaja|ensena|maneja) (?:at|for|in|with|a|en|para|the)?\s?(?:[\p{L}'-]+\s+){0,2}$/u);

const TITLE_QUOTE = fast(/(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Sir|Señora?|Sra?|mr|mrs|ms)\.? ?['"“‘][^'"”’]{2,60}['"”’]\s+$/u);
/** After a handle: "saw your tweet about…", "re: your post" — the person wrote about it themselves, in public. */
const SELF_POSTED_AFTER =
  /^[\s,:!-]*(?:(?:i |just )?(?:saw|read|seeing|loved|caught|re:?|about|replying to|responding to|per) (?:your|ur) (?:[\p{L}-]+ )?(?:tweet|thread|post|story|stories|video|reel|tiktok|comment|question|status|update|rant|caption|vlog))(?![\p{L}])/iu;
/** The first word of a tag typed with a space ("@Tammy Lynn"), just before a surname. */
const TAG_BEFORE = /@\p{Lu}\p{Ll}+ $/u;
function hasPersonBefore(doc: NormalizedText, originalStart: number): boolean {
  const original = doc.original;
  const from = Math.max(0, originalStart - 64);
  const slice = original.slice(from, originalStart);
  if (PERSON_NOUN.test(fold(slice))) return true;
  // "she teaches at…", "he works at…": a person who is the subject of the sentence.
  if (WHO_WORKS.test(fold(slice))) return true;
  // "Mr. 'I have a car but gas is expensive' from Birchwood Apts": a title with a nickname in quotes.
  if (TITLE_QUOTE.test(slice)) return true;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(slice); m; m = CAPITALISED.exec(slice)) if (FIRST_NAMES.has(fold(m[0]))) return true;
  TITLE_NAME.lastIndex = 0;
  return TITLE_NAME.test(slice);
}

// Trigger words of the identifier patterns: one map lookup per token tells which patterns can match at all.
const G_TITLE = 1;
const G_NEWS = 2;
const G_ROOM = 4;
const G_RECORD = 8;
const G_STATION = 16;
const G_DAY = 32;
const G_AFFILIATION = 64;
const G_PERSON = 128;
const G_DAYTIME = 256;
const G_ON = 512;
const GATE_WORDS = new WordGates();
const gate = (bit: number, words: readonly string[]) => GATE_WORDS.add(bit, words.flatMap((w) => fold(w).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 1)));
gate(G_TITLE, identifiers.titles);
gate(G_NEWS, ['crash', 'wreck', 'collision', 'pile', 'pileup', 'shooting', 'stabbing', 'explosion', 'fire', 'derailment', 'drowning', 'incident', 'accident', 'rollover', 'standoff', 'parade', 'festival', 'rodeo', 'marathon', 'tournament', 'fireworks', 'tornado', 'flood', 'flooding', 'hurricane', 'attack', 'fight', 'fistfight', 'brawl', 'riot', 'blaze', 'game', 'meet', 'bonfire', 'choque', 'accidente', 'incendio', 'tiroteo', 'desfile', 'pelea', 'inundacion']);
gate(G_ROOM, ['exam', 'room', 'rm', 'bed', 'bay', 'bunk', 'cubicle', 'op', 'operatory', 'chair', 'pod', 'stretcher', 'gurney', 'trauma', 'resus', 'stall', 'cell', 'habitacion', 'cama', 'cuarto', 'sillon']);
gate(G_RECORD, ['mrn', 'dob', 'd', 'medical', 'chart', 'account', 'member', 'policy', 'ssn', 'social', 'date', 'born']);
gate(G_STATION, ['station', 'engine', 'ladder', 'precinct', 'truck', 'squad', 'company', 'unit', 'estacion']);
gate(G_DAY, ['today', 'tonight', 'morning', 'afternoon', 'yesterday', 'night', 'hoy', 'anoche', 'ayer']);
gate(G_AFFILIATION, ['school', 'choir', 'complex', 'league', 'team', 'neighbourhood', 'neighborhood', 'congregation', 'club', 'class', 'building', 'daycare', 'carpool', 'church', 'office', 'band', 'gym', 'pta']);
gate(G_PERSON, relationshipCues.personNouns);
gate(G_DAYTIME, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'night', 'morning']);
gate(G_ON, ['on']);
const G_UNIT = 1024;
gate(G_UNIT, ['floor', 'unit', 'ward', 'wing', 'pod', 'tower', 'hall', 'block', 'tier', 'dorm', 'north', 'south', 'east', 'west']);
gate(G_RECORD, ['wristband', 'armband', 'band', 'sticker', 'label', 'bracelet', 'face', 'facesheet', 'sheet', 'showing', 'visible', 'readable', 'legible']);
const G_INJURY = 2048;
gate(G_INJURY, ['broken', 'broke', 'shattered', 'fractured', 'crushed', 'dislocated', 'torn', 'tore', 'ruptured', 'busted', 'snapped', 'mangled', 'severed']);
const G_CARE_ACT = 4096;
gate(G_CARE_ACT, ['cleaned', 'delivered', 'stitched', 'sutured', 'casted', 'splinted', 'intubated', 'extubated', 'extracted', 'pulled', 'scoped', 'reduced', 'drained', 'numbed', 'filled', 'fitted', 'rayed', 'vaccinated', 'examined', 'discharged', 'admitted', 'triaged', 'transported', 'coded', 'treated', 'saw', 'operated', 'worked', 'scaled', 'put']);
const G_NUMBERED = 8192;
gate(G_NUMBERED, ['lb', 'lbs', 'pound', 'pounds', 'stage', 'mg', 'mcg', 'hrs', 'hours']);
const G_LAB = 16384;
gate(G_LAB, ['potassium', 'sodium', 'glucose', 'sugar', 'sugars', 'a1c', 'hba1c', 'hemoglobin', 'hgb', 'platelets', 'troponin', 'trop', 'creatinine', 'inr', 'blood', 'bp', 'sats', 'spo2', 'o2', 'oxygen', 'wbc', 'white', 'psa', 'tsh', 'cholesterol', 'ldl', 'lactate', 'lipase', 'ammonia', 'bilirubin', 'ferritin', 'vitamin', 'b12', 'viral', 'cd4', 'hcg', 'beta', 'gfr', 'egfr', 'ejection', 'ef']);
const G_DESCRIBED = 32768;
gate(G_DESCRIBED, [...DESCRIBED_PEOPLE, ...VEHICLE_ROLES]);
// DESCRIBED needs one of its objects too: the last word of each ("school bus" → "bus", "tattoos?" → "tattoo").
const G_DESCRIBED_OBJECT = 1048576;
for (const o of DESCRIBED_OBJECTS) {
  const last = fold(o.replace(/\?$/, '')).split(/\s+/).pop() ?? '';
  GATE_WORDS.add(G_DESCRIBED_OBJECT, [last, `${last}s`]);
}
const G_LOWER_TITLE = 65536;
const G_PERSON_ES = 131072;
gate(G_PERSON_ES, PEOPLE_ES);
gate(G_LOWER_TITLE, ['mr', 'mrs', 'ms']);
const G_COMPOUND = 262144;
const G_KNOWN = 524288;
const G_CARE_ON = 4194304;
gate(G_CARE_ON, ['finished', 'did', 'done', 'placed', 'doing', 'started', 'gave', 'put']);
const G_CARE_ON_NOUN = 8388608;
gate(G_CARE_ON_NOUN, ['filling', 'fillings', 'crown', 'crowns', 'cleaning', 'cleanings', 'extraction', 'extractions', 'root', 'sealant', 'sealants', 'exam', 'exams', 'adjustment', 'adjustments', 'stitches', 'sutures', 'x', 'xray', 'xrays', 'pap', 'physical', 'physicals', 'shot', 'shots', 'vaccine', 'vaccines', 'cast', 'casts', 'splint', 'splints', 'iv', 'ivs', 'biopsy', 'biopsies']);
/** "you'd all know", "everyone knows": only then does "know" gate RECOGNISABLE. */
const KNOW_GATE = /(?:you'd|you would|you'll|you all|y'all|ya'll|u'd|you guys|everyone|everybody|of you|this town|the town|you guys would) (?:all |probably |definitely |totally |100% )?(?:know|knows)/;
const G_ROLE_OF = 2097152;
/** Spanish teeth, bones and vitals: the nouns PULLED_ES, INJURY_ES and VITAL_ES need. */
const G_SPANISH_HEALTH = 16777216;
gate(G_SPANISH_HEALTH, ['muela', 'muelas', 'diente', 'dientes', 'cordal', 'cordales', 'colmillo', 'colmillos', 'presion', 'azucar', 'glucosa', 'oxigeno', 'saturacion', 'fiebre', 'calentura', 'temperatura',
  'brazo', 'brazos', 'pierna', 'piernas', 'tobillo', 'muneca', 'rodilla', 'cadera', 'costilla', 'costillas', 'dedo', 'dedos', 'mano', 'pie', 'hombro', 'clavicula', 'nariz', 'cuello', 'espalda', 'columna', 'craneo', 'mandibula', 'quijada', 'codo', 'femur', 'tibia', 'pelvis']);
gate(G_ROLE_OF, ['head', 'president', 'chair', 'chairwoman', 'chairman', 'chairperson', 'director', 'owner', 'manager', 'captain', 'leader', 'founder', 'ceo', 'cfo', 'treasurer', 'secretary', 'pastor', 'coach', 'conductor', 'editor', 'host', 'principal', 'superintendent', 'commissioner', 'chief', 'chef', 'duena', 'dueno', 'jefe', 'jefa', 'gerente', 'presidenta', 'presidente', 'directora']);
gate(G_KNOWN, ['whose', 'recognize', 'recognise', 'famous', 'known', 'celebrity', 'legend', 'icon', 'personality', 'household', 'familiar', 'recognizable', 'influencer', 'anchor', 'important', 'prominent', 'profile', 'figure', 'name']);
gate(G_COMPOUND, COMPOUND_FEATURES);
const TRAILING_DIGITS = /\d+[a-z]?$/;
const gateCache = new WeakMap<NormalizedText, number>();
/** The gate bits of a text, computed once per text. */
function gatesOfDoc(doc: NormalizedText): number {
  let mask = gateCache.get(doc);
  if (mask === undefined) {
    mask = gatesOf(tokensOf(doc));
    gateCache.set(doc, mask);
  }
  return mask;
}

/** Which identifier patterns can match: the gate bits of the text's words ("room12" counts as "room"). */
function gatesOf(t: Tokens): number {
  let mask = 0;
  const ids = wordIds(t);
  for (let i = 0; i < ids.length; i++) {
    const bits = GATE_WORDS.at(ids[i]);
    if (bits !== undefined) mask |= bits;
    else {
      const w = t.words[i];
      const c = w.charCodeAt(w.length - 1);
      if ((c >= 48 && c <= 57) || (w.length > 1 && c >= 97 && c <= 122 && w.charCodeAt(w.length - 2) <= 57)) mask |= GATE_WORDS.of(w.replace(TRAILING_DIGITS, '')) ?? 0;
    }
  }
  return mask;
}

/** Every identifier of someone other than the author and the staff. */
export function findIdentifiers(doc: NormalizedText, options: IdentifierOptions): Identifier[] {
  const original = doc.original;
  const ids: Identifier[] = [];
  const add = (kind: IdentifierKind, start: number, end: number, match?: string) =>
    ids.push({ kind, start, end, match: match ?? fold(original.slice(start, end)) });

  const gates = gatesOfDoc(doc);
  // Names: a title with a name or initial, or a known first name (with its surname or initial).
  TITLE_NAME.lastIndex = 0;
  for (let m = gates & G_TITLE ? TITLE_NAME.exec(original) : null; m; m = TITLE_NAME.exec(original)) {
    const start = m.index;
    // Keep the full stop of an initial ("Mr. D."), drop a sentence's full stop ("Mrs. Okonkwo.").
    const end = m.index + (/\p{Ll}\.$/u.test(m[0]) ? m[0].length - 1 : m[0].length);
    if (allowed(original.slice(start, end), options.allowWords)) continue;
    if (isStaffName(original, start, end) || BUSINESS_BEFORE.test(fold(original.slice(Math.max(0, start - 20), start)))) continue;
    if (options.skipAddressed && isAddressed(original, start, end)) continue;
    add('name', start, end);
  }
  if (gates & G_LOWER_TITLE && /(?<![\p{L}])(?:mr|mrs|ms)\.? [a-z]/u.test(original)) {
    for (const h of findAll(doc, LOWER_TITLE_NAME)) {
      if (options.skipAddressed && isAddressed(original, h.start, h.end)) continue;
      if (isStaffName(original, h.start, h.end) || allowed(original.slice(h.start, h.end), options.allowWords)) continue;
      add('name', h.start, h.end, h.match);
    }
  }
  const words = tokensOf(doc);
  let staffNames: Set<string> | undefined;
  for (let k = 0; k < words.words.length; k++) {
    if (!FIRST_NAMES.has(words.words[k])) continue;
    const { start, end: wordEnd } = toOriginalSpan(doc, words.starts[k], words.ends[k]);
    let end = wordEnd;
    const typed = original.slice(start, end);
    // Capitalised as typed, and not part of a handle, hashtag, e-mail address or hyphenated word.
    if (!/^\p{Lu}\p{Ll}+$/u.test(typed)) continue;
    if (/[\p{L}\p{N}@#_.\-'’/]/u.test(original[start - 1] ?? ' ') || /[\p{L}\p{N}@_]/u.test(original[end] ?? ' ')) continue;
    if (allowed(typed, options.allowWords)) continue;
    // "Meet our newest PA, Jordan Kessler! Jordan loves…": a name once introduced as staff stays staff.
    if (staffNames?.has(words.words[k])) continue;
    if (isStaffName(original, start, end) || BUSINESS_BEFORE.test(fold(original.slice(Math.max(0, start - 20), start)))) {
      (staffNames ??= new Set()).add(words.words[k]);
      continue;
    }
    if (options.skipAddressed && isAddressed(original, start, end)) continue;
    // "@Tammy Lynn hon give him…": the surname of a tag, addressed with it.
    const tag = options.skipAddressed && original[start - 1] === ' ' ? TAG_BEFORE.exec(original.slice(Math.max(0, start - 32), start)) : null;
    if (tag && isAddressed(original, start - tag[0].length, end)) continue;
    const tail = NAME_TAIL.exec(original.slice(end, end + 40));
    if (tail && PLACE_WORDS.has(fold(tail[0].trim()))) continue;
    if (OWN_FAMILY_BEFORE.test(fold(original.slice(Math.max(0, start - 30), start)))) continue;
    if (PUBLIC_DISCLOSURE_AFTER.test(original.slice(end, end + 40))) continue;
    // "My sister just finished chemo… so proud of you Meg": the author's relative, spoken to.
    if (YOU_BEFORE.test(original.slice(Math.max(0, start - 12), start)) && OWN_RELATIVE.test(doc.text)) continue;
    // "St. Jude", "San Antonio", "our Austin office": a first name that names a place.
    if (SAINT_BEFORE.test(original.slice(Math.max(0, start - 8), start)) || SITE_AFTER.test(original.slice(end, end + 24))) continue;
    if (tail && !FIRST_NAMES.has(fold(tail[0].trim())) && !allowed(tail[0], options.allowWords)) end += tail[0].length;
    add('name', start, end);
  }

  // Names known by their context, not from a list: "Hi Jonah!", "Valeria's new smile", "Harold, 91,", "Shana Fields".
  // Candidates are the words typed with a capital (no regex scan of the whole text): the same words CAPITALISED matches.
  for (let k = 0; k < words.words.length; k++) {
    const start = doc.toOriginal[words.starts[k]];
    const c = original.charCodeAt(start);
    if (c < 65 || (c > 90 && c < 128)) continue;
    const wordEnd = doc.toOriginal[words.ends[k] - 1] + 1;
    const typed = original.slice(start, wordEnd);
    if (!CAPITALISED_WORD.test(typed)) continue;
    if (start > 0 && CAPITALISED_NOT_AFTER.test(original[start - 1])) continue;
    if (wordEnd < original.length && CAPITALISED_NOT_BEFORE.test(original[wordEnd])) continue;
    const m = [typed];
    const found = nameByContext(original, start, wordEnd);
    if (!found) continue;
    const end = found.end;
    // "Thank you Maplewood Pharmacy": the word names a business, not a person.
    const tail = NAME_TAIL.exec(original.slice(end, end + 40));
    if (tail && PLACE_WORDS.has(fold(tail[0].trim()))) continue;
    if (ids.some((id) => id.start <= start && start < id.end)) continue;
    if (allowed(original.slice(start, end), options.allowWords) || allowed(m[0], options.allowWords)) continue;
    if (isStaffName(original, start, end) || BUSINESS_BEFORE.test(fold(original.slice(Math.max(0, start - 20), start)))) continue;
    if (options.skipAddressed && isAddressed(original, start, end)) continue;
    const tag = options.skipAddressed && original[start - 1] === ' ' ? TAG_BEFORE.exec(original.slice(Math.max(0, start - 32), start)) : null;
    if (tag && isAddressed(original, start - tag[0].length, end)) continue;
    if (OWN_FAMILY_BEFORE.test(fold(original.slice(Math.max(0, start - 30), start)))) continue;
    if (PUBLIC_DISCLOSURE_AFTER.test(original.slice(end, end + 40))) continue;
    add('name', start, end);
  }
  INITIALS.lastIndex = 0;
  for (let m = INITIALS_GATE.test(original) ? INITIALS.exec(original) : null; m; m = INITIALS.exec(original)) {
    if (INITIALS_NOT_NAMES.has(m[0].replace(/\s/g, '').toLowerCase())) continue;
    if (isStaffName(original, m.index, m.index + m[0].length)) continue;
    add('name', m.index, m.index + m[0].length);
  }
  // A family name with the children: "the Lindahl twins", "the Okafor boys' x-rays".
  if (words.words.some((w) => FAMILY_WORDS.has(w)) && FAMILY_NAME_GATE.test(original)) {
    FAMILY_NAME.lastIndex = 0;
    for (let m = FAMILY_NAME.exec(original); m; m = FAMILY_NAME.exec(original)) {
      const start = m.index + m[0].length - m[1].length - m[2].length - 1;
      const key = fold(m[1]);
      if (NOT_NAMES.has(key) || STAFF_WORDS.has(key) || PLACE_WORDS.has(key) || allowed(m[1], options.allowWords)) continue;
      if (ids.some((id) => id.start <= start && start < id.end)) continue;
      // "Welcome to the Lakeside family": a practice or a team calling itself a family.
      if (/^(?:family|household|familia)$/.test(m[2]) && ORG_FAMILY_BEFORE.test(fold(original.slice(Math.max(0, m.index - 24), m.index)))) continue;
      add('name', start, m.index + m[0].length);
    }
  }
  if (FAMILY_NAME_GATE.test(original) && /s['’]\s/.test(original)) {
    FAMILY_POSSESSIVE.lastIndex = 0;
    for (let m = FAMILY_POSSESSIVE.exec(original); m; m = FAMILY_POSSESSIVE.exec(original)) {
      const start = m.index + m[0].length - m[1].length - 1;
      const key = fold(m[1].slice(0, -1));
      if (NOT_NAMES.has(key) || NOT_NAMES.has(fold(m[1])) || STAFF_WORDS.has(key) || PLACE_WORDS.has(key) || allowed(m[1], options.allowWords)) continue;
      if (ids.some((id) => id.start <= start && start < id.end)) continue;
      add('name', start, m.index + m[0].length);
    }
  }
  // "la niña de los Rangel", "el hijo de doña Lupe": someone known as a family's child or relative.
  if ((doc.text.includes(' de l') || doc.text.includes(' de do')) && FAMILY_ES_GATE.test(doc.text)) {
    for (const h of findAll(doc, FAMILY_ES)) {
      const surname = original.slice(h.start, h.end).split(/\s+/).pop() ?? '';
      const key = fold(surname);
      if (NOT_NAMES.has(key) || STAFF_WORDS.has(key) || PLACE_WORDS.has(key) || key === 'angeles' || allowed(surname, options.allowWords)) continue;
      // The surname must be typed with a capital.
      if (!/^\p{Lu}/u.test(surname)) continue;
      add('name', h.start, h.end);
    }
  }
  // A visit pinned to a day and time, and a named hospital: identifying together with a patient's story.
  const digits = HAS_DIGIT.test(doc.text);
  // Days, hospitals and places identify only together with a patient cue: without one, skip their patterns.
  const cued = patientCueHits(doc).length > 0;
  if (cued && digits && gates & G_DAYTIME) for (const h of findAll(doc, VISIT_TIME)) add('date', h.start, h.end, h.match);
  if (cued && gates & G_DAY && VISIT_DAY.test(doc.text)) {
    FACILITY.lastIndex = 0;
    for (let m = FACILITY.exec(original); m; m = FACILITY.exec(original)) add('facility', m.index, m.index + m[0].length);
  }

  // Handles that look like a person's.
  HANDLE.lastIndex = 0;
  for (let m = original.includes('@') ? HANDLE.exec(original) : null; m; m = HANDLE.exec(original)) {
    const handle = m[0].replace(/\.+$/, '');
    if (/[A-Z]/.test(handle) || STAFF_HANDLE.test(handle.toLowerCase())) continue;
    if (allowed(handle, options.allowWords) || allowed(handle.slice(1), options.allowWords)) continue;
    const end = m.index + handle.length;
    if (options.skipAddressed && isAddressed(original, m.index, end)) continue;
    // "@mara_writes_ saw your thread about…": written to someone about what they posted themselves.
    if (SELF_POSTED_AFTER.test(original.slice(end, end + 48))) continue;
    if (/\(\s*$/.test(original.slice(Math.max(0, m.index - 2), m.index)) && isStaffName(original, m.index - 1, m.index)) continue;
    // "my sis @jess…": the author's own family.
    if (OWN_FAMILY_BEFORE.test(fold(original.slice(Math.max(0, m.index - 30), m.index)))) continue;
    add('handle', m.index, end);
  }

  // "Please come to room 3 for your flu shot", "flu shots today in room 3": a room where a service is held is no one's.
  if (digits && gates & G_ROOM)
    for (const h of findAll(doc, ROOM)) if (!ROOM_AS_VENUE_BEFORE.test(fold(original.slice(Math.max(0, h.start - 48), h.start)))) add('room', h.start, h.end, h.match);
  // "the patient in 8B", "mr. abernathy in 12": someone by the number of their room.
  if (digits && / (?:(?:in|de|del|en) (?:chair |room |bed |bay |op |operatory |la |el )?(?:cama |habitacion |cuarto )?|(?:into|to) (?:chair|room|bed|bay|op|operatory|trauma|resus|triage) )\d/.test(doc.text)) for (const h of findAll(doc, PERSON_IN_ROOM)) ids.push({ kind: 'room', start: h.start, end: h.end, match: h.match, self: true });
  // A capitalised place (not a known word, not a hospital): identifying together with a patient cue and a health detail.
  const places: Identifier[] = [];
  NAMED_PLACE.lastIndex = 0;
  for (let m = cued ? NAMED_PLACE.exec(original) : null; m; m = NAMED_PLACE.exec(original)) {
    const first = fold(m[1].split(/\s+/)[0].replace(/['’]s$|\.$/, ''));
    // A place name does not run past the end of a sentence.
    const stop = m[0].search(/\p{Ll}{2,}[.!?]\s/u);
    const end = stop < 0 ? m.index + m[0].length : m.index + stop + m[0].slice(stop).search(/[.!?]/);
    // "Harlow Springs" is a place even though Harlow is also a first name: the last word says so.
    const last = fold(original.slice(m.index + m[0].length - m[1].length, end).trim().split(/\s+/).pop()?.replace(/[.,!?;:]+$/, '') ?? '');
    // "on ADHD meds", "at ICU": an acronym is no place name.
    if (/^\p{Lu}{2,}$/u.test(m[1].trim().split(/\s+/)[0].replace(/[.,!?;:'’]+$|['’]s$/u, ''))) continue;
    // "on Saturdays", "in March": a time, not a place.
    if (TIME_WORD.test(m[1])) continue;
    const placeNamedForPerson = FIRST_NAMES.has(first) && last !== first && PLACE_WORDS.has(last);
    if (NOT_NAMES.has(first) || STAFF_WORDS.has(first) || (FIRST_NAMES.has(first) && !placeNamedForPerson) || /^(?:general|memorial|regional|hospital|medical|children|st|saint|dr)$/.test(first)) continue;
    if (/(?:General|Memorial|Regional|Hospital|Medical|Clinic|Health|Dental|Urgent)/.test(m[1])) continue;
    places.push({ kind: 'place', start: m.index, end, match: fold(original.slice(m.index, end)) });
  }
  // "6 residents on our 2nd floor tested positive": a unit with a count of people is an aggregate, nobody's own.
  if (gates & G_UNIT && !COUNT_OF_PEOPLE.test(doc.text))
    for (const h of findAll(doc, UNIT)) if (!UNIT_STAFF_AFTER.test(original.slice(h.end, h.end + 24))) add('room', h.start, h.end, h.match);

  // Relatives of someone who can be named: "the mayor's brother", "@jen's son", "your ex's new wife",
  // "the wife of a city council member", "his daughter who owns the bakery", "your mom" (+ a care cue).
  const t = tokensOf(doc);
  const text = doc.text;
  const roles = PUBLIC_ROLE.find(doc);
  const roleEndingAt = new Map<number, (typeof roles)[number]>();
  for (const r of roles) roleEndingAt.set(r.at + r.match.length, r);
  const spanOf = (from: number, to: number) => toOriginalSpan(doc, from, to);
  for (const rel of RELATIVE_INDEX.find(doc)) {
    const i = rel.token;
    const relEnd = rel.at + rel.match.length;
    // possessive before: X's (modifier)? relative
    let j = i - 1;
    if (j >= 0 && POSSESSIVE_MODIFIERS.has(t.words[j])) j--;
    if (j >= 1 && t.words[j] === 's' && text.slice(t.ends[j - 1], t.starts[j]) === "'") {
      const possessor = t.words[j - 1];
      const handle = text[t.starts[j - 1] - 1] === '@' || (text.lastIndexOf('@', t.starts[j - 1]) > t.starts[j - 1] - 31 && /^[a-z0-9_.]*$/.test(text.slice(text.lastIndexOf('@', t.starts[j - 1]) + 1, t.ends[j - 1])));
      const typed = original[toOriginalSpan(doc, t.starts[j - 1], t.ends[j - 1]).start] ?? '';
      const capitalised = typed !== typed.toLowerCase();
      // "Tara's coworker", "Dr. Brandt's wife": a known first name, or any capitalised name that is not a common word.
      const named = capitalised && (FIRST_NAMES.has(possessor) || (!NOT_NAMES.has(possessor) && !PLACE_WORDS.has(possessor) && t.starts[j - 1] > 0));
      const role = roleEndingAt.has(t.ends[j - 1]);
      // "ur bff's husband", "your boss's wife": a relative of someone the person written to knows.
      const theirs = options.kind !== 'post' && options.kind !== 'caption' && j >= 2 && YOUR_WORD.has(t.words[j - 2]) && (RELATIVE_INDEX.test(possessor) || FRIEND_WORDS.has(possessor));
      if (handle || possessor === 'ex' || named || role || theirs) {
        const from = handle ? text.lastIndexOf('@', t.starts[j - 1]) : t.starts[j - 1];
        const sp = spanOf(from, relEnd);
        add('relative', sp.start, sp.end);
        continue;
      }
    }
    // relative of a role
    const k = i + rel.match.split(/[\s-]+/).length;
    if (t.words[k] === 'of' && DETERMINERS.has(t.words[k + 1] ?? '')) {
      for (let m = k + 2; m <= k + 4 && m < t.words.length; m++) {
        const r = roleEndingAt.get(t.ends[m]);
        if (r) {
          const sp = spanOf(rel.at, t.ends[m]);
          add('relative', sp.start, sp.end);
          break;
        }
      }
    }
    if (t.words[k] === 'who' && WHO_VERBS.has(t.words[k + 1] ?? '')) {
      const sp = spanOf(rel.at, t.ends[k + 1]);
      add('relative', sp.start, sp.end);
    }
    // "the guy whose mom I bathed last night": someone's relative, pointed out.
    if (i > 0 && t.words[i - 1] === 'whose') {
      const sp = spanOf(t.starts[i - 1], relEnd);
      add('relative', sp.start, sp.end);
    }
    // "your mom came in with …", "Your husband's labs…", "atender a su mamá": an adult relative of the person written to.
    const yourAt = i > 0 && YOUR_WORD.has(t.words[i - 1]) ? i - 1 : i > 1 && RELATIVE_MODIFIERS.has(t.words[i - 1]) && YOUR_WORD.has(t.words[i - 2]) ? i - 2 : -1;
    if (options.kind !== 'post' && options.kind !== 'caption' && yourAt >= 0 && !CHILD_WORDS.has(rel.match) && !DEFLECT.test(text)) {
      const sp = spanOf(t.starts[yourAt], relEnd);
      add('relative', sp.start, sp.end);
    }
  }

  // Public roles: "the Westfield mayor", "a certain morning-radio DJ".
  for (const h of roles) {
    const before = doc.text.slice(Math.max(0, h.at - 40), h.at);
    const after = doc.text.slice(h.at + h.match.length, h.at + h.match.length + 16);
    if (!ROLE_DETERMINER.test(before) || ROLE_AS_ADJECTIVE.test(after)) continue;
    add('public-role', h.start, h.end, h.match);
  }

  // Employers, schools, congregations, residences — tied to a person.
  // Every institution pattern needs a capitalised name before the institution word ("Eastview High"): look for
  // that pair on the tokens before running any of them.
  let institutions = false;
  for (let k = 1; k < words.words.length && !institutions; k++) {
    if (!INSTITUTION_WORDS.has(words.words[k])) continue;
    const c = original.charCodeAt(doc.toOriginal[words.starts[k - 1]]);
    institutions = (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase()) || /\d/.test(words.words[k - 1]);
  }
  const spanishPrep = institutions && words.words.some((w) => w === 'de' || w === 'del' || w === 'en');
  const institutionPatterns = institutions ? (spanishPrep ? [INSTITUTION, INSTITUTION_ES] : [INSTITUTION]) : [];
  for (const re of gates & G_ON ? [...institutionPatterns, ON_STREET] : institutionPatterns) {
    re.lastIndex = 0;
    for (let m = re.exec(original); m; m = re.exec(original)) {
      if (hasPersonBefore(doc, m.index)) add('workplace', m.index, m.index + m[0].length);
    }
  }
  if (gates & G_AFFILIATION) for (const h of findAll(doc, AFFILIATION)) if (hasPersonBefore(doc, h.start)) add('workplace', h.start, h.end, h.match);
  if (gates & G_DESCRIBED && gates & G_DESCRIBED_OBJECT) for (const h of findAll(doc, DESCRIBED)) add('description', h.start, h.end, h.match);
  if (doc.text.includes(' who ')) for (const h of findAll(doc, REVIEWER_CALLOUT)) add('description', h.start, h.end, h.match);
  // The word after each "who": which of the "who does what" patterns can match at all.
  let whoNext: Set<string> | undefined;
  if (doc.text.includes(' who ')) {
    whoNext = new Set();
    for (let k = 0; k + 1 < words.words.length; k++) if (words.words[k] === 'who') whoNext.add(words.words[k + 1]);
  }
  const whoCan = (verbs: ReadonlySet<string>) => !!whoNext && [...whoNext].some((w) => verbs.has(w));
  // "our red jeep guy Marco (our courier!)": one of our own is no description of a patient.
  if (gates & G_COMPOUND) for (const h of findAll(doc, COMPOUND_DESCRIBED)) if (!/^(?:our|my) /.test(h.match)) add('description', h.start, h.end, h.match);
  // "the guy who lives behind the Walmart", "the lady who runs Pinewood Dance": where the whole town sees them.
  WHO_LIVES_AT.lastIndex = 0;
  for (let m = whoCan(LIVES_VERBS) ? WHO_LIVES_AT.exec(original) : null; m; m = WHO_LIVES_AT.exec(original)) {
    const place = /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,2}/u.exec(original.slice(m.index + m[0].length));
    // Chains count too ("behind the Walmart"): in a small town they pin someone down. Days and months do not.
    if (place && !TIME_WORD.test(place[0])) add('description', m.index, m.index + m[0].length + place[0].length);
  }
  if (gates & G_ROLE_OF && ROLE_OF_GATE.test(doc.text)) {
    ROLE_OF.lastIndex = 0;
    for (let m = ROLE_OF.exec(original); m; m = ROLE_OF.exec(original)) {
      // "the new director of our Diabetes Center": a post in the practice is staff news.
      if (STAFF_ORG.test(original.slice(m.index, m.index + m[0].length + 32))) continue;
      add('public-role', m.index, m.index + m[0].length);
    }
  }
  if (/ on (?:nextdoor|facebook|fb|google|yelp|tiktok|instagram|insta|ig|twitter|reddit|the (?:town|community|neighborhood|mom|moms) |our (?:page|wall)|her page|his page)/.test(doc.text)) for (const h of findAll(doc, PUBLIC_POSTER)) {
      // The claim itself ("…that I botched her crown") is the health detail, not part of who they are.
      const claim = original.slice(h.start, h.end).search(/ (?:that|about|i|we|lies|garbage|trash|stuff|things) /i);
      add('description', h.start, claim > 0 ? h.start + claim : h.end);
    }
  // "Our hygienist Kim, who coaches little league": staff, not a patient.
  if (whoCan(LEADS_VERBS)) for (const h of findAll(doc, WHO_LEADS)) if (!isStaffName(original, h.start, h.start)) add('description', h.start, h.end, h.match);
  if (doc.text.includes(' the same '))
    for (const h of findAll(doc, SAME_PLACE))
      if (hasPersonBefore(doc, h.start) || PEOPLE_BEFORE.test(fold(original.slice(Math.max(0, h.start - 40), h.start)))) add('workplace', h.start, h.end, h.match);
  if (doc.text.includes('whoever ')) for (const h of findAll(doc, WHOEVER_VEHICLE)) add('description', h.start, h.end, h.match);
  // "Before & after: 62 y/o retired firefighter…": a patient's photo, told with who they are.
  if ((doc.text.includes('before') || doc.text.includes('b&a') || doc.text.includes('antes')) && BEFORE_AFTER.test(doc.text) && (CLINICAL_AGE_TEST.test(doc.text) || PERSON_NOUN.find(doc).some((h) => !GENERIC_PEOPLE.has(h.match)))) {
    const m = BEFORE_AFTER.exec(doc.text);
    if (m) {
      const sp = toOriginalSpan(doc, m.index, m.index + m[0].length);
      add('photo', sp.start, sp.end, m[0]);
    }
  }
  if (whoCan(OWNS_VERBS)) for (const h of findAll(doc, WHO_OWNS)) if (!isStaffName(original, h.start, h.start)) add('description', h.start, h.end, h.match);
  if (whoCan(DOES_VERBS)) for (const h of findAll(doc, WHO_DOES_AT)) add('description', h.start, h.end, h.match);
  if (digits && /neighbo|vecin|tenant|senor/.test(doc.text)) for (const h of findAll(doc, NEIGHBOR_UNIT)) add('workplace', h.start, h.end, h.match);
  // "someone you'd all recognize", "a local celebrity": a person the readers are told they know.
  if (gates & G_KNOWN || (doc.text.includes(' know') && KNOW_GATE.test(doc.text))) for (const h of findAll(doc, RECOGNISABLE)) add('public-role', h.start, h.end, h.match);
  if (doc.text.includes(' que ')) for (const h of findAll(doc, DESCRIBED_ES)) add('description', h.start, h.end, h.match);
  if (doc.text.includes('whose ')) for (const h of findAll(doc, KNOWN_FOR_THEIR_WORK)) add('public-role', h.start, h.end, h.match);
  INSTITUTION_PERSON.lastIndex = 0;
  for (let m = institutions ? INSTITUTION_PERSON.exec(original) : null; m; m = INSTITUTION_PERSON.exec(original)) {
    // The person noun within the next three words: "… Middle science teacher".
    const rest = fold(original.slice(m.index + m[0].length, m.index + m[0].length + 40)).split(/\s+/, 3);
    let len = 0;
    for (const raw of rest) {
      // "…High valedictorian,": the word without the punctuation after it.
      const word = raw.replace(/[^\p{L}\p{N}'-]+$/u, '');
      len += raw.length;
      if (PERSON_NOUN_WORDS.has(word) || PUBLIC_ROLE.test(word)) {
        add('workplace', m.index, m.index + m[0].length + len - (raw.length - word.length));
        break;
      }
      len += 1;
    }
  }
  PERSON_AT_PLACE.lastIndex = 0;
  for (let m = gates & G_PERSON ? PERSON_AT_PLACE.exec(original) : null; m; m = PERSON_AT_PLACE.exec(original)) {
    if (!PERSON_AT.test(fold(original.slice(Math.max(0, m.index - 24), m.index + m[0].length)))) continue;
    const place = /^(?:\p{Lu}[\p{L}'’.&-]*(?:\s+|$)){1,3}/u.exec(original.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (!place || NOT_NAMES.has(fold(place[0].trim().split(/\s+/)[0].replace(/['’]s$/, '')))) continue;
    // "from Engine 4", "at Station 9": STATION reports those.
    if (/^\d/.test(original.slice(m.index + m[0].length + place[0].length, m.index + m[0].length + place[0].length + 2))) continue;
    add('workplace', m.index, m.index + m[0].length + place[0].trimEnd().length);
  }
  for (const h of gates & G_PERSON_ES && SPANISH_PREP.test(doc.text) ? findAll(doc, PERSON_AT_ES) : []) {
    // Keep the business's name ("… Los Reyes"), not the words after it ("… tiene diabetes").
    const typed = original.slice(h.start, h.end);
    const folded = fold(typed);
    const head = folded.length === typed.length ? PERSON_AT_ES_HEAD.exec(folded) : null;
    const tail = head ? /^(?:\s+\p{Lu}[\p{L}]*){0,2}/u.exec(typed.slice(head[0].length))?.[0] ?? '' : typed.slice(0, 0);
    add('workplace', h.start, h.start + (head ? head[0].length + tail.length : typed.length));
  }
  STATION.lastIndex = 0;
  for (let m = digits && gates & G_STATION ? STATION.exec(original) : null; m; m = STATION.exec(original)) {
    // "the captain from Engine 4", "one of the guys at Station 9" — not "a CPR class at Fire Station 3".
    // "our firefighters from Station 3 stopped by": the town's crew visiting, not a patient.
    if (OUR_CREW_BEFORE.test(fold(original.slice(Math.max(0, m.index - 40), m.index)))) continue;
    if (hasPersonBefore(doc, m.index) || !/(?:at|in)\s+(?:the\s+)?(?:fire\s+)?$/i.test(original.slice(Math.max(0, m.index - 16), m.index))) add('workplace', m.index, m.index + m[0].length);
  }
  if (digits && doc.text.includes('#')) for (const h of findAll(doc, JERSEY)) add('jersey', h.start, h.end, h.match);

  // A newsworthy event pinned to a place: "the Route 9 crash".
  for (const h of gates & G_NEWS ? findAll(doc, NEWS_EVENT) : []) {
    const before = doc.text.slice(Math.max(0, h.at - 32), h.at);
    const origAt = doc.toOriginal[h.at];
    const origBefore = original.slice(Math.max(0, origAt - 32), origAt);
    const dayAnchor = NEWS_DAY_ANCHOR.test(before);
    const named = (NEWS_ANCHOR.test(before) || dayAnchor) && (NEWS_PLACE_BEFORE.test(origBefore) || NEWS_PLACE_AFTER.test(original.slice(h.end, h.end + 40)));
    if (!named && (!NEWS_ANCHOR.test(before) || !/\d|route|highway|hwy|interstate|ruta/.test(before))) continue;
    // Underline the place with the event: "Route 30 crash".
    const place = /(?:route|rt|highway|hwy|interstate|i|exit|ruta|carretera)[\s.-]?\d{1,3}[^\p{L}\p{N}]*(?:[\p{L}\p{N}'-]+\s+){0,2}$/u.exec(before);
    const from = place ? h.at - before.length + place.index : h.at;
    add('news', toOriginalSpan(doc, from, h.at).start, h.end);
  }

  if (digits) {
    for (const h of findAll(doc, AGE_OVER_89)) add('age', h.start, h.end, h.match);
    if (gates & G_RECORD) for (const h of findAll(doc, RECORD)) add('record', h.start, h.end, h.match);
  }
  if (gates & G_RECORD) for (const h of findAll(doc, RECORD_SHOWN)) add('record', h.start, h.end, h.match);
  if (PHOTO_GATE.test(doc.text)) for (const h of findAll(doc, PHOTO_OF_PATIENT)) add('photo', h.start, h.end, h.match);
  if (doc.text.includes(' of her ') || doc.text.includes(' of his ') || doc.text.includes(' of their ') || doc.text.includes(' from her ') || doc.text.includes(' from his ') || doc.text.includes('monitor') || doc.text.includes('screen') || doc.text.includes('computer') || doc.text.includes('background')) for (const h of findAll(doc, PHOTO_OF_RECORD_OR_HOME)) add('photo', h.start, h.end, h.match);

  // Places are the weakest identifier: only where nothing stronger covers the same words.
  const found = dedupe(ids);
  const free = places.filter((p) => !found.some((id) => p.start < id.end && id.start < p.end));
  return free.length === 0 ? found : dedupe([...found, ...free]);
}

/** Sorted by position; where two overlap, the longer one stays. */
function dedupe<T extends Hit>(hits: T[]): T[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Sorted by position; overlapping hits merge into one ("We checked your" + "your chart"). */
export function merge(hits: Hit[], doc: NormalizedText): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) out[out.length - 1] = { start: last.start, end: h.end, match: fold(doc.original.slice(last.start, h.end)) };
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Does the parent name a third party in care, or a newsworthy event? ("my neighbor Jim", "BREAKING: crash …") */
/** A cheap word gate: does the text name an event that makes news (a crash, a fire, a shooting)? */
export function mentionsNewsEvent(doc: NormalizedText): boolean {
  // The gate words are loose ("attack", "game", "meet"): confirm with the event pattern itself.
  return (gatesOfDoc(doc) & G_NEWS) !== 0 && NEWS_EVENT_TEST.test(doc.text);
}
const NEWS_EVENT_TEST = new RegExp(NEWS_EVENT.source, 'u');

export function parentNamesThirdParty(parent: NormalizedText | undefined): boolean {
  return !!parent && NEWS_PARENT.test(parent.text);
}

/** Care cues that, in a reply, tie the author to the people of the parent's story ("they came in", "on his floor"). */
export function newsCareHits(doc: NormalizedText): Hit[] {
  return [...NEWS_CARE_CUE.find(doc), ...patientFind(doc)]
    .filter((h) => isPatientAbbreviation(doc, h))
    .sort((a, b) => a.start - b.start);
}

export const THIRD_PERSON = fast(/(?<![\p{L}])(?:he|she|him|her|his|hers|they|them|their|el|ella|su)(?![\p{L}])/u);

export function hasConsent(doc: NormalizedText): Span | undefined {
  // "I have the x-rays, the signed consent and 2 witnesses": consent to treatment held as proof is no consent to post.
  return CONSENT_CUE.find(doc).find((h) => !CONSENT_AS_PROOF.test(doc.text.slice(Math.max(0, h.at - 48), h.at)));
}
const CONSENT_AS_PROOF = /(?:^|[^\p{L}])(?:i|we|i've|we've|ive) (?:have|had|got|kept|still have)(?: [\p{L}',-]+){0,6} (?:the|her|his|their|a)\s+$/u;
