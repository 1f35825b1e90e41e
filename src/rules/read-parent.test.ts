import { describe, expect, test } from 'vitest';
import { readParent } from './read-parent';

describe('readParent', () => {
  const negative = [
    'Great, sat in the lobby 2 hours past my appointment. Love it.',
    'Nobody ever called me back about my results.',
    'They charged me $250 for a "consult" that lasted four minutes.',
    '2/5. Nice hygienist but billing is a mess and I got charged twice.',
    'Used to love this place. Not anymore, new management ruined it.',
    'My shoulder still hurts three weeks after the injection.',
    'The doctor was 40 minutes late and never apologized.',
    'Won’t be back. Find a different urgent care.',
    'Dentists are just glorified salesmen with drills lol',
    'Front desk girl rolled her eyes at me 🙄 and the nurse was rude.',
    '4 stars for the doctor, but the wait was long and nobody explained the delay.',
    'Been on the waitlist for 3 months. Cool cool cool.',
    'Pésimo servicio, nunca más vuelvo.',
    'Esperé tres horas y nadie me atendió.',
    'Called five times today and nobody picks up 😤',
    'Physical therapy made my knee worse, total waste of money.',
    // complaints in domain words, without "bad" words
    'Three weeks and still no call about my biopsy results.',
    'Got billed $180 for a visit my insurance covers. Fix it.',
    'Cancelled on me the morning of, after I took the day off work.',
    'Still waiting on a callback from Tuesday.',
    'You guys botched my filling and now I need a root canal.',
    'Overcharged again. This is the third time.',
    // sarcasm and contempt
    'Great job losing my paperwork twice 👏 really professional',
    'Love how nobody answers the phone after 3pm 🙄',
    'So professional 🙄',
    'Nurse practitioners are not real doctors, stop pretending.',
    // shape features: bill shock, time since, star emoji, scare quotes, clock times, price + mild word
    'Why is my urgent care bill $2,100 for a 15 minute visit?? crazy',
    'Been 4 days since I asked for a refill. Nothing.',
    'Llevo 5 días esperando la receta.',
    'La doctora canceló dos veces seguidas. Muy poco profesional.',
    'He said my MRI was "not needed" and then my pain doubled.',
    '⭐',
    'Checked in at 2:15, got called back at 3:40.',
    'Your copays are crazy high for a 5 minute chat.',
    'Wow, an hour for a flu shot. Truly world class 👏',
  ];
  test.each(negative)('negative: %j', (parent) => {
    const reading = readParent(parent);
    expect(reading.sentiment).toBe('negative');
    expect(reading.score).toBeLessThan(0);
  });

  const notNegative = [
    'Do you take Blue Cross? Looking for a new pediatrician.',
    'Is it normal for my gums to bleed a little after a deep cleaning?',
    'Please keep my dad in your prayers, he goes in for bypass surgery tomorrow.',
    'My daughter has had a bad cough for a week, should we come in?',
    'BREAKING: Ambulance crash on Highway 4 leaves two injured',
    'Best dentist in town! Five stars, they even remembered my name.',
    'I was so scared of needles and the nurse made it painless ❤️',
    'Waited 10 minutes and was seen right away, super efficient!',
    'Are you open on New Year’s Day?',
    'Congrats on the new clinic, Dr. Patel!',
    'Dr. Ruiz took the time to explain everything. 10/10.',
    '¡Gracias por todo, excelente atención!',
    // worry and symptoms are not complaints; negated complaint words are praise
    'My son has a fever of 102 and is really miserable, should I bring him in?',
    'Worried about my dad, his cough is getting worse. Is he due for a checkup?',
    'Dr. Lee never rushes you and the front desk wasn’t rude at all. Highly recommend!',
    'I hate needles but the nurse was great.',
    'Five stars. You got me through the worst month of my life.',
    // worried questions with "??", praise with ambiguous words
    'Still swollen 4 days after my extraction, is that normal??',
    'My toddler pulled out her stitches, what do I do??',
    'In and out in 20 minutes, thank you so much!',
    "Didn't even feel the shot, you guys are the best 🙌",
    '⭐⭐⭐⭐⭐ love this team',
  ];
  test.each(notNegative)('not negative: %j', (parent) => {
    expect(readParent(parent).sentiment).not.toBe('negative');
  });

  test('praise reads positive, a plain question neutral', () => {
    expect(readParent('Thank you all, what a wonderful team!').sentiment).toBe('positive');
    expect(readParent('What time do you open on Saturday?').sentiment).toBe('neutral');
  });
});

