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
const WORSE = new RegExp(`${B}(?:made|making|got|gotten|is|feels|felt)\\s+(?:(?:my|his|her|it|things|the|me|him)\\s+)?(?:[\\p{L}']+\\s+)?(?:way\\s+|even\\s+|much\\s+)?worse${E}`, 'gu');
const CONTEMPT = new RegExp(
  `${B}(?:doctors|docs|nurses|pharmacists|dentists|therapists|physicians|providers|you people|you guys|y'all|this (?:office|clinic|practice|place|pharmacy|hospital))\\s+(?:are|r|is)\\s+(?:just|nothing but|all|such|so|a bunch of)\\s+(?:a\\s+)?(?:overpaid|glorified|greedy|useless|clueless|lazy|incompetent|pill|drug dealers|salesm[ae]n|shills|puppets|quacks|liars|scammers|crooks|frauds|in it)`,
  'gu',
);
/** Emoji that say "angry" or "fed up". */
const ANGRY_EMOJI = /[\u{1F621}\u{1F624}\u{1F92C}\u{1F620}\u{1F44E}\u{1F595}\u{1F92E}\u{1F4A9}]/gu;
const ANNOYED_EMOJI = /[\u{1F644}\u{1F612}\u{1F611}\u{1F411}]/gu;

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
  const complaints =
    count(COMPLAINT, text) + countLongWaits(text) + count(LATE, text) + count(LOW_RATING, text) +
    count(CALLED, text) + count(WORSE, text) + count(CONTEMPT, text);
  const strong = count(NEGATIVE, text) + count(ANGRY_EMOJI, text);
  const mild = count(MILD, text) + count(ANNOYED_EMOJI, text);
  const positive = count(POSITIVE, text);
  const negativeWeight = 2 * (complaints + strong) + mild;
  const score = positive - negativeWeight;
  // A stated complaint outweighs praise (mixed reviews, sarcasm); words alone must outweigh the praise.
  const negative = complaints > 0 || (negativeWeight >= 2 && negativeWeight > positive);
  if (negative) return { sentiment: 'negative', score: Math.min(score, -1) };
  return { sentiment: positive > 0 && score > 0 ? 'positive' : 'neutral', score: Math.max(score, 0) };
}
