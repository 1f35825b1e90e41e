// patient-privacy: text that ties a patient who can be identified to their health, care, visit or bill.
// The risk is the combination, never a single word: an identifier (a name, a room, a relative, a
// workplace, a public role, a news event…) within reach of a health or care cue. Quiet on general
// education, aggregate numbers, de-identified stories, staff news and the author's own health.
import {
  DRUG_WORDS,
  careHits,
  drugHits,
  findIdentifiers,
  hasConsent,
  healthHits,
  isAttribution,
  mentionsNewsEvent,
  ROOM_AS_PERSON,
  newsCareHits,
  parentNamesThirdParty,
  patientCueHits,
  sentences,
  THIRD_PERSON,
  type Hit,
  type Identifier,
  type IdentifierKind,
  type Sentences,
} from './privacy-cues';
import { confirmHits, specificHits } from './reply-cues';
import { fast, findAll } from './match';
import { toOriginalSpan } from './normalize';
import { defineRule, type Report, type RuleContext } from './types';

const DOSE = /\d\s?(?:mg|ml|mcg|milligrams?|tabs?|tablets?|pills?|puffs?|drops?|units?|capsules?)(?![\p{L}])/u;
/** A message to the patient or their parent: reminders, confirmations, instructions for "your" child. */
const HOUSEHOLD = fast(/(?<![\p{L}])(?:reminder|recordatorio|this is (?:nurse|dr|doctor|the (?:school )?nurse|the office|[\p{L}]+ from)|habla (?:la enfermera|el doctor|la doctora)|needs to be picked up|please pick (?:him|her|them) up|can come back (?:to school|once|when|tomorrow)|(?:hi|hello|dear|hola|good morning|estimad[oa]) (?:mr|mrs|ms|miss|sr|sra|srta)\.? \p{L}+|reply to confirm|confirm (?:the|your) (?:appointment|visit|time)|(?:appointment|appt|cleaning|visit|check-?up|exam|cita|consulta) (?:has been |was |is |got )?(?:moved|changed|rescheduled|cambiada|cambiad[oa]|movid[oa])|rescheduled (?:to|for)|responda para confirmar|is (?:tomorrow|today|on \w+day)|your (?:little one|son|daughter|kid|child|baby)|su (?:hij[oa]|beb[eé]|niñ[oa]))(?![\p{L}])/u);
/**
 * The parent says the author cared for someone ("saw you at Mercy ER when I brought my roommate in", "thank you to
 * the medics who helped my husband", "gracias por atender a mi papá") or is news about a person ("spelling bee
 * winner heads to state"): then any health detail in the reply is about that person.
 */
const PARENT_CARED_OR_NEWS =
  /\b(?:saw you at|brought (?:my|him|her|them|in my)|(?:thanks|thank you|thank u|thx|grateful)(?: so much)?(?: to you| y'all| you all| guys)? for (?:seeing|squeezing|fitting|taking|getting|helping|treating|fixing|stitching|patching|checking|looking at|caring for|taking care of) (?:my|our)|(?:helped|treated|saved|took care of|taking care of|looked after|fixed|stitched up|patched up) (?:my|our)|thank(?:s| you) (?:so much )?(?:to )?(?:the |all the |you )?(?:medics|nurses|staff|team|crew|doctors|docs|paramedics|emts?|firefighters|first responders|er|ed|icu|nicu|you all|y'all|everyone) (?:who|that|at|in|for)|(?:atender|atendieron|cuidar|cuidaron|ayudar|ayudaron|curar|curaron|salvar|salvaron) a mi|winner|wins|won the|champion|champs|champ|heads to state|headed to state|honor roll|all-state|all-conference|scholarship|valedictorian|signs with|signed with|commits to|student of the month|athlete of the week|player of the week|gazette|herald|tribune|courier)\b/;
