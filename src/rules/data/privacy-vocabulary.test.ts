// The vocabularies of patient-privacy (conditions, procedures, identifiers, relationship cues): what each
// class must match, the everyday phrases it must not, list hygiene, and whole posts that only the
// vocabulary decides. Examples are invented.
import { describe, expect, test } from 'vitest';
import { check } from '../index';
import { normalize } from '../normalize';
import { HEALTH, findIdentifiers } from '../privacy-cues';
import type { CheckContext } from '../types';
import conditions from './conditions.json';
import identifiers from './identifiers.json';
import procedures from './procedures.json';
import relationshipCues from './relationship-cues.json';

const health = (text: string) => HEALTH.test(normalize(text).text);
const names = (text: string) =>
  findIdentifiers(normalize(text), { kind: 'post', skipAddressed: false })
    .filter((id) => id.kind === 'name')
    .map((id) => text.slice(id.start, id.end));

describe('health vocabulary', () => {
  const classes: Record<string, string[]> = {
    'cardiac and vascular': ['a blood clot', 'DVT', 'a mini-stroke', 'heart palpitations', 'pulmonary embolism', 'tachycardia', 'varicose veins'],
    respiratory: ['a collapsed lung', 'shortness of breath', 'fluid on the lungs', 'on oxygen'],
    neuro: ['meningitis', 'paralyzed from the waist down', 'memory loss', 'a brain bleed'],
    'cancer and growths': ['glioblastoma', 'in remission', 'an ovarian cyst', 'fibroids'],
    'GI, liver and kidney': ['a GI bleed', 'diverticulitis', 'norovirus', 'C. diff', 'fatty liver', 'kidney infection'],
    'pregnancy, birth and fertility': ['first trimester', 'morning sickness', 'her water broke', 'trying to conceive', 'mastitis', 'a chemical pregnancy'],
    'mental health and substance use': ['a psychotic break', 'took his own life', 'heroin', 'dope sick', 'psychiatric admission'],
    infections: ['scarlet fever', 'staph', 'a fever of 103', 'cold sores', 'rabies'],
    injuries: ['a broken collarbone', 'road rash', 'heat stroke', 'a black eye', 'hit by a car', "nursemaid's elbow"],
    'ortho and pain': ['water on the knee', 'a pinched nerve', 'tennis elbow', 'chronic pain'],
    'skin, dental, eye and ear': ['poison ivy', 'a dead tooth', 'papilledema', 'blurry vision', 'a perforated eardrum', 'nosebleeds'],
    'pediatric and end of life': ['febrile seizures', 'tongue-tied', 'lead poisoning', 'memory care', 'comfort care', 'actively dying'],
    'narrowed words': ['his PSA came back high', 'she got induced at 39 weeks', 'staples out Friday', 'had an operation on his spine', "she's in labor", 'after a 31-hour labor', 'a heavy smoker', 'addicted to pills', 'born premature', 'a torn rotator cuff', 'swallowed a coin', 'in withdrawal', '20% TBSA burns', 'with contractions every 5 minutes', 'went to detox'],
    'lay phrasings': ['she lost the baby', 'a bun in the oven', 'got his stomach pumped', 'false teeth', 'his new hip', 'tonsils out', 'perdió al bebé'],
    'clinician shorthand': ['s/p ground level fall', 'EtOH on board', 'tachycardic', 'ROSC after two rounds', 'the graft took'],
    procedures: ['a B12 shot', 'TAVR', 'a spinal tap', 'an IUD', 'a PICC line', 'off the vent', 'progressive lenses', 'gauze', 'a drug screen', 'the cast comes off'],
    spanish: ['ya está estable', 'está grave', 'una pérdida de peso', 'un coágulo', 'fiebre', 'la pierna rota', 'su histerectomía', 'un marcapasos', 'muletas'],
  };
  for (const [name, phrases] of Object.entries(classes)) {
    test.each(phrases)(`${name}: "%s" is health information`, (phrase) => expect(health(phrase)).toBe(true));
  }

  test.each([
    'Manic Monday at the front desk',
    'use promo code SMILE',
    'the dress code for the gala',
    'her infectious laugh',
    'a contagious smile',
    'seizing the day',
    'our crowning achievement',
    'gaining traction',
    'unconscious bias training',
    'it boils down to trust',
    'I got choked up',
    'we revived the tradition',
    'born with a gift for music',
    'the kicker is the parking',
    'the Doppler radar',
    'scoped out the new office',
    'crashing on the couch',
    'a knitting cast-off',
    'mi tía Rosa',
    'back to school night',
    'cabin fever is real',
    'it is premature to say',
    'torn between pizza and tacos',
    'he swallowed his pride',
    'a digital detox weekend',
    'spin class burns 600 calories',
    'contractions in English class',
    'an ATM withdrawal',
    "we visited grandpa's grave",
    'una pérdida de tiempo',
    'the labor costs went up',
    'he brought his smoker to the BBQ',
    "we're addicted to her cookies",
    'PSA: donuts in the break room',
    'her Hall of Fame induction',
    'scaling our new operation',
    'staples and printer paper',
    'I nearly fainted at the price',
  ])('"%s" is everyday language, not health', (phrase) => expect(health(phrase)).toBe(false));
});

