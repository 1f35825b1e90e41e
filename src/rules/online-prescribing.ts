// online-prescribing: a drug, dose or treatment directed at a person online ("take 25 mg…", "up your
// sertraline to 100", "I'll call in amoxicillin", "refill sent"), or a drug pushed at readers without an exam.
// Quiet on label facts addressed to nobody, "ask your pharmacist", availability and recall news, refusals to
// prescribe and the author's own medication.
//
// How: find a *directive* (an imperative verb at the start of a clause, "wants you to start", "I'd just take", an
// offer to prescribe, a "sent to your pharmacy" notice, or an endorsement like "works like a charm"), then look in
// the rest of its sentence for what is being directed (a drug, a drug class, a dose). A dose with a frequency needs
// no verb ("5 drops of Debrox twice a day") when it is aimed at someone (a DM, a reply, a greeting, a bare name, a
// tag, a group) or pushed (a promised result, "skip the urgent care", a question hook before a prescription drug).
// Drugs are the listed names, generic-name stems ("-olol", "-prost") and capitalised products after a counted form.
// Everything is a linear scan with literal alternations; the lexicons are data (data/drugs.json).
import drugs from './data/drugs.json';
import identifiers from './data/identifiers.json';
import { toOriginalSpan } from './normalize';
import { PhraseIndex, WordGates, tokensOf, wordIds, type Tokens } from './phrase-index';
import { defineRule, type Kind, type NormalizedText } from './types';
import { fast } from './match';

/**
 * Spanish spellings of generic names, made by the regular spelling shifts ("colchicine" → "colchicina",
 * "hydroxyzine" → "hidroxizina", "levofloxacin" → "levofloxacino"): only names whose ending has a Spanish form.
 */
const ES_ENDINGS: Array<[RegExp, string]> = [
  [/acin$/, 'acino'], [/dipine$/, 'dipino'], [/ole$/, 'ol'], [/ine$/, 'ina'], [/one$/, 'ona'], [/ide$/, 'ida'], [/ate$/, 'ato'], [/in$/, 'ina'],
  [/en$/, 'eno'], [/ac$/, 'aco'], [/il$/, 'ilo'],
];
function spanishForms(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (!/^[a-z]{6,}$/.test(name)) continue;
    const respelled = name.replace(/ph/g, 'f').replace(/th/g, 't').replace(/chl/g, 'cl').replace(/y/g, 'i').replace(/ll/g, 'l').replace(/^s(?=[^aeiou])/, 'es');
    const ending = ES_ENDINGS.find(([re]) => re.test(respelled));
    if (ending) out.push(respelled.replace(ending[0], ending[1]));
  }
  return out;
}
const RX_NAMES = [...drugs.prescription, ...drugs.dental_and_topical_rx, ...drugs.spanish, ...spanishForms([...drugs.prescription, ...drugs.dental_and_topical_rx])];
const OTC_NAMES = [...drugs.otc, ...spanishForms(drugs.otc)];
const OTC_CLASS = new Set(drugs.otc_classes);
/** Generic-name stems ("-olol", "-sartan", "-prost"): a generic not in the lists is still a prescription drug. */
const STEM = new RegExp(`(?:${drugs.rx_stems.join('|')})$`);
/** The last two letters of each stem as a number, so most words are ruled out without building a string. */
const tail2 = (w: string) => w.charCodeAt(w.length - 1) * 65536 + w.charCodeAt(w.length - 2);
const STEM_TAILS = new Set(drugs.rx_stems.map(tail2));
/** Lists of the one object index: prescription names, prescription classes, OTC names, OTC classes, "a medicine". */
const L_RX = 0;
const L_RX_CLASS = 1;
const L_OTC = 2;
const L_OTC_CLASS = 3;
const L_MED = 4;
/** Words for "a medicine" that name no drug: enough with "stop"/"hold"/"double", not with "take". */
const MED_WORDS = [
  'meds', 'med', 'medication*', 'medicine*', 'pills', 'pill', 'tablets', 'refill*', 'dose', 'doses', 'dosage', 'prescription',
  'script', 'rx', 'inhaler', 'cream', 'ointment', 'drops', 'gotas', 'shots', 'injection*', 'patch', 'medicamento*', 'pastilla*', 'dosis', 'receta', 'jarabe*', 'syrup',
];
/**
 * Treatments that are not drugs: worn, used or stopped on a clinician's word ("stop the night guard for now",
 * "wear the splint every night", "keep the boot on for 2 weeks"). Told to one person with a change or a schedule.
 */
const L_DEVICE = 5;
const DEVICE_WORDS = [
  'night guard', 'nightguard', 'mouth guard', 'mouthguard', 'occlusal guard', 'bite guard', 'bite splint', 'splint', 'knee brace', 'ankle brace',
  'wrist brace', 'back brace', 'neck brace', 'walking boot', 'moon boot', 'cam boot', 'sling', 'cpap', 'bipap', 'nebulizer', 'nebuliser', 'neb',
  'nebs', 'spacer', 'heating pad', 'ice pack', 'compression socks', 'compression stockings', 'compression sleeve', 'tens unit', 'crutches',
  'orthotics', 'eye patch', 'retainer', 'aligners', 'nasal rinse', 'neti pot', 'saline rinse', 'salt water rinse', 'warm compress',
  'cold compress', 'sitz bath', 'humidifier', 'pessary', 'ferula', 'protector bucal', 'placa de descanso', 'cabestrillo', 'bota ortopedica',
  'rodillera', 'munequera', 'nebulizador', 'compresas', 'collarin', 'muletas', 'plantillas', 'lavado nasal', 'banos de asiento',
];
/** Everything a directive can act on, looked up on the shared tokens in one pass. */
const OBJECT_INDEX = new PhraseIndex(
  [RX_NAMES, drugs.classes.filter((c) => !OTC_CLASS.has(c)), OTC_NAMES, drugs.otc_classes, MED_WORDS, DEVICE_WORDS],
  { plurals: true },
);
/** Words without which the dose, frequency and offer patterns cannot match (digits aside): a token gate. */
const DOSE_GATE = ['dose', 'one', 'two', 'three', 'four', 'half', 'another', 'dos', 'tres', 'media', 'medio'];
const FREQ_GATE = [
  'bid', 'tid', 'qid', 'qhs', 'qd', 'prn', 'daily', 'nightly', 'weekly', 'bedtime', 'once', 'twice', 'times', 'veces', 'cada', 'day', 'night', 'morning',
  'evening', 'week', 'weeks', 'dia', 'diario', 'diaria', 'diarios', 'diarias', 'am', 'pm', 'noche', 'manana', 'dose', 'days', 'd', 'wk', 'wks', 'month',
  'months', 'dias', 'semana', 'semanas', 'mes', 'meses', 'hour', 'noches', 'mananas',
];
const APPLIANCE_GATE = [
  'tray', 'trays', 'aligner', 'aligners', 'set', 'stage', 'splint', 'retainer', 'heavies', 'mediums', 'lights', 'elastics', 'bands', 'wire',
  'wires', 'next', 'siguiente',
];
const OFFER_GATE = [
  'call', 'called', 'phone', 'phoned', 'send', 'sent', 'write', 'prescribe', 'prescribed', 'eprescribed', 'refill', 'sort', 'hook', 'faxed',
  'mande', 'envie', 'mando', 'envio', 'receto', 'mandamos', 'enviamos', 'receta', 'sign', 'approve', 'approved', 'authorize', 'update', 'renew', 'something',
  'script', 'scripts', 'rx', 'prescription', 'prescriptions',
];

/** A dose: a number with a unit ("5 mL", "2 tabs", "1 or 2 every…"). Led by a digit, so the scan skips to digits; the
 * character before it is checked in code (a lookbehind here would be tried at every position). */
const DOSE_NUM =
  /(?:[12] or [23](?=\s+(?:every|each|at|tabs?|pills?|a day|times)))|(?:\d+(?:[.,]\d+)?|\d+\/\d+)\s*(?:-\s*\d+(?:[.,]\d+)?\s*)?(?:(?:more|extra) )?(?:mg\/kg(?:\/day)?|\/kg|mg|mcg|µg|ug|mgs|g|grams?|gramos?|ml|mls|cc|units?|unidades|iu|meq|tabs?|tablets?|tabletas?|pills?|pastillas?|caps|capsules?|capsulas?|comprimidos?|puffs?|sprays?|drops?|gotas?|teaspoons?|tsp|tbsp|squirts?|capfuls?|scoops?|packets?|gummies|cucharaditas?|cucharadas?|of (?:your|her|his|their|the)(?= ))(?![\p{L}\p{N}])/gu;
/** A dose in words: "two of your…", "half a tab", "one or two every…". */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOSE_WORDS =
  fast(/(?<![\p{L}\p{N}])(?:(?:a|one|another) (?:single |full |half |small )?dose of(?= )|(?:(?:one|two) or (?:two|three)(?=\s+(?:every|each|at|tabs?|pills?|a day|times)))|(?:one|two|three|four|half|a half|another|dos|tres|media|medio)\s+(?:of\s+(?:your|her|his|their|the)\s|tabs?\b|tablets?\b|pills?\b|pastillas?\b|puffs?\b|drops?\b|gotas?\b|sprays?\b|squirts?\b|capfuls?\b|scoops?\b|gummies\b))/uy);
/** How often: "bid", "3x a day", "every 6 hrs", "at bedtime", "dos veces al día". */
const FREQUENCY =
  fast(/(?<![\p{L}\p{N}])(?:bid|tid|qid|qhs|qd|prn|q\d+h|\d+\s*x\s*(?:a|per|\/)\s*(?:day|week|wk)|(?:once|twice|three times|four times|\d+ times)\s+(?:a|per)\s+(?:day|week|night)|daily|nightly|weekly|a day|per day|at bedtime|every\s+(?:other\s+)?(?:day|night|morning|evening|hour)|(?:every|each)\s+(?:morning|night|evening)|at night|in the (?:am|pm|morning|evening)|(?:en|por) la (?:noche|manana)|every\s+\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:hours?|hrs?|h|days?|weeks?)?|(?:for|x)\s*(?:another\s+)?(?:\d+|a|one|two|a few|a couple(?: of)?)\s*(?:more\s+)?(?:days?|d|weeks?|wks?|months?)|(?:una|dos|tres)\s+veces\s+al\s+dia|al dia|diari[oa]s?|cada\s+(?:\d+\s+horas|hora|noche|manana|dia)|todas las (?:noches|mananas)|todos los dias|(?:por|durante)\s+(?:\d+|una?|dos|tres)\s+(?:dias?|semanas?|mes(?:es)?)|repeat (?:in|after) \d+\s*(?:days?|hours?|hrs?|weeks?)|(?:a single|one|1) dose)(?![\p{L}\p{N}])/uy);
