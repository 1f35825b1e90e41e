// How the comment or review being answered reads: is it a complaint? Word scores alone (AFINN) miss
// complaints without negative words ("waited 3 hours", "never called back", "1/5") and read
// sarcasm as praise ("great, waited 2 hours, love it"), so complaint patterns weigh more than
// words and override praise in a mixed review. Lexicons are data (data/sentiment.json).
import sentiment from './data/sentiment.json';
import { normalize } from './normalize';
import { PhraseIndex, WordGates, tokensOf, wordIds, type Tokens } from './phrase-index';
import type { ParentReading } from './types';
import { fast } from './match';

/** One pass for every lexicon: at one position the earlier list wins (a complaint over its words). */
const LISTS = [sentiment.complaint, sentiment.symptom, sentiment.soft, sentiment.negative, sentiment.mild, sentiment.own, sentiment.positive] as const;
const [COMPLAINT, SYMPTOM, SOFT, NEGATIVE, MILD, , POSITIVE] = [0, 1, 2, 3, 4, 5, 6];
const LEXICON = new PhraseIndex(LISTS);

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const AMOUNT = '(?:\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|una|dos|tres|cuatro)';
/** "waited 3 hours", "took 3 weeks to", "on the waitlist 6 weeks", "esperé dos horas": captures amount and unit. */
const UNIT = '(min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|horas?|minutos?|dias?|semanas?|meses)';
const WAIT = fast(new RegExp(
  `${B}(?:(?:waited|waiting|wait for|had to wait|sit|(?:had|kept|left) (?:me|us|him|her)|made (?:me|us) wait|making (?:me|us) wait|kept (?:me|us) waiting|sat|sitting|stuck|on hold|espere|esperando|llevo)(?:\\s+(?!\\d)[\\p{L}']+){0,4}?|(?:(?:been )?on (?:the|a) wait ?list|took|taken|takes|it's been|its been))\\s+(?:for\\s+)?(?:over|almost|nearly|more than|like|about|literally|at least|mas de|casi)?\\s*(${AMOUNT})\\+?\\s*${UNIT}${E}`,
  'gu',
));
const LATE = fast(new RegExp(`${B}${AMOUNT}\\s*(?:min|mins|minutes?|hrs?|hours?)\\s+late${E}`, 'gu'));
const LOW_RATING = fast(new RegExp(
  `${B}(?:(?:0|zero) for (?:the|their|your)|(?:[0-2](?:[.,]5)?|zero|one|two)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas?)|[0-4]\\s*(?:/\\s*10|out of (?:10|ten)))${E}`,
  'gu',
));
/** "called 5 times", "asked three times for my records", "me cambiaron la cita tres veces": asking again and again. */
const CALLED = fast(new RegExp(
  `${B}(?:billed|charged|invoiced|called|calling|asked|emailed|messaged|texted|requested|tried|rescheduled|cancel+ed|moved|gone in|went in|came in|been in|been back|left (?:a )?(?:messages?|voicemails?)|llame|pregunte|cambiaron|cancelaron|movieron|reprogramaron)\\s+(?:[\\p{L}']+\\s+){0,3}?(?:\\d+|two|three|four|five|six|several|multiple|many|so many|tres|cuatro|cinco|varias|muchas)\\s+(?:(?:separate|different|more|extra|whole)\\s+)?(?:times|veces)${E}`,
  'gu',
));
const WORSE = fast(new RegExp(`${B}(?:made|making)\\s+(?:(?:my|his|her|it|things|the|me|him)\\s+)?(?:[\\p{L}']+\\s+)?(?:way\\s+|even\\s+|much\\s+)?worse${E}`, 'gu'));
const CONTEMPT = fast(new RegExp(
  `${B}(?:doctors|docs|nurses|pharmacists|dentists|therapists|physicians|providers|you people|you guys|y'all|this (?:office|clinic|practice|place|pharmacy|hospital))\\s+(?:are|r|is)\\s+(?:just|only|nothing but|all|such|so|a bunch of)\\s+(?:a\\s+)?(?:paid|overpaid|glorified|greedy|useless|clueless|lazy|incompetent|pill|drug dealers|salesm[ae]n|shills|puppets|quacks|liars|scammers|crooks|frauds|in it)`,
  'gu',
));
/** "y'all are slow", "the staff were rude": a complaint stated about the practice, first- or third-hand. */
const ARE_BAD = fast(new RegExp(
  `${B}(?:y'all|yall|you guys|you all|you|they|this (?:office|clinic|practice|place|pharmacy|hospital)|the (?:staff|front desk|doctors?|nurses?|pharmacists?)|staff)\\s+(?:are|r|is|were|was)\\s+(?:(?:so+|really|super|always|too|kinda|pretty|very|sooo+|incredibly)\\s+)?(?:slow|rude|useless|clueless|disorganized|unprofessional|incompetent|terrible|awful|the worst|a joke|a mess|lazy|dismissive)${E}`,
  'gu',
));
/** "took my wife's side": a counsellor or clinician seen as biased. */
const SIDED = fast(/(?<![\p{L}])(?:took|takes|taking|sided with) (?:my |his |her |their |the )?[\p{L}']+(?:'s)? side(?![\p{L}])|(?<![\p{L}])sided with(?![\p{L}])/u);
/** "3 stars", "3/5": a middling rating, a mild complaint. */
const MID_RATING = fast(new RegExp(`${B}(?:3|three|2\\.5|3\\.5)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas)${E}`, 'u'));
/** "3 hour wait", "a 2-hour wait": a long wait named as a noun. */
const WAIT_NOUN = fast(/(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six)\s*-?\s*(?:hours?|hrs?|days?|weeks?|months?)\s+(?:wait|waitlist|wait list|wait time)(?![\p{L}])/u);
/** "got worse", "is worse": a complaint after care, or a worry about someone sick; weighs as a mild word. */
const GOT_WORSE = fast(new RegExp(`${B}(?:got|gotten|getting|is|feels|felt|went)\\s+(?:(?:even|way|much|a lot)\\s+)?worse${E}`, 'gu'));
/** Money asked for: "billed $180", "charged me $50", "paid $600 for". */
const MONEY = fast(new RegExp(`${B}(?:billed|charged|charging|bill for|bill of|paid|paying|pay|cobraron|pague)\\s+(?:(?:me|us|him|her|another|an extra|over|almost|nearly)\\s+)?\\$\\s?\\d`, 'gu'));
/** A worried question about someone's health: not a complaint unless it states one. */
const WORRY = fast(new RegExp(`${B}(?:do (?:you|u) think|any tips|(?:anybody|anyone|any1|does anyone|does anybody) (?:know|recommend|have)|any recommendations|(?:can|could) (?:anyone|anybody|you) recommend|think (?:i|we) need|(?:normal|typical|usual|common)(?:\\s+[\\p{L}']+){0,6}\\s*\\?|should (?:i|we)|(?<!how )is (?:it|that|this) (?:normal|ok|okay|safe|a thing|common|bad)|worried|any advice|do (?:i|we) need|is (?:he|she) due|what should|what do (?:i|we) do|when should|esta bien|es normal|deberia|la traigo|lo traigo|la llevo|lo llevo|que hago|que le doy|es grave)${E}`, 'u'));
/** Emoji that say "angry" or "fed up"; eye-rolls are contempt; an upside-down smile is a softer jab. */
const ANGRY_EMOJI = /[\u{1F621}\u{1F624}\u{1F92C}\u{1F620}\u{1F44E}\u{1F595}\u{1F4A9}\u{1F644}\u{1F612}]/gu;
/** Disgust (🤢 🤮) is as often at the job or a photo as at the practice: it weighs as a mild word. */
const ANNOYED_EMOJI = /[\u{1F611}\u{1F411}\u{1F643}\u{1F922}\u{1F92E}]/gu;
/** Marks that turn praise into sarcasm ("great system 🙄", "love waiting, not", "/s"). */
const SARCASM_MARK = fast(/[\u{1F644}\u{1F612}\u{1F643}\u{1F44F}]|(?<![\p{L}])(?:not|lol not|yeah right|\/s)\s*[.!]*\s*$|(?<![\p{L}])not!/u);
/** A star rating or score that says "happy". */
const HIGH_RATING = fast(new RegExp(`${B}(?:(?:5|five|4\\.5)\\s*(?:/\\s*5|stars?|out of (?:5|five)|estrellas)|(?:9|10)\\s*(?:/\\s*10|out of (?:10|ten))|⭐⭐⭐⭐)${E}`, 'gu'));
/** Words right before a match that negate it ("wasn't rude", "didn't rush me", "not great"), with up to two fillers between. */
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'wasnt', 'isnt', 'didnt', 'dont', 'doesnt', 'nothing', 'zero', 'hardly', 't']);
const NEGATION_FILLERS = new Set(['at', 'all', 'even', 'once', 'too', 'that', 'so', 'very', 'really', 'feel', 'felt', 'seem', 'seemed', 'a', 'the', 'any', 'me', 'us', 'my']);
/** "never felt so good", "couldn't be happier", "never been better": praise whose negation intensifies it. */
const NEVER_SO = new Set(['so', 'this', 'more']);
const COMPARATIVE = new Set(['better', 'happier', 'easier', 'nicer', 'smoother', 'calmer', 'safer']);
function negatedAt(words: string[], token: number): boolean {
  for (let k = token - 1, fillers = 0; k >= 0 && fillers <= 2; k--) {
    const w = words[k];
    if (NEGATORS.has(w)) {
      if (w !== 'never' && !(w === 't' && (words[k - 1] === 'couldn' || words[k - 1] === 'couldnt'))) return true;
      for (let j = k + 1; j <= token; j++) if (NEVER_SO.has(words[j])) return false;
      return !COMPARATIVE.has(words[token]);
    }
    if (!NEGATION_FILLERS.has(w)) return false;
    if (w !== 'at') fillers++; // "at all" is one filler
  }
  return false;
}