/** A parent asking prayers for someone in care: a reply that says the author cares for them ("I'm his aide now") discloses it. */
const PARENT_PRAYERS = /\b(?:hospice|in (?:your|ur|our|y'all's) prayers|prayers for|pray for|praying for|(?:is|was|went|been) in the (?:hospital|icu|er)|oren por|en sus oraciones)\b/;
const NAMED_BY_TITLE = fast(/(?<![\p{L}])(?:mr|mrs|ms|miss|coach|pastor|principal|officer|sr|sra)\.? [\p{L}'-]{2,}/u);
const DENIED_BEFORE = /(?:no need to|don't need to|dont need to|do not need to|doesn't need to|don't|do not|never|no hace falta|no tiene que)\s+$/;
/** Telling someone what to do for a person in their household: "tell ur husband to take…", "give her 2 of…", "keep it elevated". */
const ADVICE = fast(
  /(?:(?:^|[.!?,;:]\s*|(?<![\p{L}])(?:just|then|and|so|pls|please)\s+)(?:take|give (?:him|her|them)|hold (?:his|her|their)|stop (?:his|her|their)|keep (?:it|him|her) (?:elevated|iced|wrapped|still)|ice|elevate|try)|(?<![\p{L}])(?:tell (?:your|ur|yr) [\p{L}-]+ to|have (?:him|her|them) (?:take|try|hold|stop)|give (?:him|her|them) (?:\d|one|two|half)|no te tomes|no tomes|no le des|ponle|ponte|dile a tu [\p{L}]+ que|digale a su [\p{L}]+ que))(?![\p{L}])/u,
);
/** "your employee Marco", "your student": written to someone about a person outside their family. */
const NOT_HOUSEHOLD = fast(/(?<![\p{L}])(?:your|ur|su) (?:employee|employees|worker|staff member|coworker|co-worker|student|tenant|neighbor|neighbour|friend|client|teammate|player|member|resident|parishioner|congregant|empleado|empleada|estudiante|vecin[oa]|amig[oa])(?![\p{L}])/u);
/** Telling someone about a third person: "did you see…", "guess who…", "you won't believe…". */
/** "We can't confirm or comment on whether…": the author declines to say whether anyone was a patient. */
const WONT_CONFIRM_WHETHER = fast(/(?<![\p{L}])(?:can't|cannot|can not|won't|will not|unable to|not able to|no podemos)\s+(?:\p{L}+\s+){0,3}(?:confirm|comment on|say|confirmar|decir)\s+(?:whether|if|si)(?![\p{L}])/u);
/** Words that offer a service to readers; OFFER_GATE finds them cheaply first. */
const OFFER_GATE = /booking|book |schedule |ask us|we offer|now offering|accepting/;
const OFFER_BEFORE = /(?:now booking|booking|book (?:your|a|an)|schedule (?:your|a|an)|ask us about|we (?:now )?offer|now offering|accepting (?:new )?(?:patients for)?)\s+(?:[\p{L}-]+\s+)?$/u;
const GOSSIP = fast(/(?<![\p{L}])(?:did (?:you|u|ya) (?:see|hear)|guess who|you won'?t believe|u won'?t believe|can'?t believe|omg|no vas a creer|adivina qui[eé]n)(?![\p{L}])/u);
const TO_READER = fast(/(?<![\p{L}])(?:you|your|u|ur|give|take|use|bump|try|dale|dele|tome|toma|usted)(?![\p{L}])/u);

/** A bed or a room with its number (cheap, no look-behind): only then is a stay looked for. */
const ROOM_GATE = /(?:bed|room|bay|rm|pod|cubicle|cama|habitacion|cuarto|chair|op) ?#? ?\d/;
/** A hospital stay told about whoever lies in a bed: "went home after 3 weeks", "discharged today", "coded overnight". */
const STAY = fast(
  /(?<![\p{L}])(?:(?:go|went|going|gone|sent|headed|discharged|discharge)\s+home|discharged|extubated|coded|passed away|passed overnight|we lost (?:him|her|them|your|their|his)|(?:didn't|did not|didnt) make it|admitted|readmitted|transferred to (?:the )?(?:icu|hospice|rehab)|(?:after|for)\s+(?:\d+|two|three|four|five|six)\s+(?:days|weeks|months|nights)\s+(?:here|with us|on the unit|in the icu|in icu|in the nicu)|after\s+\d+\s+(?:days|weeks|months))(?![\p{L}])/u,
);
/** Care words that name a visit, not what was done at it: in a reply they confirm, they do not disclose. */
const VISIT_WORDS = new Set([
  'session', 'sessions', 'therapy', 'exam', 'consult', 'consultation', 'treatment', 'treated', 'follow-up', 'followup', 'checkup',
  'checkups', 'check-up', 'check-ups', 'counseling', 'well visit', 'physical exam', 'admission', 'copay', 'co-pay', 'script',
  'prescription', 'prescriptions', 'rx', 'refill', 'results', 'cleaning', 'cleanings', 'adjustment', 'adjustments', 'adjusted',
  'tune-up', 'glasses', 'lentes', 'anteojos', 'whitening', 'facial', 'skin check',
  'cita', 'citas', 'consulta', 'consultas', 'chequeo', 'revision', 'control', 'sesion', 'sesiones', 'terapia', 'limpieza',
  'tratamiento', 'receta', 'resultados', 'examen', 'vacuna',
  // things a patient brings in, not what was done: "please bring your retainer by"
  'retainer', 'retainers', 'aligners', 'night guard', 'nightguard', 'mouthguard', 'hearing aid', 'hearing aids', 'contacts', 'retenedor',
]);
/** "from the bike crash on Cedar Hill": a place span that holds a news event is read as the event. */
const NEWS_WORD = fast(/(?<![\p{L}])(?:crash|wreck|collision|pile-?up|shooting|stabbing|explosion|fire|rollover|accident|drowning|tornado|flood|dog attack|bar fight|brawl|choque|accidente|incendio)(?![\p{L}])/u);
/** "40 stitches", "6 units of blood": counts of what was done to one person. */
const ONE_PERSON_COUNT = /^(?:stitch(?:es)?|staples?|sutures?|units?)(?![\p{L}])/u;
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(?<!(?:route|rt|highway|hwy|interstate|exit|i|bed|room|bay|engine|station|unit|ruta)[\s.-]?)\d{1,4}\s+(?:(?!(?:was|were|is|are|got|had|has|and|with|on|in|at|to|for|from|the|a)\s)[\p{L}-]+\s+)?$/iu;
const RECORD_WORDS = new Set(['x-ray', 'x-rays', 'xray', 'xrays', 'x ray', 'x rays', 'radiograph', 'radiographs', 'imaging', 'records', 'chart', 'notes', 'photos', 'scans', 'scan']);
/** How far (in characters) an identifier and a health cue may be apart at most; they must also share a sentence or sit in neighbouring ones. */
const WINDOW = 400;
/** Up to this many characters a text counts as one short story. */
const SHORT_POST = 300;
/** A signed testimonial: the quotation before the name can be long. */
const ATTRIBUTION_WINDOW = 1500;

const WHY: Record<IdentifierKind, string> = {
  name: 'names a person',
  handle: "tags a person's account",
  room: 'gives a room or bed number',
  relative: 'points to a patient through a relative',
  'public-role': 'points to a patient through a public role',
  workplace: 'points to a patient through their school, workplace or home',
  jersey: "points to a patient through a team and jersey number",
  news: 'ties patients to a news event',
  age: 'gives an age over 89',
  record: 'gives a record number or date of birth',
  photo: 'shows a patient in a photo',
  date: 'pins the visit to a day and time',
  facility: 'names the hospital, with the day',
  place: 'ties the patient to a named place',
  description: 'describes the person so that people who know them can tell who it is',
};

function quote(doc: RuleContext['doc'], hit: Hit): string {
  const text = doc.original.slice(hit.start, hit.end).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function atSentenceStart(original: string, start: number): boolean {
  const before = original.slice(Math.max(0, start - 8), start);
  if (start <= 8 && before.trim() === '') return true;
  return /[.!?\n]\s*$/.test(before);
}

/** The first cue in the identifier's sentence or a neighbouring one (evidence is sorted by start). */
function nearestEvidence(evidence: Hit[], id: Identifier, from: { i: number }, text: Sentences, attribution: boolean, original: string): Hit | undefined {
  const reach = attribution ? ATTRIBUTION_WINDOW : WINDOW;
  while (from.i < evidence.length && evidence[from.i].end < id.start - ATTRIBUTION_WINDOW) from.i++;
  const sentence = text.of(id.start);
  // A short post (a caption, a tweet) is one story: an identifier and a health detail two sentences apart still meet.
  // A news event or a photo is the whole post's subject: "…the rollover on Route 9. Yeah. We got the driver."
  const reachInSentences =
    original.length <= SHORT_POST && (id.kind === 'name' || id.kind === 'handle' || id.kind === 'photo') ? 2 : id.kind === 'news' && original.length <= SHORT_POST ? 3 : 1;
  for (let i = from.i; i < evidence.length && evidence[i].start <= id.end + WINDOW; i++) {
    const e = evidence[i];
    if (e.end < id.start - reach) continue;
    const inside = e.start >= id.start && e.end <= id.end;
    if (inside && id.kind !== 'photo') continue;
    if (attribution && e.start < id.start) return e;
    if (Math.abs(text.of(e.start) - sentence) <= reachInSentences) return e;
  }
  return undefined;
}

/** A stay or a discharge in the room's sentence or the next one. */
function stayNear(doc: RuleContext['doc'], m: RegExpExecArray, id: Identifier, text: Sentences): Hit | undefined {
  const span = toOriginalSpan(doc, m.index, m.index + m[0].length);
  const d = text.of(span.start) - text.of(id.start);
  return d >= 0 && d <= 1 ? { start: span.start, end: span.end, match: m[0] } : undefined;
}

/** "bed 9 looked me dead in the eye", "the patient in 8B": a room that stands for the person in it is evidence itself. */
function roomAsPerson(doc: RuleContext['doc'], id: Identifier): Hit | undefined {
  if (id.kind !== 'room') return undefined;
  return id.self || ROOM_AS_PERSON.test(doc.original.slice(id.end, id.end + 40).toLowerCase()) ? { start: id.start, end: id.end, match: id.match } : undefined;
}

/** "Ezekiel's first filling": a generic care word owned by the named person is health information about them. */
function possessedCare(ctx: RuleContext, id: Identifier): Hit | undefined {
  if (id.kind !== 'name' || !/^['’]s\s/.test(ctx.doc.original.slice(id.end, id.end + 3))) return undefined;
  return careHits(ctx.doc).find((h) => h.start > id.end && h.start - id.end <= 24 && !/[.!?,;:\n]/.test(ctx.doc.original.slice(id.end, h.start)));
}

/** "New crown is looking great", "first filling done": a treatment just done, which a name beside it makes someone's care. */
const NEW_BEFORE_CARE = /(?:^|[^\p{L}])(?:new|brand new|fresh|first)\s+(?:[\p{L}-]+\s+)?$/u;
function newCareHits(doc: RuleContext['doc']): Hit[] {
  return careHits(doc).filter((h) => NEW_BEFORE_CARE.test(doc.original.slice(Math.max(0, h.start - 20), h.start).toLowerCase()));
}

function reportIdentifiers(ctx: RuleContext, report: Report, severityOf: () => 'info' | undefined, taken: Hit[]): void {
  const { doc } = ctx;
  const conversation = ctx.kind === 'message' || ctx.parent !== undefined;
  // Evidence first (one phrase-index pass each, cached): with no health word, no patient cue and no care
  // word, no identifier can be reported, so the identifier passes are skipped.
  const health = healthHits(doc);
  const cues = patientCueHits(doc);
  // "Bed 12 finally went home after 3 weeks": a stay or a discharge is care news about whoever lies in that bed.
  const numberedRoom = ROOM_GATE.test(doc.text);
  const stay = numberedRoom ? STAY.exec(doc.text) : null;
  // With none of those, only identifiers that carry their own story can still be reported: a news event told
  // with care news ("made it to Children's"), a room that acts as its patient ("bed 9 looked me in the eye").
  const noEvidence = health.length === 0 && cues.length === 0 && !stay && careHits(doc).length === 0;
  const rooms = numberedRoom || / in \d/.test(doc.text);
  if (noEvidence && !mentionsNewsEvent(doc) && !rooms) return;
  const found = findIdentifiers(doc, { kind: ctx.kind, allowWords: ctx.settings.allowWords, skipAddressed: conversation });
  const ids = noEvidence ? found.filter((id) => id.kind === 'news' || id.kind === 'room' || (id.kind === 'workplace' && NEWS_WORD.test(id.match))) : found;
  if (ids.length === 0) return;
  // "Now booking hearing tests", "ask us about Invisalign": a service offered to every reader is nobody's care.
  const offered = (h: Hit) => !OFFER_BEFORE.test(doc.original.slice(Math.max(0, h.start - 24), h.start).toLowerCase());
  const healthOf = OFFER_GATE.test(doc.text) ? health.filter(offered) : health;
  const evidence = healthOf.length === 0 ? cues : cues.length === 0 ? healthOf : [...healthOf, ...cues].sort((a, b) => a.start - b.start);
  // An adult relative of the person written to ("your husband's labs") counts with generic care words too.
  // So does a person described for all to recognise ("the patient who left us a 2-star review… your results").
  const withCare =
    (conversation && ids.some((id) => id.kind === 'relative')) || ids.some((id) => id.kind === 'description')
      ? [...evidence, ...careHits(doc)].sort((a, b) => a.start - b.start)
      : evidence;
  if (withCare.length === 0 && !stay && !ids.some((id) => id.kind === 'name' || id.kind === 'news' || id.kind === 'room' || id.kind === 'workplace')) return;
  const cursors = { evidence: { i: 0 }, health: { i: 0 }, care: { i: 0 } };
  const text = sentences(doc.original);
  // A DM to the patient or their household (dosing, a reminder, "reply to confirm"): the names in it are
  // their own family's and no third party learns anything — unless it reads as telling someone else about
  // a patient ("did you see…", "guess who…").
  const toTheirHousehold =
    ctx.kind === 'message' && cues.length === 0 && !GOSSIP.test(doc.text) && !NOT_HOUSEHOLD.test(doc.text) && ((DOSE.test(doc.text) && TO_READER.test(doc.text)) || ADVICE.test(doc.text) || HOUSEHOLD.test(doc.text));
  let newsEvidence: Hit[] | undefined;
  let newCare: Hit[] | undefined;
  let deflects: boolean | undefined;
  for (const id of ids) {
    // A message to the patient or their household (advice about their own family, "your son needs to be
    // picked up", "tell your brother to hold his Eliquis") tells them nothing they do not know.
    if (toTheirHousehold) continue;
    // "We can't confirm whether anyone from Saturday's crash was treated here": the denial names the event, not a patient.
    if (id.kind === 'news' && (deflects ??= WONT_CONFIRM_WHETHER.test(doc.text))) continue;
    // "Ménière's", "Crohn's": a name that is part of a condition's name is no person.
    if (id.kind === 'name' && health.some((h) => h.start <= id.start && id.start < h.end)) continue;
    let pool = evidence;
    let cursor = cursors.evidence;
    if (id.kind === 'date' || id.kind === 'facility' || id.kind === 'place') {
      // A day, a time or a hospital identifies only with a patient's story: a patient cue somewhere, a health detail close by.
      if (cues.length === 0) continue;
      pool = health;
      cursor = cursors.health;
    } else if ((id.kind === 'relative' && conversation) || id.kind === 'description') {
      pool = withCare;
      cursor = cursors.care;
    } else if (id.kind === 'news' || (id.kind === 'workplace' && NEWS_WORD.test(id.match))) {
      // "the teen from the Lake Harlow boating accident made it to Children's", "off the vent today": care news.
      // "40 bee stings and 2 sprained ankles" at a festival: counts are an event's tally, nobody's own care.
      pool = newsEvidence ??= [...evidence, ...newsCareHits(doc)]
        .filter((h) => (ONE_PERSON_COUNT.test(h.match) && /(?:^|[^\d,])\d{1,2}\s+$/.test(doc.original.slice(Math.max(0, h.start - 8), h.start))) || !COUNT_BEFORE.test(doc.original.slice(Math.max(0, h.start - 12), h.start)))
        .sort((a, b) => a.start - b.start);
      cursor = { i: 0 };
    }
    const cue =
      nearestEvidence(pool, id, cursor, text, id.kind === 'name' && isAttribution(doc.original, id.start), doc.original) ??
      (id.kind === 'name' && !conversation ? nearestEvidence((newCare ??= newCareHits(doc)), id, { i: 0 }, text, false, doc.original) : undefined) ??
      roomAsPerson(doc, id) ??
      possessedCare(ctx, id) ??
      (stay && id.kind === 'room' ? stayNear(doc, stay, id, text) : undefined);
    if (!cue) continue;
    const severity = severityOf();
    const what = quote(doc, id);
    const name = id.kind === 'name';
    report({
      start: id.start,
      end: id.end,
      severity,
      message:
        `"${what}" ${WHY[id.kind]} next to health or care details ("${quote(doc, cue)}"). ` +
        'Together they can identify a patient to anyone who knows them, which breaks patient privacy (HIPAA) even without a full name.' +
        (severity === 'info' ? ' You mention consent: post only with the patient\'s written authorization on file.' : ''),
      suggestion: {
        message: name
          ? 'Leave the person unnamed (for example "a patient"), or post only with their written authorization.'
          : 'Remove this detail, or keep the story general enough that nobody could recognise the patient.',
        ...(name ? { replacement: atSentenceStart(doc.original, id.start) ? 'A patient' : 'a patient' } : {}),
      },
    });
    taken.push(id);
  }
}

/**
 * The course of someone's care, told back to them: a dose ("0.5mg pens"), a regimen ("twice a day for 2 more wks",
 * "3 series de 15"), where they are in it ("quitting on day 3", "after month 14", "stopped coming"), what it did
 * ("got you back on the tennis court"), the day of their visit ("in the chair yesterday", "el martes").
 */
const COURSE = fast(
  /(?<![\p{L}\p{N}])(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml)(?![\p{L}])(?! (?:of )?[\p{L}-]+ (?:every|each|twice|once|three times|as needed))|(?:once|twice|three times|\d+ times|\dx) (?:a|per|each) (?:day|night|week)|for (?:\d+|two|three|four|five|six) (?:more )?(?:days|wks|weeks|months)|(?:quit|quitting|stopped|stopping|gave up|giving up|missed) (?:on|after|at|by|around) (?:day|week|month|visit|session) \d{1,3}|(?:stopped|quit|quitting) (?:coming|showing up|wearing|taking|using)|(?:finished|finish) the (?:\d+|ten|seven|five|fourteen) days|got (?:you|u|ya) back (?:on|to|in|into)|(?:in|out of) the chair (?:yesterday|today|this morning|last week)|\d+ series de \d+|\d+ veces al dia|cada \d+ horas|dejo de venir|(?:el|este|proximo) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))(?![\p{L}\p{N}])/gu,
);
const DOSE_INSTRUCTION_BEFORE = /(?:take|give|use|try|start|increase|bump|up to|cut to|drop to|double|tome|tomar|dele|dale)\s+(?:[\p{L}']+\s+){0,2}$/u;
function findCourse(doc: RuleContext['doc']): Hit[] {
  // "take 400mg every 6 hrs", "take it twice a day": a dose or a regimen told as an instruction is advice (online-prescribing), not their record.
  return findAll(doc, COURSE).filter((h) => !(/^(?:\d|once|twice|three|for)/.test(h.match) && DOSE_INSTRUCTION_BEFORE.test(doc.text.slice(Math.max(0, h.at - 24), h.at))));
}

/** A reply that confirms the person answered is a patient and adds clinical, billing or visit-date specifics. */
function reportReplySpecifics(ctx: RuleContext, report: Report, severityOf: () => 'info' | undefined, taken: Hit[]): void {
  const { doc } = ctx;
  if (confirmHits(doc, ctx.parentDoc, ctx.parentReading?.sentiment === 'negative').length === 0) return;
  // What the person already said about themselves is not disclosed by repeating it: only what the reply adds.
  const parentText = ctx.parentDoc?.text ?? '';
  // Treatment words count too ("so glad the filling settled down"); visit words ("your next cleaning") do not.
  const treatment = careHits(doc).filter((h) => !VISIT_WORDS.has(h.match));
  // "our records and X-rays prove it": the kind of record named, not what it shows.
  const added = [...healthHits(doc).filter((h) => !RECORD_WORDS.has(h.match)), ...drugHits(doc), ...treatment].filter((h) => !parentText.includes(h.match));
  const course = findCourse(doc).filter((h) => !parentText.includes(h.match));
  const specifics = [...added, ...specificHits(doc), ...course].sort((a, b) => a.start - b.start);
  const first = specifics.find((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
  if (!first) return;
  const severity = severityOf();
  report({
    start: first.start,
    end: first.end,
    severity,
    message:
      `This reply treats the person you are answering as a patient and adds "${quote(doc, first)}" about their care. ` +
      'Health, treatment, billing or visit details in a public reply are a privacy breach, even when they brought it up first.',
    suggestion: {
      message: "Don't discuss anyone's care in public. Thank them and invite them to call the office instead.",
    },
  });
  taken.push(first);
}

/** A reply that adds care details about someone named in the parent ("my neighbor Jim…" → "I'm on his floor"). */
function reportThirdPartyReply(ctx: RuleContext, report: Report, severityOf: () => 'info' | undefined, taken: Hit[]): void {
  const { doc } = ctx;
  const parentText = ctx.parentDoc?.text ?? '';
  if (!THIRD_PERSON.test(doc.text)) return;
  const caredOrNews = PARENT_CARED_OR_NEWS.test(parentText);
  if (!(caredOrNews || parentNamesThirdParty(ctx.parentDoc) || PARENT_PRAYERS.test(parentText))) return;
  // "no need to come in": a care cue denied is no care. When the parent asks after someone by name ("how is
  // Mrs. Linde doing?"), a health detail counts too ("finished chemo last month"); advice about "my dad" does not.
  const namedInParent = NAMED_BY_TITLE.test(parentText);
  // When the parent only says the author cared for them (or is news about them), a drug named in the reply is
  // advice to the family ("tell him to keep doing his albuterol"), prescribing's business; other details count.
  // What the parent already said is not disclosed by repeating it.
  const caredInParent = !namedInParent && caredOrNews;
  const health = namedInParent ? healthHits(doc) : caredInParent ? healthHits(doc).filter((h) => !DRUG_WORDS.has(h.match) && !parentText.includes(h.match)) : [];
  const course = caredInParent ? findCourse(doc).filter((h) => !parentText.includes(h.match)) : [];
  const cue = [...newsCareHits(doc), ...health, ...course].sort((a, b) => a.start - b.start).find(
    (s) => !taken.some((t) => s.start < t.end && t.start < s.end) && !DENIED_BEFORE.test(doc.original.slice(Math.max(0, s.start - 20), s.start).toLowerCase()),
  );
  if (!cue) return;
  const severity = severityOf();
  report({
    start: cue.start,
    end: cue.end,
    severity,
    message:
      `"${quote(doc, cue)}" tells readers that the person the post is about was in your care. ` +
      'The post already identifies them, so any detail of their visit or condition is a privacy breach.',
    suggestion: { message: 'Offer support without saying whether, when or how you cared for them.' },
  });
  taken.push(cue);
}

export const patientPrivacy = defineRule({
  id: 'patient-privacy',
  description: 'Warns when a post ties a patient who can be identified to their health, care, visit or bill.',
  severity: 'error',
  check(ctx, report) {
    // A consent statement turns the finding into a reminder: we cannot see the signed form.
    // In a reply, "you signed consent" argues the case; it is no authorization to post.
    // Looked up only when there is something to report.
    let consent: boolean | undefined;
    const severity = () => ((consent ??= ctx.parent === undefined && !!hasConsent(ctx.doc)) ? ('info' as const) : undefined);
    const taken: Hit[] = [];
    reportIdentifiers(ctx, report, severity, taken);
    if (ctx.parent !== undefined && taken.length === 0) {
      reportReplySpecifics(ctx, report, severity, taken);
      if (taken.length === 0) reportThirdPartyReply(ctx, report, severity, taken);
    }
  },
});
