// How the comment or review being answered reads: is it a complaint? Word scores alone (AFINN) miss
// complaints without negative words ("waited 3 hours", "never called back", "1/5") and read
// sarcasm as praise ("great, waited 2 hours, love it"), so complaint patterns weigh more than
// words and override praise in a mixed review. Lexicons are data (data/sentiment.json).
import sentiment from './data/sentiment.json';
import { normalize } from './normalize';
import { PhraseIndex, tokensOf, type Tokens } from './phrase-index';
import type { ParentReading } from './types';

/** One pass for every lexicon: at one position the earlier list wins (a complaint over its words). */
const LISTS = [sentiment.complaint, sentiment.symptom, sentiment.negative, sentiment.mild, sentiment.positive] as const;
const [COMPLAINT, SYMPTOM, NEGATIVE, MILD, POSITIVE] = [0, 1, 2, 3, 4];
const LEXICON = new PhraseIndex(LISTS);

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const AMOUNT = '(?:\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|una|dos|tres|cuatro)';
/** "waited 3 hours", "took 3 weeks to", "on the waitlist 6 weeks", "esperé dos horas": captures amount and unit. */
const UNIT = '(min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|horas?|minutos?|dias?|semanas?|meses)';
const WAIT = new RegExp(
  `${B}(?:(?:waited|waiting|wait for|sat|sitting|stuck|on hold|espere|esperando|llevo)(?:\\s+(?!\\d)[\\p{L}']+){0,4}?|(?:(?:been )?on (?:the|a) wait ?list|took|taken|takes|it's been|its been))\\s+(?:for\\s+)?(?:over|almost|nearly|more than|like|about|literally|at least|mas de|casi)?\\s*(${AMOUNT})\\+?\\s*${UNIT}${E}`,
  'gu',
);
const LATE = new RegExp(`${B}${AMOUNT}\\s*(?:min|mins|minutes?|hrs?|hours?)\\s+late${E}`, 'gu');
const LOW_RATING = new RegExp(
  `${B}(?:(?:[0-2](?:[.,]5)?|zero|one|two)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas?)|[0-4]\\s*(?:/\\s*10|out of (?:10|ten)))${E}`,
  'gu',
);
const CALLED = new RegExp(`${B}(?:called|calling|llame)\\s+(?:\\d+|three|four|five|six|several|multiple|many|so many)\\s+(?:times|veces)${E}`, 'gu');
const WORSE = new RegExp(`${B}(?:made|making)\\s+(?:(?:my|his|her|it|things|the|me|him)\\s+)?(?:[\\p{L}']+\\s+)?(?:way\\s+|even\\s+|much\\s+)?worse${E}`, 'gu');
const CONTEMPT = new RegExp(
  `${B}(?:doctors|docs|nurses|pharmacists|dentists|therapists|physicians|providers|you people|you guys|y'all|this (?:office|clinic|practice|place|pharmacy|hospital))\\s+(?:are|r|is)\\s+(?:just|only|nothing but|all|such|so|a bunch of)\\s+(?:a\\s+)?(?:paid|overpaid|glorified|greedy|useless|clueless|lazy|incompetent|pill|drug dealers|salesm[ae]n|shills|puppets|quacks|liars|scammers|crooks|frauds|in it)`,
  'gu',
);
/** "y'all are slow", "the staff were rude": a complaint stated about the practice, first- or third-hand. */
const ARE_BAD = new RegExp(
  `${B}(?:y'all|yall|you guys|you all|you|they|this (?:office|clinic|practice|place|pharmacy|hospital)|the (?:staff|front desk|doctors?|nurses?|pharmacists?)|staff)\\s+(?:are|r|is|were|was)\\s+(?:(?:so+|really|super|always|too|kinda|pretty|very|sooo+|incredibly)\\s+)?(?:slow|rude|useless|clueless|disorganized|unprofessional|incompetent|terrible|awful|the worst|a joke|a mess|lazy|dismissive)${E}`,
  'gu',
);
/** "took my wife's side": a counsellor or clinician seen as biased. */
const SIDED = /(?<![\p{L}])(?:took|takes|taking|sided with) (?:my |his |her |their |the )?[\p{L}']+(?:'s)? side(?![\p{L}])|(?<![\p{L}])sided with(?![\p{L}])/u;
/** "3 stars", "3/5": a middling rating, a mild complaint. */
const MID_RATING = new RegExp(`${B}(?:3|three|2\\.5|3\\.5)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas)${E}`, 'u');
/** "3 hour wait", "a 2-hour wait": a long wait named as a noun. */
const WAIT_NOUN = /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six)\s*-?\s*(?:hours?|hrs?)\s+wait(?![\p{L}])/u;
/** "got worse", "is worse": a complaint after care, or a worry about someone sick; weighs as a mild word. */
const GOT_WORSE = new RegExp(`${B}(?:got|gotten|getting|is|feels|felt|went)\\s+(?:(?:even|way|much|a lot)\\s+)?worse${E}`, 'gu');
/** Money asked for: "billed $180", "charged me $50", "paid $600 for". */
const MONEY = new RegExp(`${B}(?:billed|charged|charging|bill for|bill of|paid|paying|pay|cobraron|pague)\\s+(?:(?:me|us|him|her|another|an extra|over|almost|nearly)\\s+)?\\$\\s?\\d`, 'gu');
/** A worried question about someone's health: not a complaint unless it states one. */
const WORRY = new RegExp(`${B}(?:should (?:i|we)|is (?:it|that|this) (?:normal|ok|okay|safe)|worried|any advice|do (?:i|we) need|is (?:he|she) due|what should|what do (?:i|we) do|when should|esta bien|es normal|deberia)${E}`, 'u');
/** Emoji that say "angry" or "fed up"; eye-rolls are contempt; an upside-down smile is a softer jab. */
const ANGRY_EMOJI = /[\u{1F621}\u{1F624}\u{1F92C}\u{1F620}\u{1F44E}\u{1F595}\u{1F92E}\u{1F4A9}\u{1F644}\u{1F612}]/gu;
const ANNOYED_EMOJI = /[\u{1F611}\u{1F411}\u{1F643}]/gu;
/** Marks that turn praise into sarcasm ("great system 🙄", "love waiting, not", "/s"). */
const SARCASM_MARK = /[\u{1F644}\u{1F612}\u{1F643}\u{1F44F}]|(?<![\p{L}])(?:not|lol not|yeah right|\/s)\s*[.!]*\s*$|(?<![\p{L}])not!/u;
/** A star rating or score that says "happy". */
const HIGH_RATING = new RegExp(`${B}(?:(?:5|five|4\\.5)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas)|(?:9|10)\\s*(?:/\\s*10|out of (?:10|ten))|⭐⭐⭐⭐)${E}`, 'gu');
/** A word right before a match that negates it: "wasn't rude", "didn't rush me", "not great". */
const NEGATOR = /(?<![\p{L}])(?:not|never|no|without|wasn't|wasnt|isn't|isnt|weren't|didn't|didnt|don't|dont|doesn't|doesnt|nothing|zero|hardly|n't)\s+(?:(?:at all|even|once|too|that|so|very|really|feel|felt|seem|seemed|a|the|any|me|us|my)\s+){0,2}$/u;

/** Lexicon hits per list, and how many of them are negated by the words just before them. */
function countLexicon(text: string, tokens: Tokens): { n: number[]; negated: number[] } {
  const n = [0, 0, 0, 0, 0];
  const negated = [0, 0, 0, 0, 0];
  LEXICON.scan(text, tokens, (start, _end, _token, list) => {
    if (NEGATOR.test(text.slice(Math.max(0, start - 30), start))) negated[list]++;
    else n[list]++;
  });
  return { n, negated };
}

const count = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

const UNIT_MINUTES: Record<string, number> = { min: 1, mins: 1, minute: 1, minutes: 1, minuto: 1, minutos: 1 };

/** Waits long enough to be a complaint: 30+ minutes, any hours, days, weeks. */
function countLongWaits(text: string): number {
  let n = 0;
  WAIT.lastIndex = 0;
  for (let m = WAIT.exec(text); m; m = WAIT.exec(text)) {
    const amount = Number.parseFloat(m[1].replace(',', '.'));
    if (UNIT_MINUTES[m[2]] && !(amount >= 30)) continue;
    n++;
  }
  return n;
}

/** Shock punctuation: "??", "?!", "!?" — frustration, not a plain question. */
const SHOCK = /\?\s*[?!]|!\s*\?/u;
/** A sum of money with what it was for: "$3,400 for a 20 minute visit", "$50 just to". */
const MONEY_FOR = /\$\s?\d[\d,.]*\s*(?:for|just to|to be|to get|para)(?![\p{L}])/u;
/** Time gone by: "been 3 days", "3 weeks and", "going on 2 weeks", "llevo 5 dias", "hace 2 semanas". */
const TIME_SINCE = new RegExp(
  `${B}(?:(?:been|going on|over|already|llevo|llevamos|hace|ya van)\\s+(?:like\\s+|almost\\s+|nearly\\s+|over\\s+|more than\\s+)?${AMOUNT}\\s*(?:days?|weeks?|months?|dias|semanas|meses)|${AMOUNT}\\s*(?:days?|weeks?|months?|dias|semanas|meses)\\s+(?:and|later|now|since|y|sin)(?![\\p{L}]))`,
  'u',
);
/** Clock times: "booked 9am, seen 9:50, left 10:05" narrates a wait. */
const CLOCK = /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))(?![\p{L}\p{N}])/gu;
/** A clinician's words retold in scare quotes: "said my surgery was 'unnecessary'", "told it was 'just anxiety'". */
const SCARE_QUOTE = /(?<![\p{L}])(?:said|says|called|told|claimed|dijo|dijeron)(?:\s+[\p{L}']+){0,4}?\s+['"][^'"\n]{2,40}['"]/u;
/** What money is asked for: with a mild word ("prices are insane") it is a complaint. */
const PRICE = /(?<![\p{L}])(?:prices?|pricing|bills?|billing|charges?|fees?|costs?|copays?|precios?|cobro|factura)(?![\p{L}])|\$\s?\d/u;
/** Star emoji: one or two alone is a low rating, four or five a high one. */
const STARS = /⭐|★|🌟/gu;
/** "wow", "truly", "real": an intensifier that, next to a clap or eye-roll, is sarcasm. */
const SARCASM_LEAD = /(?<![\p{L}])(?:wow|truly|real|really|so|such|very|great|amazing|elite|love)(?![\p{L}])/u;

const DIGIT = /\d/;
const NON_ASCII = /[^\x00-\x7f]/;

export function readParent(parent: string): ParentReading {
  const doc = normalize(parent);
  const text = doc.text;
  const lex = countLexicon(text, tokensOf(doc));
  const hasDigit = DIGIT.test(text);
  // Cheap gates: the patterns below need an emoji, a "$", or a literal word.
  const emoji = NON_ASCII.test(text);
  const has = (word: string) => text.includes(word);
  const shock = SHOCK.test(text);
  const worry = WORRY.test(text);
  const stars = emoji ? count(STARS, text) : 0;
  const lowStars = stars > 0 && stars <= 2 && !HIGH_RATING.test(text) ? 1 : 0;
  const sarcastic = (emoji || has('not') || has('/s') || has('yeah right')) && SARCASM_MARK.test(text);
  // A persisting symptom is a complaint, unless the parent asks whether it is normal.
  const symptom = worry && text.includes('?') ? 0 : lex.n[SYMPTOM];
  const complaints =
    lex.n[COMPLAINT] + symptom + lowStars +
    ((has('"') || has("'")) && SCARE_QUOTE.test(text) ? 1 : 0) +
    (sarcastic && SARCASM_LEAD.test(text) ? 1 : 0) +
    (hasDigit ? countLongWaits(text) + (TIME_SINCE.test(text) ? 1 : 0) + (MONEY_FOR.test(text) && (shock || text.includes('?')) ? 1 : 0) + (count(CLOCK, text) >= 2 ? 1 : 0) : 0) + (has('late') ? count(LATE, text) : 0) +
    (hasDigit || has('zero') || has('one') || has('two') ? count(LOW_RATING, text) : 0) +
    (has('call') || has('llame') ? count(CALLED, text) : 0) + (has('worse') ? count(WORSE, text) : 0) + count(CONTEMPT, text) +
    (has(' are ') || has(' were ') || has(' is ') || has(' was ') || has(' r ') ? count(ARE_BAD, text) : 0) + (has('side') && SIDED.test(text) ? 1 : 0) + (hasDigit && WAIT_NOUN.test(text) ? 1 : 0);
  const money = has('$') ? count(MONEY, text) : 0;
  // "not great", "not helpful at all": praise negated is a complaint word.
  const strong = lex.n[NEGATIVE] + (emoji ? count(ANGRY_EMOJI, text) : 0) + lex.negated[POSITIVE] + money;
  // Shock punctuation or a sum of money turns mild words ("insane", "crazy") into strong ones.
  const mildWords = lex.n[MILD] + ((hasDigit || has('three')) && MID_RATING.test(text) ? 1 : 0) + (emoji ? count(ANNOYED_EMOJI, text) : 0) + (has('worse') ? count(GOT_WORSE, text) : 0);
  const mild = (shock && !worry) || money > 0 || PRICE.test(text) ? 2 * mildWords : mildWords;
  // Praise next to an eye-roll is sarcasm: it stops counting as praise.
  const positive = sarcastic ? 0 : lex.n[POSITIVE] + 3 * (count(HIGH_RATING, text) + (stars >= 4 ? 1 : 0));
  const negativeWeight = 2 * (complaints + strong) + mild;
  const score = positive - negativeWeight;
  // A stated complaint outweighs praise (mixed reviews, sarcasm) unless the praise is overwhelming (a
  // five-star review that mentions "the worst year of my life"); words alone must outweigh the praise.
  const negative =
    (complaints > 0 && !(complaints === 1 && strong === 0 && positive >= 3 + mild)) ||
    (negativeWeight >= 2 && negativeWeight > positive && !(text.includes('?') && (worry || (strong === 0 && !shock))));
  if (negative) return { sentiment: 'negative', score: Math.min(score, -1) };
  return { sentiment: positive > 0 && score > 0 ? 'positive' : 'neutral', score: Math.max(score, 0) };
}
