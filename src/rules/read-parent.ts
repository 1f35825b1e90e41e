// How the comment or review being answered reads: is it a complaint? Word scores alone (AFINN) miss
// complaints without negative words ("waited 3 hours", "never called back", "1/5") and read
// sarcasm as praise ("great, waited 2 hours, love it"), so complaint patterns weigh more than
// words and override praise in a mixed review. Lexicons are data (data/sentiment.json).
import sentiment from './data/sentiment.json';
import { compileWordList } from './match';
import { normalize } from './normalize';
import type { ParentReading } from './types';

const COMPLAINT = compileWordList(sentiment.complaint);
const NEGATIVE = compileWordList(sentiment.negative);
const MILD = compileWordList(sentiment.mild);
const POSITIVE = compileWordList(sentiment.positive);

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
  `${B}(?:doctors|docs|nurses|pharmacists|dentists|therapists|physicians|providers|you people|you guys|y'all|this (?:office|clinic|practice|place|pharmacy|hospital))\\s+(?:are|r|is)\\s+(?:just|nothing but|all|such|so|a bunch of)\\s+(?:a\\s+)?(?:overpaid|glorified|greedy|useless|clueless|lazy|incompetent|pill|drug dealers|salesm[ae]n|shills|puppets|quacks|liars|scammers|crooks|frauds|in it)`,
  'gu',
);
/** "got worse", "is worse": a complaint after care, or a worry about someone sick; weighs as a mild word. */
const GOT_WORSE = new RegExp(`${B}(?:got|gotten|getting|is|feels|felt|went)\\s+(?:(?:even|way|much|a lot)\\s+)?worse${E}`, 'gu');
/** Money asked for: "billed $180", "charged me $50", "paid $600 for". */
const MONEY = new RegExp(`${B}(?:billed|charged|charging|bill for|bill of|paid|paying|pay|cobraron|pague)\\s+(?:(?:me|us|him|her|another|an extra|over|almost|nearly)\\s+)?\\$\\s?\\d`, 'gu');
/** A worried question about someone's health: not a complaint unless it states one. */
const WORRY = new RegExp(`${B}(?:should (?:i|we)|is (?:it|that|this) (?:normal|ok|okay|safe)|worried|any advice|do (?:i|we) need|is (?:he|she) due|what should|when should|esta bien|es normal|deberia)${E}`, 'u');
/** Emoji that say "angry" or "fed up"; eye-rolls are contempt; an upside-down smile is a softer jab. */
const ANGRY_EMOJI = /[\u{1F621}\u{1F624}\u{1F92C}\u{1F620}\u{1F44E}\u{1F595}\u{1F92E}\u{1F4A9}\u{1F644}\u{1F612}]/gu;
const ANNOYED_EMOJI = /[\u{1F611}\u{1F411}\u{1F643}]/gu;
/** Marks that turn praise into sarcasm ("great system 🙄", "love waiting, not", "/s"). */
const SARCASM_MARK = /[\u{1F644}\u{1F612}\u{1F643}\u{1F44F}]|(?<![\p{L}])(?:not|lol not|yeah right|\/s)\s*[.!]*\s*$|(?<![\p{L}])not!/u;
/** A star rating or score that says "happy". */
const HIGH_RATING = new RegExp(`${B}(?:(?:5|five|4\\.5)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas)|(?:9|10)\\s*(?:/\\s*10|out of (?:10|ten))|⭐⭐⭐⭐)${E}`, 'gu');
/** A word right before a match that negates it: "wasn't rude", "didn't rush me", "not great". */
const NEGATOR = /(?<![\p{L}])(?:not|never|no|without|wasn't|wasnt|isn't|isnt|weren't|didn't|didnt|don't|dont|doesn't|doesnt|nothing|zero|hardly|n't)\s+(?:(?:at all|even|once|too|that|so|very|really|feel|felt|seem|seemed|a|the|any|me|us|my)\s+){0,2}$/u;

/** Matches of `re` that are not negated by the words just before them. */
const countNotNegated = (re: RegExp, text: string) => {
  let n = 0;
  let negated = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NEGATOR.test(text.slice(Math.max(0, m.index - 30), m.index))) negated++;
    else n++;
  }
  return { n, negated };
};

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

export function readParent(parent: string): ParentReading {
  const text = normalize(parent).text;
  const phrases = countNotNegated(COMPLAINT, text);
  const complaints =
    phrases.n + countLongWaits(text) + count(LATE, text) + count(LOW_RATING, text) +
    count(CALLED, text) + count(WORSE, text) + count(CONTEMPT, text);
  const money = count(MONEY, text);
  const strongWords = countNotNegated(NEGATIVE, text);
  const mildWords = countNotNegated(MILD, text);
  const praise = countNotNegated(POSITIVE, text);
  const sarcastic = SARCASM_MARK.test(text);
  // "not great", "not helpful at all": praise negated is a complaint word.
  const strong = strongWords.n + count(ANGRY_EMOJI, text) + praise.negated + money;
  const mild = mildWords.n + count(ANNOYED_EMOJI, text) + count(GOT_WORSE, text);
  // Praise next to an eye-roll is sarcasm: it stops counting as praise.
  const positive = sarcastic ? 0 : praise.n + 3 * count(HIGH_RATING, text);
  const negativeWeight = 2 * (complaints + strong) + mild;
  const score = positive - negativeWeight;
  // A stated complaint outweighs praise (mixed reviews, sarcasm) unless the praise is overwhelming (a
  // five-star review that mentions "the worst year of my life"); words alone must outweigh the praise.
  const negative =
    (complaints > 0 && !(complaints === 1 && strong === 0 && positive >= 3 + mild)) ||
    (negativeWeight >= 2 && negativeWeight > positive && !(text.includes('?') && (strong === 0 || WORRY.test(text))));
  if (negative) return { sentiment: 'negative', score: Math.min(score, -1) };
  return { sentiment: positive > 0 && score > 0 ? 'positive' : 'neutral', score: Math.max(score, 0) };
}
