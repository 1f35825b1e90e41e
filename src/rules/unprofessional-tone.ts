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
import { PhraseIndex, tokensOf, type Tokens } from './phrase-index';
import { defineRule, type Kind, type RuleContext } from './types';

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
const PHRASES = new PhraseIndex([
  profanity.strong,
  profanity.mild,
  ...Object.values(tone.categories).map((spec) => spec.phrases),
]);

// ---- masked, leetspeak, stretched and spaced-out profanity --------------------------------------

const MASKABLE = profanity.maskable;
const LEET: Record<string, string> = { '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const WILDCARD = new Set(['*', '#', '%', '!']);
const HAS_MASK = /[*#@$%!\d]/;
const HAS_LETTER = /\p{L}/u;
/** Single letters separated by spaces, dots or dashes: "f u c k", "s.h.i.t". */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*]{1,2}\p{L}){2,}(?![\p{L}\p{N}])/gu;
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
const CANDIDATE = /[*#@$%!\d]|(\p{L})\1\1/gu;
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

function findDisguisedProfanity(text: string, tokens: Tokens, add: (start: number, end: number, category: Category) => void): void {
  let done = 0;
  CANDIDATE.lastIndex = 0;
  for (let c = CANDIDATE.exec(text); c; c = CANDIDATE.exec(text)) {
    if (c.index < done) continue;
    let start = c.index;
    let end = c.index + c[0].length;
    while (start > done && TOKEN_CHAR.test(text[start - 1])) start--;
    while (end < text.length && TOKEN_CHAR.test(text[end])) end++;
    done = end;
    CANDIDATE.lastIndex = end;
    checkToken(text.slice(start, end), start, add);
  }
  if (!spacedLetters(tokens)) return;
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '');
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
  if (!/\p{L}/u.test(first) && first !== '$' && first !== '@') return; // "5***" is a rating, not a word
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
    if (!/^\p{L}+$/u.test(masked.slice(0, k))) break;
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
const CONTEMPT_EMOJI = /[\u{1F644}\u{1F921}\u{1F971}\u{1F485}\u{1F926}\u{1F595}\u{1F92C}\u{1F612}\u{1F937}]/gu;
const CONTEMPT_EMOJI_TEST = new RegExp(CONTEMPT_EMOJI.source, 'u');
const NON_ASCII = /[^\x00-\x7f]/;
/** A wave goodbye in answer to a complaint: "then go elsewhere 👋". */
const WAVE_OFF = /\u{1F44B}/gu;
const LAUGH = /[\u{1F602}\u{1F923}\u{1F639}\u{1F480}\u{1F644}\u{1F921}\u{1F971}\u{1F485}\u{1F926}\u{1F937}\u{1F648}\u{1F629}\u{1F62B}\u{1F922}\u{1F92E}\u{1F62C}]|(?<![\p{L}])(?:l+o+l+|l+m+f*a+o+|rofl|smh|ha(?:ha)+h?|ja(?:ja)+)(?![\p{L}])/u;
const PERSON_REF =
  /(?<![\p{L}])(?:you|your|you're|youre|patient|patients|pt|pts|guy|lady|dude|ma'am|maam|sir|buddy|bro|mom|dad|family|parent|parents|people|folks|anyone|someone|customer|client|he|she|his|her|he's|she's|y'all|yall|bed \d+|room \d+|pacientes?|senora|senor|gente|ustedes|los que|las que|quienes|those who|the people who|clientes?)(?![\p{L}])|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/u;
/** "Dear guy who…", "To the family in…", "When the pt asks…", "Guy at the drive-thru…" */
const MOCK_OPENER =
  /(?<![\p{L}])(?:(?:dear|to the|shout ?out to the)\s+(?:[\p{L}'-]+\s+){0,2}?(?:guy|lady|dude|woman|man|mom|dad|family|patient|pt|parent|gentleman|person|customer|client|boy|girl)s?\s+(?:who|in|at|that|with|from)|when (?:the|a|my|your|ur|that) (?:[\p{L}-]+ )?(?:pt|patient|client|customer|guy|lady|mom|dad|family|parent)s? (?:asks|says|tells|demands|insists|wants|thinks|swears|brings|shows|comes)|(?:guy|lady|dude|woman|man|pt|patient|customer) (?:at|in) the)(?![\p{L}])/gu;
/** "I have a master's degree and…": pulling rank on someone, not a staff bio ("…a doctorate in PT"). */
const CREDENTIAL_FLEX =
  /(?<![\p{L}])(?:i have|i've got|i hold) (?:a|an) (?:doctorate|phd|md|medical degree|nursing degree|master's degree|masters degree|master's)(?=\s*(?:[.!,]|and (?:a|an) |$|\p{Extended_Pictographic}))/gu;
const CRUDE_PLACE =
  /(?<![\p{L}])somewhere (?:[\p{L}']+\s+){0,2}?(?:don't|doesn't|do not|does not|shouldn't|should not) (?:belong|go)(?![\p{L}])|\u{1F346}/gu;
/** "taking it faster than prescribed": accusing the person answered of misuse, in public. */
const MISUSE =
  /(?<![\p{L}])(?:taking|using|went through|ran through|burn(?:ed|ing|t)? through|finished)\s+(?:it|them|those|your [\p{L}]+|the [\p{L}]+)\s+(?:faster|sooner|earlier|quicker|more often)\s+than\s+(?:prescribed|directed|you should)(?![\p{L}])/gu;
/** Praise with an edge, in answer to a complaint: "Wow, such detailed and helpful feedback 👏". */
const SARCASTIC_PRAISE =
  /(?<![\p{L}])(?:(?:(?:wow|gee|oh)[,.!]*\s+)?(?:such|so|very|really)\s+(?:detailed|helpful|thoughtful|constructive|insightful|useful|lovely|kind|nice|informative|glowing|stellar)\s+(?:and\s+[\p{L}]+\s+)?(?:feedback|review|input|words|comment|critique)|(?:wow|gee)[,.!]*\s+(?:such|so|what|thanks|thank you))(?![\p{L}])|\u{1F44F}/gu;
/** Laughing at, or an upside-down smile for, someone who complained. */
const LAUGH_AT_COMPLAINT = /[\u{1F602}\u{1F923}\u{1F643}]/gu;
const BODY_MOCK =
  /(?<![\p{L}])(?:fat|fatty|obese|whale|hippo|morbidly|smelled|smells|smelly|stank|stunk|stinks|reeked|reeks|stench|hairy|ugly|gross|b\.o\.|butt|rectum|rectal|foreign (?:body|object)|boobs?|genitals?|belly|bellies|folds|rolls|blubber|lard|muffin top|jiggl\p{L}*|zip code|search party|forklift|crane|never showered|hadn't showered|hasn't showered)(?![\p{L}])/gu;
/** A patient's claim retold for a laugh ("finally admitted…", "swears it's just…", "X says hi"). */
const RETOLD_CLAIM =
  /(?<![\p{L}])(?:finally admitted|admitted (?:he|she|they)|swears?(?! by)|swore(?! by)|insists?|insisted|says hi|said hi)(?![\p{L}])/gu;
/** A one-word sentence that talks down to someone: "Sir. You are NPO.", "Buddy. You run an ice cream plant." */
const TALKING_DOWN =
  /(?<=[.!?…\p{Extended_Pictographic}]['"]?\s*|^)(?:sir|ma'am|maam|buddy|bro|dude|sweetie|honey|hun|my guy|my dude|pal|karen|lady|mister|my friend)[.!]+(?=\s|$)/gu;
/** Flirting cues: several of them together (or one strong one) in a personal DM or reply. */
const FLIRT_CUES =
  /(?<![\p{L}])(?:(?:i've |i )?(?:got|have) your (?:number|digits)|expect a (?:text|call)|i'll (?:text|call) you|text me sometime|(?:you're|youre|you are|are you) single|from your chart|(?:grab|get|have) (?:dinner|drinks|a drink|coffee|a coffee)(?: (?:instead|with me|together))?|(?:drinks?|dinner|coffee|a drink|lunch)\s+(?:this\s+)?(?:friday|saturday|sunday|tonight|tomorrow|sometime|weekend|after work|after my shift)|no (?:cavities|appointment|excuse) (?:required|needed) to (?:come )?see me|(?:the )?highlight of my (?:day|week|month|shift)|look(?:s|ed)? (?:so )?(?:great|good|amazing|hot|cute|stunning|beautiful|gorgeous) (?:on|in) you|(?:can't|cant|cannot) stop thinking about (?:you|our)|thinking about you|miss seeing (?:you|your face)|my (?:favou?rite|fave) patient|you made my (?:day|week))(?![\p{L}])/gu;
const FLIRT_STRONG =
  /(?<![\p{L}])your (?:eyes|pupils|lips|legs|body|figure|curves|butt|abs) (?:is|are|look|looks|were) (?:so |really |very |just )?(?:gorgeous|beautiful|stunning|hot|cute|pretty|sexy|amazing|perfect|mesmerizing)(?![\p{L}])/gu;
/** Someone the author is treating, or a stranger in a story: not the author's own family. */
const PATIENT_REF =
  /(?<![\p{L}])(?:patient|patients|pt|pts|guy|lady|dude|gentleman|sir|ma'am|maam|buddy|customer|client|bed \d+|room \d+|came in|in my chair|on my table|a (?:man|woman|mom|dad|kid|teen)|this (?:man|woman|mom|dad|kid|teen))(?![\p{L}])|(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/u;
/** "You were 25 minutes late": arguing the facts of a visit in public. */
const ARGUE_FACTS =
  /(?<![\p{L}])you (?:were|arrived|showed up|came in|got here|checked in) (?:over |almost |nearly |about |at least |more than )?(?:\d+|an?|one|two|three|half an?)\s*\+?\s*(?:minutes?|mins?|hours?|hrs?) late(?![\p{L}])/gu;
/** "if you'd shown up on time…", "maybe if you had read…": blaming the person answered for what happened. */
const IF_YOU_HAD =
  /(?<![\p{L}])(?:maybe |perhaps )?if (?:you|u)(?:(?:'d|\s+had|\s+would have|\s+would've|'d have)\s+(?:just |only |actually |simply |bothered to )?|\s+(?:just |only |actually |simply |ever |bothered to )(?:\p{L}+ed\s+|))(?:\p{L}+(?:ed|en|wn)|read|come|done|gone|kept|brought|told|paid|left|worn|taken|eaten|quit)(?![\p{L}])/gu;
/** "not because we don't care": a phrase that is being denied. */
const DENIED_BEFORE = /(?<![\p{L}])(?:not because|doesn't mean|does not mean|isn't that|it's not that|never said)\s*$/u;
/** Looks words; "pretty" only as an adjective of its own ("pretty severe" is an adverb). */
const FLIRT_LOOKS = /(?<![\p{L}])(?:gorgeous|beautiful|handsome|stunning|cute|cutest|prettiest|hottest|hot|sexy|pretty(?=\s*(?:[.!,]|\p{Extended_Pictographic}|$|(?:smile|face|eyes|girl|lady)(?![\p{L}]))))(?![\p{L}])/u;
const FLIRT_EMOJI = /[\u{1F618}\u{1F60D}\u{1F609}\u{1F60F}\u{1F975}\u{1F61C}]/u;
/** "no stupid questions", "never a dumb question": the insult word is negated. */
const NEGATED_BEFORE = /(?<![\p{L}])(?:no|not|never|nothing|isn't|aren't|ain't|zero)(?:\s+(?:such\s+thing\s+as\s+)?(?:a|an|such)?)?\s*$/u;
const NEGATABLE = new Set(['stupid', 'dumb', 'dumbest']);

/**
 * A short dismissive sentence on its own: "Grow up.", "Try me.", "Bye 👋", "Physics.", "Do better." The
 * same words inside a longer sentence ("watch them grow up") are not dismissive.
 */
const DISMISSAL =
  /(?<=^|[.!?…:\p{Extended_Pictographic}]['"]?\s*)(?:grow up|try me|bye|buh-?bye|bye bye|byeee*|next|whatever|cope|noted|do better|be better|get a life|get over it|deal with it|good luck|good luck with that|we're done|we're done here|we are done here|done here|end of story|case closed|period|physics|science|basic physics|basic math|math|reading is fundamental|learn to read|then go (?:there|elsewhere|somewhere else|to [\p{L}'-]+)|adios|suerte|madura|madure|maduren|supéralo|superalo)(?=\s*(?:[.!]+|\p{Extended_Pictographic}|$))/gu;
/** Marks that a laugh is at someone: the patient's words in quotes, an ALL-CAPS word, body or food emoji, a weight. */
const MOCK_CUE =
  /(?<![\p{L}])(?:asks?|asked|swears?|swore|insists?|insisted|claims?|claimed|says|said|thinks|cried|cry|crying|terrified|scared|refused)(?![\p{L}])|['"][^'"\n]{3,60}['"]|[\u{1F346}\u{1F351}\u{1F348}\u{1F354}\u{1F369}\u{1F355}\u{1F433}\u{1F437}\u{1F40B}]|(?<![\p{L}\p{N}])\d{3}\s*(?:lbs?|pounds?|kg|kilos?)(?![\p{L}])/u;
const LAUGHS = /[\u{1F602}\u{1F923}\u{1F480}]|(?<![\p{L}])(?:l+o+l+|l+m+f*a+o+|rofl|ha(?:ha)+h?|ja(?:ja)+)(?![\p{L}])/gu;
/** A laugh that is more than a chuckle: two laugh emoji, or a stretched "lmaooo" / "hahaha". */
const LOUD_LAUGH = /(?:[\u{1F602}\u{1F923}\u{1F480}]\s*){2}|(?<![\p{L}])(?:l+m+f*a+o{2,}|ha(?:ha){2,}|lo(?:l|o){2,}|ja(?:ja){2,})(?![\p{L}])/u;
/** A word typed in capitals for emphasis ("TEN", "DIET"): measured on the original text. */
const SHOUTED = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/u;
/** "Some of y'all", "some people": a group sneered at, when there is contempt or laughter too. */
const SOME_PEOPLE =
  /(?<![\p{L}])(?:some (?:of (?:y'all|yall|you|ustedes|(?:my|our|these|the) (?:patients|clients|customers|parents|pts|families))|people|folks|patients|clients|customers|parents|moms|dads|families|teens|kids|pts)|you people|these people|y'all|yall|all of them|every (?:single )?one of them)(?![\p{L}])/gu;
/** "to the guy in room 4 who…: enjoy your catheter 🙂": a pleasantry with a smile, aimed at someone, as a jab. */
const ENJOY_YOUR = /(?<![\p{L}])(?:enjoy|good luck with|have fun with) (?:your|the|ur) [\p{L}'-]+(?: [\p{L}'-]+)?\s*[\u{1F642}\u{1F643}\u{1F607}\u{1F60A}]/gu;
const SMILE = /[\u{1F642}\u{1F643}\u{1F607}\u{1F60A}]/u;
const MOCK_OPENER_TEST = new RegExp(MOCK_OPENER.source, 'u');
/** "Your TSH was 4.1", "your father was triaged appropriately": the facts of their care argued in public. */
const ARGUE_CASE =
  /(?<![\p{L}])(?:your|his|her|their) (?:[\p{L}'-]+ ){1,4}?(?:was|were|came back) (?:(?:within|in|completely|totally|perfectly|entirely) )?(?:\d[\d.,]*|clear|normal|negative|range|unremarkable|stable|triaged|appropriate|appropriately)(?![\p{L}])/gu;
/** Cheap gate for PET_NAME_DOWN: a pet name right before a comma. */
const PET_NAME_COMMA = /(?:honey|sweetie|sweetheart|hun|hon|buddy|bro|champ|pal|my guy|dude|karen|chief|kiddo),/;
/** What turns a reported result into a defence: "which is within range", "appropriately", "we stand by". */
const DEFENCE_CUE =
  /(?<![\p{L}])(?:which is|within (?:normal )?(?:range|limits)|appropriate(?:ly)?|stand by|did (?:my|our) job|you did not|you didn't|in fact|look it up|nothing wrong)(?![\p{L}])/u;
/** "Honey, you're the common denominator": a pet name that talks down to someone. */
const PET_NAME_DOWN =
  /(?<=^|[.!?…:]['"]?\s*|\p{Extended_Pictographic}\s*)(?:honey|sweetie|sweetheart|hun|hon|buddy|bro|champ|pal|my guy|my dude|dude|karen|chief|kiddo),\s+(?:you|your|you're|youre|that|this|nobody|no one|it's|its|maybe|newsflash|news flash|not)(?![\p{L}])/gu;

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
  const isReply = REPLY_KINDS.includes(ctx.kind);
  const business = ctx.account === 'business';

  const active = CATEGORY_SPECS.map(({ kinds, businessOnly }) => !(kinds && !kinds.includes(ctx.kind)) && !(businessOnly && !business));
  PHRASES.scan(text, tokensOf(ctx.doc), (start, end, _token, group) => {
    if (!active[group]) return;
    const phrase = text.slice(start, end);
    if (NEGATABLE.has(phrase) && NEGATED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    if (DENIED_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return;
    add(start, end, CATEGORY_SPECS[group].category);
  });
  findDisguisedProfanity(text, tokensOf(ctx.doc), add);

  // Cheap gates first: most regexes below need a non-ASCII character (emoji) or a literal word.
  const emoji = NON_ASCII.test(text);
  let personMemo: boolean | undefined;
  const personRef = () => (personMemo ??= PERSON_REF.test(text));
  let patientMemo: boolean | undefined;
  const patientRef = () => (patientMemo ??= PATIENT_REF.test(text));
  const laughing = LAUGH.test(text);
  const negativeParent = isReply && ctx.parentReading?.sentiment === 'negative';
  // Contempt emoji: in a reply they are aimed at the person answered; elsewhere only when a person is named.
  const contempt = emoji && CONTEMPT_EMOJI_TEST.test(text);
  if (contempt && (isReply || personRef())) each(CONTEMPT_EMOJI, 'sarcasm');
  if (laughing) each(MOCK_OPENER, 'mock');
  if (text.includes('i have') || text.includes("i've got") || text.includes('i hold')) each(CREDENTIAL_FLEX, 'sarcasm');
  if (text.includes('somewhere') || emoji) each(CRUDE_PLACE, 'crude');
  if ((isReply || ctx.kind === 'message') && text.includes('than')) each(MISUSE, 'blame');
  if (negativeParent) {
    each(SARCASTIC_PRAISE, 'sarcasm');
    if (emoji) each(LAUGH_AT_COMPLAINT, 'sarcasm');
  }
  // Body words with laughter: mocking a patient's body or a crude injury joke.
  if (laughing && personRef()) each(BODY_MOCK, 'mock');
  if (laughing && patientRef()) each(RETOLD_CLAIM, 'mock');
  // Talking down to a patient in a one-word sentence: mocking in a post, a retort in a reply.
  if (laughing || isReply || patientRef()) each(TALKING_DOWN, isReply ? 'retort' : 'mock');
  if ((isReply || ctx.kind === 'message') && text.includes('late')) each(ARGUE_FACTS, 'argue');
  if (negativeParent && (text.includes('if you') || text.includes('if u'))) each(IF_YOU_HAD, 'blame');
  // A short dismissive sentence: a retort in a reply or a DM, an insult in a post that addresses a group.
  if (isReply || ctx.kind === 'message' || personRef()) each(DISMISSAL, isReply ? 'retort' : 'insult', (m) => m[0] !== 'next' || isReply);
  if (negativeParent && emoji) each(WAVE_OFF, 'retort');
  // Laughing at a patient: a laugh, someone the author treats, and a mark that the laugh is at them.
  if (laughing && !isReply && patientRef() && (MOCK_CUE.test(text) || LOUD_LAUGH.test(text) || SHOUTED.test(ctx.doc.original))) each(LAUGHS, 'mock');
  // A pleasantry with a smile aimed at someone addressed ("to the guy who…") or at a complainer: a jab.
  if (emoji && SMILE.test(text) && (negativeParent || MOCK_OPENER_TEST.test(text))) each(ENJOY_YOUR, 'sarcasm');
  // Arguing the facts of their care in a reply to a complaint.
  if (negativeParent && (text.includes(' was ') || text.includes(' were ') || text.includes('came back'))) {
    if (DEFENCE_CUE.test(text)) each(ARGUE_CASE, 'argue');
  }
  // A pet name that talks down, in a reply or about someone the author treats.
  if (PET_NAME_COMMA.test(text) && (isReply || patientRef())) each(PET_NAME_DOWN, isReply ? 'retort' : 'mock');
  // Sneering at a group, with contempt or laughter.
  if (laughing || contempt) each(SOME_PEOPLE, 'insult');
  if ((ctx.kind === 'message' || isReply) && ctx.account !== 'business') {
    each(FLIRT_STRONG, 'flirt');
    FLIRT_CUES.lastIndex = 0;
    const cues = [...text.matchAll(FLIRT_CUES)];
    const flirtEmoji = emoji && FLIRT_EMOJI.test(text);
    if (cues.length + (flirtEmoji ? 1 : 0) + (FLIRT_LOOKS.test(text) ? 1 : 0) >= 2) {
      for (const m of cues) add(m.index, m.index + m[0].length, 'flirt');
    }
    if (flirtEmoji) {
      const looks = FLIRT_LOOKS.exec(text);
      if (looks) add(looks.index, looks.index + looks[0].length, 'flirt');
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