/** "can't recommend them enough", "can't thank you enough": a negation that intensifies. */
function enoughAfter(words: string[], token: number): boolean {
  for (let k = token + 1; k < words.length && k <= token + 5; k++) if (words[k] === 'enough') return true;
  return false;
}

/** Lexicon hits per list, and how many of them are negated by the words just before them. */
function countLexicon(text: string, tokens: Tokens): { n: number[]; negated: number[] } {
  const n = [0, 0, 0, 0, 0, 0, 0];
  const negated = [0, 0, 0, 0, 0, 0, 0];
  LEXICON.scan(text, tokens, (start, end, token, list) => {
    // "can't recommend Dr. Patel enough": a refusal phrase that ends in "enough" is praise.
    if (list === COMPLAINT && enoughAfter(tokens.words, token + 1)) n[POSITIVE]++;
    else if (negatedAt(tokens.words, token) && !enoughAfter(tokens.words, token)) negated[list]++;
    else if (list === MILD && token > 0 && INTENSIFIER.has(tokens.words[token - 1]) && INTENSIFIABLE.has(text.slice(start, end))) n[NEGATIVE]++;
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

/** Waits: [long enough to be a complaint (30+ minutes, any hours, days, weeks), shorter ones (a mild word)]. */
function countWaits(text: string): [number, number] {
  let long = 0;
  let short = 0;
  WAIT.lastIndex = 0;
  for (let m = WAIT.exec(text); m; m = WAIT.exec(text)) {
    if (HEALING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const amount = Number.parseFloat(m[1].replace(',', '.'));
    if (UNIT_MINUTES[m[2]] && !(amount >= 30)) short++;
    else long++;
  }
  return [long, short];
}

/** Shock punctuation: "??", "?!", "!?" — frustration, not a plain question. */
const SHOCK = /\?\s*[?!]|!\s*\?/u;
/** A sum of money with what it was for: "$3,400 for a 20 minute visit", "$50 just to". */
const MONEY_FOR = /\$\s?\d[\d,.]*\s*(?:for|just to|to be|to get|para)(?![\p{L}])/u;
/** "Appointment at 10, seen at 11:40": the wait told by the clock. */
const SEEN_AT =
  fast(/(?<![\p{L}])(?:appointment|appt|booked|scheduled|arrived|checked in|got there|showed up)\s+(?:was\s+)?(?:at|for)\s+(\d{1,2})(?::(\d\d))?\s*(?:am|pm)?[^.!?\n]{0,30}?(?:seen|called back|roomed|taken back|got in|called in|saw (?:the|a|dr|doc)[\p{L}. ]{0,12}?)\s+(?:at|around|about)\s+(\d{1,2})(?::(\d\d))?/u);
/** Minutes between the booked time and the time seen (on a 12-hour clock): half an hour or more is a complaint. */
function lateBy(m: RegExpExecArray): number {
  const from = (Number(m[1]) % 12) * 60 + Number(m[2] ?? 0);
  const to = (Number(m[3]) % 12) * 60 + Number(m[4] ?? 0);
  return (to - from + 720) % 720;
}
const seenLate = (text: string) => {
  const m = SEEN_AT.exec(text);
  return m !== null && lateBy(m) >= 30;
};
/** "Loved the hygienist. The front desk, not so much.": praise, then the part that was not ("not so much a … as" is a turn of phrase). */
const NOT_SO_MUCH = fast(/(?<![\p{L}])(?:not so much|less so|not as much)\s*(?:[.!…]|\p{Extended_Pictographic}|$)/u);
/** "records have been 'misplaced'", "was 'lost'": what the practice did, in scare quotes. */
const SCARE_DONE = fast(/(?<![\p{L}])(?:been|was|were|got|get|being)\s+['"]\p{L}{2,20}(?:ed|en|lost|sent|done)['"]/u);
/** Time gone by: "been 3 days", "3 weeks and", "going on 2 weeks", "llevo 5 dias", "hace 2 semanas". */
const TIME_SINCE = fast(new RegExp(
  `${B}(?:(?:been|going on|over|already|llevo|llevamos|hace|ya van)\\s+(?:like\\s+|almost\\s+|nearly\\s+|over\\s+|more than\\s+)?${AMOUNT}\\s*(?:days?|weeks?|months?|dias|semanas|meses)|(?<!(?:in|within|next|another|en|dentro de)\\s)${AMOUNT}\\s*(?:days?|weeks?|months?|dias|semanas|meses)\\s+(?:and|later|now|since|y|sin)(?![\\p{L}]))`,
  'u',
));
/** "8 weeks later I'm hiking again": time gone by that ends in recovery is praise, not a wait. */
const RECOVERED = fast(/^[^.!?\n]{0,40}?(?<![\p{L}])(?:again|back to|good as new|pain[- ]free|healed|recovered|no more pain|feel(?:ing)? (?:great|amazing|better|like myself))(?![\p{L}])/u);
function timeSince(text: string): number {
  const m = TIME_SINCE.exec(text);
  return m && !RECOVERED.test(text.slice(m.index + m[0].length)) ? 1 : 0;
}
/** Clock times: "booked 9am, seen 9:50, left 10:05" narrates a wait. */
const CLOCK = fast(/(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))(?![\p{L}\p{N}])/gu);
/** "5 stars", "10/10": a rating so high that one mild complaint in it is not a complaint about the practice. */
const FIVE_STARS = fast(/(?<![\p{L}\p{N}])(?:(?:5|five)\s*(?:\/\s*5|stars?|out of (?:5|five))|10\s*(?:\/\s*10|out of (?:10|ten)))(?![\p{L}\p{N}])/u);
/** "'we'll call you back today' means Thursday": a promise in quotes, reinterpreted. */
const QUOTE_MEANS = /['"][^'"\n]{3,50}['"]\s+(?:means|meant|apparently means|must mean|actually means)(?![\p{L}])/u;
/** A clinician's words retold in scare quotes: "said my surgery was 'unnecessary'", "told it was 'just anxiety'". */
const SCARE_QUOTE = fast(/(?<![\p{L}])(?:said|says|called|told|claimed|dijo|dijeron)(?:\s+[\p{L}']+){0,4}?\s+['"][^'"\n]{2,40}['"]/u);
/** What money is asked for: with a mild word ("prices are insane") it is a complaint. */
const PRICE = fast(/(?<![\p{L}])(?:prices?|pricing|bills?|billing|charges?|fees?|costs?|copays?|precios?|cobro|factura)(?![\p{L}])|\$\s?\d/u);
/** Star emoji: one or two alone is a low rating, four or five a high one. */
const STARS = /⭐|★|🌟/gu;
/** "wow", "truly", "real": an intensifier that, next to a clap or eye-roll, is sarcasm. */
const SARCASM_LEAD = fast(/(?<![\p{L}])(?:wow|truly|real|really|so|such|very|great|amazing|elite|love)(?![\p{L}])/u);

/**
 * Contempt for a profession or the practice without a negative word: "<profession> just want to sell you…",
 * "aren't real doctors", "only care about money", "think they're gods". Tried only where a profession word
 * starts (sticky), so its cost is one Set lookup per word.
 */
const PROFESSION = new Set(
  ('doctor doctors doc docs physician physicians dentist dentists orthodontist orthodontists chiropractor chiropractors chiro chiros ' +
    'dermatologist dermatologists derm derms optometrist optometrists ophthalmologist ophthalmologists pharmacist pharmacists pharmacy pharmacies ' +
    'nurse nurses np nps psychiatrist psychiatrists psychologist psychologists therapist therapists therapy counselor counselors pediatrician pediatricians ' +
    'surgeon surgeons vet vets veterinarian veterinarians physio physios midwife midwives obgyn obgyns gyno gynos hygienist hygienists ' +
    'radiologist radiologists dietitian dietitians nutritionist nutritionists podiatrist podiatrists audiologist audiologists specialist specialists ' +
    'cardiologist cardiologists neurologist neurologists urologist urologists gp gps paramedics emts hospital hospitals clinic clinics ' +
    'acupuncturist acupuncturists chiropractic acupuncture dentistry medicine healthcare pharma doctores medicos medico dentistas dentista ' +
    'enfermeras farmaceuticos veterinarios quiropracticos clinicas hospitales ob obs ortho orthos peds urgent offices ' +
    'resident residents intern interns students hygienists receptionists admins').split(' '),
);
const SELL_VERB = '(?:sell|push|upsell|bill|charge|milk|scare|put|keep you|get you|rip|scam|drug|medicate|operate|cut|make money|make a buck|get paid|get your money|take your money)';
const PROFESSION_JAB = new RegExp(
  `[\\p{L}]+(?:\\s+(?:these days|nowadays|today|now|always|all|honestly|literally))?\\s+(?:[\\p{L}'$\\d]+\\s+){0,3}?(?:` +
    `(?:just|only|basically|literally|simply|mostly)\\s+(?:want|wants|wanna|care|cares|are there|exist)\\s+(?:to\\s+${SELL_VERB}|about (?:money|the money|your money|profit|profits|billing|the bill|getting paid)|your|my|our|money)` +
    `|(?:just|only|basically|literally|simply|mostly)\\s+(?:cheap|push|pushes|sell|sells|upsell|upsells|google|googles|guess|guesses|throw|throws|read off|glorified|overpaid|expensive|overpriced|legal drug|drug dealers|salesm[ae]n|in it|there to bill|pill|guessing|making it up|a scam|a racket|a money|massage|stretching|placebo|snake oil|a business|businesses|prescribe pills|hand out|money)` +
    `|only care about|(?:aren't|are not|ain't|arent|not|isn't|is not|no son|no es)\\s+(?:a\\s+)?(?:real|actual|proper)(?![\\p{L}])` +
    `|think (?:they|he|she)(?:'re| are| is|'s)? (?:doctors?|gods?|god|better|smarter|so smart|real|know everything|know it all)|think they know|act like (?:gods?|doctors?)|play(?:ing)? doctor|pretend(?:ing)? to be` +
    `|(?:don't|doesn't|dont|doesnt|never|won't|wont|can't|cant|do not|does not)\\s+(?:even\\s+)?(?:listen|look at|care|explain|believe|read|know|return|call|answer|help|bother)|acts? like|treats? (?:every|you|us|patients|people|women|moms|me) (?:[\\p{L}']+ )?like|(?:just|only) (?:nod|nods|bill|bills|charge|charges|type|types|stare|shrug|refer|write)|loves? (?:finding|charging|selling|billing|pushing|upselling|ordering)|(?:are|is) (?:basically|just|nothing but) (?:[\\p{L}]+ )?(?:factories|factory|mills?|salesm[ae]n|scams?|businesses|a business|a racket|drug dealers|money pits?)|(?:are|is) worse than|no (?:te|me|nos) (?:escuchan|escucha|atienden|revisan)|will say anything|always (?:act|treat|assume|think|make|rush|ignore|dismiss)|never (?:listen|believe|explain|call back|care)|act like (?:you're|you are|we're|we are|i'm|i am|everyone|patients|we)|(?:will|would|always) (?:find|invent|make up) (?:a|an|something|some|anything)(?![\\p{L}])|(?:want|wants|care about|after) (?:is |was )?(?:your|my|our|the) money)`,
  'uy',
);
/** A jab at a whole profession: a plural or "every/all <profession>", with a laugh or a knowing aside. */
const JAB_MARK = fast(/(?<![\p{L}])(?:l+o+l+|l+m+f*a+o+|ha(?:ha)+|just saying|just sayin|funny how|go figure|smh|jaja(?:ja)*)(?![\p{L}])|[\u{1F602}\u{1F923}\u{1F921}\u{1F644}]/u);
const GROUP_LEAD = new Set(['every', 'all', 'most', 'these', 'those', 'some']);

function professionContempt(text: string, t: Tokens): number {
  let jab: boolean | undefined;
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i];
    if (!PROFESSION.has(w)) continue;
    PROFESSION_JAB.lastIndex = t.starts[i];
    if (PROFESSION_JAB.test(text)) return 1;
    if ((w.endsWith('s') || GROUP_LEAD.has(t.words[i - 1])) && (jab ??= JAB_MARK.test(text))) return 1;
  }
  return 0;
}

/**
 * A complaint stated as fact: the practice, its staff or "they" did something wrong ("your office gave my mom
 * the wrong instructions", "they sent my kid home", "you lost my records"). Weighs like a soft phrase: a
 * worried question ("they said his arm was broken, should I worry?") is not a complaint.
 */
const AGENT_LEAD = new Set(['your', 'the', 'you', 'y', 'yall', 'they']);
const AGENT_ERROR = new RegExp(
  `(?:(?:your|the) (?:office|staff|receptionist|front desk|desk|nurses?|doctors?|docs?|dentist|hygienist|pharmacy|pharmacist|clinic|billing(?: office| department| dept)?|system|portal|website|team|techs?|assistant|np|pa|provider|surgeon|lab|scheduler|scheduling|girl|lady|guy|people|er|urgent care)|you guys|y'all|yall|you all|you|they)` +
    `\\s+(?:[\\p{L}'\\d]+\\s+){0,5}?(?:wrong|lost|forgot|forgotten|misplaced|missed|mixed up|messed up|misread|misdiagnosed|overbooked|overcharged|double[- ]booked|dropped the|skipped|ignored|refused|hung up|cancel+ed|rescheduled|lied|yelled|hurt|sent (?:[\\p{L}']+\\s+){1,2}home|sent (?:it|them|my [\\p{L}]+) to the wrong)(?![\\p{L}])`,
  'uy',
);
const NEGATED_ERROR = fast(/(?<![\p{L}])(?:not|never|didn't|didnt|did not|wasn't|wasnt|don't|dont|won't|wont|no)(?![\p{L}])/u);
function agentError(text: string, t: Tokens): number {
  for (let i = 0; i < t.words.length; i++) {
    if (!AGENT_LEAD.has(t.words[i])) continue;
    AGENT_ERROR.lastIndex = t.starts[i];
    const m = AGENT_ERROR.exec(text);
    // "you guys didn't hurt me at all": the error is denied.
    if (m && !NEGATED_ERROR.test(m[0])) return 1;
  }
  return 0;
}

/** "said it was just a sprain. It was broken.": a clinician's reassurance that turned out wrong. */
const DISMISSED_THEN =
  fast(/(?<![\p{L}])(?:said|says|told (?:me|us|him|her))\s+(?:it was|it's|its|it is|i was|he was|she was|i'm|im|(?:my|his|her|the) (?:[\p{L}-]+ ){0,2}?(?:was|is|were|looked))\s+(?:just|only|nothing|fine|normal|clear|negative|okay|ok)(?![\p{L}])[^]{0,80}?(?<![\p{L}])(?:turned out|actually|it was|it's not|it wasn't|was not|wasn't|ended up|in fact|but it|but (?:i|my|he|she|there|they) (?:had|have|has|was|is|needed|ended)|it is not|it's a|it was a)(?![\p{L}])/u);
/** "Cool, so I pay for…", "Great, so now…": a sarcastic opener. */
const SARCASTIC_OPENER = /^(?:cool|great|awesome|perfect|wonderful|lovely|fantastic|nice|ok|okay|wow|oh good|oh great|good),?\s+so\s+(?:i|we|you|now|my|the|i'm|im|apparently)(?![\p{L}])/u;
/** "Five weeks for a prior auth.": a duration that opens a sentence and names what it was for. */
const DURATION_FOR = new RegExp(
  `(?:^|[.!?]\\s+)${AMOUNT}\\s*(?:hours?|hrs?|days?|weeks?|months?|semanas|meses|dias)\\s+(?:for|to get|just to|and still|para)(?![\\p{L}])`,
  'u',
);
/** "a 3 minute phone call", "a five-minute visit": with a price or a bill, paying for too little. */
const SHORT_VISIT =
  fast(/(?<![\p{L}\p{N}])(?:\d+|one|two|three|four|five|ten)\s*-?\s*(?:min|mins|minute|minutes)\s+(?:visit|appointment|appt|call|phone call|chat|consult|consultation|exam|conversation|convo|checkup|check up|look)(?![\p{L}])/u);

/** "took 2 weeks for the swelling to go down": a healing time, not a wait for the practice. */
const HEALING = /^\s*(?:for (?:the|my|his|her) (?:swelling|bruising|pain|numbness|soreness|stitches|rash)|to (?:heal|recover|go down|feel (?:better|normal)|kick in|start working|wear off))(?![\p{L}])/u;
/** "2 hours in the waiting room", "tres horas en la sala de espera": a wait named by where it happened. */
const PLACE_WORD = /waiting room|lobby|sala de|espera|triage|urgencias|hold|parking|emergency|exam room| er /;
const WAIT_PLACE = fast(new RegExp(
  `${B}${AMOUNT}\\s*(?:hours?|hrs?|horas)\\s+(?:in|en|at|on)\\s+(?:the\\s+|la\\s+|el\\s+)?(?:waiting room|lobby|sala de espera|er|emergency room|triage|urgencias|hold|espera|parking lot|exam room)${E}`,
  'u',
));
/** "doc spent 5 min with me": a visit too short to be care. */
const SPENT_MINUTES = fast(/(?<![\p{L}])spent\s+(?:(?:maybe|like|about|barely|only|literally|a whole)\s+)?(?:\d+|two|three|four|five|ten|a few)\s*(?:min|mins|minutes|seconds|secs)\s+with(?![\p{L}])/u);
/** "nobody even looked up", "didn't even say hi": a slight told with "even". */
const NOBODY_EVEN =
  fast(/(?<![\p{L}])(?:(?:no one|nobody|no-one|nadie|never|not one)\s+(?:[\p{L}']+\s+){0,5}?(?:even|siquiera)\s+[\p{L}]|(?:didn't|didnt|did not|doesn't|doesnt|wouldn't|wouldnt|couldn't|couldnt)\s+even\s+(?:look|bother|say|ask|introduce|acknowledge|greet|apologi[sz]e|call|check|examine|listen|read|explain|touch|try|care|return|do|run|order|test|swab|give|offer|take|send|refer|write|wash|tell|wait)(?![\p{L}]))/u);
/** A word in capitals for anger ("AFTER my visit", "NEVER"): acronyms and clinical abbreviations are not shouting. */
const SHOUT = fast(/(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu);
const CAPS3 = /[A-Z]{3}/;
const NOT_SHOUT = new Set(
  'ICU NICU PICU MRI ECG EKG BMI CPR COPD ADHD UTI STD STI OTC DOB MRN BAC DUI HIPAA PHI CBC BMP CMP TSH INR MVA GSW OMG LOL LMAO FYI ASAP PPO HMO HSA FSA CEO USA RSV COVID PCP ENT OBGYN NPO IUD IVF PTSD OCD TMJ ACL MCL CVS DDS DMD LPN CNA EMT SLP ATM'.split(' '),
);
/** Shouted words that make a complaint on their own: "AFTER my visit", "NEVER called", "STILL waiting". */
const SHOUT_COMPLAINT = new Set(['AFTER', 'NEVER', 'NOT', 'STILL', 'AGAIN', 'TWICE', 'ALWAYS', 'EVERY', 'NOTHING', 'NOBODY', 'ONLY', 'HOURS', 'WEEKS', 'MONTHS', 'NUNCA', 'NADIE']);
/** Shouting: [mild, strong] — a headline or a whole line in capitals is not emphasis. */
function shouted(original: string): [number, number] {
  let n = 0;
  let strong = 0;
  SHOUT.lastIndex = 0;
  for (let m = SHOUT.exec(original); m; m = SHOUT.exec(original)) {
    if (NOT_SHOUT.has(m[0])) continue;
    n++;
    if (SHOUT_COMPLAINT.has(m[0])) strong = 1;
  }
  return n > 0 && n <= 3 ? [strong ? 0 : 1, strong] : [0, 0];
}
/** "a $400 estimate for "dental work"": a service in scare quotes. */
const SCARE_NOUN = fast(/(?<![\p{L}])(?:for|a|an|the|this|that|so-called|so called|their|your|my|called|apparently)\s+["'][^"'\n]{3,30}["']/u);
/** A news headline, not a complaint: "BREAKING: …", "…, state says", "Study: …". */
const NEWS_HEAD = /^(?:breaking|update|just in|news|report|study|officials?|local|watch)\s*[:\-—|]/;
const NEWS_TAIL = /,\s*(?:state|officials?|police|report|reports|study|cdc|fda|who|experts?|sources?|court|city|county)\s+(?:says?|finds?|reports?|shows?|warns?|confirms?)\s*[.!]?\s*$/u;
const FIRST_PERSON = fast(/(?<![\p{L}])(?:i|my|me|we|our|us|i'm|im|mine)(?![\p{L}])/u);
/** Intensified mild words ("so slow", "muy lento") weigh like negative ones; "really bad cough" is a worry, not a complaint. */
const INTENSIFIER = new Set(['so', 'very', 'really', 'super', 'too', 'extremely', 'incredibly', 'ridiculously', 'tan', 'muy', 'sooo', 'soo', 'way']);
const INTENSIFIABLE = new Set(['slow', 'rushed', 'late', 'expensive', 'pricey', 'confusing', 'confused', 'disorganized', 'unorganized', 'unhelpful', 'dirty', 'crowded', 'upset', 'unhappy', 'dissatisfied', 'rough', 'curt', 'short', 'cold', 'impersonal', 'lento', 'lenta', 'tarde', 'caro', 'cara', 'molesto', 'molesta', 'mal', 'frustrated', 'frustrating', 'annoyed', 'annoying', 'disappointed', 'unprofessional', 'uncomfortable', 'poorly']);

/** What the words of a text contain, from one pass over its tokens: gates for the costlier patterns. */
const NUM = 1, MINUTES = 2, HOURS = 4, DAYS = 8, ERROR = 16, PROF = 32, LIMITER = 64, BAD = 128, ORDINAL = 256;
const SAID = 512, WORSE_W = 1024, SIDE = 2048, SPENT = 4096, LATE_W = 8192, TIMES = 16384, EVEN = 32768, NOBODY = 65536, IT = 131072, HAD = 262144, NOT = 524288, RATE = 1048576;
const WORD_FLAGS = new WordGates();
const flag = (words: string, f: number) => WORD_FLAGS.add(f, words.split(' '));
flag('one two three four five six seven eight nine ten several many una dos tres cuatro cinco seis an a', NUM);
flag('min mins minute minutes minuto minutos', MINUTES);
flag('hr hrs hour hours hora horas', HOURS);
flag('day days week weeks month months dia dias semana semanas mes meses', DAYS);
flag('wrong lost forgot forgotten misplaced missed mixed messed misread misdiagnosed overbooked overcharged double dropped skipped ignored refused hung cancelled canceled rescheduled lied yelled hurt home', ERROR);
for (const w of PROFESSION) flag(w, PROF);
flag('just only all such so nothing bunch', LIMITER);
flag('second third fourth fifth 2nd 3rd 4th 5th', ORDINAL);
flag('said says told', SAID);
flag('worse', WORSE_W);
flag('side sided', SIDE);
flag('spent', SPENT);
flag('late', LATE_W);
flag('times veces', TIMES);
flag('even siquiera', EVEN);
flag('nobody no not none', NOBODY);
flag('it its', IT);
flag('had', HAD);
flag('not', NOT);
// Words the round-8 patterns need: each is tried only when its word is in the text.
const LEFT = 2 ** 21, NEED = 2 ** 22, TOLD = 2 ** 23, BEST = 2 ** 24, PRICE_W = 2 ** 25, SEEN = 2 ** 26, MUCH = 2 ** 27, WAIT_W = 2 ** 28;
flag('left', LEFT);
flag('need needed necessary required', NEED);
flag('told', TOLD);
flag('best nicest favorite favourite good', BEST);
flag('price prices pricing', PRICE_W);
flag('seen called roomed taken got saw', SEEN);
flag('much so', MUCH);
flag('waiting wait lobby sala', WAIT_W);
const TREAT = 2 ** 29;
flag('treated treats treat talked spoke made', TREAT);
flag('zero one two three five', RATE);
flag('slow rude useless clueless disorganized unprofessional incompetent terrible awful worst joke mess lazy dismissive', BAD);
function wordFlags(t: Tokens): number {
  let f = 0;
  const ids = wordIds(t);
  for (let i = 0; i < ids.length; i++) {
    const w = t.words[i];
    const c = w.charCodeAt(0);
    // "30min", "2hrs", "3": a number, and possibly a unit glued to it.
    f |= WORD_FLAGS.at(ids[i]) ?? (c >= 48 && c <= 57 ? (w.length > 1 && !(w.charCodeAt(w.length - 1) <= 57) ? NUM | MINUTES | HOURS | DAYS : NUM) : 0);
  }
  return f;
}

/** "had to explain my history 4 times", "third pharmacy this month": the same trouble again and again. */
const REPEATED =
  fast(/(?<![\p{L}])(?:had to (?:[\p{L}']+\s+){1,6}?(?:\d+|two|three|four|five|six|several|multiple|many)\s+(?:times|different)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:[\p{L}']+\s+){0,2}?this\s+(?:week|month|year))(?![\p{L}])/u);
/** "nobody washed their hands", "no one noticed for 20 min": what nobody did. */
const NOBODY_DID =
  fast(/(?<![\p{L}])(?:nobody|no one|no-one|none of them|not one of them|not a single person|not one person|not one nurse|not one doctor)\s+(?:(?:at|in|from|on) (?:[\p{L}']+ ){1,2}|even\s+)?(?:reads|answers|listens|cares|calls|picks|returns|responds|knows|checks|explains|bothers|helps|\p{L}+ed|came|told|saw|gave|knew|took|got|sent|spoke|said|wrote|read|did|bothered|seemed|thought|would|could|will|can)(?![\p{L}])/u);
/** "nobody could figure it out until Dr. Kim": what nobody else did, ended by the practice, is praise. */
const UNTIL_FOUND = fast(/^[^.!?\n]{0,60}?(?<![\p{L}])(?:until|till|til|before (?:i|we) (?:found|came|saw|met))(?![\p{L}])/u);
function nobodyDid(text: string): boolean {
  const m = NOBODY_DID.exec(text);
  return m !== null && !UNTIL_FOUND.test(text.slice(m.index + m[0].length));
}
/** "Worth it? Not for $400.": the price was not worth it. */
const NOT_FOR_PRICE = fast(/(?<![\p{L}])not (?:worth (?:it )?)?(?:for|at) (?:\$\s?\d|that price|those prices|this price)/u);
/** "a $600 bill", "$250 charge": a sum named as a bill. */
const BILL_AMOUNT = /\$\s?\d[\d,.]*\s*(?:bill|charge|fee|invoice|statement)(?![\p{L}])/u;
/** "Ordered contacts in March. It's June.": a request, then the date it still isn't done. */
const ASKED_THEN = fast(/(?<![\p{L}])(?:ordered|requested|asked|submitted|sent|faxed|called|emailed|promised|supposed|dropped off|paid|applied)(?![\p{L}])/u);
const IT_IS_NOW =
  /[.!]\s+(?:and\s+)?(?:it's|its|it is)\s+(?:now\s+)?(?:already\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d{2})?\s*(?:am|pm))(?![\p{L}])/u;
/** "did my tooth REALLY need a crown", "do I actually need this": the need for care doubted (an upsell suspected). */
const NEED_DOUBTED =
  fast(/(?<![\p{L}])(?:did|do|does|was|is)\s+(?:i|we|he|she|it|they|my\s+[\p{L}]+|his\s+[\p{L}]+|her\s+[\p{L}]+|our\s+[\p{L}]+|this|that)\s+(?:really|actually|even|truly|honestly)\s+(?:need|needed|necessary|required)(?![\p{L}])(?!\s+to\s)/u);
/** "a cleaning I was told would be free", "they said it was covered": a promise the bill broke. */
const PROMISE_BROKEN =
  fast(/(?<![\p{L}])(?:was|were|been|got)\s+told\s+(?:(?:that|it|this|they|there|he|she|we|i|the\s+[\p{L}]+)\s+){0,2}(?:would|'d|will|was going to|were going to|wouldn't|was|is|are)\s+(?:be\s+)?(?:free|covered|no charge|no cost|included|in network|in-network|waived|nothing|zero|fine|done|ready|quick|painless)(?![\p{L}])/u);
/** "Interesting.", "Go figure.", "Typical.": a one-word closing sentence that comments on what was just told. */
const SARDONIC_END =
  /[.!?]\s*(?:interesting|go figure|figures|typical|classic|classy|noted|again|yet again|once again|as usual|per usual|how convenient|convenient|shocking|what a surprise|color me surprised|love that for me)\s*[.!…]*\s*\p{Extended_Pictographic}*\s*$/u;
/** The last word of each closing in SARDONIC_END: only then is it tried. */
const SARDONIC_LAST = new Set(['again', 'usual', 'interesting', 'figure', 'figures', 'typical', 'classic', 'classy', 'noted', 'convenient', 'shocking', 'surprise', 'surprised', 'me']);
/** "fell asleep in the waiting room", "read an entire novel in the lobby": a wait told as hyperbole. */
const WAIT_HYPERBOLE =
  fast(/(?<![\p{L}])(?:fell asleep|(?:took|had) a nap|napped|aged|grew a beard|read (?:an?|the|my)\s+(?:entire|whole)|finished (?:an?|my|the)\s+(?:entire|whole)?\s*(?:book|novel)|(?:an?|the) (?:entire|whole) (?:novel|book|season|series|movie)|(?:book|novel)[^.!?\n]{0,40}?finished (?:it|the whole thing))(?![\p{L}])/u);
const WAIT_ROOM = /waiting room|waiting area|lobby|sala de espera/;
/** "Best part of my visit was the parking lot": praise for everything but the care. */
const BACKHANDED =
  fast(/(?<![\p{L}])(?:best|only good|nicest|favou?rite) (?:part|thing)(?: (?:of|about) (?:my|the|our|this) (?:[\p{L}]+ ){0,2}?)?(?:was|is|were)\s+(?:the\s+)?(?:parking|leaving|getting out|the exit|exit|lobby|waiting room|magazines?|coffee|vending|fish tank|wifi|wi-fi|tv|music|candy|lollipop|sticker|drive home|walk out)(?![\p{L}])/u);
/** "treated me like family", "made us feel like royalty": treatment compared to something good. */
const TREATED_WELL =
  fast(/(?<![\p{L}])(?:treated|treats|treat|talked to|spoke to|made)\s+(?:me|us|him|her|them|my\s+[\p{L}]+)\s+(?:feel\s+)?like\s+(?:family|royalty|a queen|a king|a vip|a princess|a prince|a person|a human(?: being)?|a friend|an old friend|their own|one of (?:their|the family)|gold|a celebrity|a rock ?star|the only patient|i mattered|we mattered)(?![\p{L}])/u);
/** "I've left 4 messages", "left three voicemails": calls never returned. */
const MESSAGES_LEFT =
  fast(/(?<![\p{L}])left\s+(?:like\s+|over\s+|at least\s+)?(?:\d+|two|three|four|five|six|several|multiple|many|so many)\s+(?:messages|voicemails|vms|voice mails)(?![\p{L}])/u);
/** "Really? Two hours?", "Seriously?": incredulity opening a sentence (not "how painful is it really?"). */
const INCREDULOUS = /(?:^|[.!?]\s*)(?:really|seriously|are you serious|en serio)\s*\?/u;
const DIGIT = /\d/;
const NON_ASCII = /[^\x00-\x7f]/;

export function readParent(parent: string): ParentReading {
  const doc = normalize(parent);
  const text = doc.text;
  // A news headline reports; it does not complain (unless the poster speaks for themself).
  if ((NEWS_HEAD.test(text) || NEWS_TAIL.test(text.slice(-60))) && !FIRST_PERSON.test(text)) return { sentiment: 'neutral', score: 0 };
  const tokens = tokensOf(doc);
  const lex = countLexicon(text, tokens);
  const hasDigit = DIGIT.test(text);
  const f = wordFlags(tokens);
  const hasNumber = (f & NUM) !== 0;
  const [longWaits, shortWaits] = hasNumber && f & (MINUTES | HOURS | DAYS) ? countWaits(text) : [0, 0];
  // Cheap gates: the patterns below need an emoji, a "$", or a literal word.
  const emoji = NON_ASCII.test(text);
  const has = (word: string) => text.includes(word);
  const question = text.includes('?');
  const shock = question && SHOCK.test(text);
  // Worry only ever excuses a question.
  const worry = text.includes('?') && WORRY.test(text);
  const stars = emoji ? count(STARS, text) : 0;
  const lowStars = stars > 0 && stars <= 2 && !HIGH_RATING.test(text) ? 1 : 0;
  const midStars = stars === 3 ? 1 : 0;
  const sarcastic = (emoji || f & NOT || has('/s') || has('yeah right')) && SARCASM_MARK.test(text);
  // A persisting symptom is a complaint, unless the parent asks whether it is normal.
  const symptom = worry && text.includes('?') ? 0 : lex.n[SYMPTOM];
  // A worried question ("is a 3 hour wait normal for the ER?") excuses the counted patterns, not the phrases.
  const excused = worry && text.includes('?');
  const counted = excused
    ? 0
    : longWaits + (hasNumber && f & DAYS ? timeSince(text) : 0) + (hasNumber && f & (HOURS | DAYS) && DURATION_FOR.test(text) ? 1 : 0) +
      (hasNumber && f & HOURS && PLACE_WORD.test(text) && WAIT_PLACE.test(text) ? 1 : 0) + (hasDigit && f & (HOURS | DAYS) && WAIT_NOUN.test(text) ? 1 : 0) +
      (hasDigit ? (MONEY_FOR.test(text) && (shock || text.includes('?')) ? 1 : 0) + (count(CLOCK, text) >= 2 ? 1 : 0) : 0) +
      (hasNumber && f & MINUTES && SHORT_VISIT.test(text) && PRICE.test(text) ? 1 : 0) + (f & SPENT && SPENT_MINUTES.test(text) ? 1 : 0) +
      (f & LATE_W ? count(LATE, text) : 0) + (hasNumber && f & TIMES ? count(CALLED, text) : 0) +
      (hasNumber && f & LEFT && MESSAGES_LEFT.test(text) ? 1 : 0) + (f & NEED && NEED_DOUBTED.test(text) ? 1 : 0) +
      (f & TOLD && PROMISE_BROKEN.test(text) ? 1 : 0) + (f & BEST && BACKHANDED.test(text) ? 1 : 0) +
      ((hasDigit || f & PRICE_W) && f & NOT && NOT_FOR_PRICE.test(text) ? 1 : 0) + (hasDigit && f & SEEN && seenLate(text) ? 1 : 0) +
      (f & MUCH && NOT_SO_MUCH.test(text) ? 1 : 0) + (f & WAIT_W && WAIT_ROOM.test(text) && WAIT_HYPERBOLE.test(text) ? 1 : 0);
  const lowRatings = hasDigit || f & RATE ? count(LOW_RATING, text) : 0;
  // In a worried question ("been waiting 3 months for her surgery, is that typical?") complaint phrases weigh as soft ones.
  // "treated me like family": the complaint phrase "treated me like" ends in praise.
  const treatedWell = f & TREAT && TREATED_WELL.test(text) ? 1 : 0;
  const phraseComplaints = excused ? 0 : Math.max(0, lex.n[COMPLAINT] - treatedWell);
  const complaints = counted +
    phraseComplaints + symptom + lowStars + (question && INCREDULOUS.test(text) ? 1 : 0) +
    ((has('"') || has("'")) && (SCARE_QUOTE.test(text) || QUOTE_MEANS.test(text) || ((has(" '") || has(' "')) && SCARE_DONE.test(text))) ? 1 : 0) +
    (sarcastic && SARCASM_LEAD.test(text) ? 1 : 0) +
    (f & PROF ? professionContempt(text, tokens) : 0) +
    (f & SAID && DISMISSED_THEN.test(text) ? 1 : 0) + (SARDONIC_LAST.has(tokens.words[tokens.words.length - 1]) && SARDONIC_END.test(text.slice(-40)) ? 1 : 0) + (has(' so ') && SARCASTIC_OPENER.test(text) ? 1 : 0) +
    lowRatings +
    (f & WORSE_W ? count(WORSE, text) : 0) + (f & LIMITER ? count(CONTEMPT, text) : 0) +
    (f & BAD ? count(ARE_BAD, text) : 0) + (f & SIDE && SIDED.test(text) ? 1 : 0);
  // A sum asked about ("a bill for $45, is that my copay?") is a question; stated or with "??" it is a complaint.
  const moneyHits = has('$') ? count(MONEY, text) : 0;
  const money = text.includes('?') && !shock ? 0 : moneyHits;
  // "not great", "not helpful at all": praise negated is a complaint word.
  const shout = CAPS3.test(parent) ? shouted(parent) : [0, 0];
  const strong = shout[1] + lex.n[NEGATIVE] + (emoji ? count(ANGRY_EMOJI, text) : 0) + lex.negated[POSITIVE] + money;
  // Shock punctuation or a sum of money turns mild words ("insane", "crazy") into strong ones.
  const annoyed = emoji ? count(ANNOYED_EMOJI, text) : 0;
  const mildWords = lex.n[MILD] + midStars + shortWaits + shout[0] + ((has('"') || has("'")) && SCARE_NOUN.test(text) ? 1 : 0) + ((hasDigit || f & RATE) && MID_RATING.test(text) ? 1 : 0) + (f & WORSE_W ? count(GOT_WORSE, text) : 0);
  // "Whose kid is this?? 🙃": an emoji alone is not a complaint word for shock punctuation to strengthen.
  const mild = (mildWords > 0 && ((shock && !worry) || money > 0 || PRICE.test(text)) ? 2 * mildWords : mildWords) + annoyed;
  // Praise next to an eye-roll is sarcasm: it stops counting as praise.
  const positive = sarcastic ? 0 : lex.n[POSITIVE] + treatedWell + 3 * ((hasDigit || emoji || f & RATE ? count(HIGH_RATING, text) : 0) + (stars >= 4 ? 1 : 0));
  // Soft complaints (a wrong pharmacy, the office lost something) weigh like strong words but a question excuses them.
  const soft = lex.n[SOFT] + (excused ? lex.n[COMPLAINT] : 0) + (moneyHits - money) + (f & IT && IT_IS_NOW.test(text) && ASKED_THEN.test(text) ? 1 : 0) + ((f & ORDINAL || (hasNumber && f & HAD)) && REPEATED.test(text) ? 1 : 0) + (f & NOBODY && nobodyDid(text) ? 1 : 0) + (hasDigit && has('$') && BILL_AMOUNT.test(text) ? 1 : 0) + (f & ERROR ? agentError(text, tokens) : 0) + (f & EVEN ? (NOBODY_EVEN.test(text) ? 1 : 0) : 0);
  const negativeWeight = 2 * (complaints + strong + soft) + mild;
  const score = positive - negativeWeight;
  // A stated complaint outweighs praise (mixed reviews, sarcasm) unless the praise is overwhelming (a
  // five-star review that mentions "the worst year of my life"); words alone must outweigh the praise.
  const negative =
    // A low rating next to a high one ("5 stars for the nurses, 0 for billing") is a complaint all the same.
    (complaints > 0 && !(complaints === 1 && strong === 0 && lowRatings === 0 && positive >= 3 + mild && (stars >= 5 || FIVE_STARS.test(text)))) ||
    (negativeWeight >= 2 && negativeWeight > positive && !(text.includes('?') && (worry || (strong === 0 && !shock))));
  if (negative) return { sentiment: 'negative', score: Math.min(score, -1) };
  return { sentiment: positive > 0 && score > 0 ? 'positive' : 'neutral', score: Math.max(score, 0) };
}
