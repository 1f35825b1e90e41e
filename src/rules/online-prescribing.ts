// online-prescribing: a drug, dose or treatment directed at a person online ("take 25 mg…", "up your
// sertraline to 100", "I'll call in amoxicillin", "refill sent"), or a prescription drug pushed at
// readers without an exam. Quiet on label facts addressed to nobody, "ask your pharmacist",
// availability news and the author's own medication.
//
// How: find a *directive* (an imperative verb at the start of a clause, "wants you to start", an
// offer to prescribe, a "sent to your pharmacy" notice, or an endorsement like "works like a charm"),
// then look in the rest of its sentence for what is being directed (a drug, a drug class, a dose).
// Everything is a linear scan with literal alternations; the lexicons are data (data/drugs.json).
import drugs from './data/drugs.json';
import { compileWordList } from './match';
import { toOriginalSpan } from './normalize';
import { defineRule, type Kind, type NormalizedText } from './types';

const RX_DRUG = compileWordList([...drugs.prescription, ...drugs.dental_and_topical_rx, ...drugs.spanish]);
const OTC_DRUG = compileWordList(drugs.otc);
const OTC_CLASS = new Set(drugs.otc_classes);
const RX_CLASS = compileWordList(drugs.classes.filter((c) => !OTC_CLASS.has(c)));
const OTC_CLASS_RE = compileWordList(drugs.otc_classes);
/** Words for "a medicine" that name no drug: enough with "stop"/"hold"/"double", not with "take". */
const MED_WORD = compileWordList([
  'meds', 'med', 'medication*', 'medicine*', 'pills', 'pill', 'tablets', 'dose', 'doses', 'dosage', 'prescription',
  'script', 'rx', 'inhaler', 'drops', 'shots', 'injection*', 'patch', 'medicamento*', 'pastilla*', 'dosis', 'receta',
]);

/** A dose: a number with a unit, or "two of your …". */
const DOSE =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|\d+\/\d+)\s*(?:-\s*\d+(?:[.,]\d+)?\s*)?(?:mg\/kg(?:\/day)?|mg|mcg|µg|ug|mgs|g|grams?|gramos?|ml|mls|cc|units?|unidades|iu|meq|tabs?|tablets?|tabletas?|pills?|pastillas?|caps|capsules?|capsulas?|comprimidos?|puffs?|sprays?|drops?|gotas?|teaspoons?|tsp|tbsp|cucharaditas?|cucharadas?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:one|two|three|four|half|a half|another|dos|tres|media)\s+(?:of\s+(?:your|her|his|their|the)\s|tabs?\b|tablets?\b|pills?\b|pastillas?\b|puffs?\b|drops?\b|gotas?\b)/gu;
/** How often: "bid", "3x a day", "every 6 hrs", "at bedtime", "dos veces al día". */
const FREQUENCY =
  /(?<![\p{L}\p{N}])(?:bid|tid|qid|qhs|qd|prn|q\d+h|\d+\s*x\s*(?:a|per|\/)\s*day|(?:once|twice|three times|four times|\d+ times)\s+(?:a|per)\s+day|daily|nightly|at bedtime|every\s+\d+(?:\s*-\s*\d+)?\s*(?:hours?|hrs?|h)|(?:una|dos|tres)\s+veces\s+al\s+dia|cada\s+\d+\s+horas)(?![\p{L}\p{N}])/gu;
/** A "bump it to 100" target after a change verb. */
const TO_AMOUNT = /(?<![\p{L}\p{N}])to\s+\d+(?:[.,]\d+)?(?:\s*x\s*\d+)?(?![\p{L}\p{N}])/gu;
const TO_AMOUNT_NEAR = /^\s+(?:it|that|the dose|your dose)\s+to\s+\d/u;
/** Physical treatment with a quantity ("3x15 heel slides", "ice 20 min 3x a day"). */
const QUANTITY = /(?<![\p{L}\p{N}])(?:\d+\s*(?:x\s*\d+|x\s*(?:a|per|\/)\s*(?:day|week|wk)|min(?:ute)?s?|reps|sets|seconds|secs|times|series(?:\s+de\s+\d+)?|repeticiones|veces)|24\/7)(?![\p{L}\p{N}])/gu;

