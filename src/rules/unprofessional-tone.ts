// unprofessional-tone: insults, sarcasm and blame aimed at patients, reviewers or commenters;
// profanity, including masked, leetspeak, stretched and spaced-out forms; public threats; arguing
// a case in public; mocking patients or their bodies; crude jokes; flirting with patients; heated
// rants on the practice's page. Firm but courteous is fine.
//
// Most unprofessional replies contain no swear word, so the phrase lists (data/tone.json) matter
// more than the profanity list (data/profanity.json). Everything matches whole words on the
// normalised text (no "assessment", "Scunthorpe" or "cocktail" alarms) and runs in linear time.
import profanity from './data/profanity.json';
import tone from './data/tone.json';
import { toOriginalSpan } from './normalize';
import { PhraseIndex, WordGates, tokensOf, type Tokens } from './phrase-index';
import { defineRule, type Kind, type RuleContext } from './types';
import { fast } from './match';

type Category = 'profanity' | 'mild-profanity' | keyof typeof tone.categories;

const WHY: Record<Category, string> = {
  profanity:
    'Profanity, even masked (f***, sh1t), reads as unprofessional on a clinician’s or practice’s account and can end up in a complaint to your board.',
  'mild-profanity': 'Some readers take mild swearing as unprofessional from a clinician or a practice.',
  insult:
    'This insults the person you are answering, or patients in general. A public insult from a clinician erodes trust and is a common trigger for complaints.',
  sarcasm: 'Sarcasm reads as contempt in public, especially from a clinician, and invites a pile-on.',
  retort: 'This retort reads as dismissive or sarcastic toward the person you are answering.',
  blame:
    'This blames the reviewer or patient in public. Even when it is true, it looks defensive and can confirm they were a patient.',
  threat:
    'This reads as a threat (legal or otherwise). Threatening a reviewer in public escalates the dispute and draws attention to it.',
  argue:
    'This argues the facts of a case in public. Every detail confirms the person was a patient and may disclose their care.',
  mock: 'This mocks a patient. Even when nobody can be identified, it undermines trust in you and your profession.',
  crude: 'Crude jokes about bodies or injuries are unprofessional on a clinician’s account, even without names.',
  flirt: 'This reads as flirting with a patient. Romantic or sexual contact with patients breaches professional boundaries.',
  rant: 'This is a heated rant on the practice’s page. Insults and “go elsewhere” turn patients away.',
};

const INSTEAD: Record<Category, string> = {
  profanity: 'Remove the swear word, masked or not.',
  'mild-profanity': 'Say it without the swear word.',
  insult: 'Say what you need to calmly, or do not reply in public. For a review: thank them, and invite a call to the office.',
  sarcasm: 'Say it plainly and courteously, or take it offline with a call.',
  retort: 'Answer the concern courteously, or invite a call instead of replying in public.',
  blame: 'Thank them for the feedback, do not discuss what they did, and invite a private call.',
  threat: 'Leave legal questions to counsel and reply courteously: thank them and invite a call to the office manager.',
  argue: 'Do not debate the facts online. Reply that you cannot discuss anyone’s care here and invite a private conversation.',
  mock: 'Share the lesson without the person, or do not post it.',
  crude: 'Keep the teaching point and drop the joke.',
  flirt: 'Keep messages with patients about their care, through the practice’s channels.',
  rant: 'Keep advocacy respectful and without insults, or post it from a personal account.',
};

const REPLY_KINDS: readonly Kind[] = ['reply', 'review-reply', 'comment'];

interface CategorySpec {
  category: Category;
  kinds?: readonly string[];
  businessOnly?: boolean;
}

/** One pass over the text for every phrase list: each category is a capture group of one regular expression. */
const CATEGORY_SPECS: CategorySpec[] = [
  { category: 'profanity' },
  { category: 'mild-profanity' },
  ...Object.entries(tone.categories).map(([category, spec]) => ({
    category: category as Category,
    kinds: 'kinds' in spec ? spec.kinds : undefined,
    businessOnly: 'business' in spec ? spec.business : undefined,
  })),
];
const DISGUST_WORDS = ['nasty', 'disgusting', 'filthy', 'stinky', 'smelly', 'crusty', 'rank', 'putrid', 'vile'];
const PHRASES = new PhraseIndex([
  profanity.strong,
  profanity.mild,
  ...Object.values(tone.categories).map((spec) => spec.phrases),
  tone.irony,
  DISGUST_WORDS,
]);
/** The last list is not a category: irony marks ("living the dream", "gotta love") that mock like a laugh. */
const IRONY_LIST = CATEGORY_SPECS.length;
/** Nor is the list after it: disgust words that make BODY_INSULT worth trying. */
const DISGUST_LIST = IRONY_LIST + 1;

// ---- masked, leetspeak, stretched and spaced-out profanity --------------------------------------

const MASKABLE = profanity.maskable;
const LEET: Record<string, string> = { '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const WILDCARD = new Set(['*', '#', '%', '!']);
const HAS_MASK = /[*#@$%!\d]/;
const HAS_LETTER = /\p{L}/u;
const ALL_LETTERS = /^\p{L}+$/u;
const NOT_LETTERS = /[^\p{L}]/gu;
/** Single letters separated by spaces, dots or dashes: "f u c k", "s.h.i.t". */
const SPACED = fast(/(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*]{1,2}\p{L}){2,}(?![\p{L}\p{N}])/gu);
const TRIPLE = /(\p{L})\1\1/u;
const collapseRuns = (s: string) => s.replace(/(\p{L})\1+/gu, '$1');
const MASKABLE_SET = new Set(MASKABLE);
const COLLAPSED_SET = new Set(MASKABLE.map(collapseRuns));

/** Does the masked form (letters, leet, wildcards) spell `word` from its start? */
function spells(masked: string, word: string, whole: boolean): boolean {
  if (whole ? masked.length !== word.length : masked.length < word.length) return false;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = masked[i];
    if (WILDCARD.has(ch)) continue;
    const letter = LEET[ch] ?? ch;
    if (letter !== word[i] && !(ch === '1' && word[i] === 'l')) return false;
    letters++;
  }
  if (letters === 0) return false;
  // A compound ("#sh*tpatientssay") only counts when the mask sits inside the swear word.
  if (!whole) {
    const head = masked.slice(0, word.length);
    if (![...head].some((c) => WILDCARD.has(c) || c in LEET) || [...masked.slice(word.length)].some((c) => WILDCARD.has(c))) return false;
  }
  return true;
}