describe('readParent: contempt for a profession, third-hand complaints, middling ratings, sarcasm', () => {
  test.each([
    'Physical therapists are just paid cheerleaders lol',
    'my cousin goes there and says you guys are so slow',
    'meh. the hygienist rushed through it. 3 stars.',
    'The counselor basically sided with my ex the whole time.',
    'So the pharmacy just doesn\'t answer phones anymore? Love that for me',
    '2 hour wait for a flu swab. Staff seemed overwhelmed.',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Therapists are just people too, and mine is wonderful.',
    'Is 3 stars the highest rating on that app? Just curious.',
    'Do you take walk-ins on Saturdays?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: complaints without negative words', () => {
  test.each([
    // contempt for a profession, no negative word
    'Podiatrists just want to sell you custom insoles',
    "Acupuncturists aren't real doctors lmao",
    'All orthodontists want is your money',
    'Vets will say anything to get you to buy the prescription food',
    'Nurses think they are doctors now haha',
    'Every dentist finds three cavities when you switch insurance, funny how that works',
    // a complaint stated as fact: the practice did something wrong
    'Your front desk gave my dad the wrong paperwork before his colonoscopy!!',
    'They sent my refill to the wrong pharmacy and now I have none for the weekend',
    'you guys sent my daughter home with a fever and said it was nothing',
    'The PA said it was just a bruise. It was a fracture.',
    // counts, durations, promises, things done without asking
    'I asked 4 times for a copy of my x-rays',
    'Six weeks for a prior authorization. Six.',
    'I was promised a callback this morning. It is now 5pm.',
    'My surgery got moved without anyone telling me',
    'Doc spent 5 minutes with me and the bill says comprehensive visit',
    'Got a bill for a "consultation" that was a 4 minute phone call',
    'Nobody at the desk even looked up when we walked in',
    'Receptionist told me they are out of network AFTER my visit',
    // sarcasm
    'Cool, so I pay a copay and the doctor does not even show',
    'Nice to know my time means nothing to you',
    'Sure, I will just wait another month for a referral',
    // Spanish
    'Me cambiaron la cita tres veces',
    'Llevo tres semanas esperando los resultados',
    'Tres horas en la sala de espera con un bebé con fiebre',
    'Que servicio tan lento',
    'La doctora ni me miró, solo escribía en la computadora',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    // questions, worry, news, praise, own mistakes
    'Is a 3 hour wait normal for the ER on a Saturday?',
    'They said my mom might need a pacemaker, what is recovery like?',
    'I lost my night guard on vacation 😩 can you make a new one?',
    'I got billed but it was my mistake, sorry for all the calls!',
    'BREAKING: Clinic chain fined over billing errors, state says',
    'Took 2 weeks for the swelling to go down but I look great now!',
    "Best cleaning ever, didn't even feel the scraping 🙌",
    'Dermatologists, what sunscreen do you actually use?',
    'Nurses are the real heroes ❤️',
    'My husband broke his wrist at 45 lol, do you do casts on Saturdays?',
    'Every nurse on the 5th floor was so kind to my dad',
    'Rescheduled my cleaning for next week, see you then!',
    'is it normal for a 2yo to still wake up 3x a night?? asking for a tired mama',
    'my braces come off in 2 weeks and I want the world to know 🎉',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: stock, attitude, hallway waits, profession habits', () => {
  test.each([
    '★★★☆☆ Nice people but always out of my inhaler',
    'ur front desk guy needs an attitude adjustment fr',
    'your ER let my mom sit in a hallway for 7 hrs',
    'why do urgent care docs always act like you are faking it',
    'my refill was supposed to be ready at 10 and it is 3pm. come on.',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'do u think i need antibiotics for a sinus infection? it has been 5 days',
    'my daughter (9) keeps getting nosebleeds at night, any tips??',
    'My son was supposed to get his shots today but he has a fever, can we move it?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: concessions, repeats, what nobody did, bills', () => {
  test.each([
    'The NP gave me penicillin even though my allergy is in my chart',
    'I had to repeat my symptoms 3 times to three different nurses',
    'Second lab this month that lost my sample',
    'Nobody checked on my dad for four hours',
    'Left urgent care with a $450 bill and no diagnosis',
    'Seriously thinking about switching practices after today',
    'They billed my insurance for an X-ray I never had',
    'Drove an hour and they told us the machine was down',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Thank you for getting my son in so fast when he broke his wrist!',
    'You guys did not hurt me at all, thank you!',
    'Is a $150 bill normal for a sports physical?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: rhetorical questions, dates that passed, split ratings, decline', () => {
  test.each([
    'How do you lose a blood sample. Genuinely asking.',
    'They kept me in a paper gown for an hour in a freezing room',
    'Checked in online, showed up, and they had no record of me',
    'This clinic went downhill after the new owners took over',
    'Y’all really need a better system for prior auths',
    '5 stars for the doctor, 0 for the front desk',
    'Requested my records in April. It’s July.',
    'Nobody at this pharmacy answers the phone',
    'Pretty sure they sold us a treatment we didn’t need',
    'Mi hija salió con más dolor del que entró',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'How do you prepare for a colonoscopy?',
    'Ordered my glasses in March and they are perfect, thank you!',
    'It’s Friday! See everyone at the health fair tomorrow',
    '5 stars, the best team in town',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: Spanish and sarcastic expectations', () => {
  test.each([
    'La recepcionista estaba en su celular todo el tiempo',
    'Me dieron cita para dentro de 4 meses, ¿es en serio?',
    'Nunca contestan el teléfono, ya me cansé',
    'A $45 "convenience fee" to pay online. Convenient for who?',
    'Just once I would like to be seen at my actual appointment time',
    'You’d think a pediatric office would have a cleaner waiting room',
    'Fourth time I’ve had to re-send my insurance card. Do you guys shred them?',
    'Apparently "urgent" care means 4 hours',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Mi bebé tiene tos desde hace 3 días, ¿la traigo?',
    'Shoutout to the billing office for sorting out my insurance mess so fast',
    'Just once I want to floss as well as my hygienist lol',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: reassurance that proved wrong, wrong items', () => {
  test.each(['They said my MRI was normal but I had a tear', 'Pharmacy gave me the wrong pills', 'The hygienist made my gums bleed'])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each(['The doctor said my x-ray was fine, so relieved!', 'They said his CT was clear, should we still worry?'])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: contempt for a profession, more forms', () => {
  test.each([
    'Dermatologists love finding "problems" right before your insurance renews',
    'Doctors these days don’t even look at you, they look at the screen',
    'Since when do nurses get to diagnose people',
    'Pharmacists act like they’re doing you a favor',
    'OBs don’t listen to women, period.',
    'Therapists just nod and bill you',
    'My pediatrician treats every question like I’m an idiot',
    'Ortho offices are basically braces factories',
    'Vets are worse than car mechanics with the upselling',
    'Los doctores de hoy no te escuchan',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Doctors, what is one thing you wish patients knew?',
    'Pharmacists are so underrated, mine caught a dangerous interaction',
    'Do therapists take insurance usually?',
    'Los doctores de esta clínica son excelentes',
    'Dentists recommend brushing twice a day, right?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: questions that mention a wait or a bill', () => {
  test.each([
    'My mom has been waiting 3 months for her knee replacement, is that typical?',
    'They told me I need a root canal, how painful is it really?',
    'Got a bill for $45, is that my copay or something else?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
  test.each(['Really? Two hours for a flu shot?', 'Charged me $300 for a 5 minute visit??'])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
});

describe('readParent: long waits as nouns, sarcastic asides, slights with "even", recoveries', () => {
  test.each([
    '★★★★★ Love the hygienists. Pity about the 6 week wait for a cleaning though.',
    "Funny how the 'walk-in' clinic had a 4 hour line. Cool.",
    'Brought my son in for an ear infection and they didn\'t even look in his ears.',
    'That nose job is way too small for her face, the surgeon should lose their license 🤢',
    'Maybe answer the phone sometime? 2 days, 9 calls.',
    'Shame about the 5 month wait to get in 🙁',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    '★★★★★ Could barely lift my arm after surgery, 6 weeks later I\'m back to swimming. Thank you all!',
    '3 weeks later and I feel like myself again, thanks team',
    'Good to know, thanks for the tip!',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: four stars with a complaint, a promise in quotes reinterpreted', () => {
  test.each([
    '★★★★☆ Lovely staff but the front entrance is a nightmare with a stroller.',
    "So apparently 'ready in an hour' means tomorrow afternoon. Cool.",
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each(['★★★★★ Best dentist in town, and I say that as someone who is a nightmare about needles!'])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: rhetorical questions, asking for a recommendation', () => {
  test.each([
    'My uncle fell in your rehab unit and no one told us for a day. How is that acceptable?',
    'Is it true the new dentist came in drunk last week?? 👀',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each(['Anyone know a good urgent care for a cough? Had it 10 days and I feel awful 😩'])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

test('readParent: "how is that ok?" is a complaint, "is that ok?" a question', () => {
  expect(readParent('My mom waited all night in your ER hallway and nobody checked on her. How is that ok?').sentiment).toBe('negative');
  expect(readParent('She has a mild fever after her shots, is that ok?').sentiment).not.toBe('negative');
});

describe('readParent: complaints without complaint words (doubted need, broken promise, sardonic close, wait hyperbole)', () => {
  test.each([
    'Did my son really need four fillings or does the dentist need a new boat payment lol',
    'Does my knee actually need another MRI? Third one this year.',
    'They told me it would be covered. Got a $300 statement today.',
    'Got a letter saying my deductible applies to the "free" screening. Go figure.',
    'Sat there long enough to finish an entire book in the waiting room.',
    'Took so long to get a referral that I gave up.',
    'Your front line never calls back. Left three voicemails this week.',
    'Interns are basically cheap labor with a stethoscope.',
    'El doctor no me explicó nada y me cobraron igual.',
    'Los enfermeros fueron bien groseros con mi papá.',
    'A mi abuelo lo dejaron horas sin comer en urgencias.',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    // praise whose negation intensifies it
    'Best crew ever. Never felt so good after a cleaning!',
    'Knee has never been better, thank you all.',
    // questions and requests, emoji alone, banter about the job
    'Is a bit of jaw clicking after a filling a thing??',
    'Whose dog is this?? Found him outside your lobby 🙃',
    'Could you waive the no-show fee this once? Snowed in 😩',
    'you look at feet all day? nope 🤮',
    'Got my new glasses today. Love that they are so light.',
    'Do I really need to fast before the blood test tomorrow?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: complaints told by the clock, by repetition, or by a dismissive aside', () => {
  test.each([
    'The surgeon was lovely. The scheduling desk, not so much.',
    'Booked for 2:15, finally seen at 3:50. Love that for me.',
    'Invoiced two separate times for one filling.',
    'Guess I will keep calling until someone picks up.',
    'Nice enough, but I left without knowing what the rash even is.',
    'Four people asked me the same questions and none of them wrote anything down.',
    'Apparently returning calls is optional there.',
    'Prior auth sent to the wrong insurer. Again.',
    'My son’s x-rays were "misplaced" for the second time.',
    '★★★★☆ Nice staff. Took a novel to the waiting room and finished it.',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Booked at 9 for my cleaning and was seen at 9:05, so fast!',
    'Not so much a complaint as a question: do you offer payment plans?',
    'My daughter sat in the big chair all by herself and was "so brave" 🥰',
    'Amazing care from start to finish. Thank you again!',
    'Did the shot hurt? Not really, the nurse was great.',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: backhanded praise and wishful complaints', () => {
  test.each([
    'Dr. Ochoa is great, but getting an appointment is like winning the lottery.',
    'Best part of my visit was the parking lot.',
    'Lovely lobby! Would love it more if the front desk returned calls.',
    'It would be nice if someone called me back.',
  ])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each([
    'Best part of my visit was meeting Dr. Ochoa, she is amazing',
    'The staff really knew what they were doing, thank you!',
    'It would be nice if you had Saturday hours, do you plan to?',
    'Dr. Ochoa is great! Any chance she has openings in March?',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: how I was treated, in English and Spanish', () => {
  test.each(['They treated me like a number.', 'La enfermera me trató como si fuera tonta.', 'El doctor me gritó delante de todos.'])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
  test.each(['They treated me like family!', 'Dr. Wu made us feel like royalty, thank you', 'Me trató como a una reina, gracias doctora'])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
});

describe('readParent: praise that looks negative (negation that intensifies, trouble resolved, a fix)', () => {
  test.each([
    "Can't recommend Dr. Patel enough!",
    'Saw four doctors and nobody could figure it out until Dr. Kim. Forever grateful.',
    'Worst toothache of my life and they fixed it in an hour. Thank you!!',
  ])('not negative: %s', (text) => {
    expect(readParent(text).sentiment).not.toBe('negative');
  });
  test.each(["Can't recommend this place. Rude.", 'Worth it? Not for $400.', 'Nobody could tell me what was wrong, so I went elsewhere.'])('negative: %s', (text) => {
    expect(readParent(text).sentiment).toBe('negative');
  });
});