/** A "bump it to 100" target after a change verb. */
const TO_AMOUNT = fast(/(?<![\p{L}\p{N}])to\s+\d+(?:[.,]\d+)?(?:\s*x\s*\d+)?(?![\p{L}\p{N}])/uy);
const TO_AMOUNT_NEAR = /^\s+(?:it|that|the dose|your dose)\s+to\s+\d/u;
/** Physical treatment with a quantity ("3x15 heel slides", "ice 20 min 3x a day"). */
/**
 * Orthodontic and other appliance steps ("skip to tray 8", "switch to the heavies", "aligner #12"): told to
 * a person, they direct treatment the way a dose does.
 */
const APPLIANCE =
  fast(/(?<![\p{L}\p{N}])(?:(?:tray|trays|aligner|aligners|set|stage|splint|retainer)\s*#?\s*\d+|(?:the )?(?:heavies|mediums|lights)|(?:heavy|medium|light|bigger|smaller|stronger|new) (?:elastics|rubber bands|bands|wires?|trays?|aligners?)|(?:the )?next (?:tray|aligner|set|wire|size|elastics?)s?|(?:la|el) siguiente (?:placa|alineador|ferula))(?![\p{L}\p{N}])/gu);
const QUANTITY = fast(/(?<![\p{L}\p{N}])(?:\d+\s*(?:x\s*\d+|x\s*(?:a|per|\/)\s*(?:day|week|wk)|min(?:ute)?s?|reps|sets|seconds|secs|times|series(?:\s+de\s+\d+)?|repeticiones|veces)|24\/7)(?![\p{L}\p{N}])/uy);

const FILLER =
  "(?:just|please|pls|hey|can you|could you|can u|could u|so|then|and|ok|okay|yes|yeah|yep|sure|honestly|actually|really|seriously|def|still|probably|also|maybe|definitely|now|first|tonight|today|tomorrow|go ahead and|you can|you could|you should|you'll want to|you need to|you'll need to|you may|you might|you will|you're good to|youre good to|you are good to|you're ok to|you're okay to|you're cleared to|you're fine to|good to|cleared to|tell (?:(?:your|ur|my|his|her) )?(?:him|her|them|mom|dad|[\\p{L}]+) to|have (?:him|her|them)|make sure to|make sure you|be sure to|remember to|don't forget to|dont forget to|do not forget to|remember|feel free to|try to|no olvide|no se olvide de|no olvides|recuerde|it's fine to|its fine to|it's ok to|it's okay to|fine to|ok to|okay to|por favor|solo|mejor|puede|puedes|debe|debes|tiene que|tienes que|hay que|vas a)";
/** Verbs that direct medication use when they open a clause. `change` verbs accept a bare "your meds". */
const TAKE_VERBS = "take|rinse with|gargle with|swish with|start|grab|get|pick up|ask for|ask them for|load up on|stock up on|try|use|apply|pop|give|put|rub|spray|inhale|chew|swallow|dissolve|keep taking|keep using|keep applying|keep rinsing with|keep gargling with|keep on|stay on|continue|continue using|finish|add|switch to|swap|get on|go on|hit it with|slap|throw|alternate|mix|swish|toma|usa|apliquese|ponte|pongale|ponle|yo le daria|yo les daria|le daria|yo tomaria|yo usaria|tome|tomese|tomar|empiece|empiece a tomar|comience|inicie|dele|dale|denle|aplique|pongase|siga tomando|tomen|tomense|tomenlo|tomenla|tomelo|tomela|tomatelo|tomatela|tomate|den|denles|usen|usenlo|apliquen|apliquense|pongan|ponganse|ponganle|empiecen|comiencen|inicien|sigan tomando|keep it up with|stick with|stick to|stay with|usar|aplicar|empezar|empezar a tomar|iniciar|comenzar|seguir tomando|seguir con|aplicate|aplicale|aplica|untate|untale|untese|unte|que se tome|que se tomen|que tome|que le de|que le den|que le des|que use|que se ponga|que se aplique|cambie|cambien|cambiele|cambiale|cambia";
const ADHERENCE = /^(?:keep|continue|stay|finish|sig|resume)/;
const CHANGE_VERBS = "deje de darle|deja de darle|dejen de darle|deja de tomar|subale|subele|bajale|bajele|aumentale|aumentele|quitale|quitele|suspendale|suspendele|deja|sube|baja|double up on|double up|restart|resume|go back on|go back to|get back on|come off|get off|go off|go up to|go down to|move up to|move down to|step up to|step down to|stop|stop taking|hold|pause|skip|quit|drop|increase|decrease|reduce|up|bump|raise|lower|double|halve|cut|split|taper|wean|wean off|titrate|deje de tomar|deje|suspenda|suba|aumente|baje|disminuya|dejen de tomar|dejen|suspendan|suban|aumenten|bajen|disminuyan|bajar|subir|aumentar|disminuir|reducir|suspender|dejar de tomar";
const TREAT_VERBS = 'do|ice|heat|stretch|elevate|wear|rest|keep up|keep doing|keep up with|siga con|sigue con|quedate con|quedese con|haga|start wearing|switch|skip|go straight to|keep|lleve|lleva';
/** The verb itself, found with a fast literal scan; whether it opens a clause is checked on what precedes it. */
const VERB = fast(new RegExp(`(?<![\\p{L}\\p{N}'])(?:(${TAKE_VERBS})|(${CHANGE_VERBS})|(${TREAT_VERBS}))(?![\\p{L}\\p{N}'])`, 'uy'));
/** The first word of every verb (the alternatives are plain words). */
const VERB_FIRST = [TAKE_VERBS, CHANGE_VERBS, TREAT_VERBS].flatMap((list) => list.split('|').map((verb) => verb.split(' ')[0]));
/** What may precede an imperative verb: a clause start, then up to three fillers ("go ahead and", "just"). */
const OPENS_CLAUSE = fast(new RegExp(
  `(?:^|[.!?:;,\\n(•*\\-–—"')\\]]|\\p{Extended_Pictographic}|\\ufe0f|(?<![\\p{L}\\p{N}])(?:but|so|then|or|pero|y|ladies|guys|y'all|yall|folks|everyone|friends|parents|moms|mamas))\\s*(?:(?:and|honestly|so|then|also|but)\\s+){0,2}(?:(?:for|with|if|after|before|during|once|until|para|con|si|despues de|antes de)\\s+(?!(?:u|you|ya|we|they|he|she|i|it)\\s+(?:(?:just|really|ever|still|also)\\s+)?$)(?:[\\p{L}\\p{N}']+\\s+){0,3}?[\\p{L}\\p{N}']+\\s*,?\\s+|(?:if|when|si)\\s+(?:[\\p{L}\\p{N}']+\\s+){1,10}?(?=(?:just|then)\\s)|if (?:you|u|ya) (?:have|got|still have) (?:any |some )?(?:leftover|left over|extra)\\s+(?:[\\p{L}\\p{N}']+\\s+){1,5}?)?(?:(?:${FILLER})\\s+){0,3}$`,
  'u',
));
const PREFIX = 60;
/** Advice in the first person to someone: "I'd just take…", "if I were you I'd stop…", "I'd recommend you start…". */
const ADVISE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'])(?:i'd|i would|id)(?: recommend| suggest)?\\s+(?:you\\s+)?(?:(?:${FILLER})\\s+){0,3}$`,
  'u',
);
const NEGATED_BEFORE_PRONOUN = /(?:don't|dont|do not|never|not|no need to|shouldn't)\s+$/u;
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
const EMBEDDED = fast(new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${[
    "(?:wants?|would like|(?:i|we|you|he|she|they|who)'d like|asked|want)\\s+(?:you|him|her|them)\\s+(?:to\\s+(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")|on)(?![\\p{L}\\p{N}'])",
    // Reported directives: "the dentist said to keep using…", "make sure she gets…".
    "(?:said|says|told you|recommends|recommended)\\s+(?:(?:you|him|her|them)\\s+)?to\\s+(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")(?![\\p{L}\\p{N}'])",
    // "Dr. Patel said you can try 5 mg…": a clinician's permission passed on.
    "(?:said|says)\\s+(?:that\\s+)?(?:you|u|he|she|they)\\s+(?:can|could|should|may|need to|have to)\\s+(?:just\\s+)?(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")(?![\\p{L}\\p{N}'])",
    "make sure (?:you|he|she|they|him|her|the kids?)\\s+(?:takes?|gets?|uses?|finish(?:es)?)(?![\\p{L}\\p{N}'])",
    // "I'd recommend ibuprofen 400 mg…", "we suggest 2 Tylenol…": advice in the first person, to someone.
    "(?:i|we)(?:'d| would)?\\s+(?:recommend|suggest|advise)(?:\\s+(?:you|u|that you))?(?:\\s+(?:try|take|use|start|trying|taking|using|starting))?(?![\\p{L}\\p{N}'])",
    "(?:start|put|keep|get)\\s+(?:you|him|her|them)\\s+on(?![\\p{L}\\p{N}])|(?:switch|move|change)\\s+(?:you|him|her|them)\\s+(?:from|to|over)(?![\\p{L}\\p{N}])",
    '(?:should|needs? to|must)\\s+(?:all\\s+)?(?:be (?:back )?on|be taking|take|start|stop)(?![\\p{L}\\p{N}])',
    "(?:fine|ok|okay|alright|all right) to\\s+(?:" + TAKE_VERBS + '|' + CHANGE_VERBS + ")(?![\\p{L}\\p{N}'])",
  ].join('|')})`,
  'uy',
));
/** The words EMBEDDED can start with. */
const EMBEDDED_FIRST = [
  'wants', 'want', 'would', 'i', 'we', 'you', 'he', 'she', 'they', 'who', 'asked', 'said', 'says', 'told', 'recommends', 'recommended', 'make',
  'start', 'put', 'keep', 'get', 'switch', 'move', 'change', 'should', 'needs', 'need', 'must', 'fine', 'ok', 'okay', 'alright', 'all',
];
/** Offers to prescribe and "sent to your pharmacy" notices: prescribing whatever the drug. */
const OFFER = new RegExp(
  [
    "(?:i'll|i will|i can|i could|we'll|we will|we can|let me|want me to|i'm going to|im going to|i'm gonna|ill|(?:she|he)(?:'ll|'d| will| can))\\s+(?:just\\s+)?(?:call (?:it |one |that |something |them )?in|send you something for (?:that|it|this)|get you (?:something stronger|something for (?:that|it|this)|a (?:refill|script|rx|prescription))|have (?:(?:the |my |our )?(?:nurse|doc|doctor|np|pa|office|team)|dr\\.? [\\p{L}]+) (?:call|send|phone) (?:it |that |something |one )?in|approve (?:the|your|his|her) (?:[\\p{L}-]+ )?(?:refill|rx|prescription|script)|phone (?:it )?in|send (?:you |in |over )?(?:a |the |your |an? new |the new )?(?:script|rx|prescription|refill)|send (?:it|that|them|one|something) in|send (?:[\\p{L}-]+ ){1,2}?(?:over )?to (?:your|ur|the|his|her) (?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger|farmacia)|write (?:it|that|one|you)(?: (?:a|one))?(?: (?:script|rx|prescription))?(?: for you)?|prescribe|refill (?:it|that|them|your)|sort you out|hook you up|sign off on (?:it|that|them)|approve (?:it|that|them)|authorize (?:it|that|them)|(?:update|renew|change|fix) (?:the|your|ur) (?:rx|script|prescription))",
    "(?:refill|rx|script|prescription|it)(?:'s|\\s+(?:is|was|has been|'s been))?\\s+(?:been\\s+)?(?:sent|called in|e-?prescribed|faxed)(?:\\s+(?:in|over))?(?:\\s+to\\s+(?:your|the|a)?\\s*(?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger))?",
    'sent (?:the |your |a |the new |a new )?(?:new )?(?:rx|prescription|script|refill) (?:in |over )?to',
    '(?:ya )?(?:se la|se lo|la|lo|le) (?:mande|envie) (?:a su farmacia|la receta)|(?:le |te |les )?(?:mande|envie|mando|envio) (?:la )?receta|(?:le|te|les) receto',
  ].join('|'),
  'gu',
);
/** "I called in your amoxicillin", "Dr. Howe approved your refill and sent it to the Walgreens on 5th". */
const DONE =
  fast(/(?<![\p{L}\p{N}])(?:(?:i|we|she|he|dr\.? [\p{L}-]+|the doctor|the doc)\s+(?:just\s+|already\s+)?(?:called|phoned|e-?prescribed|faxed)\s+(?:in\s+)?(?:your|ur|the|a|an|some|his|her|their|that|it)(?![\p{L}\p{N}])|approved (?:your|the|his|her) (?:refill|rx|prescription|script)|sent (?:it|that|them|(?:your|the|his|her) [\p{L}-]+(?: [\p{L}-]+)?) (?:over |in )?to (?:your|the|a|his|her) (?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger|target|publix|safeway|farmacia)(?! (?:team|staff|department|benefits|manager|techs?)(?![\p{L}]))|(?:la|lo|se la|se lo) (?:mandamos|enviamos|mande|envie) a (?:su|tu) farmacia)/uy);