/** Characters that may hide a swear word: masks, leet digits, and a letter tripled ("fuuuck"). */
const MASK_CHAR = /[*#@$%!\d]/g;
const TOKEN_CHAR = /[\p{L}\p{N}*#@$%!]/u;

/** Three single letters in a row ("f u c k", "s.h.i.t"): only then can a spaced-out word be there. */
function spacedLetters(tokens: Tokens): boolean {
  let run = 0;
  for (const w of tokens.words) {
    run = w.length === 1 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** A letter typed three times in a row ("fuuuck"), found per word instead of by a backreference at every letter. */
function hasTripledLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

function findDisguisedProfanity(text: string, tokens: Tokens, add: (start: number, end: number, category: Category) => void): void {
  // Candidates in order: a mask or leet character, or the start of a word with a tripled letter.
  const tripled: number[] = [];
  for (let i = 0; i < tokens.words.length; i++) if (tokens.words[i].length >= 3 && hasTripledLetter(tokens.words[i])) tripled.push(tokens.starts[i]);
  let done = 0;
  let next = 0;
  MASK_CHAR.lastIndex = 0;
  let mask = MASK_CHAR.exec(text);
  for (;;) {
    const m = mask ? mask.index : Infinity;
    const w = next < tripled.length ? tripled[next] : Infinity;
    if (m === Infinity && w === Infinity) break;
    const at = Math.min(m, w);
    if (at === w) next++;
    if (at >= done) {
      let start = at;
      let end = at + 1;
      while (start > done && TOKEN_CHAR.test(text[start - 1])) start--;
      while (end < text.length && TOKEN_CHAR.test(text[end])) end++;
      done = end;
      checkToken(text.slice(start, end), start, add);
    }
    if (at === m) {
      MASK_CHAR.lastIndex = Math.max(done, m + 1);
      mask = MASK_CHAR.exec(text);
    }
  }
  if (!spacedLetters(tokens)) return;
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const letters = m[0].replace(NOT_LETTERS, '');
    if (MASKABLE_SET.has(letters)) add(m.index, m.index + m[0].length, 'profanity');
  }
}

function checkToken(raw: string, at: number, add: (start: number, end: number, category: Category) => void): void {
  if (!HAS_LETTER.test(raw)) return;
  if (!HAS_MASK.test(raw)) {
    if (TRIPLE.test(raw) && COLLAPSED_SET.has(collapseRuns(raw))) add(at, at + raw.length, 'profanity');
    return;
  }
  let from = 0;
  let to = raw.length;
  const hashtag = raw[0] === '#';
  while (from < to && (raw[from] === '#' || raw[from] === '*' || raw[from] === '_')) from++;
  if (raw[0] === '*') while (to > from && raw[to - 1] === '*') to--;
  while (to > from && (raw[to - 1] === '!' || raw[to - 1] === '%')) to--;
  const masked = raw.slice(from, to);
  if (masked.length < 3 || masked.length > 24 || !HAS_LETTER.test(masked)) return;
  const first = masked[0];
  if (!HAS_LETTER.test(first) && first !== '$' && first !== '@') return; // "5***" is a rating, not a word
  const mention = first === '@' && !hashtag;
  if (MASKABLE.some((word) => spells(masked, word, true))) {
    add(at + from, at + to, 'profanity');
    return;
  }
  // A compound ("#sh*tpatientssay"): underline the swear word only.
  const head = mention ? undefined : MASKABLE.find((word) => word.length >= 4 && spells(masked, word, false));
  if (head) {
    add(at + from, at + from + head.length, 'profanity');
    return;
  }
  // A hashtag with a short word before the swear word ("#nosh*t", "#bigf*cking"): the mask must sit inside it.
  if (!hashtag) return;
  for (let k = 1; k <= 3 && k < masked.length - 3; k++) {
    if (!ALL_LETTERS.test(masked.slice(0, k))) break;
    const rest = masked.slice(k);
    const word = MASKABLE.find((w) => w.length >= 4 && spells(rest, w, rest.length === w.length));
    if (word) {
      add(at + from + k, at + from + k + word.length, 'profanity');
      return;
    }
  }
}

// ---- patterns that need more than a phrase ------------------------------------------------------

/** Eye-rolls, clowns, yawns and the like: contempt when aimed at someone. */
const CONTEMPT_EMOJI = /[\u{1F644}\u{1F921}\u{1F971}\u{1F926}\u{1F595}\u{1F92C}\u{1F612}]/gu;
const CONTEMPT_EMOJI_TEST = new RegExp(CONTEMPT_EMOJI.source, 'u');
const NON_ASCII = /[^\x00-\x7f]/;
const DIGIT_3 = /\d\d\d/;
/**
 * Smug emoji in answer to a complaint: nail polish ("but ok 💅"); elsewhere 💅 is mostly self-satisfied
 * ("trust me I'm a nurse 💅"), not aimed at anyone. A wink or smirk ("maybe floss more 😉") is smug only at
 * someone, about what they did: "glasses are just the part you see 😉" can be playful advocacy.
 */
const SMUG_AT_COMPLAINT = /\u{1F485}/gu;
const WINK_AT_COMPLAINT = /[\u{1F609}\u{1F60F}\u{1F61C}]/gu;
/** What the person answered did or has: "you'd gone back to…", "your diet" (not a generic "the part you see"). */
const YOU_DID =
  fast(/(?<![\p{L}])(?:your|ur|you'd|you've|you (?:were|had|went|did|didn't|never|skipped|missed|forgot|ate|drank|chose|decided|stopped|kept|still|only|just))(?![\p{L}])/u);
/** "happy to refund the $0 you paid": a sum of nothing offered to a complainer. */
const ZERO_REFUND = fast(/(?<![\p{L}])(?:(?:refund|reimburse|return|credit|give back)\s+(?:you\s+)?(?:the|your|all|every|a whole)?\s*)?\$0(?:\.00)?(?![\d.,])/gu);
/** A wave goodbye in answer to a complaint: "then go elsewhere 👋". */
const WAVE_OFF = /\u{1F44B}/gu;
/** Someone addressed or talked about: "you", "patients", "his", "y'all", "bed 4", "@sam" — from the words, in one pass. */
const PERSON_WORDS = new Set(
  ('you your youre patient patients pt pts guy lady dude maam sir buddy bro mom dad family parent parents people folks anyone someone ' +
    'customer client he she his her yall paciente pacientes senora senor gente ustedes quienes cliente clientes').split(' '),
);
const PERSON_PAIRS = new Map([['y', 'all'], ['ma', 'am'], ['those', 'who'], ['los', 'que'], ['las', 'que']]);
const HANDLE = fast(/(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/u);
const DIGITS = /^\d+$/;
function mentionsPerson(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (PERSON_WORDS.has(w)) return true;
    const pair = PERSON_PAIRS.get(w);
    if (pair !== undefined ? words[i + 1] === pair : (w === 'bed' || w === 'room') && DIGITS.test(words[i + 1] ?? '')) return true;
  }
  return text.includes('@') && HANDLE.test(text);
}
/** "Dear guy who…", "To the family in…", "When the pt asks…", "Guy at the drive-thru…" */
const MOCK_OPENER =
  fast(/(?<![\p{L}])(?:(?:dear|to the|shout ?out to the|attn:?\s*(?:to\s+)?the|psa:?\s*(?:to\s+)?the)\s+(?:[\p{L}\p{N}'-]+\s+){0,2}?(?:guy|lady|dude|woman|man|mom|dad|family|patient|pt|parent|gentleman|person|people|folks|customer|client|boy|girl)s?\s+(?:who|in|at|that|with|from)|when (?:the|a|my|your|ur|that) (?:[\p{L}-]+ )?(?:pt|patient|client|customer|guy|lady|mom|dad|family|parent)s? (?:asks|says|tells|demands|insists|wants|thinks|swears|brings|shows|comes)|(?:guy|lady|dude|woman|man|pt|patient|customer) (?:at|in) the)(?![\p{L}])/gu);
/** "I have a master's degree and…": pulling rank on someone, not a staff bio ("…a doctorate in PT"). */
const CREDENTIAL_FLEX =
  fast(/(?<![\p{L}])(?:i have|i've got|i hold) (?:a|an) (?:doctorate|phd|md|medical degree|nursing degree|master's degree|masters degree|master's)(?=\s*(?:[.!,]|and (?:a|an) |$|\p{Extended_Pictographic}))/gu);
const CRUDE_PLACE =
  fast(/(?<![\p{L}])somewhere (?:[\p{L}']+\s+){0,2}?(?:don't|doesn't|do not|does not|shouldn't|should not) (?:belong|go)(?![\p{L}])|\u{1F346}/gu);
/** "taking it faster than prescribed": accusing the person answered of misuse, in public. */
const MISUSE =
  fast(/(?<![\p{L}])(?:taking|using|went through|ran through|burn(?:ed|ing|t)? through|finished)\s+(?:it|them|those|your [\p{L}]+|the [\p{L}]+)\s+(?:faster|sooner|earlier|quicker|more often)\s+than\s+(?:prescribed|directed|you should)(?![\p{L}])/gu);
/** Praise with an edge, in answer to a complaint: "Wow, such detailed and helpful feedback 👏". */
const SARCASTIC_PRAISE =
  fast(/(?<![\p{L}])(?:(?:(?:wow|gee|oh)[,.!]*\s+)?(?:such|so|very|really)\s+(?:detailed|helpful|thoughtful|constructive|insightful|useful|lovely|kind|nice|informative|glowing|stellar)\s+(?:and\s+[\p{L}]+\s+)?(?:feedback|review|input|words|comment|critique)|(?:wow|gee)[,.!]*\s+(?:such|so|what|thanks|thank you))(?![\p{L}])|\u{1F44F}/gu);
/** A parent that jokes itself: a laugh in the reply laughs with it, not at it. */
const PARENT_JOKES = fast(/[\u{1F602}\u{1F923}\u{1F606}\u{1F605}]|(?<![\p{L}])(?:l+o+l+|l+m+f*a+o+|ha(?:ha)+|jaja(?:ja)*)(?![\p{L}])/u);
/** Laughing at, or an upside-down smile for, someone who complained. */
const LAUGH_AT_COMPLAINT = /[\u{1F602}\u{1F923}\u{1F643}\u{1F937}\u{1F5D1}\u{1F6AE}]/gu;
const BODY_MOCK =
  fast(/(?<![\p{L}])(?:fat|fatty|obese|whale|hippo|morbidly|smelled|smells|smelly|the smell|stank|stunk|stinks|reeked|reeks|stench|hairy|ugly|gross|b\.o\.|butt|rectum|rectal|foreign (?:body|object)|boobs?|genitals?|belly|bellies|folds|rolls|blubber|lard|muffin top|jiggl\p{L}*|zip code|search party|forklift|crane|never showered|hadn't showered|hasn't showered)(?![\p{L}])/gu);
/** "brush ur nasty mouths", "their disgusting feet": disgust at someone's body, said to them or about them. */
const BODY_INSULT =
  fast(/(?<![\p{L}])(?:your|ur|their|his|her|those|these|y'all's|yalls)\s+(?:(?:so|really|super|absolutely)\s+)?(?:nasty|disgusting|filthy|stinky|smelly|crusty|gross-ass|nasty-ass|rank|putrid|vile)(?![\p{L}])/gu);
/** "340 lb man", "a 400-pound patient": a patient's weight in a joke (with a laugh, an emoji or a shouted word). */
const WEIGHED_PERSON =
  fast(/(?<![\p{L}\p{N}])\d{3}\s*-?\s*(?:lbs?|pounds?|pound|kg|kilos?)\s+(?:[\p{L}]+\s+)?(?:man|woman|guy|lady|dude|patient|pt|male|female|gentleman|gal|fella)(?![\p{L}])/gu);
/** "the 'kidney stone' who left AMA", "the 'chest pain' in room 4": a patient named by their claimed complaint in scare quotes. */
const SCARE_QUOTED_PERSON =
  fast(/(?<![\p{L}])(?:the|our|my|this|that|a)\s+['"](?:[^'"\n]|(?<=\p{L})'(?=\p{L})){2,30}['"]\s+(?:who|in (?:bed|room|bay|rm) \d+|from (?:bed|room|bay|rm) \d+)(?![\p{L}])/gu);
/** A teaching case: "details changed", "case of the month", "#DentalEducation". Irony in it is not mockery. */
const TEACHING = fast(/(?<![\p{L}])(?:details? (?:changed|altered)|de-?identified|for education|educational|for teaching|teaching case|case of the (?:day|week|month)|case study|lesson learned|learning point)(?![\p{L}])|education(?![\p{L}])/u);
const teaching = (text: string) => (text.includes('educat') || text.includes('teach') || text.includes('case') || text.includes('detail') || text.includes('identified') || text.includes('lesson') || text.includes('learning')) && TEACHING.test(text);
/** Is this offset inside a quotation on its line? Quote marks between letters ("don't") are apostrophes. */
function insideQuote(text: string, at: number): boolean {
  let open = false;
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) {
    const c = text[i];
    if ((c === "'" || c === '"') && !(WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? ''))) open = !open;
  }
  return open;
}
/** A patient's claim retold for a laugh ("finally admitted…", "swears it's just…"). */
const RETOLD_CLAIM =
  fast(/(?<![\p{L}])(?:finally admitted|admitted (?:he|she|they)|swears?(?! by)|swore(?! by)|insists?|insisted)(?![\p{L}])/gu);
/** A one-word sentence that talks down to someone: "Sir. You are NPO.", "Buddy. You run an ice cream plant." */
const TALKING_DOWN =
  /(?:sir|ma'am|maam|buddy|bro|dude|sweetie|honey|hun|my guy|my dude|pal|karen|lady|mister|my friend)[.!]+(?=\s|$)/uy;
/** "Ma'am. Same.", "Sir. Respect.": a title followed by agreement or admiration is fond, not talking down. */
const FOND_AFTER = /^\s*(?:same|respect|love|loved|iconic|icon|legend|legendary|goals|mood|valid|fair|queen|king|honestly same|relatable|me too|big mood|you're right|youre right|you win|touche)(?![\p{L}])/u;
/** Flirting cues: several of them together (or one strong one) in a personal DM or reply. */
const FLIRT_CUES =
  fast(/(?<![\p{L}])(?:(?:i've |i )?(?:got|have) (?:your|ur) (?:number|digits)|(?:has|have|got) my (?:number|digits|cell)|(?:you|u) (?:know|kno) where to find me|not to be weird|(?:is|was) this weird|outside (?:of )?work|(?:really |such a |so )?nice smile|if (?:you|u) see this|slide into my|slide in(?:to)? (?:his|her|their|the) dms|slide in|ask (?:him|her|them) out|hit me up|expect a (?:text|call)|i'll (?:text|call) you|text me sometime|(?:you're|youre|you are|are you) single|from your chart|(?:grab|get|have) (?:dinner|drinks|a drink|coffee|a coffee)(?: (?:instead|with me|together))?|(?:drinks?|dinner|coffee|a drink|lunch)\s+(?:this\s+)?(?:friday|saturday|sunday|tonight|tomorrow|sometime|weekend|after work|after my shift)|no (?:cavities|appointment|excuse) (?:required|needed) to (?:come )?see me|(?:the )?highlight of my (?:day|week|month|shift)|look(?:s|ed)? (?:so )?(?:great|good|amazing|hot|cute|stunning|beautiful|gorgeous|sexy) (?:on|in) (?:you|that|your|those)|(?:can't|cant|cannot|couldn't|couldnt) stop thinking about (?:you|your|ur|our)|(?:are|r) (?:you|u) free (?:this|tonight|tomorrow|friday|saturday|sunday|later|after)|(?:it's|its|this is) (?:your|ur) (?:pt|nurse|dentist|doctor|doc|hygienist|therapist|physio|chiropractor|massage therapist|np|pa|tech|pharmacist) from|(?:saw|got|found|have) (?:your|ur) (?:number|address|info|insta|ig) (?:on|from|in) (?:the|your|ur) (?:intake|chart|file|form|records|paperwork|discharge|system)|thinking about you|miss seeing (?:you|your face)|my (?:favou?rite|fave) (?:patient|client|session|appointment|appt)|counting (?:down )?the (?:days|hours|minutes)|you made my (?:day|week)|text me|call me sometime|i know i shouldn't|(?:couldn't|couldnt|can't|cant) help noticing|(?:not )?wearing a ring|no ring|my (?:favou?rite|fave) to (?:work on|treat|see)|for you,? anything|anything for you|not to be unprofessional|this is unprofessional but|off the record|i shouldn't say this|private session|personal session|one on one session|after hours|(?:dinner|drinks|coffee|a drink)\s*\?)(?![\p{L}])/gu);
const FLIRT_STRONG =
  fast(/(?<![\p{L}])(?:see you out of (?:it|that|those|them|your [\p{L}]+)|you have (?:such )?(?:beautiful|gorgeous|pretty|stunning|amazing|lovely|sexy) (?:eyes|lips|legs|smile|hair|skin)|your (?:eyes|pupils|lips|legs|body|figure|curves|butt|abs) (?:is|are|look|looks|were) (?:so |really |very |just )?(?:gorgeous|beautiful|stunning|hot|cute|pretty|sexy|amazing|perfect|mesmerizing))(?![\p{L}])/gu);
/** Words that name someone the author treats, or a stranger in a story. */
const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts', 'guy', 'lady', 'dude', 'gentleman', 'sir', 'maam', 'buddy', 'customer', 'client', 'clients', 'toddler', 'newborn', 'teenager', 'seekers', 'paciente', 'pacientes', 'senora', 'senor', 'urgencias']);
/** The multi-word references, tried only when one of their words (or an @) is there. */
const PATIENT_PHRASE =
  fast(/(?<![\p{L}])(?:ma'am|year old|year-old|yr old|old man|old lady|bed \d+|room \d+|rm \d+|bay \d+|chief complaint|came in|in my chair|on my table|on my (?:panel|caseload)|a (?:man|woman|mom|dad|kid|teen)|this (?:man|woman|mom|dad|kid|teen)|grown (?:man|men|woman|women|adult|adults|ass (?:man|woman|adult))|one of (?:ours|my patients|our patients)|(?:vino|llego|entro) (?:hoy |ayer |anoche )?a (?:la clinica|consulta|urgencias|emergencias|la sala)|when they (?:(?:say|said|tell (?:you|me|us)|swear|insist|claim)\s+(?:that\s+)?(?:(?:they|they're|they've|he|she|he's|she's)\s+)?['"]?(?:i|i'm|im|i've|ive|my|it's just|its just|it's only|only|just|never|always)|come in|show up|walk in))(?![\p{L}])|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/u);
const PATIENT_PHRASE_WORDS = new Set(['grown', 'ours', 'vino', 'llego', 'entro', 'panel', 'caseload', 'ma', 'year', 'yr', 'old', 'bed', 'room', 'rm', 'bay', 'chief', 'came', 'chair', 'table', 'man', 'woman', 'mom', 'dad', 'kid', 'teen']);
/** An appointment slot standing for the person in it: "my 2pm", "my 2:00", "my 10 o'clock" (not "my 2 kids"). */
const SLOT_HOUR = /^\d{1,2}(am|pm)?$/;
const SLOT_AFTER = /^(?:[0-5]\d|am|pm|o|oclock)$/;
function isSlot(words: readonly string[], i: number): boolean {
  const m = SLOT_HOUR.exec(words[i] ?? '');
  return m !== null && (m[1] !== undefined || SLOT_AFTER.test(words[i + 1] ?? ''));
}
/** A public figure as the one treated: a patient in a story, but only a loud laugh makes it mockery. */
const PUBLIC_FIGURE = fast(/(?<![\p{L}])(?:mayor|pastor|principal|councilman|councilwoman|senator|judge|sheriff|reverend|priest|celebrity|influencer|news anchor|quarterback)(?![\p{L}])/u);
/** Someone the author is treating, or a stranger in a story: not the author's own family. */
function mentionsPatient(text: string, words: readonly string[]): boolean {
  let phrase = text.includes('@');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (PATIENT_WORDS.has(w)) return true;
    if (w === 'my' && isSlot(words, i + 1)) return true;
    if (!phrase && (PATIENT_PHRASE_WORDS.has(w) || (w === 'when' && words[i + 1] === 'they'))) phrase = true;
  }
  return phrase && PATIENT_PHRASE.test(text);
}
/** "You were 25 minutes late": arguing the facts of a visit in public. */
const ARGUE_FACTS =
  fast(/(?<![\p{L}])you (?:were|arrived|showed up|came in|got here|checked in) (?:over |almost |nearly |about |at least |more than )?(?:\d+|an?|one|two|three|half an?)\s*\+?\s*(?:minutes?|mins?|hours?|hrs?) late(?![\p{L}])/gu);
/** "if you'd shown up on time…", "maybe if you had read…": blaming the person answered for what happened. */
const IF_YOU_HAD =
  fast(/(?<![\p{L}])(?:(?:maybe |perhaps )?if (?:you|u)(?:(?:'d|\s+had|\s+would have|\s+would've|'d have)\s+(?:just |only |actually |simply |bothered to )?|\s+(?:just |only |actually |simply |ever |bothered to )(?:\p{L}+ed\s+|))(?:\p{L}+(?:ed|en|wn)|read|come|done|gone|kept|brought|told|paid|left|worn|taken|eaten|quit)|(?:maybe|perhaps) if (?:you|u) (?!have time|have a minute|get a chance|can |could |need|want|would like|like|wish|prefer)\p{L}+)(?![\p{L}])/gu);
/** "so sorry for your loss": a condolence. */
const CONDOLENCE_BEFORE = fast(/(?<![\p{L}])(?:sorry for|sorry about|condolences (?:on|for)|sympathies for|sympathy for)\s*$/u);
/** "not because we don't care": a phrase that is being denied. */
const DENIED_BEFORE = fast(/(?<![\p{L}])(?:not because|doesn't mean|does not mean|isn't that|it's not that|never said)\s*$/u);
/** Looks words; "pretty" only as an adjective of its own ("pretty severe" is an adverb). */
const FLIRT_LOOKS = fast(/(?<![\p{L}])(?:gorgeous|beautiful|handsome|stunning|cute|cutie|hottie|cutest|prettiest|hottest|hot|sexy|pretty(?=\s*(?:[.!,]|\p{Extended_Pictographic}|$|(?:smile|face|eyes|girl|lady)(?![\p{L}]))))(?![\p{L}])/u);
const FLIRT_EMOJI = /[\u{1F618}\u{1F60D}\u{1F609}\u{1F60F}\u{1F975}\u{1F61C}]/u;
/** "no stupid questions", "never a dumb question": the insult word is negated. */
const NEGATED_BEFORE = fast(/(?<![\p{L}])(?:no|not|never|nothing|isn't|aren't|ain't|zero)(?:\s+(?:such\s+thing\s+as\s+)?(?:a|an|such)?)?\s*$/u);
const NEGATABLE = new Set(['stupid', 'dumb', 'dumbest']);
const BLAME_DENIED = fast(/(?<![\p{L}])(?:not|never|none of (?:this|it|that) (?:is|was)|isn't|isnt|wasn't|wasnt|aren't|weren't|ain't|nothing|no|nunca|para nada)\s*$/u);

/**
 * A short dismissive sentence on its own: "Grow up.", "Try me.", "Bye 👋", "Physics.", "Do better." The
 * same words inside a longer sentence ("watch them grow up") are not dismissive.
 */
const DISMISSAL =
  /(?:(?:lol|lmao|lmfao|haha) ok(?:ay)?(?:,?\s+\p{L}+)?|but ok(?:ay)?|ok(?:ay)? then|alrighty then|grow up|try me|calm down|chill out|relax|suck it up|toughen up|man up|bye|buh-?bye|bye bye|byeee*|next|whatever|cope|noted|do better|be better|get a life|get over it|deal with it|good luck|good luck with that|we're done|we're done here|we are done here|done here|end of story|case closed|period|physics|science|basic physics|basic math|math|reading is fundamental|learn to read|then go (?:there|elsewhere|somewhere else|to [\p{L}'-]+)|adios|suerte|madura|madure|maduren|supéralo|superalo)(?=\s*(?:[.!]+|\p{Extended_Pictographic}|$))/uy;
/** Marks that a laugh is at someone: the patient's words in quotes, an ALL-CAPS word, body or food emoji, a weight. */
const MOCK_CUE =
  fast(/(?<![\p{L}])(?:asks?|asked|swears?|swore|insists?|insisted|claims?|claimed|says|said|thinks|cried|cry|crying|terrified|scared|refused|wasted|drunk|hammered|screaming|screamed|yelled|yelling|threw a fit|demanded|stormed out|ghosted|left ama|peeing|naked|passed out|borrach[oa]s?|drogad[oa]s?|pedo|i've ever seen|ive ever seen|i have ever seen|skipped (?:the|a) shower|(?:hasn't|hadn't|didn't|never|doesn't|don't) (?:showered|bathed|flossed|brushed)|jk|j\/k|just kidding|(?:she's|he's|shes|hes) like \d{2}|knows? (?:more|better) (?:than|about)|thinks? (?:he|she|they) knows?|printout|print-out|webmd|dr\.? google|googled|from (?:facebook|tiktok|youtube|instagram)|mind control|microchip|conspiracy|hall of (?:fame|shame))(?![\p{L}])|(?<![\p{L}])['"](?:[^'"\n]|(?<=\p{L})'(?=\p{L})){3,60}['"](?![\p{L}])|[\u{1F346}\u{1F351}\u{1F348}\u{1F354}\u{1F369}\u{1F355}\u{1F433}\u{1F437}\u{1F40B}\u{1F3C6}]|(?<![\p{L}\p{N}])\d{3}\s*(?:lbs?|pounds?|kg|kilos?)(?![\p{L}])/u);
/** "I'm dead 😭", "im screaming": a loud laugh in words, tried only when one of its words is there. */
const DEAD_LAUGH = fast(/(?<![\p{L}])(?:i'm|im|i am) (?:dead|deceased|screaming|weak|crying|wheezing)(?=\s*(?:[.!?]|\p{Extended_Pictographic}|$))/gu);
const DEAD_WORD = /dead|deceased|screaming|weak|crying|wheezing/;
const DEAD_WORDS = new Set(['dead', 'deceased', 'screaming', 'weak', 'crying', 'wheezing']);
function hasDeadWord(words: readonly string[]): boolean {
  for (const w of words) if (DEAD_WORDS.has(w)) return true;
  return false;
}
function hasLaughWord(words: readonly string[]): boolean {
  for (const w of words) if (isLaughWord(w)) return true;
  return false;
}
/** LAUGH split in two: its emoji, tried only when the text has a non-ASCII character, and its words, tried per token. */
const LAUGH_EMOJI = /\u{1F62D}\s*\u{1F62D}|[\u{1F602}\u{1F923}\u{1F639}\u{1F480}\u{1F644}\u{1F921}\u{1F971}\u{1F926}\u{1F937}\u{1F648}\u{1F629}\u{1F62B}\u{1F922}\u{1F92E}\u{1F62C}]/u;
const LAUGH_WORD = /^(?:l+o+l+|l+m+f*a+o+|rofl|smh|ha(?:ha)+h?|ja(?:ja)+)$/;
const LAUGH_FIRST = new Set(['l', 'r', 's', 'h', 'j']);
const isLaughWord = (w: string) => w.length >= 3 && LAUGH_FIRST.has(w[0]) && LAUGH_WORD.test(w);
const deadLaugh = (s: string) => DEAD_WORD.test(s) && ((DEAD_LAUGH.lastIndex = 0), DEAD_LAUGH.test(s));
/** The laughs a mocking post is underlined at: laughter, disgust and eye-rolls, not a grimace or a shrug. */
const LAUGH_SPANS = fast(/\u{1F62D}\s*\u{1F62D}|[\u{1F602}\u{1F923}\u{1F480}\u{1F922}\u{1F92E}\u{1F644}\u{1F921}]|(?<![\p{L}])(?:l+o+l+|l+m+f*a+o+|rofl|ha(?:ha)+h?|ja(?:ja)+)(?![\p{L}])/gu);
/** A laugh that is more than a chuckle: two laugh emoji, or a stretched "lmaooo" / "hahaha". */
const LOUD_LAUGH = fast(/(?:[\u{1F602}\u{1F923}\u{1F480}]\s*){2}|(?<![\p{L}])(?:l+m+f*a+o{2,}|ha(?:ha){2,}|lo(?:l|o){2,}|ja(?:ja){2,})(?![\p{L}])/u);
/** A word typed in capitals for emphasis ("TEN", "DIET"): measured on the original text. */
const SHOUTED = fast(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu);
/** Capitals that are not ridicule: acronyms, and emphasis on a joining word ("broken wrist AND a murmur"). */
const NOT_SHOUTED = new Set(
  'AND BUT THE ALSO ALL YES NOT OMG LOL LMAO ICU NICU PICU MRI ECG EKG BMI CPR COPD ADHD UTI STD STI OTC DOB MRN BAC DUI HIPAA PHI CBC BMP CMP TSH INR MVA GSW FYI ASAP RSV COVID PCP ENT NPO IUD IVF PTSD OCD TMJ ACL EMT DDS DMD CNA ATV'.split(' '),
);
function shoutedWord(original: string): boolean {
  SHOUTED.lastIndex = 0;
  for (let m = SHOUTED.exec(original); m; m = SHOUTED.exec(original)) if (!NOT_SHOUTED.has(m[0])) return true;
  return false;
}
/** "Some of y'all", "some people": a group sneered at, when there is contempt or laughter too. */
const SOME_PEOPLE =
  fast(/(?<![\p{L}])(?:some (?:of (?:y'all|yall|you|ustedes|(?:my|our|these|the) (?:patients|clients|customers|parents|pts|families))|people|folks|patients|clients|customers|parents|moms|dads|families|teens|kids|pts)|you people|these people|ppl who|people who|all of them|every (?:single )?one of them)(?![\p{L}])/gu);
/** "100% of parents who say…", "patients who google": a group of patients sneered at, with a laugh and no warmth. */
const GROUP_WHO = fast(/(?<![\p{L}])(?:parents|patients|pts|clients|customers|moms|dads|families) who(?![\p{L}])/gu);
/** "to the guy in room 4 who…: enjoy your catheter 🙂": a pleasantry with a smile, aimed at someone, as a jab. */
const ENJOY_YOUR = fast(/(?<![\p{L}])(?:enjoy|good luck with|have fun with) (?:your|the|ur) [\p{L}'-]+(?: [\p{L}'-]+)?\s*[\u{1F642}\u{1F643}\u{1F607}\u{1F60A}]/gu);
const SMILE = /[\u{1F642}\u{1F643}\u{1F607}\u{1F60A}]/u;
const MOCK_OPENER_TEST = new RegExp(MOCK_OPENER.source, 'u');
/** "Your TSH was 4.1", "your father was triaged appropriately": the facts of their care argued in public. */
const ARGUE_CASE =
  fast(/(?<![\p{L}])(?:your|his|her|their) (?:[\p{L}'-]+ ){1,4}?(?:was|were|came back) (?:(?:within|in|completely|totally|perfectly|entirely) )?(?:\d[\d.,]*|clear|normal|negative|range|unremarkable|stable|triaged|appropriate|appropriately)(?![\p{L}])/gu);
/** Cheap gate for PET_NAME_DOWN: a pet name right before a comma. */
const PET_NAME_COMMA = /(?:honey|sweetie|sweetheart|hun|hon|buddy|bro|champ|pal|my guy|dude|karen|chief|kiddo),/;
/** What turns a reported result into a defence: "which is within range", "appropriately", "we stand by". */
const DEFENCE_CUE =
  fast(/(?<![\p{L}])(?:which is|within (?:normal )?(?:range|limits)|appropriate(?:ly)?|stand by|did (?:my|our) job|you did not|you didn't|in fact|look it up|nothing wrong)(?![\p{L}])/u);
/** "Honey, you're the common denominator": a pet name that talks down to someone. */
const PET_NAME_DOWN =
  /(?:honey|sweetie|sweetheart|hun|hon|buddy|bro|champ|pal|my guy|my dude|dude|karen|chief|kiddo),\s+(?:you|your|you're|youre|that|this|nobody|no one|it's|its|maybe|newsflash|news flash|not)(?![\p{L}])/uy;

/** "It IS eczema", "I did NOT misdiagnose you": a contradiction whose verb is typed in capitals (checked on the original). */
const EMPHATIC_DENIAL =
  fast(/(?<![\p{L}])(?:it|that|this|he|she|you|we|i|they|there)(?:'s|'re)?\s+(?:(?:did|was|is|do|does|were|are|had|have)\s+)?(is|was|did|do|does|are|were|had|have|not|never|didn't|wasn't|isn't|don't)(?![\p{L}'])/gu);
const CAPS_WORD = /\p{Lu}{2}/u;
/** Is this stretch of the normalised text typed in capitals (two letters or more) in the original? */
function typedInCapitals(doc: RuleContext['doc'], start: number, end: number): boolean {
  const typed = doc.original.slice(doc.toOriginal[start], doc.toOriginal[end]);
  return typed.length >= 2 && typed === typed.toUpperCase() && typed !== typed.toLowerCase();
}
/** "the culture came back negative", "your x-ray was clear": a finding reported back to a complainer. */
const FINDING_REPORTED =
  fast(/(?<![\p{L}])(?:tests?|cultures?|scrape|swabs?|ua|urinalysis|urine|strep|troponin|cbc|x-?rays?|xrays?|scans?|mri|ct|labs?|bloodwork|blood work|biopsy|results?|ekg|ecg|exam|screening|panel|imaging|ultrasound|levels?|vitals|films?)\s+(?:[\p{L}'-]+\s+){0,3}?(?:was|were|came back|come back|showed|shows|is|are)\s+(?:(?:completely|totally|perfectly|entirely|also|both|all)\s+)?(?:negative|positive|normal|clear|clean|fine|unremarkable|benign|within)(?![\p{L}])/gu);
/** "exactly as charted", "our check-in log shows", "which the PA explained to you twice": the record cited against a complainer. */
const RECORD_CITED =
  fast(/(?<![\p{L}])(?:(?:exactly )?as (?:charted|documented)|(?:is|was|all|clearly) documented|documented in your|(?:in|per) your (?:chart|record|file)|(?:your|the) (?:chart|record|file) (?:shows|says|states)|our (?:logs?|records?|notes|system|cameras?|footage) (?:shows?|says|confirms?)|check-in log|(?:signed|your) consent form|explained (?:it |this |that )?to you|(?:we|i|she|he|the (?:np|pa|doctor|dentist|nurse|hygienist|surgeon)) (?:clearly )?explained|told you (?:twice|three times|multiple times|several times|more than once)|read by (?:two|2|three|3|multiple))(?![\p{L}])/gu);
const APOLOGY = fast(/(?<![\p{L}])(?:sorry|apolog\p{L}*|we understand|i understand|lamentamos|disculp\p{L}*|perdon|thank you for|thanks for)(?![\p{L}])/u);
/** Who an eye-roll in a post is aimed at: a group of patients or their families, or "if you call 911 for…". */
const CONTEMPT_TARGET =
  fast(/(?<![\p{L}])(?:parents|moms|dads|families|people|folks|ppl|customers|clients|callers|pacientes|papas|mamas|padres|gente|los que|las que|quienes|unpopular opinion|if (?:you|u) (?:call|come|show up|ask|bring|expect|think|want|walk in|demand)|stop (?:asking|calling|coming in|bringing|demanding|texting|emailing|messaging|begging))(?![\p{L}])/u);
/** "Nothing says 'I respect your time' like calling at 8:59pm": sarcasm by construction. */
const NOTHING_SAYS = fast(/(?<![\p{L}])nothing says ['"][^\n]{2,60}?['"] like \p{L}+ing(?![\p{L}])/gu);
/** "Floss, Sharon.", "Breathe.": a one-word order with an optional name, at a complainer. */
const ORDER_AT = /(?:floss|brush|breathe|read|listen|relax|chill|try again|google it|look it up|read the sign|read the policy|read the form|read the label|read the instructions|read the directions|read the bottle|follow the instructions|follow directions)(?:,\s*\p{L}+)?(?=\s*(?:[.!]+|\p{Extended_Pictographic}|$))/uy;
/** "happy to help patients who arrive on time": praise for those who do right, aimed at a complainer who did not. */
const THOSE_WHO_DO_RIGHT =
  fast(/(?<![\p{L}])(?:help|helping|serve|serving|see|seeing|love|prioriti[sz]e|appreciate|reward) (?:all |our |the )?(?:patients|people|those|folks|anyone|customers|clients|guests|parents) who (?:actually |also |can |do )?(?:arrive on time|show up on time|come on time|are on time|remember (?:their|to)|bring their|read (?:the|their)|follow (?:the|our|instructions|directions)|fill out|pay their|call ahead|respect (?:our|the))(?![\p{L}])/gu);
/** "hasn't flossed since the 90s": a patient's hygiene sneered at with an exaggerated time. */
const HYGIENE_SNEER =
  fast(/(?<![\p{L}])(?:hasn't|hasnt|has not|hadn't|hadnt|had not|never) (?:flossed|brushed|showered|bathed) (?:since (?:like |about |roughly |at least )?(?:the )?(?:\d{4}|'?\d0s|nineties|eighties|seventies|birth|forever|high school|middle school|college|[\p{L}]+ administration)|in (?:years|decades|a decade|forever|a century))(?![\p{L}])/gu);
/** "Have a blessed day 😇" after a callout of someone, or to a complainer: a sign-off with an edge. */
const EDGY_SIGNOFF = fast(/(?<![\p{L}])(?:have a blessed (?:day|one|week|weekend)|have a (?:great|wonderful|nice|lovely|good) (?:day|one)[!.]*\s*[\u{1F607}\u{1F643}])/gu);
/** "enjoy your new dentist": a send-off to a complainer. */
const NEW_PROVIDER = fast(/(?<![\p{L}])(?:enjoy|good luck with|have fun with|best of luck with) your new (?:dentist|doctor|provider|practice|pharmacy|office|clinic|therapist|vet|pediatrician|chiropractor|optometrist)(?![\p{L}])/gu);
/**
 * Facts of the complainer's care told back to them: "your son had…", "you attended 2 of 8 sessions", "as Dr. Fox
 * explained", "su radiografía salió normal". Two of them, or one with a defence ("because", "which we
 * reviewed", "already", "expected"), and no apology, is arguing the case in public.
 */
const CARE_FACT =
  /(?:(?:your|su|sus) (?:[\p{L}'-]+ ){0,2}?(?:was|were|wasn't|weren't|wasnt|werent|had|showed|came back|salio|fue|estaba|tenia)|you (?:attended|initialed|signed|agreed|came in|arrived|were seen|were triaged|brought up|declined|refused|missed|cancell?ed|no-showed|chose|requested|were told|were given|were informed|only came|only attended|tried|attempted|demanded|wanted|asked for|showed up|walked in|left before|left without|(?:didn't|did not|never) (?:pick up|answer|return|show|come|call|follow|take|read|bring|complete|finish|do)|failed|skipped|stopped)|(?:as|which) (?:dr\.? [\p{L}]+|we|i|the [\p{L}]+) (?:explained|discussed|reviewed|noted|documented|told you|mentioned|showed you)|(?:was|were) (?:explained|discussed|reviewed) (?:with you|at|during)|we (?:checked|reviewed) (?:the|your)|(?:se lo|le) explicamos)(?![\p{L}])/uy;
const DEFENCE =
  fast(/(?<![\p{L}])(?:because|which (?:we|is|was)|already|actually|exactly|as (?:dr|we|i|the)|expected|would not have|wouldn't have|disagree|hard to expect|for the record|in fact|not true|no es cierto|the entire time|(?:policy|form|consent|agreement) you (?:signed|initialed|agreed)|was explained|predictable|as expected|(?:that|this) is (?:how|why)|that's (?:how|why)|thats (?:how|why)|which is why|nothing was|twice|the reason|the law|(?:our|the|clinic|office|pharmacy) policy|(?:second|third|fourth|2nd|3rd|4th) time|early|again)(?![\p{L}])/u);
/** "Patient of the day award goes to the lady who…": a mock award for a patient. */
const MOCK_AWARD =
  fast(/(?<![\p{L}])(?:award|trophy|prize|medal|crown) goes to (?:the|this|a|our) (?:[\p{L}\p{N}'-]+ ){0,2}?(?:guy|lady|dude|woman|man|mom|dad|patient|pt|parent|customer|client|gentleman|kid)s?(?![\p{L}])/gu);
/** "Nothing says 'glamorous clinic life' like…": irony about the author's own job or the season, not at someone. */
const OWN_LIFE = fast(/^nothing says ['"][^'"\n]*?(?<![\p{L}])(?:glam\p{L}*|life|job|career|dream|luxury|fancy|self-care|balance|weekend|day off|vacation|holiday|summer|winter|spring|fall|season)(?![\p{L}])/u);
/** A reply that laughs at itself and takes the jab ("we do love a good extraction 😂… I'll take the title"). */
const TAKES_THE_JAB =
  fast(/(?<![\p{L}])(?:i'll take (?:it|that|the)|we'll take (?:it|that|the)|guilty as charged|guilty|fair enough|fair point|can't argue|cant argue|you're not wrong|youre not wrong|not wrong|we do love|i do love|can confirm|touche|we'll own|i'll own)(?![\p{L}])/u);
/** Words each argue/blame pattern needs, as bits: the patterns run only when their word is there. */
const FACT_LEADS = new Set(['your', 'su', 'sus', 'you', 'as', 'which', 'was', 'were', 'we', 'se', 'le']);
const VISIT_CUE = 1, FACT_CUE = 2, FINDING_CUE = 4, RECORD_CUE = 8, CHOICE_CUE = 16;
const ARGUE_WORDS = new WordGates();
for (const [bit, words] of [
  [VISIT_CUE, 'why as visit appointment appt session exam cleaning consult'],
  [FACT_CUE, 'your su sus you as which was were we se le'],
  [FINDING_CUE, 'test tests culture cultures scrape swab swabs x xray xrays ray rays scan scans mri ct lab labs bloodwork blood biopsy result results ekg ecg exam screening panel imaging ultrasound level levels vitals film films ua urinalysis urine strep troponin cbc'],
  [RECORD_CUE, 'charted documented chart record file logs log records notes system camera cameras footage consent explained told read'],
  [CHOICE_CUE, 'one forced made asked chose picked opted decided signed agreed wanted insisted choice decision call have'],
] as const) ARGUE_WORDS.add(bit, words.split(' '));
/** "which is why we recommended a neurologist at your 2nd visit": their care cited in a defence. */
const VISIT_CITED =
  fast(/(?<![\p{L}])(?:which is why (?:we|i|the (?:doctor|dentist|np|pa|nurse)|dr\.? [\p{L}]+) (?:recommended|told|advised|referred|suggested|explained|ordered)|as (?:we|i) (?:told|advised|recommended|explained|discussed with) you|at your (?:\d+(?:st|nd|rd|th)|first|second|third|last|previous) (?:visit|appointment|appt|session)|(?:which|as|what) (?:we|i|she|he|the (?:doctor|dentist|hygienist|np|pa|nurse)) (?:went over|covered|reviewed|discussed) (?:with you |together )?(?:at|during|in) your (?:visit|appointment|appt|session|exam|cleaning|consult))(?![\p{L}])/gu);
/** Emoji that mock like a laugh: 🙃 💀 👀 👏 🍑 📹 🫠 (the words are the phrase index's last list). */
const IRONY_EMOJI = /[\u{1F643}\u{1F480}\u{1F440}\u{1F44F}\u{1F351}\u{1F4F9}\u{1FAE0}]/gu;
const IRONY_EMOJI_TEST = new RegExp(IRONY_EMOJI.source, 'u');
/** "whoever parked across 3 spots today:", "To the 14 people who unfollowed us:": someone called out before a colon. */
const CALLOUT_HEAD = fast(/(?<![\p{L}])(?:whoever|who)(?![\p{L}])/u);
const HEAD_STOP = /[.!?\n]/;
const CALLOUT_TAIL = fast(/^[^.!?\n]{0,30}?(?<![\p{L}])(?:you|your|you're|youre|u|ur|sir|ma'am|buddy)(?![\p{L}])/u);
/** Warmth that makes a callout or a 'gotta love' sincere: thanks, praise, hearts. */
const WARMTH = fast(/(?<![\p{L}])(?:thank\p{L}*|rock|heroes?|amazing|proud|grateful|appreciat\p{L}*|best|awesome|welcome|happy|love you|made my (?:day|week)|shout ?-?outs? to(?! the | whoever))(?![\p{L}])|[\u2764\u{1F495}\u{1F979}\u{1F64F}\u{1F389}\u{1F64C}\u{1F499}\u{1F49B}\u{1F49C}\u{1F970}\u{1F60A}]/u);
/** Admiration that makes a sassy emoji fond: "Room 4 stays iconic 💅", "queen behavior 💅". */
const PRAISE = fast(/(?<![\p{L}])(?:iconic|icon|legend|legendary|queen|king|slay\p{L}*|goals|hero|heroes|proud|amazing|love (?:her|him|them|this)|respect)(?![\p{L}])/u);
/** "sir you have a UTI", "Buddy, I was your doctor": a title that talks down, at the start of a sentence. */
const SIR_YOU = /(?:sir|ma'am|maam|buddy|bro|my guy|my dude|dude|sweetie|honey|hun)(?:,\s*|\s+)(?:you|your|you're|youre|i was|i am|i'm|please actually|nobody|no one)(?![\p{L}])/uy;
/** "…, princess.": a pet name that talks down to a complainer. */
const VOCATIVE_DOWN = /,\s*(?:princess|sweetie|sweetheart|honey|hun|hon|sunshine|buddy|pal|champ|chief|kiddo|bud|darling)(?=\s*(?:[.!?]|\p{Extended_Pictographic}|$))/gu;
/** "…, Karen": calling someone a Karen. */
const KAREN_CALL = /,\s*karen(?=\s*(?:[.!?]|\p{Extended_Pictographic}|$))/gu;
/** "patients who have failed two drug screens": a complainer's test results cited against them. */
const FAILED_SCREEN = fast(/(?<![\p{L}])(?:failed|positive|dirty)\s+(?:(?:two|three|multiple|several|\d+|a|an|your|their|his|her)\s+)?(?:drug|urine|tox|toxicology|pill)\s+(?:screens?|tests?|counts?)(?![\p{L}])/gu);
/** "Actually, you were seen…", "Actually it was…": correcting the complainer in public. */
const ACTUALLY_YOU = /actually,?\s+(?:you|your|it was|it is|it's|that's not|that is not|that isn't|she|he|we did|we do|we have|we never|no one|nobody)(?![\p{L}])/uy;
/** "You're the one who…", "nobody forced you", "you chose…": blaming the complainer for their choice. */
const BLAME_CHOICE =
  fast(/(?<![\p{L}])(?:you(?:'re| are|re| were) the one (?:who|that|yelling|screaming|who's|that's)|(?:nobody|no one|no-one) (?:forced|made|asked) you|you (?:chose|picked|opted|decided|signed up|agreed|wanted|asked for|insisted on)|(?:that|it) was your (?:choice|decision|call)|your choice,|you didn't have to)(?![\p{L}])/gu);
/** "then go get the cheap one", "so go elsewhere": sending the complainer off. */
const THEN_GO =
  /(?:(?:lol|lmao|haha|ok|okay|well|fine|cool)[,.!]*\s+)?(?:then|so|just) (?:go|feel free to go) (?:get|buy|find|see|try|pay|use|call|pick|book|ahead|somewhere|elsewhere)(?![\p{L}])|then (?:don't|dont|do not) (?:come|book|buy|bother|use)(?![\p{L}])/uy;
/** "Interesting, since the doctor spent 35 minutes with you": a sardonic opener to a complainer. */
const SARDONIC_OPENER = /(?:interesting|funny|strange|odd|curious)[,.!]*\s+(?:since|because|how|considering|given|cause)(?![\p{L}])/uy;
/** "because you stopped the medication": what went wrong blamed on what the complainer did. */
const BECAUSE_YOU =
  fast(/(?<![\p{L}])(?:because|since|cause|'cause|bc|b\/c) (?:you|u) (?:stopped|didn't|didnt|did not|never|skipped|quit|missed|ignored|refused|forgot|chose|decided|kept|don't|dont|won't|wont|waited too|came in late|showed up late|arrived late)(?![\p{L}])/gu);
/** "Maybe floss once in a while", "Maybe try calling like an adult": condescending advice to a complainer. */
const MAYBE_ADVICE =
  /(?:maybe|perhaps|next time),?\s+(?:maybe\s+)?(?:try|floss|brush|read|listen|show up|call|follow|stop|eat|learn|come in|get|be|check|look|take|use|ask|don't|dont|do not|think|plan|set an alarm|leave earlier|bring|show|have|give|practice|consider|remember|pack|chill|relax|calm|arrive)(?![\p{L}])[^.!?\n]*(?=[.!]|$)/uy;
/**
 * The same advice with any verb, after an interjection or "so": "Hmm, maybe flossing more than once a year would
 * help", "so maybe prep him at home". Courteous openings ("maybe we can", "perhaps give us a call") are not advice.
 */
const MAYBE_OPEN =
  /(?:(?:hmm+|well|ok|okay|lol|honestly|so|but|and)[,.]*\s+)?(?:maybe|perhaps),?\s+(?!(?:we|i|our|us|it|it's|its|there|this|that|the|a|an|they|he|she|next|not|call|give|reach|contact|email|message|dm|send|let|feel|come|visit|book|schedule|ask|talk|speak|stop by|drop|swing|pop|consider|check with|in|on|at|for|if|when|once|after|before|some|one|something|someone|sometime|later|tomorrow|today|because|just)(?![\p{L}']))\p{L}+(?![\p{L}'])[^.!?\n]*(?=[.!?]|\p{Extended_Pictographic}|$)/uy;
/** "perhaps give our billing manager a call": an invitation to get in touch, not advice. */
const INVITE_CONTACT = /^(?:maybe|perhaps|next time),?\s+(?:give|call|email|message|text|contact|reach out to|reach)\s+(?:us|our|me|the (?:office|front desk|clinic|practice|manager))(?![\p{L}])/u;
const MAYBE_AFTER_SO = fast(/(?<![\p{L}])(?:so|and|then),?\s+(?=(?:maybe|perhaps)\s)/gu);
/** A term of endearment or looks word used to address someone: "Anytime gorgeous", "thanks babe". */
const FLIRT_VOCATIVE =
  fast(/(?<![\p{L}])(?:anytime|any time|thanks|thank you|thx|ty|hey|hi|hello|morning|good morning|night|goodnight|good night|see you|bye|only for you|for you|you're welcome|youre welcome|welcome)[,!.]*\s+(?:gorgeous|beautiful|handsome|sexy|babe|baby|cutie|hottie|darling|sweetheart|princess|sunshine|good looking|pretty lady|pretty girl|beautiful lady|hot stuff|stranger)(?![\p{L}])/gu);
/** Innuendo about the treatment space: "lie on my table whenever you want", "sit in my chair any time". */
const FLIRT_INVITE =
  fast(/(?<![\p{L}])(?:(?:lie|lay|get|hop|climb|sit)\s+(?:down\s+|back\s+)?(?:on|in)\s+my\s+(?:table|bed|couch|chair)|my (?:table|chair|bed|couch|door)(?:'s| is) always open|come (?:see|visit) me (?:anytime|any time|whenever|again soon)|whenever (?:you|u) (?:want|like)|any ?(?:time|day|night) (?:you|u) (?:want|like)|just for you|only for you|you should come by more)(?![\p{L}])/gu);
/** A parent that thanks the author for care: the person answered is a patient. */
const CARE_THANKS = fast(/(?<![\p{L}])(?:doc|doctor|dr|dentist|nurse|appointment|appt|visit|cleaning|session|treatment|adjustment|massage|fixing|fixed|surgery|checkup|exam|filling|crown|braces|stitches|shot|back|knee|teeth|smile)(?![\p{L}])/u);
/** Cheap gates for the flirting patterns: a word each of them needs. */
const ENDEARMENT_WORD = 1, INVITE_WORD = 2, CUE_WORD = 4;
const FLIRT_WORDS = new WordGates();
for (const [bit, words] of [
  [ENDEARMENT_WORD, 'gorgeous beautiful handsome sexy babe baby cutie hottie darling sweetheart princess sunshine looking pretty stuff stranger'],
  [INVITE_WORD, 'table bed couch chair whenever anytime any come for only just day night'],
  // a word from each flirting cue: "got your number", "drinks Friday", "from your chart", "you made my day"…
  [CUE_WORD, 'free number digits cell where weird outside slide text call single chart dinner drinks drink coffee lunch cavities appointment excuse highlight look looks looked thinking miss favorite favourite fave counting made shouldn unprofessional record say session hours noticing ring anything'],
] as const) FLIRT_WORDS.add(bit, words.split(' '));
/** Where the author met them: a visit, a chart, an appointment slot. */
const FLIRT_CARE = fast(/(?<![\p{L}])(?:chart|appointment|appt|my (?:chair|table|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)|came in|cleaning|exam room|checkup|check-up)(?![\p{L}])/u);
/** A stranger pointed at: "the cutie in the…", "shoutout to the guy at…", "if u see this". */
const FLIRT_SEEN = fast(/(?<![\p{L}])(?:the (?:[\p{L}]+ )?(?:cutie|hottie|guy|girl|lady|man|woman|dude) (?:in|at|with|from|who)|if (?:you|u) see this|shout ?-?out to the)(?![\p{L}])/u);
/** Someone addressed: "you look stunning 😍" flirts, "STUNNING 😍 worth all 4 appts" praises the work. */
const ADDRESSED = fast(/(?<![\p{L}])(?:you|your|you're|youre|u|ur|ya)(?![\p{L}])/u);
/** Home life with a partner: errands on the way home, the kids. */
const HOME = fast(/(?<![\p{L}])(?:on (?:the|your|my|ur) way home|when (?:you|u) get home|(?:home|back) tonight|the kids|pick up (?:the kids|milk|groceries|takeout)|(?:hubby|wifey|husband|wife))(?![\p{L}])/u);
/** Kin words: "hey gorgeous, happy birthday sis" is family, not a patient. */
const KIN = fast(/(?<![\p{L}])(?:sis|sister|bro|brother|mom|mum|mama|dad|papa|cousin|bestie|wifey|hubby|husband|wife|grandma|grandpa|auntie|aunt|uncle|birthday|bday|b-day|anniversary)(?![\p{L}])/u);

const SENTENCE_END = /[.!?\n]/;
/** "went to my own urgent care as a patient lol": the author laughs at themself. */
const SELF_AS_PATIENT = fast(/(?<![\p{L}])(?:as a patient|my own)(?![\p{L}])/u);
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** "…'and also Mondays.' Ma'am. Same. 😂": a one-word sentence of agreement laughs with the patient. */
const FOND_SENTENCE = /(?:^|[.!?]\s*)(?:same|mood|big mood|relatable|respect|iconic|legend|goals|me too|valid|honestly same)\s*(?:[.!]|$)/u;
/**
 * Is this laugh at someone? Only what it laughs at counts: its own sentence, or the one before when the laugh
 * stands alone ("He swore it was two beers. LOL"). A mark of ridicule must be there: the patient's words or
 * claims, a word in capitals, or a loud laugh. "don't say anything lol" after gossip is not ridicule.
 */
function laughsAtSomeone(doc: RuleContext['doc'], start: number, end: number): boolean {
  const text = doc.text;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  // The laugh's own sentence and the one before it ("Pt asked for X. I can't make this up 😂").
  if (WORD_CHAR.test(text.slice(from, start)) && from > 0) {
    from--;
    while (from > 0 && SENTENCE_END.test(text[from - 1])) from--;
    while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  }
  // A laugh on its own reaches back over the last sentences ("47 pages. highlighted. 🫠"), up to ~12 words.
  if (!WORD_CHAR.test(text.slice(from, start))) {
    for (let back = 0; back < 3 && from > 0 && text.slice(from, start).split(' ').length < 12; back++) {
      from = Math.max(0, from - 1);
      while (from > 0 && SENTENCE_END.test(text[from - 1])) from--;
      while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
    }
  }
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  const window = text.slice(from, to);
  if (SELF_AS_PATIENT.test(window) || FOND_SENTENCE.test(window)) return false;
  return MOCK_CUE.test(window) || LOUD_LAUGH.test(window) || deadLaugh(window) || shoutedWord(doc.original.slice(doc.toOriginal[from], doc.toOriginal[to]));
}

/**
 * Where sentences start: the first word, and every word after . ! ? … (or a colon, when asked) or an emoji,
 * with an optional quote and spaces between. Patterns for whole short sentences ("Grow up.", "Sir.") run
 * sticky at these offsets only, instead of a lookbehind tried at every character.
 */
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
function sentenceStarts(text: string, t: Tokens, colon: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.words.length; i++) {
    const from = i === 0 ? 0 : t.ends[i - 1];
    let j = t.starts[i] - 1;
    if (i > 0 && j === from && text[j] === ' ') continue; // the usual gap: one space
    // Back over spaces and one quote to the character that ends the last sentence.
    while (j >= from && (text[j] === ' ' || text[j] === '\n' || text[j] === '\t')) j--;
    if (j >= from && (text[j] === '"' || text[j] === "'")) j--;
    if (j < from) {
      if (i === 0) out.push(t.starts[i]);
      continue;
    }
    const ch = text[j];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…' || (colon && ch === ':')) out.push(t.starts[i]);
    else if (ch.charCodeAt(0) >= 0x2000 && PICTOGRAPHIC.test(text.slice(Math.max(from, j - 2), j + 1))) out.push(t.starts[i]);
  }
  return out;
}

/** What a few whole-text tests found, each run at most once per text (several patterns ask). */
interface TextFacts {
  text: string;
  warmth?: boolean;
  apology?: boolean;
}
const isWarm = (f: TextFacts) => (f.warmth ??= WARMTH.test(f.text));
const isApologetic = (f: TextFacts) => (f.apology ??= APOLOGY.test(f.text));

/** Which categories apply to a kind of text on a kind of account: worked out once per pair, not per text. */
const ACTIVE = new Map<string, boolean[]>();
function activeCategories(kind: Kind, business: boolean): boolean[] {
  const key = business ? 'b' + kind : kind;
  let active = ACTIVE.get(key);
  if (!active) {
    active = CATEGORY_SPECS.map(({ kinds, businessOnly }) => !(kinds && !kinds.includes(kind)) && !(businessOnly && !business));
    ACTIVE.set(key, active);
  }
  return active;
}

interface Hit {
  start: number;
  end: number;
  category: Category;
}

function collect(ctx: RuleContext): Hit[] {
  const text = ctx.doc.text;
  const hits: Hit[] = [];
  const add = (start: number, end: number, category: Category) => {
    if (end > start) hits.push({ start, end, category });
  };
  const each = (re: RegExp, category: Category, accept?: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!accept || accept(m)) add(m.index, m.index + m[0].length, category);
    }
  };
  const starts: [number[] | undefined, number[] | undefined] = [undefined, undefined];
  /** A sticky pattern tried at each sentence start. */
  const eachAtStart = (re: RegExp, colon: boolean, category: Category, accept?: (m: RegExpExecArray) => boolean) => {
    const k = colon ? 1 : 0;
    for (const at of (starts[k] ??= sentenceStarts(text, tokensOf(ctx.doc), colon))) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m && m[0].length > 0 && (!accept || accept(m))) add(m.index, m.index + m[0].length, category);
    }
  };
  const isReply = REPLY_KINDS.includes(ctx.kind);
  const business = ctx.account === 'business';

  const active = activeCategories(ctx.kind, business);
  const irony: Hit[] = [];
  let disgust = false;
  PHRASES.scan(text, tokensOf(ctx.doc), (start, end, _token, group) => {
    if (group === IRONY_LIST) irony.push({ start, end, category: 'mock' });
    if (group === DISGUST_LIST) disgust = true;
    if (!active[group]) return;
    const phrase = text.slice(start, end);
    if (NEGATABLE.has(phrase) && NEGATED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return;
    // "sorry for your loss" is a condolence, not "your loss 👋".
    if (phrase === 'your loss' && CONDOLENCE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return;
    // "the waitlist is not your fault": blame denied is reassurance.
    if (CATEGORY_SPECS[group].category === 'blame' && BLAME_DENIED.test(text.slice(Math.max(0, start - 24), start))) return;
    add(start, end, CATEGORY_SPECS[group].category);
  });
  findDisguisedProfanity(text, tokensOf(ctx.doc), add);

  // Cheap gates first: most regexes below need a non-ASCII character (emoji) or a literal word.
  const emoji = NON_ASCII.test(text);
  let personMemo: boolean | undefined;
  const personRef = () => (personMemo ??= mentionsPerson(text, tokensOf(ctx.doc).words));
  let patientMemo: boolean | undefined;
  const patientRef = () => (patientMemo ??= mentionsPatient(text, tokensOf(ctx.doc).words));
  const words = tokensOf(ctx.doc).words;
  const facts: TextFacts = { text };
  const dead = hasDeadWord(words) && ((DEAD_LAUGH.lastIndex = 0), DEAD_LAUGH.test(text));
  const laughing = dead || (emoji && LAUGH_EMOJI.test(text)) || hasLaughWord(words);
  // Irony ('living the dream', 'gotta love', 🙃, 👀) mocks like a laugh when it is aimed at a patient.
  const ironic = laughing || ((irony.length > 0 || (emoji && IRONY_EMOJI_TEST.test(text))) && !isWarm(facts));
  const negativeParent = isReply && ctx.parentReading?.sentiment === 'negative';
  // Contempt emoji: in a reply they are aimed at the person answered; elsewhere only when a person is named.
  const contempt = emoji && CONTEMPT_EMOJI_TEST.test(text);
  if (contempt && (isReply || ((patientRef() || CONTEMPT_TARGET.test(text)) && !PRAISE.test(text)))) each(CONTEMPT_EMOJI, 'sarcasm');
  if (ironic) each(MOCK_OPENER, 'mock');
  if (text.includes('i have') || text.includes("i've got") || text.includes('i hold')) each(CREDENTIAL_FLEX, 'sarcasm');
  if (text.includes('somewhere') || emoji) each(CRUDE_PLACE, 'crude');
  if ((isReply || ctx.kind === 'message') && text.includes('than')) each(MISUSE, 'blame');
  if (negativeParent) {
    each(SARCASTIC_PRAISE, 'sarcasm');
    if (emoji && !(ctx.parentDoc && PARENT_JOKES.test(ctx.parentDoc.text)) && !TAKES_THE_JAB.test(text)) each(LAUGH_AT_COMPLAINT, 'sarcasm');
  }
  if (disgust) each(BODY_INSULT, 'insult');
  if (!isReply && (text.includes(" '") || text.includes(' "'))) each(SCARE_QUOTED_PERSON, 'mock');
  if (!isReply && DIGIT_3.test(text) && (emoji || laughing || shoutedWord(ctx.doc.original)) && !isWarm(facts)) each(WEIGHED_PERSON, 'mock');
  // Body words with laughter: mocking a patient's body or a crude injury joke.
  // A body word inside quoted speech is the speaker describing themself ("'my tooth hole smells' 💀").
  if (laughing && personRef()) each(BODY_MOCK, 'mock', (m) => !insideQuote(text, m.index));
  if (ironic && patientRef()) each(RETOLD_CLAIM, 'mock');
  // Talking down to a patient in a one-word sentence: mocking in a post, a retort in a reply.
  if (laughing || isReply || patientRef()) eachAtStart(TALKING_DOWN, false, isReply ? 'retort' : 'mock', (m) => !FOND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
  if ((isReply || ctx.kind === 'message') && text.includes('late')) each(ARGUE_FACTS, 'argue');
  if (negativeParent && (text.includes('if you') || text.includes('if u'))) each(IF_YOU_HAD, 'blame');
  // A short dismissive sentence: a retort in a reply or a DM, an insult in a post that addresses a group.
  if (isReply || ctx.kind === 'message' || personRef()) eachAtStart(DISMISSAL, true, isReply ? 'retort' : 'insult', (m) => (m[0] !== 'next' || isReply) && (!m[0].startsWith('good luck') || negativeParent));
  if (negativeParent && text.includes('$0')) each(ZERO_REFUND, 'sarcasm');
  if (negativeParent && emoji) {
    each(WAVE_OFF, 'retort');
    if (!isApologetic(facts)) {
      each(SMUG_AT_COMPLAINT, 'sarcasm');
      if (YOU_DID.test(text)) each(WINK_AT_COMPLAINT, 'sarcasm');
    }
  }
  // Laughing at a patient: a laugh, someone the author treats, and a mark that the laugh is at them.
  // Warmth ("kids are the best", ❤️) makes a laugh fond, not mocking.
  if (ironic && !isReply && (patientRef() || ((dead || LOUD_LAUGH.test(text)) && PUBLIC_FIGURE.test(text))) && (MOCK_CUE.test(text) || dead || LOUD_LAUGH.test(text) || shoutedWord(ctx.doc.original)) && !isWarm(facts) && !teaching(text)) {
    const atSomeone = (m: RegExpExecArray) => laughsAtSomeone(ctx.doc, m.index, m.index + m[0].length);
    if (laughing) each(LAUGH_SPANS, 'mock', atSomeone);
    if (dead) each(DEAD_LAUGH, 'mock', atSomeone);
    if (emoji) each(IRONY_EMOJI, 'mock', atSomeone);
    for (const h of irony) if (laughsAtSomeone(ctx.doc, h.start, h.end)) add(h.start, h.end, 'mock');
  }
  // A public callout of someone ("whoever parked…: your pupils were dilated… impressive 👏") with irony.
  if (!isReply && ironic && text.includes(':') && !isWarm(facts)) {
    const colon = text.indexOf(':');
    const head = text.slice(0, colon);
    if (colon > 8 && colon < 240 && !HEAD_STOP.test(head) && CALLOUT_HEAD.test(head) && CALLOUT_TAIL.test(text.slice(colon + 1, colon + 60)) && !hits.some((h) => h.start < colon)) add(0, colon, 'sarcasm');
  }
  // "sir you have a UTI", "I AM the real doctor, Karen": talking down to a patient or a complainer.
  if ((negativeParent && !isApologetic(facts)) || ((ctx.kind === 'post' || ctx.kind === 'caption') && patientRef())) eachAtStart(SIR_YOU, false, isReply ? 'retort' : 'mock');
  if (text.includes('karen')) each(KAREN_CALL, 'insult');
  if (text.includes('nothing says')) each(NOTHING_SAYS, 'sarcasm', (m) => !OWN_LIFE.test(m[0]));
  if (text.includes('goes to')) each(MOCK_AWARD, 'mock');
  if (text.includes(' since ') || text.includes(' in ')) each(HYGIENE_SNEER, 'mock');
  if (text.includes('have a') && (MOCK_OPENER_TEST.test(text) || (negativeParent && !isApologetic(facts)))) each(EDGY_SIGNOFF, 'sarcasm');
  // A pleasantry with a smile aimed at someone addressed ("to the guy who…") or at a complainer: a jab.
  if (emoji && SMILE.test(text) && (negativeParent || MOCK_OPENER_TEST.test(text))) each(ENJOY_YOUR, 'sarcasm');
  // Arguing the facts of their care in a reply to a complaint.
  if (negativeParent && (text.includes(' was ') || text.includes(' were ') || text.includes('came back'))) {
    if (DEFENCE_CUE.test(text)) each(ARGUE_CASE, 'argue');
  }
  // Arguing the case, or blaming the complainer for their choice, in a reply to a complaint.
  if (negativeParent) {
    // One pass over the words tells which of the patterns below can match at all.
    const cues = ARGUE_WORDS.union(tokensOf(ctx.doc));
    if (CAPS_WORD.test(ctx.doc.original)) each(EMPHATIC_DENIAL, 'argue', (m) => typedInCapitals(ctx.doc, m.index + m[0].length - m[1].length, m.index + m[0].length));
    // A result or the record reported with an apology is disclosure (another rule's business); without one it is a defence.
    if (cues & VISIT_CUE) each(VISIT_CITED, 'argue');
    if (!isApologetic(facts)) {
      if (cues & FACT_CUE) {
        // Tried only where a word that can open one starts (your, you, as, which, was…), up to two facts.
        const t = tokensOf(ctx.doc);
        let first: RegExpExecArray | undefined;
        let facts = 0;
        let after = 0;
        for (let k = 0; k < t.words.length && facts < 2; k++) {
          if (t.starts[k] < after || !FACT_LEADS.has(t.words[k])) continue;
          CARE_FACT.lastIndex = t.starts[k];
          const m = CARE_FACT.exec(text);
          if (!m) continue;
          first ??= m;
          facts++;
          after = m.index + m[0].length;
        }
        if (first && (facts >= 2 || DEFENCE.test(text))) add(first.index, first.index + first[0].length, 'argue');
      }
      if (cues & FINDING_CUE) each(FINDING_REPORTED, 'argue');
      if (cues & RECORD_CUE) each(RECORD_CITED, 'argue');
    }
    if (text.includes('actually')) eachAtStart(ACTUALLY_YOU, false, 'argue');
    if (text.includes('screen') || text.includes('test')) each(FAILED_SCREEN, 'argue');
    if (cues & CHOICE_CUE) each(BLAME_CHOICE, 'blame');
    if (text.includes(',')) each(VOCATIVE_DOWN, 'retort');
    eachAtStart(ORDER_AT, false, 'retort');
    if (text.includes('your new')) each(NEW_PROVIDER, 'sarcasm');
    eachAtStart(SARDONIC_OPENER, false, 'sarcasm');
    if (!isApologetic(facts) && (text.includes('cause') || text.includes('since') || text.includes('bc'))) each(BECAUSE_YOU, 'blame');
    if (text.includes(' who ')) each(THOSE_WHO_DO_RIGHT, 'blame');
    if (text.includes('go ') || text.includes('then ')) eachAtStart(THEN_GO, false, 'retort');
    if (text.includes('maybe') || text.includes('perhaps') || text.includes('next time')) {
      eachAtStart(MAYBE_ADVICE, false, 'blame', (m) => !INVITE_CONTACT.test(m[0]));
      eachAtStart(MAYBE_OPEN, false, 'blame');
      MAYBE_AFTER_SO.lastIndex = 0;
      for (let m = MAYBE_AFTER_SO.exec(text); m; m = MAYBE_AFTER_SO.exec(text)) {
        MAYBE_OPEN.lastIndex = m.index + m[0].length;
        const advice = MAYBE_OPEN.exec(text);
        if (advice) add(advice.index, advice.index + advice[0].length, 'blame');
      }
    }
  }
  // A pet name that talks down, in a reply or about someone the author treats.
  if (text.includes(',') && PET_NAME_COMMA.test(text) && (isReply || patientRef())) eachAtStart(PET_NAME_DOWN, true, isReply ? 'retort' : 'mock');
  // Sneering at a group, with contempt or laughter.
  if (ironic || contempt) each(SOME_PEOPLE, 'insult');
  if (laughing && text.includes(' who') && !isWarm(facts)) each(GROUP_WHO, 'insult');
  // A personal post that flirts with someone the author treated: "the cutie in my 2:00 😍 … ur chart has my number".
  if ((ctx.kind === 'post' || ctx.kind === 'caption') && ctx.account === 'personal' && (text.includes('see this') || text.includes('cutie') || text.includes('hottie') || (emoji && FLIRT_EMOJI.test(text))) && FLIRT_SEEN.test(text)) {
    const looks = FLIRT_LOOKS.exec(text) ?? (emoji ? FLIRT_EMOJI.exec(text) : null);
    if (looks && (patientRef() || FLIRT_CARE.test(text))) {
      const cues = [...text.matchAll(FLIRT_CUES)];
      if (cues.length > 0) for (const m of [looks, ...cues]) add(m.index, m.index + m[0].length, 'flirt');
    }
  }
  if ((ctx.kind === 'message' || isReply) && ctx.account !== 'business') {
    each(FLIRT_STRONG, 'flirt');
    const flirtWords = FLIRT_WORDS.union(tokensOf(ctx.doc));
    const cues = flirtWords & CUE_WORD ? [...text.matchAll(FLIRT_CUES)] : [];
    if (flirtWords & INVITE_WORD) cues.push(...text.matchAll(FLIRT_INVITE));
    const flirtEmoji = emoji && FLIRT_EMOJI.test(text);
    // Family ("hey gorgeous, happy birthday sis") is not a patient.
    const vocatives = flirtWords & ENDEARMENT_WORD ? [...text.matchAll(FLIRT_VOCATIVE)] : [];
    // A partner at home ("babe grab dinner on the way home 😘") is not a patient either.
    const family = (vocatives.length > 0 || flirtEmoji) && (KIN.test(text) || HOME.test(text) || (ctx.parentDoc !== undefined && KIN.test(ctx.parentDoc.text)));
    if (family) vocatives.length = 0;
    const looks = FLIRT_LOOKS.test(text);
    // "Anytime gorgeous" to someone thanking you for their care, or with a kiss or a wink, is flirting on its own.
    const toPatient = isReply && ctx.parentDoc !== undefined && CARE_THANKS.test(ctx.parentDoc.text);
    if (cues.length + vocatives.length + (flirtEmoji && !family ? 1 : 0) + (looks && vocatives.length === 0 ? 1 : 0) >= 2 || (vocatives.length > 0 && (flirtEmoji || toPatient))) {
      for (const m of [...cues, ...vocatives]) add(m.index, m.index + m[0].length, 'flirt');
    }
    // A kiss and a looks word: flirting in a DM, or in a reply to someone the author treats (not a friend's haircut).
    if (flirtEmoji && !family && (ADDRESSED.test(text) || patientRef()) && (ctx.kind === 'message' || toPatient || patientRef() || FLIRT_CARE.test(text))) {
      const m = FLIRT_LOOKS.exec(text);
      if (m) add(m.index, m.index + m[0].length, 'flirt');
    }
  }
  return hits;
}

function firstOfOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      continue;
    }
    kept.push({ ...h });
  }
  return kept;
}

export const unprofessionalTone = defineRule({
  id: 'unprofessional-tone',
  description: 'Warns about insults, sarcasm, blame, threats, profanity, mocking patients, flirting and rants.',
  severity: 'warning',
  check(ctx, report) {
    for (const hit of firstOfOverlaps(collect(ctx))) {
      report({
        ...toOriginalSpan(ctx.doc, hit.start, hit.end),
        // Mild words ("crap", "damn") are a hint, not a warning: people disagree on them.
        severity: hit.category === 'mild-profanity' ? 'info' : undefined,
        message: WHY[hit.category],
        suggestion: { message: INSTEAD[hit.category] },
      });
    }
  },
});

export default unprofessionalTone;