const FILLER =
  "(?:just|please|so|then|and|ok|okay|yes|yeah|yep|sure|honestly|also|maybe|definitely|now|first|tonight|today|tomorrow|go ahead and|you can|you could|you should|you'll want to|you need to|you'll need to|you may|you might|you will|you're good to|youre good to|you are good to|you're ok to|you're okay to|you're cleared to|you're fine to|good to|cleared to|tell (?:him|her|them|mom|dad|[\\p{L}]+) to|have (?:him|her|them)|make sure to|make sure you|be sure to|remember to|don't forget to|dont forget to|do not forget to|remember|feel free to|try to|no olvide|no se olvide de|no olvides|recuerde|it's fine to|its fine to|it's ok to|it's okay to|fine to|ok to|okay to|por favor|solo|mejor|puede|debe|tiene que)";
/** Verbs that direct medication use when they open a clause. `change` verbs accept a bare "your meds". */
const TAKE_VERBS = "take|start|grab|get|pick up|double up on|load up on|stock up on|try|use|apply|pop|give|put|rub|spray|inhale|chew|swallow|dissolve|keep taking|continue|finish|add|switch to|swap to|get on|tome|tomese|tomar|empiece|empiece a tomar|comience|inicie|dele|dale|denle|use|aplique|pongase|siga tomando";
const ADHERENCE = new Set(['keep taking', 'continue', 'finish', 'siga tomando', 'resume']);
const CHANGE_VERBS = "restart|resume|go back on|stop|stop taking|hold|pause|skip|quit|drop|increase|decrease|up|bump|raise|lower|double|halve|cut|split|taper|wean|wean off|titrate|deje de tomar|deje|suspenda|suba|aumente|baje|disminuya";
const TREAT_VERBS = 'do|ice|heat|stretch|elevate|wear|rest|keep up|keep doing|keep up with|siga con|sigue con|haga|start wearing|switch|skip|go straight to';
/** The verb itself, found with a fast literal scan; whether it opens a clause is checked on what precedes it. */
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'])(?:(${TAKE_VERBS})|(${CHANGE_VERBS})|(${TREAT_VERBS}))(?![\\p{L}\\p{N}'])`, 'gu');
/** What may precede an imperative verb: a clause start, then up to three fillers ("go ahead and", "just"). */
const OPENS_CLAUSE = new RegExp(
  `(?:^|[.!?:;,\\n(•*\\-–—"')\\]]|\\p{Extended_Pictographic}|\\ufe0f|(?<![\\p{L}\\p{N}])(?:but|so|then|or|pero|y))\\s*(?:(?:${FILLER})\\s+){0,3}$`,
  'u',
);
const PREFIX = 60;
/**
 * In a text aimed at someone (a DM, a reply, a post that names or tags a person), an imperative may
 * follow a greeting, a name or a time phrase ("Hi Jonah! After today's session take…", "cuz just hold…",
 * "the doctor says go ahead and increase…"). It is not an imperative when the word before it is a
 * subject, an auxiliary, a determiner or "to" ("we take", "patients usually start", "how to use").
 */
const NOT_IMPERATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'])(?:i|we|they|he|she|it|you|u|ya|y'all|people|patients|pts|who|that|which|to|will|would|can|could|should|shall|did|does|do|don't|dont|doesn't|doesnt|didn't|didnt|may|might|must|not|never|the|a|an|my|our|his|her|their|your|ur|its|of|for|if|when|whether|how|why|what|is|are|was|were|be|been|being|has|have|had|i'll|we'll|they'll|you'll|he'll|she'll|i'd|we'd|they'd|you'd|he'd|she'd|i'm|im|we're|they're|you're|he's|she's|it's|can't|cant|won't|wont|cannot|usually|generally|typically|often|sometimes|normally|commonly|always|rarely|also|then|who'll|yo|nosotros|ellos|ella|el|la|los|las|se|no|que no|y no)\\s+(?:(?:${FILLER})\\s+){0,3}$`,
  'u',
);
/** Directives that do not need to open a clause. */
const EMBEDDED = new RegExp(
  [
    "(?:wants?|would like|'d like|asked|want)\\s+(?:you|him|her|them)\\s+(?:to\\s+(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")|on)(?![\\p{L}\\p{N}'])",
    "(?:start|put|keep|get)\\s+(?:you|him|her|them)\\s+on(?![\\p{L}\\p{N}])",
    '(?:should|needs? to|must)\\s+(?:all\\s+)?(?:be on|take|start|stop)(?![\\p{L}\\p{N}])',
    "(?:fine|ok|okay|alright|all right) to\\s+(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")(?![\\p{L}\\p{N}'])",
  ].join('|'),
  'gu',
);
/** Offers to prescribe and "sent to your pharmacy" notices: prescribing whatever the drug. */
const OFFER = new RegExp(
  [
    "(?:i'll|i will|i can|i could|we'll|we will|we can|let me|want me to|i'm going to|im going to|i'm gonna|ill)\\s+(?:just\\s+)?(?:call (?:it |one |that |something |them )?in|phone (?:it )?in|send (?:you |in |over )?(?:a |the |your |an? new |the new )?(?:script|rx|prescription|refill)|write (?:it|that|one|you)(?: (?:a|one))?(?: (?:script|rx|prescription))?(?: for you)?|prescribe|refill (?:it|that|them|your)|sort you out|hook you up)",
    "(?:refill|rx|script|prescription|it)(?:'s|\\s+(?:is|was|has been|'s been))?\\s+(?:been\\s+)?(?:sent|called in|e-?prescribed|faxed)(?:\\s+(?:in|over))?(?:\\s+to\\s+(?:your|the|a)?\\s*(?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger))?",
    'sent (?:the |your |a |the new |a new )?(?:new )?(?:rx|prescription|script|refill) (?:in |over )?to',
    '(?:ya )?(?:se la|se lo|la|lo|le) (?:mande|envie) (?:a su farmacia|la receta)|(?:le )?(?:mande|envie) (?:la )?receta',
  ].join('|'),
  'gu',
);
/** "I called in your amoxicillin", "Dr. Howe approved your refill and sent it to the Walgreens on 5th". */
const DONE =
  /(?<![\p{L}\p{N}])(?:(?:i|we|she|he|dr\.? [\p{L}-]+|the doctor|the doc)\s+(?:just\s+|already\s+)?(?:called|phoned|e-?prescribed|faxed)\s+(?:in\s+)?(?:your|ur|the|a|an|some|his|her|their|that|it)(?![\p{L}\p{N}])|sent (?:it|that|them|your (?:rx|refill|prescription|script|meds?)|the (?:rx|refill|prescription|script)) (?:over )?to (?:your|the|a) (?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger|target|publix|safeway|farmacia)|(?:la|lo|se la|se lo) (?:mandamos|enviamos|mande|envie) a (?:su|tu) farmacia)/gu;
/**
 * Prescription drugs pushed at readers: no exam, no visit, no prescription ("come grab one, no visit
 * needed", "sin receta", "we'll ship it to your door"). Strong cues need only a prescription drug.
 */
const PUSH_STRONG = new RegExp(
  [
    'no (?:office |doctor\'s |doctor |in-person )?(?:visit|appointment|appt|exam|consult|consultation|prescription|rx|script|questions asked)s? (?:needed|required|necessary)',
    'no need (?:for (?:a |an )?(?:visit|appointment|exam|prescription|script)|to (?:come in|see (?:a|the|your) (?:doctor|dentist|provider)|bring (?:him|her|them|the kids?) in|book))',
    'without (?:a |an )?(?:visit|appointment|exam|prescription|rx|script|seeing (?:a|the) (?:doctor|dentist|provider))',
    'skip the (?:visit|doctor|appointment|copay|urgent care|er|waiting room|office visit)',
    "(?:we'll|we will|we can|i'll|i can) (?:ship|mail|deliver|send) (?:it|them|some|one|you some)",
    'ship(?:ped|s)? (?:it |them )?(?:right )?to your door',
    'delivered to your door',
    'come (?:grab|get|pick up) (?:one|some|a pack|yours)',
    'thank me later',
    'sin (?:receta|cita|consulta|examen)',
    '(?:te|se) (?:lo|la|los|las) damos',
    '(?:ven|venga|vengan|pasa|pase) (?:por|a recoger) (?:tu|su|sus|tus)',
  ].join('|'),
  'u',
);
/** Weaker cues: an invitation to get the drug ("DM us", "hit me up"): need a dose too. */
const PUSH_WEAK =
  /(?:dm|message|text|inbox|pm) (?:us|me)|hit me up|slide into|at the front desk|en el mostrador|link in bio|order (?:now|today|online)|escribenos|mandanos un mensaje/u;
/** A verbless instruction: drug and dose with when to take it ("5 mL of Tylenol every 4 hrs", "0.5 mg 30 min before boarding"). */
const WHEN =
  /(?<![\p{L}\p{N}])(?:\d+\s*(?:min|mins|minutes|hrs?|hours?)\s+before|before (?:bed|boarding|the flight|flying|your flight|you fly|sleep|the procedure|the appointment)|at bedtime|if (?:the|his|her|your) (?:fever|pain|cough|swelling)|as needed|prn|antes de (?:dormir|volar))(?![\p{L}\p{N}])/u;
/** Label facts and standards: "is the standard adult dose on the box", "no more than", "max". */
const LABEL_FACT =
  /(?<![\p{L}\p{N}])(?:on the (?:box|label|package|bottle)|package (?:chart|insert)|label|standard(?: adult)? dose|usual (?:adult )?dose|recommended dose|no more than|maximum|max(?:imum)? dose|up to|per day max|dose by weight|por la etiqueta)(?![\p{L}\p{N}])/u;
/** Someone stating what a person is on, rather than directing it ("she's on lamotrigine 200 mg"). */
const REPORT =
  /(?<![\p{L}\p{N}'])(?:i'm|im|i am|i was|she's|he's|they're|she is|he is|is|are|was|were|been|on|takes|took|taking|gets|got|uses|used|tried|started|prescribed|filled|picked up|ready)(?![\p{L}\p{N}'])/u;
/** Case-insensitive letters inside a case-sensitive pattern (the name after a greeting must be capitalised). */
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A greeting or title before a name, or a tagged handle: the text is aimed at one person. */
const VOCATIVE = new RegExp(
  `(?:^|[.!?\\n]\\s*)(?:(?:${anyCase('hi|hey|hello|hiya|hola|dear|good morning|morning|buenos dias|buenas|get well soon|feel better soon|feel better|congrats|congratulations|thanks|thank you|happy birthday')})[ ,!]+\\p{Lu}\\p{Ll}+|(?:Mrs?\\.?|Ms\\.?|Mx\\.?|Sra?\\.?|Srta\\.?|Don|Doña)\\s+\\p{Lu}\\p{Ll}+\\s*[,:!])|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]{2,}`,
  'u',
);

/** A drug recommended with a verdict ("works like a charm", "knocks it right out", "go for it"). */
const ENDORSE =
  /(?<![\p{L}\p{N}])(?:works like a charm|does the trick|usually does it|that usually does it|is what fixes|fixes that|fixes it|knocks it (?:right )?out|works wonders|will sort you out|go for it|trust me|the real move|real move|thank me later|you're welcome|game changer|game-changer|life hack|pro tip|protip|swear by|never fails|works every time|does wonders|do wonders|should do the trick|that'll fix|that'll get you|that will fix|that will get you|hit me up)(?![\p{L}\p{N}])/gu;
const ENDORSE_TEST = new RegExp(ENDORSE.source, 'u');
/** Sentences that hand the decision back to a clinician, the label or a pharmacist. */
const DEFER =
  /(?<![\p{L}\p{N}])(?:ask (?:your|a|the|us|one of)|check with|talk (?:to|with) (?:your|a|the)|consult|as directed|as prescribed|per the label|on the label|unless your|if your (?:doctor|clinician|provider|pharmacist)|hable con su|consulte)/u;
const FIRST_PERSON_OBJECT = /^\s*(?:[\p{L}']+\s+){0,2}?(?:my|our|mine|mi|mis)\s/u;
const PRONOUN_OBJECT = /^\s+(?:them|it|one|some|those)(?![\p{L}\p{N}])/u;
const SENTENCE_END = /[!?\n]|\.(?!\d)/g;
const WINDOW = 110;

/** Readers addressed as a group: "every runner with shin splints:", "anyone with a cold", "PSA". */
const GROUP_ADDRESS = /(?<![\p{L}])(?:(?:every|any|all)(?:one|body)? (?:[\p{L}-]+ )?with|psa|attention (?:all|parents|runners|everyone)|a todos los que|si tienes)(?![\p{L}])/u;
/** A dose change reported to the person whose dose it is. */
const DOSE_CHANGED =
  /(?<![\p{L}])(?:increased|raised|lowered|reduced|upped|bumped|doubled|halved|changed|adjusted|subio|subi|aumento|aumente|bajo|baje|cambio|ajusto)\s+(?:your|the|his|her|su|la|tu)\s+(?:dose|dosage|dosis)(?:\s+(?:of\s+)?[\p{L}]+)?\s+(?:to|a)\s+\d/gu;

const PERSON_KINDS: readonly Kind[] = ['message', 'reply', 'comment', 'review-reply'];

interface Hit {
  start: number;
  end: number;
}

function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // "Dr. Kim", "vs." and "e.g." do not end a sentence.
    if (m[0] === '.' && /(?:^|\s)(?:dr|mr|mrs|ms|st|vs|e\.g|i\.e|approx|no|sra?|dra)$/.test(text.slice(Math.max(start, m.index - 6), m.index))) continue;
    bounds.push([start, m.index + 1]);
    start = m.index + 1;
  }
  if (start < text.length) bounds.push([start, text.length]);
  return bounds;
}

/** Matches of `re` inside [from, to) only: the search never runs past the window. */
function matchesIn(re: RegExp, text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  if (to <= from) return hits;
  const window = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return hits;
}

interface ObjectFound {
  rx: Hit[];
  otc: Hit[];
  dose: Hit[];
  med: Hit[];
  quantity: Hit[];
}

function findObjects(text: string, from: number, to: number): ObjectFound {
  return {
    rx: [...matchesIn(RX_DRUG, text, from, to), ...matchesIn(RX_CLASS, text, from, to)],
    otc: [...matchesIn(OTC_DRUG, text, from, to), ...matchesIn(OTC_CLASS_RE, text, from, to)],
    dose: [...matchesIn(DOSE, text, from, to), ...matchesIn(FREQUENCY, text, from, to)],
    med: matchesIn(MED_WORD, text, from, to),
    quantity: matchesIn(QUANTITY, text, from, to),
  };
}

const lastEnd = (...lists: Hit[][]) => Math.max(0, ...lists.flat().map((h) => h.end));

export const onlinePrescribing = defineRule({
  id: 'online-prescribing',
  description: 'Warns when a post or message tells someone which drug or dose to take, or offers to prescribe without an exam.',
  severity: 'warning',
  check(ctx, report) {
    const doc: NormalizedText = ctx.doc;
    const text = doc.text;
    const toPerson = PERSON_KINDS.includes(ctx.kind);
    // Aimed at a person: a DM or reply, or a post that greets, titles or tags someone.
    const directed = toPerson || VOCATIVE.test(doc.original) || GROUP_ADDRESS.test(text);
    // A drug named anywhere in the text or in the comment answered: a bare dose then refers to it.
    const drugInContext = () =>
      RX_DRUG.test(text) || OTC_DRUG.test(text) || (ctx.parentDoc !== undefined && (RX_DRUG.test(ctx.parentDoc.text) || OTC_DRUG.test(ctx.parentDoc.text)));
    const hits: Hit[] = [];

    const consider = (start: number, objFrom: number, sentence: [number, number], kindOfVerb: 'take' | 'change' | 'treat' | 'embedded') => {
      const to = Math.min(sentence[1], objFrom + WINDOW);
      const rest = text.slice(objFrom, to);
      if (FIRST_PERSON_OBJECT.test(rest)) return; // "take my meds", "stop my statin": the author's own
      const o = findObjects(text, objFrom, to);
      // "stop asking me to fill your oxycodone": a change verb acts on what follows it closely.
      if (kindOfVerb === 'change' && !closeObject(objFrom, [...o.rx, ...o.otc, ...o.dose, ...o.med, ...matchesIn(TO_AMOUNT, text, objFrom, to)])) return;
      const hasRx = o.rx.length > 0;
      const hasDose = o.dose.length > 0;
      const deferred = DEFER.test(text.slice(sentence[0], sentence[1]));
      if (deferred && !hasDose) return;
      // "Got leftover antibiotics? Start them.": a pronoun pointing back at a drug just named.
      const pronoun = PRONOUN_OBJECT.exec(rest);
      if (pronoun && kindOfVerb !== 'treat' && previousRx(sentence)) {
        hits.push({ start, end: objFrom + pronoun[0].length });
        return;
      }
      let qualifies = false;
      if (kindOfVerb === 'treat') qualifies = directed && o.quantity.length > 0;
      else if (hasRx) qualifies = true;
      else if (o.otc.length > 0 && hasDose) qualifies = directed || /leftover|left over/.test(rest);
      else if (hasDose && directed) qualifies = true;
      else if (kindOfVerb === 'change' && directed) qualifies = o.med.length > 0 || TO_AMOUNT_NEAR.test(rest);
      if (!qualifies) return;
      const amounts = kindOfVerb === 'change' ? [...o.med, ...matchesIn(TO_AMOUNT, text, objFrom, to)] : [];
      const end = lastEnd(o.rx, o.otc, o.dose, o.quantity, amounts);
      hits.push({ start, end: Math.max(end, objFrom) });
    };

    /** The object of a change verb starts within its next four words. */
    const closeObject = (from: number, objects: Hit[]) => {
      if (objects.length === 0) return false;
      const first = Math.min(...objects.map((h) => h.start));
      const gap = text.slice(from, first);
      return gap.length <= 40 && (gap.match(/[\p{L}\p{N}']+/gu) ?? []).length <= 4 && !/(?<![\p{L}])(?:me|us|him|her|asking|calling|by|talking|worrying)(?![\p{L}])/u.test(gap);
    };
    /** "Remember, 5 mL of children's Tylenol every 4-6 hrs", "0.5 mg alprazolam 30 min before boarding, thank me later". */
    const strongPush = PUSH_STRONG.test(text);
    const weakPush = PUSH_WEAK.test(text);
    const readerCue = strongPush || weakPush || ENDORSE_TEST.test(text);
    const verbless = (sentence: [number, number], body: string) => {
      const doses = matchesIn(DOSE, text, sentence[0], sentence[1]);
      if (doses.length === 0) return;
      if (!(matchesIn(FREQUENCY, text, sentence[0], sentence[1]).length > 0 || WHEN.test(body))) return;
      if (!directed && !readerCue) return;
      if (DEFER.test(body) || LABEL_FACT.test(body)) return;
      const o = findObjects(text, sentence[0], sentence[1]);
      const drugsFound = [...o.rx, ...o.otc];
      // "4 mg every 8 hrs" in a reply about Zofran: the dose is aimed at the person even without the name.
      if (drugsFound.length === 0 && directed && matchesIn(FREQUENCY, text, sentence[0], sentence[1]).length > 0 && drugInContext()) drugsFound.push(...doses);
      if (drugsFound.length === 0 || (!directed && o.rx.length === 0)) return;
      const firstDrug = Math.min(...drugsFound.map((h) => h.start), ...doses.map((h) => h.start));
      const lead = text.slice(sentence[0], firstDrug);
      if (REPORT.test(lead) || FIRST_PERSON_OBJECT.test(' ' + lead.slice(-20)) || /(?<![\p{L}])(?:my|mine|i|mi|mis)(?![\p{L}])/u.test(lead)) return;
      hits.push({ start: firstDrug, end: lastEnd(drugsFound, o.dose) });
    };
    const sentences = sentenceBounds(text);
    const indexOf = new Map(sentences.map((s, i) => [s, i]));
    const previousRx = (sentence: [number, number]) => {
      const i = indexOf.get(sentence) ?? 0;
      const from = i > 0 ? sentences[i - 1][0] : sentence[0];
      return matchesIn(RX_DRUG, text, from, sentence[0]).length + matchesIn(RX_CLASS, text, from, sentence[0]).length > 0;
    };
    for (const sentence of sentences) {
      const [sFrom, sTo] = sentence;
      const body = text.slice(sFrom, sTo);
      const isQuestion = body.trimEnd().endsWith('?');
      if (!isQuestion) {
        VERB.lastIndex = 0;
        for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
          const verb = m[0];
          const verbStart = sFrom + m.index;
          const before = text.slice(Math.max(sFrom, verbStart - PREFIX), verbStart);
          if (!OPENS_CLAUSE.test(before) && !(directed && !NOT_IMPERATIVE_BEFORE.test(before))) continue;
          const after = text.slice(verbStart + verb.length, verbStart + verb.length + 4);
          if ((verb === 'stop' || verb === 'drop') && /^\s+(?:by|in|over)\b/.test(after)) continue;
          // "Keep taking your antibiotics until they're gone" to everyone is adherence advice, not a prescription.
          if (!toPerson && ADHERENCE.has(verb)) continue;
          consider(verbStart, verbStart + verb.length, sentence, m[1] ? 'take' : m[2] ? 'change' : 'treat');
        }
        EMBEDDED.lastIndex = 0;
        for (let m = EMBEDDED.exec(body); m; m = EMBEDDED.exec(body)) {
          const start = sFrom + m.index;
          consider(start, start + m[0].length, sentence, 'embedded');
        }
      }
      // "I called in your amoxicillin", "sent it to the Walgreens".
      DONE.lastIndex = 0;
      for (let m = DONE.exec(body); m; m = DONE.exec(body)) {
        const start = sFrom + m.index;
        const o = findObjects(text, start + m[0].length, Math.min(sTo, start + m[0].length + WINDOW));
        const pharmacy = /(?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger|target|publix|safeway|farmacia|store)/.test(m[0]);
        if (pharmacy || o.rx.length > 0 || /^\s*(?:rx|refill|prescription|script|receta)/.test(text.slice(start + m[0].length - 8, start + m[0].length + 20).replace(/^\S*\s/, ''))) {
          hits.push({ start, end: Math.max(start + m[0].length, lastEnd(o.rx, o.otc, o.dose)) });
        }
      }
      if (!isQuestion) verbless(sentence, body);
      // "The doctor increased your dose to 1000 mg", "subió la dosis a…": a dose change told to the patient.
      if (directed) {
        DOSE_CHANGED.lastIndex = 0;
        for (let m = DOSE_CHANGED.exec(body); m; m = DOSE_CHANGED.exec(body)) {
          const start = sFrom + m.index;
          const o = findObjects(text, start, sTo);
          hits.push({ start, end: Math.max(start + m[0].length, lastEnd(o.rx, o.otc, o.dose)) });
        }
      }
      OFFER.lastIndex = 0;
      for (let m = OFFER.exec(body); m; m = OFFER.exec(body)) {
        const start = sFrom + m.index;
        const o = findObjects(text, start + m[0].length, Math.min(sTo, start + m[0].length + WINDOW));
        hits.push({ start, end: Math.max(start + m[0].length, lastEnd(o.rx, o.otc, o.dose)) });
      }
      // "trazodone 50 mg at bedtime works like a charm": a drug with a verdict, aimed at the reader.
      ENDORSE.lastIndex = 0;
      for (let m = ENDORSE.exec(body); m; m = ENDORSE.exec(body)) {
        if (/(?<![\p{L}])for me(?![\p{L}])/u.test(body)) continue;
        const o = findObjects(text, sFrom, sTo);
        const drugs = o.rx.length > 0 ? o.rx : toPerson && o.dose.length > 0 ? o.otc : [];
        if (drugs.length > 0 && (m[0] !== 'trust me' || o.dose.length > 0)) {
          const start = Math.min(...drugs.map((h) => h.start));
          hits.push({ start, end: lastEnd(drugs, o.dose) });
        }
      }
    }
    // A prescription drug pushed at readers without an exam ("come grab one, no visit needed", "sin receta").
    if ((strongPush || weakPush) && !DEFER.test(text)) {
      for (const sentence of sentences) {
        const o = findObjects(text, sentence[0], sentence[1]);
        if (o.rx.length === 0 || FIRST_PERSON_OBJECT.test(' ' + text.slice(Math.max(sentence[0], o.rx[0].start - 12), o.rx[0].start))) continue;
        if (!strongPush && o.dose.length === 0) continue;
        hits.push({ start: Math.min(...o.rx.map((h) => h.start)), end: lastEnd(o.rx, o.dose) });
      }
    }
    for (const h of mergeHits(hits)) {
      const span = toOriginalSpan(doc, h.start, h.end);
      report({
        ...span,
        message:
          'This tells someone which medicine or dose to take without an exam or a chart. Advice like this online can harm the reader and breaks prescribing rules.',
        suggestion: {
          message:
            'Take the dosing out of the post and invite a visit or a call instead, e.g. "Please call us so a clinician can go over your medication with you." Give instructions to your own patients through the portal or by phone.',
        },
      });
    }
  },
});

function mergeHits(hits: Hit[]): Hit[] {
  const sorted = hits.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const merged: Hit[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

export default onlinePrescribing;