/** "Done, called in your albuterol": a call-in opening a clause, no subject. */
const DONE_BARE = /(?:^|[,.!:;-])\s*((?:just |already )?(?:called|phoned) in (?:your|ur|the|his|her)(?![\p{L}]))/gu;
/**
 * Prescription drugs pushed at readers: no exam, no visit, no prescription ("come grab one, no visit
 * needed", "sin receta", "we'll ship it to your door"). Strong cues need only a prescription drug.
 */
const PUSH_STRONG = new RegExp(
  [
    'no (?:office |doctor\'s |doctor |in-person )?(?:visit|appointment|appt|exam|consult|consultation|prescription|rx|script|questions asked|labs?|lab work|bloodwork|blood work|tests?|testing|referral|physical)s? (?:needed|required|necessary)',
    'no need (?:for (?:a |an )?(?:visit|appointment|exam|prescription|script)|to (?:come in|see (?:a|the|your) (?:doctor|dentist|provider)|bring (?:him|her|them|the kids?) in|book))',
    'without (?:a |an )?(?:visit|appointment|exam|prescription|rx|script|derm|doctor|dentist|seeing (?:a|the) (?:doctor|dentist|provider))',
    'skip the (?:visit|doctor|appointment|copay|urgent care|er|ed|emergency room|waiting room|office visit|clinic|pediatrician)',
    "(?:we'll|we will|we can|i'll|i can) (?:ship|mail|deliver|send) (?:it|them|some|one|you some|you (?:a|an|your)|a|an|your)",
    'ship(?:ped|s)? (?:it |them )?(?:right )?to your door',
    'delivered to your door',
    'come (?:grab|get|pick up) (?:one|some|a pack|yours)',
    'thank me later',
    'no (?:waiting room|video(?: call| visit)?(?: needed)?|insurance(?: needed| required)?)',
    '(?:we|they) (?:ship|mail|deliver) (?:it|them|yours)',
    "(?:provider|doctor|doc|np|pa|we|i) (?:will|can|'ll) send (?:it|one|a script|the script|the rx)(?: over| in)?",
    '(?:dm|message|text|inbox|pm) (?:me|us) for (?!info|information|details|more|pricing|prices|a (?:consult|visit|appointment|appt)|an (?:appointment|appt))',
    '(?:i|we) can get (?:it|them|some) to you',
    "(?:i'll|i will|i can|ill) (?:leave|drop off|drop|bring|mail|save) (?:you |u )?(?:one|some|a few|a couple|a pack|a bottle)",
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
  fast(/(?<![\p{L}\p{N}])(?:(?:\d+|an?|half an?)\s*(?:min|mins|minutes|hrs?|hours?)\s+before|before (?:bed|boarding|the flight|flying|your flight|you fly|takeoff|sleep|the procedure|the appointment|(?:every|each) \p{L}+)|right now|now (?:and|then|&)|(?:til|till|until) then|for now|in the meantime|tonight|tomorrow|in (?:an|\d+) (?:hours?|hrs?)|at bedtime|if (?:the|his|her|your) (?:fever|pain|cough|swelling)|as needed|prn|antes de (?:dormir|volar))(?![\p{L}\p{N}])/u);
/** Label facts and standards: "is the standard adult dose on the box", "no more than", "max". */
const LABEL_FACT =
  fast(/(?<![\p{L}\p{N}])(?:on the (?:box|label|package|bottle)|package (?:chart|insert)|label|standard(?: adult)? dose|usual (?:adult )?dose|recommended dose|no more than|maximum|max(?:imum)? dose|up to|per day max|dose by weight|por la etiqueta)(?![\p{L}\p{N}])/u);
const LABEL_REF = /box|label|package|bottle|etiqueta/;
/** Pickup, stock and recall notices: "your amoxicillin 500 mg is ready", "back in stock", "recalled". */
const NOTICE = fast(/(?<![\p{L}])(?:ready|for pick ?up|pickup|in stock|available|back ?order\p{L}*|recall\p{L}*|shortage)(?![\p{L}])/u);
/** Someone stating what a person is on, rather than directing it ("she's on lamotrigine 200 mg"). */
const REPORT =
  fast(/(?<![\p{L}\p{N}'])(?:i'm|im|i am|i was|she's|he's|they're|she is|he is|is|are|was|were|been|on|takes|took|taking|gets|got|uses|used|tried|started|prescribed|filled|picked up|ready)(?![\p{L}\p{N}'])/u);
/**
 * "Ask us for trazodone 50 mg", "ask any urgent care for Tamiflu 75 mg": a named drug at a dose pushed
 * through whoever will hand it out. Needs a drug right after "for" and a dose in the same sentence.
 */
const ASK_FOR = fast(/(?<![\p{L}])ask (?:us|me|them|(?:any|your|the|a|an|one of (?:our|the))(?: [\p{L}'-]+){1,2}?) for (?=[\p{L}\p{N}])/gu);
/** "take it today", "start it tonight": a pronoun in a reply that points at the drug the parent named. */
const PARENT_PRONOUN =
  fast(/(?:^|[.!?,;:\u2014-]\s*|(?<![\p{L}])(?:and|so|just|please|then|definitely|def|you can|you could|you should|fine to|ok to|okay to|safe to|go ahead and)\s+)((?:take|start|use|try|give|stop|hold|double|halve|skip|restart|keep taking) (?:it|them|one|both)(?! (?:easy|from|slow|personally|seriously|off|out|back|as|up|in stride|or leave|well|hard|to heart|with a grain|by|over))(?:\s+(?:today|tonight|now|asap|right away|soon|tomorrow|this morning|with food|with water|before bed|every \d+ (?:hours?|hrs?)|for the next \d+ days))?)(?![\p{L}])/gu);
/** "finish the whole bottle", "finish the course" in a reply about a drug: the course the parent named, directed. */
const FINISH_COURSE =
  fast(/(?:^|[.!?,;:\u2014-]\s*|(?<![\p{L}])(?:and|so|just|please|then|definitely|def)\s+)((?:finish|keep taking|take) (?:the |your |ur |all (?:of )?(?:the |your |ur )?)?(?:whole |entire |full |rest of (?:the |your |ur ))?(?:bottle|course|pack|round|box|tube))(?=\s*(?:[.!,;\p{Extended_Pictographic}]|$|even|until|til|till|before|no matter|of (?:the |your |ur )?(?:antibiotics?|meds?|medicine|medication|pills|tablets|it|them)(?![\p{L}])))/gu);
/** "I sent it this morning … Wellbutrin 300 at the Walgreens on 5th": a prescription sent, drug and pharmacy named after it. */
const SENT_IT = fast(/(?<![\p{L}])(?:i|we|she|he)\s+(?:just\s+|already\s+)?sent\s+(?:it|that|them|one)(?![\p{L}])/gu);
const PRONOUN_VERB_GATE = /(?:take|start|use|try|give|stop|hold|double|halve|skip|restart) (?:it|them|one|both)/;
/** Case-insensitive letters inside a case-sensitive pattern (the name after a greeting must be capitalised). */
const anyCase = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A greeting or title before a name, or a tagged handle: the text is aimed at one person. */
const VOCATIVE = fast(new RegExp(
  `(?:^|[.!?\\n]\\s*)(?:(?:${anyCase('hi|hey|hello|hiya|hola|dear|good morning|morning|buenos dias|buenas|get well soon|feel better soon|feel better|congrats|congratulations|thanks|thank you|happy birthday')})[ ,!]+\\p{Lu}\\p{Ll}+|(?:Mrs?\\.?|Ms\\.?|Mx\\.?|Sra?\\.?|Srta\\.?|Don|Doña)\\s+\\p{Lu}\\p{Ll}+\\s*[,:!])|(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]{2,}`,
  'u',
));

/**
 * A bare name opening a sentence ("Maria, take…") or closing the text ("…every 6 hours, Sam."): the post is aimed at
 * one person. A known first name, or a capitalised word that is not a common opener, a drug or a group, before a directive.
 */
const BARE_NAME_FIRST = /(?:^|[.!?\n]\s*)(\p{Lu}\p{Ll}+)\s*,\s*(\p{L}+)/gu;
const BARE_NAME_LAST = /,\s*(\p{Lu}\p{Ll}+)\s*[.!]*\s*(?:\p{Extended_Pictographic}\s*)*$/u;
const FIRST_NAMES = new Set(identifiers.firstNames);
const NOT_NAMES = new Set(identifiers.notNames);
const DIRECTIVE_AFTER_NAME = new Set('take start stop hold give use put try double bump keep go just please you your i pop apply increase cut tome dele'.split(' '));
const SINGLE_DRUGS = new Set([...RX_NAMES, ...OTC_NAMES].filter((w) => !w.includes(' ')));
function namesSomeone(original: string): boolean {
  if (!original.includes(',')) return false; // both shapes have a comma
  const last = BARE_NAME_LAST.exec(original);
  if (last && FIRST_NAMES.has(last[1].toLowerCase())) return true;
  BARE_NAME_FIRST.lastIndex = 0;
  for (let m = BARE_NAME_FIRST.exec(original); m; m = BARE_NAME_FIRST.exec(original)) {
    const word = m[1].toLowerCase();
    if (FIRST_NAMES.has(word)) return true;
    if (!NOT_NAMES.has(word) && !SINGLE_DRUGS.has(word) && !word.endsWith('ly') && DIRECTIVE_AFTER_NAME.has(m[2].toLowerCase())) return true;
  }
  return false;
}

/** A drug recommended with a verdict ("works like a charm", "knocks it right out", "go for it"). */
const ENDORSE =
  fast(/(?<![\p{L}\p{N}])(?:(?:would|will|should|could) (?:knock|clear|kick|fix|dry) (?:it|that|this|them)(?: (?:right )?(?:out|up))?|works like a charm|does the trick|never misses|works great|worked great|works so well|usually does it|that usually does it|is what fixes|fixes that|fixes it|knocks it (?:right )?out|works wonders|will sort you out|go for it|trust me|the real move|real move|thank me later|you're welcome|game changer|game-changer|life hack|pro tip|protip|swear by|never fails|works every time|does wonders|do wonders|should do the trick|that'll fix|that'll get you|that will fix|that will get you|hit me up)(?![\p{L}\p{N}])/uy);
const ENDORSE_TEST = new RegExp(ENDORSE.source, 'u');
/** A promised result or a "secret" shared with readers: a regimen pushed at them, not a label fact. */
const OUTCOME =
  fast(/(?<![\p{L}])(?:knocks? (?:it |that |this )?(?:right )?out|clears?|cures?|fixes|gets? rid of|gone|every (?:single )?time|(?:you'll|u'll|youll|you will) (?:be|feel|sleep|live|survive)|what i tell (?:all )?(?:my|our) (?:clients|patients|friends|followers)|(?:you're|youre|ur) (?:done|good|set|golden|fine)|(?:my|our) (?:secret|go-to)|secret (?:to|for)|the (?:secret|trick)|here it is|for all of|don't bother|don't waste|hack|life[ -]changing|changed (?:my|their|your) li|go get (?:it|some|one)|(?:any|every) (?:urgent care|pharmacy|clinic|doc|doctor|telehealth|walk-in)s? (?:will|can|gives?|hands?)|quita)(?![\p{L}])/u);
/** A refusal to prescribe ("we can't prescribe antibiotics over DM", "we won't call in Valium"): never a push. */
const REFUSAL =
  fast(/(?<![\p{L}])(?:(?:can't|cant|cannot|won't|wont|will not|don't|dont|never|unable to|no) (?:[\p{L}]+ )?(?:prescribe|call in|send in|hand out|give out|refill|recetar)|unsafe|not safe)(?![\p{L}])/u);
/** A question that only tags a directive ("give her 240 mg every 6 hrs, she's ~35 lbs right?") opens with none of these. */
/** A directive closed by a check that it was understood: "… ok?", "… got it?", "… sound good?". */
const CHECK_TAG = /\s(?:ok|okay|k|kk|alright|got it|sound good|sounds good|deal|capisce|va|vale|si)\s*\?+\s*$/u;
const QUESTION_OPENER = /(?:^|[.!?\n]\s*)(?:should|can|could|would|do|does|is|are|how|what|when|which|any|ok to|puedo|cuanto)(?![\p{L}])/u;
/** "take 2 tonight", "take one now": a bare count right after the verb is a number of pills. */
const COUNT_AFTER_VERB = /^\s+(?:\d+|one|two|half)(?!(?:\s+an?)?\s*(?:days?|w(?:ee)?ks?|months?|min|h(?:ou)?rs?|%|steps?|laps?|miles?|reps|sets)(?![\p{L}]))/u;
const CLAUSE_BREAK = /[:,;+\p{Extended_Pictographic}]/gu;
const TELL_TO = /(?:tell|have|get|remind) (?:[\p{L}']+ ){0,2}?(?:him|her|them|[\p{L}']+) (?:to )?(?:just )?$/u;
/** "I told her bump the naproxen…", "told my sister 600 ibuprofen every 6 hrs": advice passed to a named person. */
const TOLD_PERSON = "(?<![\\p{L}])(?:told|tell|texted|telling) (?:him|her|them|(?:my|our|his|her|your|ur) [\\p{L}']+)";
const TOLD = new RegExp(`${TOLD_PERSON}(?![\\p{L}])`, 'u');
const TOLD_BEFORE = new RegExp(`${TOLD_PERSON} (?:to )?(?:just )?$`, 'u');
const NEGATED_LEAD = fast(/(?<![\p{L}])(?:can't|cant|cannot|don't|dont|doesn't|doesnt|won't|isn't|never|not|shouldn't)(?![\p{L}])/u);
/** The author's own experience: "2 Tylenol got me through", "one Benadryl and I'm out". */
const OWN_OR_ME = fast(/(?<![\p{L}])(?:my|(?<!(?:thank|trust) )me|mine|i|mi|mis)(?![\p{L}])/u);
/** A short question opening a post ("UTI?", "Sinus infection?"): readers with that problem are addressed. */
const HOOK = /^[^.!?\n]{2,30}\?/u;
/** A regimen told as a fact about medicine, not to the reader: "the usual treatment", "a new study", "FDA-approved". */
const EDUCATION = /usual|typical|standard|first-line|guideline|stud(?:y|ies)|trial|approved|fda|research|pharmacology|why do|most people/u;
/** A dose counted in pills, puffs or drops names a medicine even without its name ("1 tab BID x 5 days"). */
const PILL_FORM = /tab|cap|pill|puff|drop|spray|gota|pastilla/;
const PICKUP_VERB = /^(?:grab|get|pick up)$/;
const PICKUP_PLACE = fast(/(?<![\p{L}])(?:refill|at the (?:counter|front desk|desk|pharmacy|window|drive-?thru)|whenever|anytime)(?![\p{L}])/u);
/** Adherence to a prescription someone else wrote: "take it twice a day as prescribed" told to everyone. */
const AS_PRESCRIBED = /as (?:prescribed|directed)|per the label/;
const DOSE_WORD = /dose|dosage|dosis/;
const CLAUSE_ONLY = new Set(['up', 'toma', 'usa', 'aplica', 'deja', 'sube', 'baja', 'cambia']);
const SWAP = new Set(['swap', 'switch', 'switch to', 'cambia', 'cambie', 'cambiale', 'cambiele']);
const WEAR_ONLY = new Set(['keep', 'lleve', 'lleva']);
/** Nothing but a connective or an adverb before a drug that opens its clause. */
const BARE_LEAD = /^\s*(?:(?:and|then|just|honestly|maybe|try|plus|\+|&|-|•)\s+)?(?:the\s+)?$/u;
/** A finite verb after a drug and its frequency: the phrase is the subject of a statement, not an instruction. */
const STATEMENT = fast(/(?<![\p{L}])(?:is|are|was|were|has|have|had|works?|worked|did|does|never|can|could|will|would|helps?|helped|makes?|made|seems?|sounds?|keeps?|kept|shots|pens|injections)(?![\p{L}])|'s(?![\p{L}])/u);
/** "nurse tip:", "tip from a pharmacist": a push for a regimen that has a frequency, not a verdict on its own. */
const TIP = fast(/(?<![\p{L}])tip(?::| from)/u);
const CLAUSE_END = /[,;]| and | but | so /g;
/** Verbs that push a dose up: told to everyone about an OTC drug with a verdict, they direct it. */
const INCREASE = /^(?:double|double up|double up on|up|bump|raise|increase|go up to|move up to|step up to)$/;
const AND_BEFORE = fast(/(?<![\p{L}])(?:and|&|\+) $/u);
const PARTICIPLE_AFTER = /^\s+\p{L}+ed(?![\p{L}])/u;

/** Sentences that hand the decision back to a clinician, the label or a pharmacist. */
const DEFER =
  fast(/(?<![\p{L}\p{N}])(?:ask (?:your|a|the|us|one of|any (?:pharmacist|doctor|dentist|provider|clinician|nurse|pediatrician))(?![\p{L}])|check with|talk (?:to|with) (?:your|a|the)|consult|as directed|as prescribed|per the label|on the label|unless your|if your (?:doctor|clinician|provider|pharmacist)|hable con su|consulte)/u);
const FIRST_PERSON_OBJECT = /^\s*(?:[\p{L}']+\s+){0,2}?(?:my|our|mine|mi|mis)\s/u;
const PRONOUN_OBJECT = /^\s+(?:them|it|one|some|those)(?![\p{L}\p{N}])/u;
const SENTENCE_END = /[!?\n]|\.(?!\d)/g;
const WINDOW = 110;

/** Readers addressed as a group: "every runner with shin splints:", "anyone with a cold", "PSA". */
const GROUP_ADDRESS = fast(/(?<![\p{L}\p{N}])(?:(?:every|any|all)(?:one|body)? (?:[\p{L}'-]+ ){0,3}?(?:with|w|who (?:has|have|gets?))|(?:parents|moms|dads|mamas|folks|people|those|friends|runners|athletes|ladies|guys|y'all|yall|anyone|everyone|padres|mamas) (?:dealing|struggling|suffering|living|battling|stuck|fighting|up) (?:with|w)|psa|attention (?:all|parents|runners|everyone)|(?:every|any)(?:one|body) (?:over|under|past) \d+|a todos los que|si tienes)(?![\p{L}])/u);
/** Readers labelled as a group at the start: "Anxious flyers:", "Girls with PCOS,", "New moms!". */
const GROUP_LABEL = /^(?:[\p{L}']+ ){0,2}(?:\p{L}+ers|parents|moms|dads|mamas|folks|people|ladies|guys|girls|women|men|friends|athletes|students|y'all|babies|kids|toddlers|teens)(?: with [\p{L} ]{2,20})?\s*[:,!]/u;
/** A dose change reported to the person whose dose it is. */
const DOSE_CHANGED =
  fast(/(?<![\p{L}\p{N}])(?:(?:increased|raised|lowered|reduced|upped|bumped|doubled|halved|changed|adjusted|subio|subi|aumento|aumente|bajo|baje|cambio|ajusto)\s+(?:your|the|his|her|su|la|tu)\s+(?:[\p{L}-]+\s+){0,2}?(?:dose|dosage|dosis|[\p{L}-]+)(?:\s+(?:of\s+)?[\p{L}]+)?|(?:your|his|her|su|tu)\s+(?:[\p{L}]+\s+)?(?:dose|dosage|dosis)\s+(?:goes|is going|will go|sube|baja)(?:\s+(?:up|down))?)\s+(?:to|a)\s+\d/uy);

/** Animals whose medicine is not a person's ("horse" and "vet" left out: "horse pills", veterans). */
const ANIMAL_WORDS = [
  'dog', 'dogs', 'doggo', 'doggy', 'puppy', 'puppies', 'pup', 'pups', 'cat', 'cats', 'kitten', 'kittens', 'kitty', 'kitties', 'pet', 'pets',
  'veterinarian', 'canine', 'feline', 'rabbit', 'bunny', 'hamster', 'ferret', 'parrot', 'perro', 'perrito', 'perrita', 'gato', 'gatito', 'gatita', 'mascota',
];
const ANIMAL = fast(new RegExp(`(?<![\\p{L}\\p{N}])(?:${ANIMAL_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u'));

const PERSON_KINDS: readonly Kind[] = ['message', 'reply', 'comment', 'review-reply'];

interface Hit {
  start: number;
  end: number;
}

const SPACE = /\s/;
const ABBREV = /(?:^|\s)(?:dr|mr|mrs|ms|st|vs|e\.g|i\.e|approx|no|sra?|dra)$/;
function sentenceBounds(text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // "Dr. Kim", "vs." and "e.g." do not end a sentence.
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(start, m.index - 6), m.index))) continue;
    bounds.push([start, m.index + 1]);
    start = m.index + 1;
  }
  if (start < text.length) bounds.push([start, text.length]);
  return bounds;
}

/** Every match of `re` in the whole text, in order (one pass per text; windows filter these). */
function allMatches(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** Hits (sorted by start) lying wholly inside [from, to). */
function within(hits: Hit[], from: number, to: number): Hit[] {
  if (hits.length === 0 || to <= from) return [];
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let i = lo; i < hits.length && hits[i].start < to; i++) if (hits[i].end <= to) out.push(hits[i]);
  return out;
}

interface ObjectFound {
  rx: Hit[];
  otc: Hit[];
  /** Doses and frequencies. */
  dose: Hit[];
  /** Doses only ("5 mL", "two tabs"): "take a day off" has a frequency-like phrase but no amount. */
  amount: Hit[];
  med: Hit[];
  quantity: Hit[];
  appliance: Hit[];
  device: Hit[];
}

/** Everything a directive can act on, found once per text. */
interface TextObjects extends WordBits {
  rx: Hit[];
  otc: Hit[];
  doseOnly: Hit[];
  freq: Hit[];
  med: Hit[];
  device: Hit[];
  quantity: Hit[];
  toAmount: Hit[];
  appliance: Hit[];
  /** A word an offer to prescribe or a "sent to your pharmacy" notice needs. */
  offerWord: boolean;
}

/** A count or strength right before a drug: "2 Aleve", "one diflucan", "2 more excedrin", "25 of benadryl", "0.05 tret". */
const COUNT_BEFORE =
  fast(/(?<![\p{L}\p{N}.,/])(?:\d{1,2}|(?!19\d\d|20\d\d)\d{3,4}|\d*[.,]\d+%?|one|two|three|half an?|half|a couple(?: of)?|another|an? extra)(?: (?:more|extra|baby|low-dose|low dose|regular|chewable|children's|kids'?|infant))?(?: of(?: the)?)? $/u);
/** A strength right after a drug ("tylenol 650", "triamcinolone 0.1%"), not an age, a weight or a duration. */
const DRUG_STRENGTH = / ?#?\d+(?:[.,]\d+)?(?:\s*%|(?![\d%/]|[.,]\d|\s*(?:y(?:ea)?rs?|yo|days?|w(?:ee)?ks?|months?|lbs?|kg|h(?:ou)?rs?|min|[ap]m|-)(?![\p{L}])))/uy;
/** After a dose, "of" and a word: "5 drops of Debrox", "2 tabs of Zyrtec". A capitalised word there is a product, listed or not. */
const OF_PRODUCT = /\s+(?:of|de)\s+(?:(?:the|your|her|his|el|la|su)\s+)?(\p{L}[\p{L}'-]*)/uy;

/** A drug naming its monitoring, not itself: "your coumadin checks", "lithium levels", "the warfarin clinic". */
const DRUG_AS_MODIFIER = /\s+(?:checks?|levels?|labs?|clinic|monitoring|tests?|testing|draws?|troughs?|blood ?work)(?![\p{L}])/uy;
const notModifier = (text: string) => (h: Hit) => {
  DRUG_AS_MODIFIER.lastIndex = h.end;
  return !DRUG_AS_MODIFIER.test(text);
};

/**
 * What each word can start or unlock, as bits: one lookup per word of a text tells which patterns can match
 * at all (`W_DOSE`…`W_GROUP`) and where the word-anchored ones can start (`…_AT`).
 */
const W_DOSE = 1;
const W_FREQ = 2;
const W_OFFER = 4;
const W_APPLIANCE = 8;
const W_FREQ_AT = 16;
const W_VERB_AT = 32;
const W_EMBEDDED_AT = 64;
const W_ENDORSE_AT = 128;
const W_DONE_AT = 256;
const W_CHANGED_AT = 512;
const W_VOCATIVE = 1024;
const W_GROUP = 2048;
const W_DIGIT_AT = 4096;
const W_TO_AT = 8192;
const W_DOSE_AT = 16384;
const W_ANIMAL = 32768;
const W_GROUP_LINK = 65536;
const W_GROUP_CUE = 131072;
const WORD_BITS = new WordGates();
const addBits = (words: readonly string[], bit: number) => WORD_BITS.add(bit, words);
addBits(DOSE_GATE, W_DOSE);
addBits('a one another two three four half dos tres media medio'.split(' '), W_DOSE_AT);
addBits(['to'], W_TO_AT);
addBits(ANIMAL_WORDS, W_ANIMAL);
addBits(FREQ_GATE, W_FREQ);
addBits(OFFER_GATE, W_OFFER);
addBits(APPLIANCE_GATE, W_APPLIANCE);
addBits(VERB_FIRST, W_VERB_AT);
addBits(EMBEDDED_FIRST, W_EMBEDDED_AT);
// The first words of FREQUENCY; words led by a digit, "x", "q" or "for" ("3x", "x5", "q6h") are added in the scan.
addBits(
  'bid tid qid qhs qd prn once twice three four daily nightly weekly a per at every each in en por for una dos tres al diario diaria diarios diarias cada todas todos durante repeat one'.split(' '),
  W_FREQ_AT,
);
addBits('would could works does never worked usually that is fixes knocks will go trust the real thank you game life pro protip swear do should hit'.split(' '), W_ENDORSE_AT);
addBits('i we she he dr the approved sent la lo se'.split(' '), W_DONE_AT);
addBits(
  'increased raised lowered reduced upped bumped doubled halved changed adjusted subio subi aumento aumente bajo baje cambio ajusto your his her su tu'.split(' '),
  W_CHANGED_AT,
);
// A word each greeting or title of VOCATIVE needs ("get well soon" needs "soon"; "Don" is looked for in the original: "don't").
addBits('hi hey hello hiya hola dear morning buenos buenas soon better congrats congratulations thanks thank birthday mr mrs ms mx sr sra srta dona'.split(' '), W_VOCATIVE);
// GROUP_ADDRESS needs a group word and a linking word ("anyone … with", "everyone over 50"), or one of its lone cues.
addBits(
  'every any all everyone everybody anyone anybody allone allbody parents moms dads mamas folks people those friends runners athletes ladies guys yall padres'.split(' '),
  W_GROUP,
);
addBits('with w who over under past'.split(' '), W_GROUP_LINK);
addBits('psa attention todos tienes'.split(' '), W_GROUP_CUE);

/**
 * Matches of a sticky, word-anchored pattern (every match starts a word that carries `bit`), tried only at
 * those words: the same matches, in order and without overlap, as a global scan of every character.
 */
interface WordBits {
  /** Per word, its `WORD_BITS`; all of them together; where each word starts. */
  bits: number[];
  mask: number;
  starts: number[];
}
function matchesAt(re: RegExp, all: WordBits, bit: number, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if ((all.mask & bit) === 0) return out;
  const { bits, starts } = all;
  let next = 0;
  for (let i = 0; i < bits.length; i++) {
    if ((bits[i] & bit) === 0 || starts[i] < next) continue;
    re.lastIndex = starts[i];
    const m = re.exec(text);
    if (m) {
      out.push(m);
      next = m.index + m[0].length;
    }
  }
  return out;
}
const hitsAt = (re: RegExp, all: WordBits, bit: number, text: string): Hit[] =>
  matchesAt(re, all, bit, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));

function textObjects(doc: NormalizedText, tokens: Tokens): TextObjects {
  const text = doc.text;
  const lists: Hit[][] = [[], [], [], [], [], []];
  OBJECT_INDEX.scan(text, tokens, (start, end, _token, list) => {
    lists[list].push({ start, end });
  });
  const hasDigit = DIGIT.test(text);
  let stemmed = false;
  let listed: Set<number> | undefined;
  const n = tokens.words.length;
  const bits: number[] = new Array(n);
  const ids = wordIds(tokens);
  let mask = 0;
  for (let i = 0; i < n; i++) {
    const w = tokens.words[i];
    let b = WORD_BITS.at(ids[i]) ?? 0;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) b |= W_FREQ_AT | W_DIGIT_AT;
    else if (c === 120 || c === 113 || (c === 102 && w.startsWith('for'))) b |= W_FREQ_AT;
    bits[i] = b;
    mask |= b;
    // Unlisted generics by their stem ("bimatoprost", "nebivolol"): a prescription drug.
    if (w.length >= 7 && STEM_TAILS.has(tail2(w)) && STEM.test(w)) {
      const at = tokens.starts[i];
      listed ??= new Set([...lists[L_RX], ...lists[L_OTC]].map((h) => h.start));
      if (!listed.has(at)) {
        lists[L_RX].push({ start: at, end: tokens.ends[i] });
        stemmed = true;
      }
    }
  }
  if (stemmed) lists[L_RX].sort((x, y) => x.start - y.start);
  const byStart = (x: Hit, y: Hit) => x.start - y.start;
  let rx = lists[L_RX_CLASS].length ? [...lists[L_RX], ...lists[L_RX_CLASS]].sort(byStart) : lists[L_RX];
  if (rx.length > 0) rx = rx.filter(notModifier(text));
  let otc = lists[L_OTC_CLASS].length ? [...lists[L_OTC], ...lists[L_OTC_CLASS]].sort(byStart) : lists[L_OTC];
  let doseOnly: Hit[] = [];
  if (hasDigit) {
    DOSE_NUM.lastIndex = 0;
    for (let m = DOSE_NUM.exec(text); m; m = DOSE_NUM.exec(text)) {
      if (m.index === 0 || !LETTER_OR_DIGIT.test(text[m.index - 1])) doseOnly.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  const words: WordBits = { bits, mask, starts: tokens.starts };
  if (mask & W_DOSE) doseOnly = doseOnly.concat(hitsAt(DOSE_WORDS, words, W_DOSE_AT, text)).sort(byStart);
  const extra: Hit[] = [];
  for (const list of [rx, otc]) {
    for (const h of list) {
      const c = COUNT_BEFORE.exec(text.slice(Math.max(0, h.start - 16), h.start));
      if (c) extra.push({ start: h.start - c[0].length, end: h.start });
      if (!hasDigit) continue;
      DRUG_STRENGTH.lastIndex = h.end;
      const m = DRUG_STRENGTH.exec(text);
      if (m) extra.push({ start: h.end + m[0].length - m[0].trimStart().length, end: h.end + m[0].length });
    }
  }
  if (extra.length > 0) doseOnly = doseOnly.concat(extra).sort(byStart);
  const products: Hit[] = [];
  for (const d of doseOnly) {
    OF_PRODUCT.lastIndex = d.end;
    const m = OF_PRODUCT.exec(text);
    const at = d.end + (m ? m[0].length - m[1].length : 0);
    const first = doc.original[doc.toOriginal[at]];
    if (m && first !== first.toLowerCase() && within(rx, at, at + 40).length + within(otc, at, at + 40).length === 0) products.push({ start: at, end: at + m[1].length });
  }
  if (products.length > 0) otc = otc.concat(products).sort(byStart);
  const all: TextObjects = {
    rx,
    otc,
    doseOnly,
    freq: [],
    med: lists[L_MED],
    device: lists[L_DEVICE],
    quantity: hasDigit ? hitsAt(QUANTITY, words, W_DIGIT_AT, text) : [],
    toAmount: hasDigit ? hitsAt(TO_AMOUNT, words, W_TO_AT, text) : [],
    appliance: mask & W_APPLIANCE ? allMatches(APPLIANCE, text) : [],
    offerWord: (mask & W_OFFER) !== 0,
    bits,
    mask,
    starts: tokens.starts,
  };
  // How often only matters next to something taken: a drug, a dose or a word for medicine.
  if ((hasDigit || mask & W_FREQ) && rx.length + otc.length + doseOnly.length + lists[L_MED].length + lists[L_DEVICE].length > 0) {
    all.freq = hitsAt(FREQUENCY, all, W_FREQ_AT, text);
  }
  return all;
}

function findObjects(all: TextObjects, from: number, to: number): ObjectFound {
  const dose = within(all.doseOnly, from, to);
  const freq = within(all.freq, from, to);
  return {
    rx: within(all.rx, from, to),
    otc: within(all.otc, from, to),
    dose: freq.length ? dose.concat(freq) : dose,
    amount: dose,
    med: within(all.med, from, to),
    quantity: within(all.quantity, from, to),
    appliance: within(all.appliance, from, to),
    device: within(all.device, from, to),
  };
}

const lastEnd = (...lists: Hit[][]) => {
  let end = 0;
  for (const list of lists) for (const h of list) if (h.end > end) end = h.end;
  return end;
};
const firstStart = (...lists: Hit[][]) => {
  let start = Infinity;
  for (const list of lists) for (const h of list) if (h.start < start) start = h.start;
  return start;
};
const DIGIT = /\d/;
/** "half a benadryl", "a couple of advil", "two tylenol": a count right before the drug is a dose. */
const COUNTED = fast(/(?<![\p{L}])(?:half an?|a couple(?: of)?|an?|one|two|three|un[ao]?|media|medio|dos|(?:an? )?\d+(?: of)?)(?: (?:baby|low-dose|regular|chewable|children's|kids'?|infant))?\s+$/u);
/** Does the text name a drug (list 0 of the index, not a class)? */
function namesDrug(doc: NormalizedText): boolean {
  let found = false;
  OBJECT_INDEX.scan(doc.text, tokensOf(doc), (_s, _e, _t, list) => (found = list === L_RX || list === L_OTC));
  return found;
}
/** Does the text name any medicine: a drug, a class ("antibiotics") or a word for medicine ("meds")? */
function mentionsMedicine(doc: NormalizedText): boolean {
  let found = false;
  OBJECT_INDEX.scan(doc.text, tokensOf(doc), () => (found = true));
  return found;
}
const WORD_IN_GAP = /[\p{L}\p{N}']+/gu;
const GAP_BREAK = fast(/(?<![\p{L}])(?:me|us|him|her(?!\s*$)|asking|calling|by|talking|worrying|and|then|but)(?![\p{L}])/u);
const STOP_BY = /^\s+(?:by|in|over|off)\b/;
const LEFTOVER = /leftover|left over/;
const PHARMACY = /(?:pharmacy|cvs|walgreens|rite aid|walmart|costco|kroger|target|publix|safeway|farmacia|store)/;
const RX_WORD_AFTER = /^\s*(?:rx|refill|prescription|script|receta)/;
const FIRST_WORD = /^\S*\s/;
const I_DID = fast(/(?<![\p{L}])(?:i|i've|ive) (?:just |finally )?(?:went|took|tried|started|stopped|switched|got|was|had|have been|been)(?![\p{L}])/u);
/** "take a look", "take a break": "take" that is not taking anything. */
const TAKE_IDIOM = /^ (?:a (?:look|peek|minute|second|sec|break|seat|photo|picture|pic|breath|moment|walk|nap|day)|care|note|time|it easy)(?![\p{L}\p{N}])/u;
const FOR_ME = fast(/(?<![\p{L}])for me(?![\p{L}])/u);
const OWN = fast(/(?<![\p{L}])(?:my|mine|i|mi|mis)(?![\p{L}])/u);

export const onlinePrescribing = defineRule({
  id: 'online-prescribing',
  description: 'Warns when a post or message tells someone which drug or dose to take, or offers to prescribe without an exam.',
  severity: 'warning',
  check(ctx, report) {
    const doc: NormalizedText = ctx.doc;
    const text = doc.text;
    const all = textObjects(doc, tokensOf(doc));
    const offers = all.offerWord ? allMatches(OFFER, text) : [];
    const done = all.offerWord ? hitsAt(DONE, all, W_DONE_AT, text) : [];
    if (all.offerWord && (text.includes('called in') || text.includes('phoned in'))) {
      DONE_BARE.lastIndex = 0;
      for (let m = DONE_BARE.exec(text); m; m = DONE_BARE.exec(text)) done.push({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
      done.sort((x, y) => x.start - y.start);
    }
    // Nothing a directive could act on and no offer to prescribe: nothing to find.
    const objects = all.rx.length + all.otc.length + all.doseOnly.length + all.freq.length + all.med.length + all.device.length + all.quantity.length + all.toAmount.length + all.appliance.length;
    const toPerson = PERSON_KINDS.includes(ctx.kind);
    // "take it today" in a reply to "I picked up my Plan B": the pronoun stands for the parent's drug.
    const pronounHits: Hit[] = [];
    if (toPerson && ctx.parentDoc !== undefined && all.rx.length === 0 && PRONOUN_VERB_GATE.test(text)) {
      PARENT_PRONOUN.lastIndex = 0;
      let parentDrug: boolean | undefined;
      for (let m = PARENT_PRONOUN.exec(text); m; m = PARENT_PRONOUN.exec(text)) {
        if (!(parentDrug ??= namesDrug(ctx.parentDoc))) break;
        const start = m.index + m[0].length - m[1].length;
        if (!NEGATED_BEFORE_PRONOUN.test(text.slice(Math.max(0, start - 12), start))) pronounHits.push({ start, end: start + m[1].length });
      }
    }
    // "Finish the whole bottle even if you feel better" in a reply about antibiotics: the parent's course, directed.
    if (toPerson && ctx.parentDoc !== undefined && (text.includes('finish') || text.includes('take '))) {
      let parentMed: boolean | undefined;
      FINISH_COURSE.lastIndex = 0;
      for (let m = FINISH_COURSE.exec(text); m; m = FINISH_COURSE.exec(text)) {
        if (!(parentMed ??= mentionsMedicine(ctx.parentDoc))) break;
        const start = m.index + m[0].length - m[1].length;
        if (!NEGATED_BEFORE_PRONOUN.test(text.slice(Math.max(0, start - 12), start))) pronounHits.push({ start, end: start + m[1].length });
      }
    }
    if (
      objects === 0 &&
      offers.length + done.length + pronounHits.length === 0
    )
      return;
    // Aimed at a person: a DM or reply, or a post that greets, titles or tags someone.
    let directedMemo: boolean | undefined;
    let atOneMemo: boolean | undefined;
    /** A DM or reply, a greeting or title before a name, a tag, or readers addressed as a group. */
    const vocative = () => ((all.mask & W_VOCATIVE) !== 0 || doc.original.includes('@') || doc.original.includes('Don')) && VOCATIVE.test(doc.original);
    const grouped = () =>
      ((all.mask & W_GROUP_CUE) !== 0 || ((all.mask & W_GROUP) !== 0 && (all.mask & W_GROUP_LINK) !== 0)) && GROUP_ADDRESS.test(text);
    const directedAtOne = () => (atOneMemo ??= toPerson || vocative() || grouped());
    /** …or a bare name: "Maria, take…", "…every 6 hours, Sam." */
    const directed = () => (directedMemo ??= directedAtOne() || namesSomeone(doc.original));
    // A drug named anywhere in the text or in the comment answered: a bare dose then refers to it.
    const drugInContext = () =>
      all.rx.length > 0 || all.otc.length > 0 || (ctx.parentDoc !== undefined && namesDrug(ctx.parentDoc));
    const hits: Hit[] = [];
    /** A verdict ("works like a charm") needs one of its first words. */
    const endorsing = (all.mask & W_ENDORSE_AT) !== 0;

    const sentences = sentenceBounds(text);
    /** The index of the sentence holding position `at`. */
    const sentenceAt = (at: number) => {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid][0] <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    /** A sentence-level test, memoised per sentence: a long sentence with many verbs is read once per pattern. */
    const sentenceMemo = new Map<RegExp, boolean[]>();
    const inSentence = (re: RegExp, si: number) => {
      let seen = sentenceMemo.get(re);
      if (!seen) sentenceMemo.set(re, (seen = []));
      return (seen[si] ??= re.test(text.slice(sentences[si][0], sentences[si][1])));
    };
    const questionMemo = new Map<number, boolean>();
    const isQuestion = (i: number) => {
      let q = questionMemo.get(i);
      if (q === undefined) {
        const [from, to] = sentences[i];
        let j = to - 1;
        while (j >= from && SPACE.test(text[j])) j--;
        q = j >= from && text[j] === '?';
        questionMemo.set(i, q);
      }
      return q;
    };
    /** A verdict or a push in sentence i or the one after it ("…every 8 hrs. You'll feel brand new"). */
    const cueMemo = new Map<number, number>();
    /** 2: a verdict ("works every time", "you're done"); 1: a push ("skip the urgent care"); 0: neither. */
    const cueNear = (i: number, verdictOnly = false) => {
      let cue = cueMemo.get(i);
      if (cue === undefined) {
        const near = text.slice(sentences[i][0], sentences[Math.min(i + 1, sentences.length - 1)][1]);
        cue = (endorsing && ENDORSE_TEST.test(near)) || OUTCOME.test(near) ? 2 : PUSH_STRONG.test(near) || TIP.test(near) ? 1 : 0;
        cueMemo.set(i, cue);
      }
      return cue === 2 || (cue === 1 && !verdictOnly);
    };
    /** "…every 6 hrs, she's ~35 lbs right?": the question is a short tag after the directive at `at`. */
    const tagQuestion = (i: number, at: number) => {
      const [from, to] = sentences[i];
      const tail = text.slice(at, to);
      const cut = Math.max(tail.lastIndexOf(','), tail.lastIndexOf(';'), tail.lastIndexOf(' - '));
      // "…a day, she's ~35 lbs right?", "no more than 2 a day ok?": a short tag, not a question about the directive.
      const tagged = (cut > 0 && tail.length - cut <= 40 && !tail.includes('¿', cut)) || CHECK_TAG.test(tail);
      return tagged && !QUESTION_OPENER.test(text.slice(from, at));
    };
    /** The text from the start of the clause holding `at` (after the last ':', ',' or ';' of its sentence) to `at`. */
    const clauseLead = (from: number, at: number) => {
      const lead = text.slice(from, at);
      CLAUSE_BREAK.lastIndex = 0;
      let cut = 0;
      for (let m = CLAUSE_BREAK.exec(lead); m; m = CLAUSE_BREAK.exec(lead)) cut = m.index + m[0].length;
      return lead.slice(cut);
    };
    /** The sentence up to the end of the clause holding `at` ("one antibiotic course doesn't fix…" / "800 ibuprofen before a run"). */
    const firstClause = (from: number, to: number, at: number) => {
      CLAUSE_END.lastIndex = at;
      const m = CLAUSE_END.exec(text);
      return text.slice(from, m && m.index < to ? m.index : to);
    };
    const previousRx = (i: number) => {
      const from = i > 0 ? sentences[i - 1][0] : sentences[i][0];
      return within(all.rx, from, sentences[i][0]).length > 0;
    };

    const consider = (start: number, objFrom: number, si: number, kindOfVerb: 'take' | 'change' | 'treat' | 'embedded', o: ObjectFound) => {
      // "tell them to take…", "have him swish…": aimed at someone named just before the verb.
      const aimed = () => directed() || TELL_TO.test(text.slice(Math.max(0, start - 40), start)) || TOLD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      const sentence = sentences[si];
      const to = Math.min(sentence[1], objFrom + WINDOW);
      const rest = text.slice(objFrom, to);
      if (FIRST_PERSON_OBJECT.test(rest)) return; // "take my meds", "stop my statin": the author's own
      const toAmount = kindOfVerb === 'change' ? within(all.toAmount, objFrom, to) : [];
      // "stop asking me to fill your oxycodone": a change verb acts on what follows it closely.
      // "Got leftover antibiotics? Start them.", "get the mucinex and double it": a pronoun pointing back at a drug just named.
      const pronoun = PRONOUN_OBJECT.exec(rest);
      const otcBefore = () => kindOfVerb === 'change' && directed() && within(all.otc, sentences[Math.max(0, si - 1)][0], start).length > 0;
      const pointsBack =
        pronoun !== null && kindOfVerb !== 'treat' && !PARTICIPLE_AFTER.test(rest.slice(pronoun[0].length)) && (previousRx(si) || within(all.rx, sentence[0], start).length > 0 || otcBefore());
      if (kindOfVerb === 'change' && !pointsBack && !(o.appliance.length > 0 && directed()) && !closeObject(objFrom, [o.rx, o.otc, o.dose, o.med, o.device, toAmount])) return;
      const hasRx = o.rx.length > 0;
      const hasDose = o.dose.length > 0;
      const deferred = inSentence(DEFER, si);
      // "pick up your amoxicillin at the counter": fetching what was already prescribed, no dose told.
      if (o.dose.length === 0 && PICKUP_VERB.test(text.slice(start, objFrom)) && PICKUP_PLACE.test(rest)) return;
      // "The FDA says to stop taking valsartan from these lots": recall advice to everyone.
      if (!directed() && inSentence(NOTICE, si)) return;
      if (deferred && (!hasDose || (!toPerson && inSentence(AS_PRESCRIBED, si)))) return;
      if (pointsBack) {
        hits.push({ start, end: Math.max(objFrom + pronoun[0].length, lastEnd(o.dose)) });
        return;
      }
      let qualifies = false;
      // "skip to tray 8", "switch to the heavies": an appliance step told to a person.
      if (o.appliance.length > 0 && directed()) qualifies = true;
      else if (kindOfVerb === 'treat') qualifies = (o.quantity.length > 0 && directedAtOne()) || ((hasRx || (o.otc.length > 0 && hasDose)) && directed());
      else if (hasRx) qualifies = true;
      else if (o.otc.length > 0 && (hasDose || COUNTED.test(text.slice(Math.max(objFrom, o.otc[0].start - 12), o.otc[0].start)))) qualifies = aimed() || LEFTOVER.test(rest) || cueNear(si);
      else if ((o.amount.length > 0 || (hasDose && (COUNT_AFTER_VERB.test(rest) || all.med.length > 0 || drugInContext()))) && directed()) qualifies = true;
      // "take one or two every 6 hrs" after "got leftover Percocet?": the dose refers to the drug just named.
      else if (hasDose && (previousRx(si) || within(all.rx, sentence[0], start).length > 0)) qualifies = true;
      // "if u have leftover dex, give the 0.6/kg dose": an amount of a drug left over from someone's last course.
      else if (o.amount.length > 0 && inSentence(LEFTOVER, si)) qualifies = true;
      // "double up on the naproxen", "stop the ibuprofen" told to a person: a change to an OTC drug.
      // "bump your heel raises to 4x15": a change to a counted treatment.
      else if (kindOfVerb === 'change' && (aimed() || (o.otc.length > 0 && cueNear(si) && INCREASE.test(text.slice(start, objFrom))))) qualifies = o.med.length > 0 || o.otc.length > 0 || TO_AMOUNT_NEAR.test(rest) || (toAmount.length > 0 && o.quantity.length > 0);
      // "stop the night guard for now", "wear the splint every night": a treatment changed or scheduled for one person.
      if (!qualifies && o.device.length > 0 && (kindOfVerb === 'change' || hasDose) && directedAtOne()) qualifies = true;
      // "swap the claritin for zyrtec" told to a person: one drug for another, a change even without a dose.
      if (!qualifies && o.otc.length > 1 && SWAP.has(text.slice(start, objFrom)) && aimed()) qualifies = true;
      if (!qualifies) return;
      const amounts = kindOfVerb === 'change' ? [...o.med, ...toAmount] : [];
      const end = lastEnd(o.rx, o.otc, o.dose, o.quantity, o.appliance, o.device, amounts);
      hits.push({ start, end: Math.max(end, objFrom) });
    };

    /** The object of a change verb starts within its next four words. */
    const closeObject = (from: number, objects: Hit[][]) => {
      const first = firstStart(...objects);
      if (first === Infinity) return false;
      const gap = text.slice(from, first);
      return gap.length <= 40 && (gap.match(WORD_IN_GAP) ?? []).length <= 4 && !GAP_BREAK.test(gap);
    };
    /** Could a directive at objFrom act on anything? Cheap: objects were found once per text. */
    const worthConsidering = (objFrom: number, si: number, kindOfVerb: 'take' | 'change' | 'treat' | 'embedded') => {
      const o = findObjects(all, objFrom, Math.min(sentences[si][1], objFrom + WINDOW));
      if (o.appliance.length > 0) return o;
      if (kindOfVerb === 'treat') return o.quantity.length + o.rx.length + o.otc.length + o.device.length > 0 ? o : undefined;
      if (o.rx.length + o.otc.length + o.dose.length + o.med.length + o.device.length > 0) return o;
      if (kindOfVerb === 'change' && within(all.toAmount, objFrom, Math.min(sentences[si][1], objFrom + WINDOW)).length > 0) return o;
      if (all.rx.length + all.otc.length > 0 && PRONOUN_OBJECT.test(text.slice(objFrom, objFrom + 8))) return o;
      return undefined;
    };
    /** "Remember, 5 mL of children's Tylenol every 4-6 hrs", "0.5 mg alprazolam 30 min before boarding, thank me later". */
    let strongMemo: boolean | undefined;
    let weakMemo: boolean | undefined;
    const strongPush = () => (strongMemo ??= PUSH_STRONG.test(text));
    const weakPush = () => (weakMemo ??= PUSH_WEAK.test(text));
    let cueMemo1: boolean | undefined;
    const readerCue = () => (cueMemo1 ??= strongPush() || weakPush() || (endorsing && ENDORSE_TEST.test(text)) || OUTCOME.test(text) || GROUP_LABEL.test(text) || HOOK.test(text));
    const verbless = (si: number) => {
      const sentence = sentences[si];
      const doses = within(all.doseOnly, sentence[0], sentence[1]);
      if (doses.length === 0) {
        // (A regimen without a number needs a drug and a frequency, so whether the text is aimed is asked last.)
        if (all.freq.length > 0 && all.rx.length + all.otc.length > 0 && directed()) bareRegimen(si);
        return;
      }
      const freq = within(all.freq, sentence[0], sentence[1]);
      // A dose needs a drug in its sentence, or a frequency with a drug just named or a person addressed (below): asked first, it is cheap.
      if (within(all.rx, sentence[0], sentence[1]).length + within(all.otc, sentence[0], sentence[1]).length === 0) {
        if (freq.length === 0 || (!previousRx(si) && !directed())) return;
      }
      const body = text.slice(sentence[0], sentence[1]);
      // "told her 600 ibuprofen every 6 hrs": a regimen passed to a named person is aimed at them.
      let aimedMemo: boolean | undefined;
      const aimedHere = () => (aimedMemo ??= directed() || TOLD.test(body));
      // Without a frequency, only a verdict next to it makes a bare dose a recommendation ("one diflucan and you're done").
      const timed = freq.length > 0 || WHEN.test(body);
      if (!timed && (!cueNear(si, true) || OWN_OR_ME.test(body) || NEGATED_LEAD.test(firstClause(sentence[0], sentence[1], doses[0].end)))) return;
      if (!aimedHere() && !readerCue()) return;
      // A cap told in a DM ("up to 3x/day is fine") is part of the instruction; only a label reference makes it a label fact.
      if (DEFER.test(body) || (LABEL_FACT.test(body) && (ctx.kind !== 'message' || LABEL_REF.test(body))) || NOTICE.test(body)) return;
      const o = findObjects(all, sentence[0], sentence[1]);
      const drugsFound = [...o.rx, ...o.otc];
      // "4 mg every 8 hrs" in a reply about Zofran: the dose is aimed at the person even without the name.
      if (drugsFound.length === 0 && directed() && freq.length > 0 && (drugInContext() || doses.some((d) => PILL_FORM.test(text.slice(d.start, d.end))))) drugsFound.push(...doses);
      // "Got leftover tramadol? … one or two every 6 hrs and you'll be golden": the dose is for the drug just named.
      const rxBefore = o.rx.length > 0 || (freq.length > 0 && previousRx(si) && readerCue());
      if (drugsFound.length === 0 && rxBefore) drugsFound.push(...doses);
      // An OTC drug at a dose is education when addressed to nobody, unless a verdict next to it pushes it ("game changer").
      if (drugsFound.length === 0 || (!aimedHere() && !rxBefore && !cueNear(si))) return;
      const firstDrug = Math.min(firstStart(drugsFound), firstStart(doses));
      if (isQuestion(si) && !tagQuestion(si, firstDrug)) return;
      // What precedes the drug in its own clause: "she's on …", "my …" report; "here it is for all of u: …" does not.
      const lead = clauseLead(sentence[0], firstDrug);
      if (REPORT.test(lead) || NEGATED_LEAD.test(lead) || FIRST_PERSON_OBJECT.test(' ' + lead.slice(-20)) || OWN.test(lead)) return;
      if (!aimedHere() && (FOR_ME.test(body) || EDUCATION.test(body))) return;
      hits.push({ start: firstDrug, end: lastEnd(drugsFound, o.dose) });
    };

    /**
     * "my advice: claritin in the morning and benadryl at night": to a person, a drug that opens its clause with a
     * frequency right after it is a regimen even without a number (its set dose is implied).
     */
    const bareRegimen = (si: number) => {
      const [from, to] = sentences[si];
      const freq = within(all.freq, from, to);
      if (freq.length === 0) return;
      const o = findObjects(all, from, to);
      for (const drug of [...o.rx, ...o.otc]) {
        const f = freq.find((h) => h.start >= drug.end && h.start - drug.end <= 12);
        if (!f || !BARE_LEAD.test(clauseLead(from, drug.start))) continue;
        // "Metformin twice a day is super common", "Tylenol every 6 hours never did anything for me": a statement.
        const after = text.slice(f.end, to);
        if (STATEMENT.test(after) || OWN_OR_ME.test(after)) continue;
        if (isQuestion(si) && !tagQuestion(si, drug.start)) return;
        if (DEFER.test(text.slice(from, to))) return;
        hits.push({ start: drug.start, end: f.end });
      }
    };

    // Imperative verbs that open a clause.
    if (objects > 0) {
      for (const m of matchesAt(VERB, all, W_VERB_AT, text)) {
        const verb = m[0];
        const verbStart = m.index;
        const si = sentenceAt(verbStart);
        if (isQuestion(si) && !tagQuestion(si, verbStart)) continue;
        const kindOfVerb = m[1] ? 'take' : m[2] ? 'change' : 'treat';
        const o = worthConsidering(verbStart + verb.length, si, kindOfVerb);
        if (!o) continue;
        const sFrom = sentences[si][0];
        const before = text.slice(Math.max(sFrom, verbStart - PREFIX), verbStart);
        if (
          !OPENS_CLAUSE.test(before) &&
          // "picking up his valtrex", "mi mamá toma…": verbs that are also particles or statements must open a clause.
          !(directed() && ((!CLAUSE_ONLY.has(verb) && !NOT_IMPERATIVE_BEFORE.test(before)) || ADVISE_BEFORE.test(before) || TELL_TO.test(before))) &&
          !TOLD_BEFORE.test(before) &&
          // "Pack it with gauze and take any leftover Tylenol #3. Trust me.": a second imperative in a pushed tip.
          !(AND_BEFORE.test(before) && cueNear(si))
        )
          continue;
        const after = text.slice(verbStart + verb.length, verbStart + verb.length + 4);
        if ((verb === 'stop' || verb === 'drop') && STOP_BY.test(after)) continue;
        if (verb === 'take' && TAKE_IDIOM.test(text.slice(verbStart + 4, verbStart + 20))) continue;
        // "keep the splint on", "lleve la férula": only a treatment device makes "keep"/"wear" a directive ("keep it up, 3x a week!").
        if (WEAR_ONLY.has(verb) && o.device.length === 0) continue;
        // "Keep taking your antibiotics until they're gone" to everyone is adherence advice, not a prescription.
        if (!toPerson && ADHERENCE.test(verb)) continue;
        consider(verbStart, verbStart + verb.length, si, kindOfVerb, o);
      }
      for (const m of matchesAt(EMBEDDED, all, W_EMBEDDED_AT, text)) {
        const start = m.index;
        const si = sentenceAt(start);
        if ((isQuestion(si) && !tagQuestion(si, start)) || start + m[0].length > sentences[si][1]) continue;
        const o = worthConsidering(start + m[0].length, si, 'embedded');
        if (o) consider(start, start + m[0].length, si, 'embedded', o);
      }
    }
    // "I called in your amoxicillin", "sent it to the Walgreens".
    if (all.offerWord && all.rx.length > 0 && text.includes('sent ')) {
      for (const m of allMatches(SENT_IT, text)) {
        const sTo = sentences[sentenceAt(m.start)][1];
        const o = findObjects(all, m.end, Math.min(sTo, m.end + WINDOW));
        if (o.rx.length > 0 && o.dose.length > 0 && PHARMACY.test(text.slice(m.end, sTo))) hits.push({ start: m.start, end: lastEnd(o.rx, o.dose) });
      }
    }
    for (const m of done) {
      const si = sentenceAt(m.start);
      const sTo = sentences[si][1];
      if (m.end > sTo) continue;
      const matched = text.slice(m.start, m.end);
      const o = findObjects(all, m.end, Math.min(sTo, m.end + WINDOW));
      if (PHARMACY.test(matched) || o.rx.length > 0 || PHARMACY.test(text.slice(m.end, Math.min(sTo, m.end + 40))) || RX_WORD_AFTER.test(text.slice(m.end - 8, m.end + 20).replace(FIRST_WORD, ''))) {
        hits.push({ start: m.start, end: Math.max(m.end, lastEnd(o.rx, o.otc, o.dose)) });
      }
    }
    for (let si = 0; si < sentences.length; si++) verbless(si);
    // "The doctor increased your dose to 1000 mg", "subió la dosis a…": a dose change told to the patient.
    if (DIGIT.test(text) && directed()) {
      for (const m of hitsAt(DOSE_CHANGED, all, W_CHANGED_AT, text)) {
        const si = sentenceAt(m.start);
        const sTo = sentences[si][1];
        if (m.end > sTo) continue;
        // "lowered your Coumadin to 2.5", not "changed your appointment to 3".
        if (!DOSE_WORD.test(text.slice(m.start, m.end)) && within(all.rx, m.start, m.end).length + within(all.otc, m.start, m.end).length + within(all.med, m.start, m.end).length === 0) continue;
        const o = findObjects(all, m.start, sTo);
        hits.push({ start: m.start, end: Math.max(m.end, lastEnd(o.rx, o.otc, o.dose)) });
      }
    }
    for (const m of offers) {
      const si = sentenceAt(m.start);
      const sTo = sentences[si][1];
      if (m.end > sTo) continue;
      const o = findObjects(all, m.end, Math.min(sTo, m.end + WINDOW));
      hits.push({ start: m.start, end: Math.max(m.end, lastEnd(o.rx, o.otc, o.dose)) });
    }
    // "trazodone 50 mg at bedtime works like a charm": a drug with a verdict, aimed at the reader.
    if (all.rx.length + all.otc.length > 0) {
      for (const m of hitsAt(ENDORSE, all, W_ENDORSE_AT, text)) {
        const si = sentenceAt(m.start);
        const [sFrom, sTo] = sentences[si];
        if (m.end > sTo) continue;
        // "…could fix it if started early, ask your doctor": the decision is handed back.
        if (FOR_ME.test(text.slice(sFrom, sTo)) || inSentence(DEFER, si)) continue;
        const o = findObjects(all, sFrom, sTo);
        // "I went back to my old dose of Zoloft …, thank me later": the author's own story, not advice.
        if (o.rx.length > 0 && I_DID.test(text.slice(sFrom, o.rx[0].start))) continue;
        const drugs = o.rx.length > 0 ? o.rx : toPerson && o.dose.length > 0 ? o.otc : [];
        if (drugs.length > 0 && (text.slice(m.start, m.end) !== 'trust me' || o.dose.length > 0)) {
          hits.push({ start: firstStart(drugs), end: lastEnd(drugs, o.dose) });
        }
      }
    }
    // A prescription drug pushed at readers without an exam ("come grab one, no visit needed", "sin receta").
    if (all.rx.length > 0 && (strongPush() || weakPush()) && !DEFER.test(text) && !REFUSAL.test(text)) {
      for (const sentence of sentences) {
        const o = findObjects(all, sentence[0], sentence[1]);
        if (o.rx.length === 0 || FIRST_PERSON_OBJECT.test(' ' + text.slice(Math.max(sentence[0], o.rx[0].start - 12), o.rx[0].start))) continue;
        if (I_DID.test(text.slice(sentence[0], o.rx[0].start))) continue;
        // "Plan B is available without a prescription": availability, not a push.
        if (NOTICE.test(text.slice(sentence[0], sentence[1]))) continue;
        if (!strongPush() && o.dose.length === 0) continue;
        hits.push({ start: firstStart(o.rx), end: lastEnd(o.rx, o.dose) });
      }
    }
    hits.push(...pronounHits);
    // "Ask us for trazodone 50 mg", "ask any urgent care for Tamiflu 75 mg": a drug at a dose, pushed.
    if (all.rx.length + all.otc.length > 0 && all.doseOnly.length > 0 && text.includes('ask ')) {
      for (const m of allMatches(ASK_FOR, text)) {
        const si = sentenceAt(m.start);
        const sTo = sentences[si][1];
        const o = findObjects(all, m.end, Math.min(sTo, m.end + WINDOW));
        const drugs = [...o.rx, ...o.otc];
        if (drugs.length === 0 || firstStart(drugs) > m.end + 2 || o.dose.length === 0) continue;
        hits.push({ start: m.start, end: lastEnd(drugs, o.dose) });
      }
    }
    // "25 mg for a 25 lb dog", "our cat Luna takes gabapentin before vet visits": an animal's medicine is no prescribing.
    const forAnimal = (h: Hit) => (all.mask & W_ANIMAL) !== 0 && inSentence(ANIMAL, sentenceAt(h.start));
    for (const h of mergeHits(hits)) {
      if (forAnimal(h)) continue;
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