describe('first names', () => {
  test.each(['Dolores', 'Gladys', 'Earl', 'Mildred', 'Thurman', 'Itzel', 'Xochitl', 'Lakeisha', 'Rashad', 'Ananya', 'Gurpreet', 'Minh', 'Khadija', 'Chinedu'])(
    '%s is read as a name at the start of a sentence',
    (name) => expect(names(`${name} stopped by the office.`)).toEqual([name]),
  );

  test.each(['May', 'Will', 'June', 'Grace', 'Hope', 'Faith', 'Bill', 'Mark', 'Art', 'Sky', 'Chuck', 'Drew', 'Jun', 'Rob'])(
    '%s, an everyday capitalised word, is no name from the list',
    (word) => expect(names(`${word} stopped by the office.`)).toEqual([]),
  );

  test.each(['Georgia ranks 40th in diabetes care.', 'Our Orlando location has an MRI.', 'Grant funding helps our clinic.', 'Destiny awaits at the 5K.'])(
    '"%s": a place or a word, not a name from the list',
    (text) => expect(names(text)).toEqual([]),
  );

  test.each(['Ella tiene cita mañana.', 'Dale la pastilla con comida.', 'Mira, te llamo luego.', 'Según el doctor, todo bien.'])(
    '"%s": a Spanish word opening the sentence is no name',
    (text) => expect(names(text)).toEqual([]),
  );

  test('no word is both a first name and a not-name', () => {
    const notNames = new Set(identifiers.notNames);
    expect(identifiers.firstNames.filter((n) => notNames.has(n))).toEqual([]);
  });
});

describe('list hygiene', () => {
  const lists: Record<string, readonly string[]> = {
    'conditions.general': conditions.general,
    'conditions.spanish': conditions.spanish,
    'procedures.general': procedures.general,
    'procedures.care': procedures.care,
    'procedures.spanish': procedures.spanish,
    'procedures.spanish_care': procedures.spanish_care,
    'identifiers.firstNames': identifiers.firstNames,
    'identifiers.notNames': identifiers.notNames,
    'relationship-cues.relatives': relationshipCues.relatives,
    'relationship-cues.publicRoles': relationshipCues.publicRoles,
    'relationship-cues.personNouns': relationshipCues.personNouns,
    'relationship-cues.institutions': relationshipCues.institutions,
  };
  test.each(Object.keys(lists))('%s has no duplicates', (key) => {
    const seen = new Set<string>();
    expect(lists[key].filter((w) => (seen.has(w) ? true : (seen.add(w), false)))).toEqual([]);
  });
  test.each(Object.keys(lists).filter((k) => !k.endsWith('institutions')))('%s is lower-case and accent-folded', (key) => {
    expect(lists[key].filter((w) => w !== w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toEqual([]);
  });
  test('a condition is not listed again among the procedures', () => {
    const procs = new Set([...procedures.general, ...procedures.spanish]);
    expect([...conditions.general, ...conditions.spanish].filter((w) => procs.has(w))).toEqual([]);
  });
});

describe('patient-privacy decided by the vocabulary', () => {
  const post: CheckContext = { site: 'facebook', kind: 'post', account: 'personal' };
  const dm: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };
  const invalid: Array<[string, CheckContext, string]> = [
    ['Dolores came in with a blood clot in her calf today.', post, 'Dolores'],
    ['Gladys is finally home after her mini-stroke 💛', post, 'Gladys'],
    ['Earl is off the vent and cracking jokes with the night shift.', post, 'Earl'],
    ['Ananya is in her first trimester with twins and already glowing 🎉', post, 'Ananya'],
    ['Keep Rashad in your thoughts, his psychiatric admission got extended.', post, 'Rashad'],
    ['Itzel has scarlet fever, so no sleepovers this week.', post, 'Itzel'],
    ['Sent Lakeisha straight to the ER with papilledema this morning.', post, 'Lakeisha'],
    ['Shoutout to Thurman, first day back on the golf course after his TAVR!', post, 'Thurman'],
    ['Odell came in tachycardic and diaphoretic, scared us all.', post, 'Odell'],
    ['Guess who we saw for shingles today: the youth pastor 👀', dm, 'youth pastor'],
    ['the plumber from Reyes Plumbing came in with a DVT lol', dm, 'from Reyes Plumbing'],
    ['Doña Consuelo salió muy bien de la histerectomía 🙏', post, 'Doña Consuelo'],
    ['saw ur abuelita today, her pacemaker check went fine', dm, 'ur abuelita'],
    ["Coach Rivera's godson was in for a concussion after Friday's game", post, "Rivera's godson"],
    ['Sheriff Dawson is recovering from his bypass, keep him in your prayers', post, 'Sheriff Dawson'],
    ['La Maestra Julieta ya salió de la cirugía, gracias a Dios', post, 'Maestra Julieta'],
  ];
  test.each(invalid)('"%s" ties a patient to their health', (text, ctx, span) => {
    const found = check(text, ctx).filter((f) => f.ruleId === 'patient-privacy');
    expect(found.map((f) => text.slice(f.start, f.end))).toContain(span);
  });

  const business: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };
  const valid: Array<[string, CheckContext]> = [
    ['May is Mental Health Awareness Month. Will you join our walk?', business],
    ['Grace and Hope are two words we live by here. Flu shots now available!', business],
    ['Call or text 988 any time to reach the Suicide & Crisis Lifeline.', business],
    ['Ask a school counselor or your pediatrician if your teen seems depressed.', business],
    ['Please call your state representatives about postpartum coverage.', post],
    ['Jun 12: free blood pressure checks at the library.', business],
    ['Chuck your old toothbrush every 3 months, friends.', business],
    ['My stepdaughter Ava had her wisdom teeth out today, pray for ice cream', post],
  ];
  test.each(valid)('"%s" stays silent', (text, ctx) => {
    expect(check(text, ctx).filter((f) => f.ruleId === 'patient-privacy')).toEqual([]);
  });
});
