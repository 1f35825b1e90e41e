import { describe, expect, test } from 'vitest';
import { check } from './index';
import type { CheckContext, RuleSettings } from './types';

const post: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };
const personalPost: CheckContext = { site: 'x', kind: 'post', account: 'personal' };
const caption: CheckContext = { site: 'instagram', kind: 'caption', account: 'business' };
const dm: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };
const practiceDm: CheckContext = { site: 'facebook', kind: 'message', account: 'business' };
const reply = (parent: string): CheckContext => ({ site: 'facebook', kind: 'review-reply', account: 'business', parent });
const comment = (parent: string): CheckContext => ({ site: 'facebook', kind: 'comment', account: 'personal', parent });

const findings = (text: string, ctx: CheckContext, settings?: RuleSettings) =>
  check(text, ctx, settings).filter((f) => f.ruleId === 'patient-privacy');
const warned = (text: string, ctx: CheckContext, settings?: RuleSettings) =>
  findings(text, ctx, settings)
    .filter((f) => f.severity !== 'info')
    .map((f) => text.slice(f.start, f.end));

describe('patient-privacy', () => {
  const valid: Array<[string, CheckContext]> = [
    // general education
    ['Strep throat spreads fast in classrooms. If your child has a fever and sore throat, call us for a quick test.', post],
    ['Shingles vaccine: two doses, 2 to 6 months apart, for adults 50 and up. Ask at your next visit!', caption],
    // aggregate numbers
    ['We performed 250 root canals this year, and most patients said it hurt less than they expected!', post],
    ['This flu season: 1,900 shots given, 310 positive tests, 6 patients sent to the hospital.', post],
    // staff introductions, awards and news
    ['Our hygienist Jenna just celebrated 10 years with us! 🎉', post],
    ['Welcome Dr. Marcus Lee, our new orthopedic surgeon! He specializes in ACL reconstruction.', post],
    ['Join Sarah, our diabetes educator, for a free class on blood sugar. Thursday 6 pm in room 3.', post],
    ['Meet Carlos, our new dental assistant! He loves hiking and makes the best guac.', caption],
    ['Happy Nurses Week to Maria, Tom and Keisha, our heroes! ❤️', post],
    ['Remembering Dr. James Carter, who founded this practice in 1985 and passed away last week.', post],
    ['Thanks to Principal Lopez for hosting our flu shot clinic at Lincoln Elementary!', post],
    // the author's own health, and the author's family
    ['I had my gallbladder out last week and Jenna from our front desk brought me soup 🥣', personalPost],
    ['Post-op day 3 from my own hip replacement. PT is brutal but worth it.', personalPost],
    ['My daughter Ava had her tonsillectomy today. Prayers appreciated 🙏', personalPost],
    // de-identified teaching cases and anecdotes
    ['Case of the week: 62 y/o F with sudden vision loss in one eye. What is your differential? #MedEd', post],
    ['Years ago a patient told me her melanoma was "just a freckle". Get your skin checked, friends.', personalPost],
    ['One of my clients had a really hard session today. Going for a long walk.', dm],
    // messages to the patient themself, and logistics
    ['Hi Jessica, your MRI results are in and Dr. Shah will call you tomorrow to go over them.', practiceDm],
    ['Hola Sra. Gómez, su cita de limpieza es el jueves a las 3. ¡Gracias!', practiceDm],
    ['Hi Dave, the autoclave in room 2 is down again. Can you send a tech Monday?', practiceDm],
    // compliant review replies
    ["We're sorry to hear this. We can't discuss anyone's care online, but our manager Luis would like to talk: 555-0199.", reply('They botched my extraction. Avoid!')],
    ['Thank you for the kind words! We will pass them along to Dr. Moore.', reply('Dr. Moore fixed my crown in 20 minutes!')],
    // capitalised words that are not people: holidays, places, contractions, staff introduced by context
    ["It's strep season: swab days are Tuesday 4:15 to 6 at our Elm St office.", post],
    ["Let's talk cholesterol! Free class Thursday 6 pm at Regional Medical Center.", post],
    ['Meet Bartholomew, our new front desk coordinator! Say hi at your next visit.', caption],
    ['Dr. Kowalczyk presented our asthma outcomes at St. Anne\'s today.', post],
    ['A woman in her 60s came in with tearing chest pain; it was a dissection. Know the signs.', personalPost],
    // an instruction to someone who posted about themself is advice, not their history
    ['@hikerjen88 saw your post. Start ibuprofen with food and rest it; see me if it is not better.', personalPost],
    // a reply about a relative that declines to discuss them
    ["To protect her privacy we can only discuss your mother's medication with her or someone on her authorization form.", practiceDm],
    // advice to a friend who described their own child (they disclosed it, not us)
    ['Honestly, give it a day or two and push fluids. If the fever climbs, take him in.', comment('my son has had a fever since last night')],
    // a DM telling the person written to how to dose their own child: no third party learns anything
    ["For Noemi's ear pain you can give her 7.5 mL of children's ibuprofen every 6 hours. Text me tonight if it's worse.", dm],
    // the author's own relative, and the author's own eponymous diagnosis
    ["Dad's in the hospital with a broken hip. Shoutout to the 6th floor nurses at Lakeside General, you rock!", personalPost],
    ["Diagnosed with Crohn's at 22 and still running marathons. Don't let anyone tell you what you can't do.", personalPost],
    ['Tagging my bro @mike.t.runs because he has had a cough for weeks, go get it checked!', personalPost],
    ['My daughter sprained her ankle at practice and I was the most panicked dad in the ER 😅', personalPost],
    // a dose told to the person answered is advice (prescribing), not a disclosure of their history
    ['Totally normal on day 3! Take 400 mg ibuprofen every 6 hours with food.', reply('had my tooth pulled with you guys and it still aches')],
    // someone's possessions are not care events
    ['Kids: if you lose your retainer, tell your parents right away! His retainer, her retainer, everyone loses one 😅', post],
    // a named place without a patient, and a relative's care denied as the author's patient
    ['Our new office in Harlow Springs now offers Invisalign and same-day crowns!', post],
    ["Mom starts radiation Monday at St. Brendan's. Not my patient, just my mom. Prayers welcome 💛", personalPost],
    // hospital places with no patient story: staff news
    ['Huge thanks to the 3rd floor team for a spotless Joint Commission survey! Pizza is on us 🍕', post],
    ['Our new B-wing nurses station opens Monday. Come say hi!', post],
  ];
  test.each(valid)('quiet: %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });

  const invalid: Array<[string, CheckContext, string]> = [
    // where in the hospital, with a distinctive detail: floor, wing or block + care
    ['Night shift on 5th floor ortho: the rodeo clown with the shattered pelvis kept us laughing all night', personalPost, '5th floor'],
    ['The inmate on D-block who overdosed Friday is off the vent now.', personalPost, 'D-block'],
    // the author's own care act with the subject dropped, a public role in the plural, someone's own care event
    ["Stitched up the Ridgeview High goalie's chin tonight, six sutures and he didn't flinch", personalPost, "Ridgeview High goalie's"],
    ['Delivered a baby girl for one of the local news anchors this morning, preeclampsia and all', personalPost, 'local news anchors'],
    ['Huge thanks to Pastor Ray Villanueva for finally coming in for his overdue checkup', post, 'Pastor Ray Villanueva'],
    // a reply recalling the drug they were given, and billing details of their claim
    ['Oh no! Restart the Tobradex drops we gave you last time and call if it is not better by Monday.', reply('my eye is red again 😩'), 'Tobradex'],
    ['Your claim was denied as out-of-network; our billing team can appeal it.', reply('Why is my bill $900??'), 'claim was denied'],
    // a named place with a patient cue and a health detail
    ['Saw a 17 y/o with keratoconus today who bags groceries at the co-op in Harlow Springs. Get your eyes checked!', personalPost, 'in Harlow Springs'],
    // a DM to a colleague about a patient stays phi even with a dose in it
    ['New pt Soraya in bay 4 is on 50 mg metoprolol, can you take a look before rounds?', dm, 'bay 4'],
    // a record shown in a photo
    ["Oops, found my pt's wristband in my scrubs, and the DOB is still showing 🙈 #nurselife", personalPost, 'DOB is still showing'],
    // names, titles and initials next to care
    ['Shoutout to Marisol for crushing her first week of chemo! 💪', post, 'Marisol'],
    ['Happy birthday to our favorite patient Mr. Jenkins, who turned 95 today!', post, 'Mr. Jenkins'],
    ['Mrs. K in room 4 finally ate a full breakfast after her stroke.', personalPost, 'Mrs. K'],
    ['Congrats to Lily (9) for zero cavities at her checkup!', caption, 'Lily'],
    ["Before & after of Jake's new veneers 😍", caption, 'Jake'],
    // rooms and beds
    ['Pt in bed 12 just told me he has been sober 30 days. Proud of him.', personalPost, 'bed 12'],
    // handles
    ['Congrats to @tommy_runs on finishing rehab after his hip replacement!', caption, '@tommy_runs'],
    // ages over 89
    ['Our 94-year-old patient just completed cardiac rehab! So inspiring.', post, '94-year-old'],
    // relatives, roles, workplaces and schools
    ["Just finished a triple bypass on the sheriff's brother. Long night.", personalPost, "sheriff's brother"],
    ['Guess which local news anchor was in my chair for a root canal today 🤐', personalPost, 'local news anchor'],
    ['The barista at the Daily Grind on Maple came in with a panic attack again.', personalPost, 'at the Daily Grind on Maple'],
    ['Firefighter from Engine 4 admitted overnight for smoke inhalation, doing ok.', personalPost, 'Engine 4'],
    ["you know the lady from your book club? she's on our unit with a bowel obstruction", dm, 'from your book club'],
    // names known by their context, not a list; initials; first + last names
    ["Congrats to Xiomara on ringing the bell after her last chemo today! 🔔", caption, 'Xiomara'],
    ["Zebulon's first filling today and not a single tear! 🦷", caption, 'Zebulon'],
    ['Ottoline, 93, walked out of cardiac rehab on her own today!', post, 'Ottoline'],
    ['Thanks Perpetua for letting me share her biopsy result! Path came back clear 🙏', personalPost, 'Perpetua'],
    ['Confirming that your employee Quintus Varga was seen today for a wrist sprain.', practiceDm, 'Quintus Varga'],
    ['A.J. came in Monday 9:30 with a dislocated shoulder, what a champ', personalPost, 'A.J.'],
    ['Hoy dimos de alta a don Anselmo Prieto después de su cirugía de cadera.', post, 'don Anselmo Prieto'],
    // a visit pinned to a day and time with a patient's story
    ['To the man at my Friday 2:45 with the fishhook through his ear: you are a legend.', personalPost, 'Friday 2:45'],
    // a person tied to a named employer, school or team
    ['The bartender from the Rusty Anchor was back in with another gout flare 🙄', personalPost, 'from the Rusty Anchor'],
    ['Our favorite Lakeview Middle science teacher is recovering nicely from her hysterectomy.', post, 'Lakeview Middle science teacher'],
    ['La señora de la tortillería Morales vino otra vez por su insulina.', personalPost, 'señora de la tortillería Morales'],
    ['Guess which Hawks starting quarterback was in my clinic today rehabbing that knee? 👀', personalPost, 'starting quarterback'],
    // a news event anchored by a place or a day
    ['Treated two kids from the Maple Avenue house fire tonight, both with smoke inhalation.', personalPost, 'fire'],
    // an adult relative of the person answered
    ["Your wife's labs were normal when she left, and she was told to come back if it got worse.", reply('You sent my wife home and she got worse!'), "Your wife"],
    // replies that add care details about the person answered
    ['Thanks Myrtle! Your C5-C6 disc has come a long way since that first MRI in May.', reply('Thank you for fixing my neck!'), 'C5-C6'],
    ['Honestly, if you had come to your last three appointments you would be better by now.', reply('PT here did nothing for me.'), 'your last three appointments'],
    // a news event
    ['Two of the kids from the Route 30 crash are still in our PICU. Hug your babies.', personalPost, 'Route 30 crash'],
    // Spanish
    ['Mi paciente Rosa ya terminó su quimioterapia. ¡Felicidades!', post, 'Rosa'],
    // a signed testimonial reposted with the patient's name
    ['"After my knee replacement I could finally walk my dog again. Thank you all!" — Patricia Gomez', post, 'Patricia Gomez'],
    // replies that add care details about the person answered
    ['Thanks so much, Dan! So glad the biopsy came back benign. See you next time!', reply('Dr. Ruiz was wonderful, 5 stars'), 'biopsy'],
    ['I looked into your account: the $240 charge is for the crown on 3/14.', reply('Billing overcharged me!'), '$240'],
    // a reply that reveals care of someone the parent names
    ["I'm her nurse tonight, she's doing better after the surgery!", comment('Prayers for my sister Dana, she had emergency surgery at Mercy last night'), "I'm her nurse"],
  ];
  test.each(invalid)('warns: %s', (text, ctx, span) => {
    const found = findings(text, ctx);
    expect(found.map((f) => f.ruleId)).toContain('patient-privacy');
    expect(warned(text, ctx)).toContain(span);
  });

  test('a name gets "a patient" as its one-click rewrite, capitalised at the start of a sentence', () => {
    const text = 'Marisol finished chemo today! So proud of Marisol.';
    const [first, second] = findings(text, post);
    expect(first.suggestion?.replacement).toBe('A patient');
    expect(second.suggestion?.replacement).toBe('a patient');
    expect(first.message).toMatch(/identify/);
  });

  test('a consent statement turns the finding into an info-level reminder', () => {
    const text = 'Shared with written consent from Daniel: his full-arch implant journey, before & after 😁';
    const found = findings(text, caption);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  });

  test('allowed words are never read as names', () => {
    const text = 'Marisol finished chemo today!';
    expect(warned(text, post, { allowWords: ['Marisol'] })).toEqual([]);
  });

  test('the author is only judged on what the reply adds, not on what the reviewer already said', () => {
    const text = "So sorry your extraction was uncomfortable. We'd like to see you again, please call us.";
    expect(warned(text, reply('My extraction hurt so much'))).toEqual([]);
  });
});

describe('patient-privacy: round 5 classes', () => {
  const personalReply = (parent: string): CheckContext => ({ site: 'x', kind: 'reply', account: 'personal', parent });
  const flagged: Array<[string, CheckContext, string]> = [
    // an honorific with a name, and their medicine
    ['Happy 92nd to Mr. Wendell Okoro, who still walks in every month for his blood pressure pills!', post, 'Mr. Wendell Okoro'],
    ['¡Gracias, Doña Pilar! Fue un gusto ayudarle con sus nuevas insulinas.', reply('Muy amables en la farmacia.'), 'Pilar'],
    // a family name with the children, and a finding
    ['guess what, the Bergqvist boys both need a palate expander before summer', dm, 'Bergqvist boys'],
    // a bed and its stay
    ['Room 7 was finally discharged home after 5 weeks with us. Cried at the door.', personalPost, 'Room 7'],
    // a lab value in a reply to the person
    ['Your A1C was 8.2 in March, so the dose change was the right call.', personalReply('@DrX my sugar was fine, why change my meds??'), 'Your A1C was'],
    // a visit time argued from records
    ['Our records show you checked in at 3:10 and left at 3:45.', reply('Waited two hours, awful.'), 'checked in at 3:10'],
    // a short caption: name two sentences from the treatment
    ['Look who it is! Priya (9, Hillcrest Middle) chose purple. Elastics on!', caption, 'Priya'],
    // public role and a therapy session
    ['Session today with a client who is one of the county commissioners. Heavy stuff.', personalPost, 'county commissioners'],
  ];
  test.each(flagged)('flags %s', (text, ctx, span) => {
    expect(warned(text, ctx)).toContain(span);
  });

  const silent: Array<[string, CheckContext]> = [
    // aggregate counts near a place word
    ['This month we gave 540 flu shots and 120 shingles vaccines. Thank you Riverside for coming out!', post],
    // safety advice to every reader in a reply
    ['Please never stop your thyroid medicine on your own. Call us and we will check the lot number.', reply('Is it true some thyroid pills were recalled?')],
    // a bed number with no stay or health detail
    ['Bed 4 has a new mattress and the call light is fixed.', post],
    // a station number in a short first-aid post
    ['Engine 9 stopped by for the kids today. Thanks for the tour! If someone is choking: 5 back blows, 5 thrusts.', post],
    // the author's own labs
    ['My own TSH came back at 6 so now I am on the thyroid pill club too 😅', personalPost],
  ];
  test.each(silent)('stays silent on %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });
});

describe('patient-privacy: round 6 classes', () => {
  const flagged: Array<[string, CheckContext, string]> = [
    // a person pointed out by what others see of them
    ['Shoutout to the guy in the blue pickup who yelled at my tech about his oxycodone refill today.', personalPost, 'the guy in the blue pickup'],
    // a quotation in single quotes: "my" is the quoted person's, not the author's
    ["A sweet card from Harold Pruitt today: 'You caught my melanoma before it was too late!'", post, 'Harold Pruitt'],
    // Spanish honorific in lower case
    ['Adivina, el señor Quintero vino por su biopsia y salió positiva.', dm, 'señor Quintero'],
    // a school with its abbreviation, and a client seen today
    ['Had a client today, a sophomore at Ridgefield U, with panic attacks every night.', personalPost, 'at Ridgefield U'],
    // a news event plus "treated here"
    ['The driver from last night\'s wreck on Route 41 was treated here for burns.', post, 'wreck'],
    // a reply that pins the next visit to a day
    ['Thank you Omar! Your hard work paid off. See you at your Friday session!', reply('Best therapist ever, I can walk again'), 'your Friday session'],
    // care news about someone from a news event, in ER words
    ['The teen from the Millbrook Lake boating accident made it to the trauma center tonight. Keep fighting!', personalPost, 'accident'],
    // an age over 89, said the way people say it
    ['Our patient turned 97 today and still walks to every PT session!', post, 'turned 97'],
    // the relative of anyone named, staff included
    ["did u hear Dr. Pruitt's husband came in with chest pain last night??", dm, "Pruitt's husband"],
    // a workplace known through the author's own family
    ["Sent her straight to the ER with a brain bleed. She teaches at my kid's school, prayers please", personalPost, "at my kid's school"],
    // a player by team and number
    ['So fun seeing #14 for the Wildcats back on the field after his ACL reconstruction!', personalPost, '#14 for the Wildcats'],
    // a lab value about the person written to's parent
    ["Your dad's potassium was 6.9 when he came in, so we kept him overnight.", dm, 'Your dad'],
    // the people of a crash, by their vehicle; an injury at a named public event
    ['We were first on scene tonight. The driver of the silver minivan had a fractured pelvis but was talking.', personalPost, 'driver of the silver minivan'],
    ['Proud of my team: the boy who fell at the Oakdale Harvest Festival got both front teeth reimplanted today.', personalPost, 'Festival'],
    // a message to an employer about their employee's care is not to the patient's household
    ["Hi Ms. Brandt, following up on your employee Luis Ortega's back injury: he isn't cleared for lifting yet.", practiceDm, 'Luis Ortega'],
    // a room or bed that stands for the person in it
    ['bed 4 last night looked me in the eye and said he only had two beers 💀', personalPost, 'bed 4'],
    ["Dear family of the patient in 6C: yelling at the nurses won't fix your father's pneumonia.", personalPost, 'patient in 6C'],
    // a surname typed in lower case after its title, in a text to a colleague
    ['fyi mr. pruitt in 14 finally passed around 3, family was there', dm, 'mr. pruitt in 14'],
    // a reply that confirms and reports their numbers
    ['Thrilled your levels are finally normal on the new dose! See you in 3 months.', reply('Best endocrinologist ever, I finally feel like myself'), 'your levels are'],
    // a reviewer called out in public, with their care
    ['To the patient who left us a 2-star review saying we never called: we called you three times about your results.', post, 'the patient who left us a 2-star review'],
    // someone's relative pointed out, with the care given
    ['says the guy whose dad I bathed last night 🙂', { site: 'x', kind: 'reply', account: 'personal', parent: 'this clinic is a joke' }, 'whose dad'],
    // a birth weight with the baby's name; a cancer stage; a famous face in a numbered chair
    ['Congrats mama!! Baby Theo was the cutest 8 lb 1 oz we saw all week 😍', reply('Had my baby here last night, the nurses are angels'), 'Theo'],
    ["u won't believe who's in chair 4 today, the weatherman from Channel 5!! stage 3 colon. keep it quiet", dm, "who's in chair 4"],
    // Spanish: the patient in bed 5, the lady in room 12
    ['Mi pequeño paciente de la cama 5 cumplió 3 añitos hoy en el hospital 🎂', caption, 'paciente de la cama 5'],
    // a public figure by their work
    ['Had a session today with someone whose podcast I listen to every morning. Their episode on grief hits different now.', personalPost, 'someone whose podcast'],
    // asked after by name, the reply tells of her care
    ["She's home now! Finished chemo last month and she's worn out, saw her at her f/u Tuesday.", { site: 'facebook', kind: 'reply', account: 'personal', parent: 'Does anyone know how Mrs. Linde from the library is doing?' }, 'chemo'],
    // known by the work the whole town sees them do
    ['Hoy vino la señora que vende tamales afuera de San Judas por su insulina y no le alcanzaba 😢', personalPost, 'la señora que vende tamales afuera de San'],
  ];
  test.each(flagged)('warns: %s', (text, ctx, span) => {
    expect(warned(text, ctx)).toContain(span);
  });

  const silent: Array<[string, CheckContext]> = [
    // an eponymous condition is not a person
    ["My mom was just diagnosed with Parkinson's. I'm not her doctor, just her daughter.", personalPost],
    // a business named before "Pharmacy"
    ['Thank you Brookside Pharmacy for hosting our flu shot clinic today!', post],
    // a signed release turns a named testimonial into a reminder, not a warning
    ["Shared with Rosalind's signed permission: 'Ten years of eczema, and I finally wore a dress.'", caption],
    // "at our counter" is where a product is, not who came in
    ['Narcan is available without a prescription at our counter. Free training Saturday at 10am.', post],
    // a reply that confirms but adds no date, dose or detail stays with review-reply-disclosure
    ['So glad you felt heard! See you at your next visit.', reply('Dr. Ames really listened to me.')],
    // advice to someone about their own family is prescribing's business, not a disclosure
    ['Tell your brother to hold his Eliquis 2 days before the colonoscopy.', dm],
    // a role of the practice that starts with "our patient"
    ['So sorry. Our patient advocate, Ms. Reyes, would like to speak with you at 555-0176.', reply('Worst ER visit of my life.')],
    // a fee waived is a confirmation, not a disclosure of care
    ["We'll waive the no-show fee this time!", reply('Charged me a no-show fee when I was 5 min late. Greedy.')],
    // "Fire Station 3" with first-aid teaching is not a news event about a patient
    ['If someone is choking: 5 back blows, 5 abdominal thrusts. Free CPR class at Fire Station 3 Sat 10am!', personalPost],
    // staff with a credential after the name
    ['Congrats to Brianna Holt, RN on passing her wound care certification!', post],
    // the school nurse writing to a parent about their own child
    ['Hi Mrs. Lowe, this is Nurse Dana at Pine Elementary. Micah has a fever of 101 so he needs to be picked up.', practiceDm],
    // a DM to the patient by title and surname
    ['Hi Mrs. Alder, Dr. Kim says go ahead and restart your warfarin tomorrow since the extraction is done.', practiceDm],
    // a clinic's signature
    ['Hola Sra. Ortiz, sus resultados salieron normales. — Clínica Hollis', practiceDm],
    // a count of residents on a floor is an aggregate
    ['Flu update: 5 residents on our 3rd floor tested positive; group dining there is paused.', post],
    // a room as a place, not a person
    ['Exam room 2 is ready, and so is the flu shot clinic!', post],
    // "miss" is a verb here, not a title
    ['Your pathology is back and Dr. Ellis will call you this afternoon. If you miss her call, ring us.', practiceDm],
    // a first name that names a place, and a class on a schedule
    ['Our Austin office now offers diabetes education on Thursdays.', post],
    ['Proud to support St. Jude: every child with cancer deserves the best care.', post],
    ['Join our Tuesday 6am class for osteoarthritis pain!', post],
    ['Thanks Ramon from our maintenance crew for fixing the x-ray room door!', post],
    // an acronym after "on" is no place; advice in Spanish about the reader's own husband
    ["Anyone else's kid on ADHD meds not sleeping?? Ask your pediatrician about it.", personalPost],
    ['nah no te tomes el ambien de tu esposo, mejor duerme temprano', dm],
    // advice to someone worried about their own parent
    ['So sorry, that is scary. After a fall it is worth a check with her doctor, especially if she takes blood thinners.', { site: 'facebook', kind: 'comment', account: 'business', parent: 'My mom is 82 and just had a fall, any tips?' }],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });
});

describe('patient-privacy: round 8 classes', () => {
  const flagged: Array<[string, CheckContext, string]> = [
    // a person named by a compound of what they drive or wear
    ['guess who is back in the chair today... silver tesla guy. cracked his crown AGAIN on a jawbreaker', personalPost, 'silver tesla guy'],
    // a person by their clothing, with an appointment slot
    ['The gentleman in the cowboy hat at my 10:30 had the worst gum disease I have seen all year', personalPost, 'The gentleman in the cowboy hat'],
    // a patient called out by what they posted, with a gap before the verb
    ['the patient who kept yelling at me last month just left a 1 star review saying I botched her root canal', personalPost, 'the patient who kept yelling at me last month just left a 1 star review'],
    // a room that stands for its patient ("the one in 7")
    ['the quiet one in 7 is finally extubated, best news of the shift', personalPost, 'the quiet one in 7'],
    // a death told about whoever was in a numbered room
    ['To the family in bed 9 who thanked us at 4am after we lost your mom: you made our night bearable.', personalPost, 'bed 9'],
    // Spanish: a family's child by surname; a person by their workplace, the health words after it left out
    ['La hija de los Martínez ya terminó su tratamiento de ortodoncia, ¡qué bonita sonrisa!', caption, 'hija de los Martínez'],
    ['Chisme del día: el hijo del dueño de la taquería tiene diabetes y no se cuida nada', dm, 'dueño de la taquería'],
    // an EMS call pinned to a street
    ['Tonight it was a toddler in a pool on Maple Ct, got pulses back in the rig. Fence your pools.', personalPost, 'on Maple Ct'],
    // someone the readers are told they know; a public role's care by possessive
    ['Had a session today with someone you would all recognize. Their panic attacks are so much better.', personalPost, 'someone you would all recognize'],
    ["Can't say who, but a certain city councilman's marriage counseling is going... poorly", personalPost, 'city councilman'],
    // a home or hangout that the town knows
    ['3am overdose in the ED, same frequent flyer who lives behind the Walmart on 5th', personalPost, 'flyer who lives behind the Walmart'],
    // a bill owed, with the workplace where the author now meets them
    ['the lady who cussed out our front desk over her $900 balance is now my cashier at Fenwick Foods', personalPost, 'at Fenwick Foods'],
    // a title with a nickname in quotes, and where they live
    ["Mr. 'my back hurts but only on Mondays' from Cedar Court Apts wants another MRI. Sure, buddy.", personalPost, "from Cedar Court Apts"],
    // one praised patient, a named hospital's OR and a day
    ['Our bravest little patient had 6 crowns under general anesthesia at Mercy OR this morning!', caption, 'at Mercy OR'],
    // a reply to someone who says the author cared for a third person
    ['Glad to hear it! Her wrist looked rough on the x-ray, make sure she keeps the splint on.', comment('Thank you to the nurses who helped my daughter Friday night at St. Luke\'s!'), 'Her wrist'],
    // a reply to news about a person, telling of their care
    ['So proud! She wore her new expander through every practice, never complained once', comment('Harlan County wrestling champ heads to state! (Harlan Herald)'), 'expander'],
    // a post held by someone in a town group
    ['Overheard in session today: the treasurer of our local HOA is hooked on her mom\'s oxycodone', personalPost, 'the treasurer of our local HOA'],
    // someone known by what they sell, with their lab value
    ['my 9am was the lady who sells eggs at the farmers market, her A1c is 11 now', personalPost, 'lady who sells eggs at the farmers market'],
    // a neighbour by apartment number, Spanish ER words
    ['otra vez la vecina del 2C en urgencias por la presión 🙄', dm, 'vecina del 2C'],
    // a patient publicly posting about the author
    ['That patient is telling everyone on the town page that I cracked her crown. I have the records and the signed consent.', personalPost, "patient is telling everyone on the town page"],
    // a photo of a home-care client's house
    ['My sweet client cannot garden since her stroke, so we sit on the porch Tuesdays. (pic of her front porch 🌻)', personalPost, 'pic of her front porch'],
    // a slot-named telehealth visit, and a road
    ['2:40 telehealth today was a rancher in his truck on Hwy 30, BP 192/110. Go to the ER, sir.', personalPost, 'on Hwy 30'],
    // a bay that acts as the person in it, with a time first
    ['Bay 3 at 4am vomited on my shoes and then asked for a turkey sandwich', personalPost, 'Bay 3'],
    // care news about the people of a crash two sentences on
    ['Anyone see the tractor rollover on Route 22 today? Yep. We got him out, pelvis and ribs, but talking.', personalPost, 'rollover'],
    // Spanish: teeth pulled, told by the clinic that did it
    ['Hoy atendimos a don Beto, el de la ferretería. Le sacamos dos muelas y ni pío 💪', personalPost, 'don Beto'],
    // a reply that confirms and tells where they are in their care
    ['Sir, the gap is still there because you stopped wearing the elastics after month 6.', reply('Two years of braces and still a gap. Rip-off.'), 'stopped wearing'],
    // a bay that received someone tonight; an ambulance from a named home
    ['you will not believe what rolled into bay 12 tonight. grown man, lego up his nose', personalPost, 'rolled into bay 12'],
    ['Worst part of my shift: the 7pm ambulance from Cedar Pines nursing home, she was so dehydrated', personalPost, 'from Cedar Pines'],
    // therapists hinting at clients: a community role, a shared workplace, a place readers have been
    ['A client who runs the youth group at my church told me today she has been cutting again', personalPost, 'who runs the youth group'],
    ['one of my couples is two nurses at the same fire station and nobody there knows they are in marriage counseling', personalPost, 'at the same fire station'],
    ["Session today with a man whose bakery you've all been to. Grief is heavy for him this month.", personalPost, "whose bakery you've all been to"],
    // Spanish gossip: a teacher by subject and school, a vendor by where she sells, a bone broken, a vital with its number
    ['no manches, el profe de historia de la prepa llegó a urgencias con un ataque de pánico', dm, 'profe de historia de la prepa'],
    ['adivina quién vino hoy, la señora que vende elotes afuera del Soriana, con la diabetes bien descontrolada', dm, 'la señora que vende elotes afuera del Soriana'],
    ['el chavo de la llantera se quebró el brazo en el partido, le puse el yeso yo', personalPost, 'chavo de la llantera'],
    ['la doña del puesto de tamales llegó con la presión en 200 otra vez', dm, 'doña del puesto'],
    // a name after a greeting that ends its sentence is the subject, not the person written to
    ["hey!! Priya said u sent her our way, thank u!! she's doing great with her ACL rehab", dm, 'Priya'],
    // a birth announcement with the hours of labor
    ['Welcome baby Theo! Born 4:10am to Jess & Marco from Millbrook after 22 hrs of labor. Proud midwife!', caption, 'Theo'],
    // a reply to thanks for seeing a relative, telling of the care; a neighbour hit by a car; a champion's injury
    ['Of course! Tell her to keep that boot on for 6 more weeks and no driving', comment('Thanks for squeezing my mom in yesterday!'), 'boot on'],
    ["He's at Regional, I was his nurse last night. Broken leg but he's stable", comment('Our neighbor Bob got hit by a car on Elm St last night, anyone know anything??'), 'I was his nurse'],
    ['So proud of her! Came back strong after that stress fracture we treated in March', comment('Congrats to Lincoln High senior Maya Ortiz, state champ in the 400m!'), 'fracture'],
    // gossip to a friend: someone the friend knows, by a modified relative or a friend's relative; a business owner
    ['omg guess who I had in my chair today. your old boss from the credit union!! 6 cavities lmao', dm, 'your old boss'],
    ["ur bff's husband was in for a vasectomy consult today haha", dm, "bff's husband"],
    ["Remember the guy who owns the pizza place by the school? He's on dialysis now", dm, 'guy who owns the pizza place'],
    // a pregnancy by weeks, at a named workplace
    ['ok so the new teller at First National, the tall blonde one? 12 weeks pregnant and nobody knows', dm, 'at First'],
    // a before/after photo told with the patient's age and work; a record on a screen in a photo
    ['Before & after ✨ 58 y/o retired teacher, 4 sessions of IPL for rosacea. She says she finally loves her skin!', caption, 'Before & after'],
    ["New office photo! (yes that's someone's chart open on the monitor in the background, oops)", caption, "someone's chart open on the monitor"],
    // a driver by their truck; a copay argued over; a birth in the parking lot at a given time
    ['whoever parked their lifted red Silverado across 3 spots at the office today: your pupils were dilated and you still managed that', personalPost, 'whoever parked their lifted red Silverado'],
    ["Our HOA-president friend who screamed at Tina over a $40 copay today: smile, you're on camera", personalPost, 'HOA-president'],
    ['Huge thanks to the dad who delivered his own baby in our parking lot at 2:50am Saturday! Mom and baby boy are great', caption, '2:50am Saturday'],
    // a practice's patient spotlight; a grader at a named school with what we just gave her
    ['Meet our Patient of the Month: Theodora! She finished her Invisalign in 14 months.', caption, 'Theodora'],
    ['Spotted: our favorite 3rd grader from Maple Elementary showing off her new glasses 👓', caption, 'from Maple Elementary'],
    // more news events: a dog attack, a swim meet, with one person's care
    ['the kid bitten in the dog attack at Riverside Park yesterday needed 40 stitches in his face', personalPost, 'dog attack'],
    ["Remember the swimmer who collapsed at the Regional swim meet Saturday? She's off the vent!", personalPost, 'swim meet'],
    // a patient's public post about the author, the claim after it
    ['That lady keeps posting that I botched her crown on Facebook. Girl, you stopped wearing your night guard.', personalPost, 'lady keeps posting'],
    // a family by name; a school's valedictorian; a care act done on a public figure's relative; a vendor by what they sell
    ['Pray for the Whitaker family. Their son was life-flighted from the lake last night.', personalPost, 'Whitaker family'],
    ["Congrats to the Westfield High valedictorian, who I've treated for anorexia since 9th grade. So proud.", personalPost, 'Westfield High valedictorian'],
    ["Just finished a filling on the mayor's daughter. She was a champ!", personalPost, "mayor's daughter"],
    ['El señor de los tamales en la esquina vino con el azúcar en 350, no se toma nada', dm, 'señor de los tamales'],
    // answering a prayer request by saying the author is their caregiver
    ["I'm his nurse now on Tuesdays, he's comfortable and still cracking jokes", comment('Keep Mr. Alvarez from church in your prayers, he went on hospice'), "I'm his nurse"],
    ['Hi Dana! Your refill came in this morning, 2.5mg pens, ready at the counter', { site: 'facebook', kind: 'comment', account: 'business', parent: 'does anyone have mounjaro in stock??' }, '2.5mg'],
  ];
  test.each(flagged)('warns: %s', (text, ctx, span) => {
    expect(warned(text, ctx)).toContain(span);
  });

  const silent: Array<[string, CheckContext]> = [
    // "one in N" is a rate, not a room
    ['One in 5 adults has gum disease. Floss tonight!', post],
    // staff introduced once, then named again
    ['Meet our new hygienist, Maria Lopez! Maria loves helping nervous patients through cleanings and gum disease treatment.', caption],
    // a stranger's own public post, answered
    ['@trailmix_ray saw your tweet about the ankle: rest, ice and see someone if it is not better in a week.', personalPost],
    // a tag of the person answered, typed with a space
    ['@Dana Whitfield hon give him some water and bring him by Monday, we see walk-ins!', comment('my son has a toothache, who takes walk-ins in Dunmore?')],
    // a policy of a public figure, not their care
    ["No, we will not hang the governor's 'vaccine choice' poster in our lobby.", post],
    // a stranger by their vehicle, no health detail; the author's own vehicle and surgery
    ['thanks to the lady with the red jeep who let me merge today lol', personalPost],
    ['My red jeep is in the shop again, so my knee surgery recovery now includes walking to work', personalPost],
    // general talk: everyone knows someone; aggregate EMS numbers
    ['Everyone knows someone with diabetes. Free screening Saturday!', post],
    ['We ran 41 calls this weekend, 6 of them drownings. Please fence your pools.', post],
    // a thank-you that names no care
    ['So glad he is home! Thank you for the cookies, the whole crew loved them.', comment('Thank you to the medics who helped my husband Saturday night!')],
    // staff news about a post in the practice; an awareness month
    ['Welcome Dr. Patel, the new director of our Diabetes Center! She has treated diabetes for 20 years.', post],
    ['September is Sober Month at our clinic: free counseling all month.', post],
    // a dose or a regimen given as an instruction to someone who asked is prescribing's business
    ['Totally normal on day 2! Take 600 mg ibuprofen every 6 hrs with food and ice 20 min on/off.', reply('had my wisdom teeth out yesterday with you guys, is this swelling normal??')],
    // advice to a family about their child's inhaler, answering a prayer request
    ['Praying for you guys!! Tell him to keep doing his albuterol 2 puffs every 4 hrs', comment('Prayers for my boy Tyler, in the ER again with his asthma')],
    // county units, not doses; a news story heard on the radio
    ['We understand 25 minutes feels long. Our county is short 6 units and we are asking for more funding.', reply('Ambulance took 25 min to get to my street. Unreal.')],
    ['Heard on the radio that flu cases doubled this week. Get your shot!', post],
    // the author's own family in Spanish, general advice, and a therapy menu
    ['Mi papá se quebró la pierna y estoy cuidándolo en casa, oren por él', personalPost],
    ['La presión alta se controla con ejercicio y menos sal. ¡Cuídense!', post],
    ['Our therapists offer couples therapy, EMDR and grief therapy on Saturdays. Call to book.', post],
    // the author's own sister, spoken to; a retainer brought in is no treatment disclosed
    ['My sister just rang the bell after her last round of chemo and I am a mess. So proud of you Jenna', personalPost],
    ["We're sorry to hear that! Please bring your retainer by and Dr. Ochoa will check the fit at no charge.", reply('Paid $5,800 for braces and my teeth are shifting already. Great investment.')],
    // thanks for seeing a relative, answered warmly with no care detail
    ['Happy to! Give him our best 😊', comment('Thanks for seeing my dad so fast!')],
    // a before/after with no one described; an office before/after; advice about charts
    ['Before & after: our patient\'s 6 porcelain veneers! 😍 Book your smile consult.', caption],
    ['Before and after of our new waiting room, designed by a local architect!', caption],
    ["Tip: always close the patient's chart before you step away from the screen.", post],
    // glasses someone owns are not care
    ['He lost his glasses on the Maple Elementary field trip lol', personalPost],
    // a tally with a thousands separator; a game wished luck; storm prep
    ['We placed 1,200 stitches at the Harvest Festival first aid tent this year!', post],
    ["Good luck to the Lincoln High team at Friday's game! Stay hydrated and wear your mouthguards", post],
    ['Storm prep: refill your prescriptions before the hurricane hits Thursday', post],
    // a glowing public review, thanked; staff who coach; a team cheered
    ["A patient posted on Google that her root canal didn't hurt at all! Thank you for the kind words 💙", post],
    ['Our hygienist Kim, who coaches little league on weekends, reminds you: mouthguards prevent broken teeth!', post],
    ['Fun fact: three of our staff went to the same high school! Go Eagles. Ask them about their braces days.', post],
    // a reply naming its records as proof says what kind of record, not what it shows
    ['That is simply not true, and our records and X-rays prove it. Please call our manager.', reply('They pulled the wrong tooth!! Avoid this place.')],
    // causes and games are no news events about a patient
    ['Join the fight against diabetes: free screening at the Harvest Festival!', post],
    ["Watch the game Sunday? Don't let heartburn ruin it. Ask us about reflux.", post],
    // "our incredible patient care staff" is staff
    ['Happy Nurses Week to our incredible patient care staff on 4 West!', post],
    // a practice calling itself a family
    ['Welcome to the Lakeside family, Dr. Lee! She specializes in cardiology and diabetes care.', post],
    // relatives of staff or officials beside a service, not care
    ["Dr. Brandt's wife baked us cookies for our cleaning team! 🍪", post],
    ["Mayor Ruiz's wife cut the ribbon at our new clinic. Free cleanings all week!", post],
    ['We gave 300 flu shots to the kids at Lincoln Elementary this week!', post],
    // the town's crew visiting; an event's tally of injuries
    ['Our firefighters from Station 3 stopped by with the ladder truck for the kids in our waiting room!', post],
    ['Proud of our staff who ran the Harvest Festival first aid tent: 40 bee stings and 2 sprained ankles!', post],
    // a room where a service is held
    ['Please come to room 3 for your flu shot after check-in.', post],
    ['Flu shots today in room 3, no appointment needed!', post],
    // one of our own by their vehicle; a post in the practice before a name
    ['Our red jeep guy Marco (our courier!) just delivered 40 boxes of gloves. Thanks Marco!', post],
    ['Our head of nursing, Maria, got her wound care certification. Congrats!', post],
    // answering a prayer request: repeating what the parent said, or only sympathy
    ['Praying for her! Pneumonia is so rough, make sure she gets up and walks when she can', comment("Prayers for my grandma Ruth, she's in the hospital with pneumonia")],
    ['Praying for him and the whole family 🙏', comment('Keep Mr. Alvarez from church in your prayers, he went on hospice')],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });
});

describe('patient-privacy: what only looks like a patient', () => {
  const silent: Array<[string, CheckContext]> = [
    // declining to say whether anyone from a news event was treated
    ["We can't confirm or comment on whether anyone hurt in last night's pileup on Highway 12 was treated at our ER.", post],
    ['No podemos confirmar si alguno de los heridos del incendio de anoche fue atendido aquí.', post],
    // the author calling themself "Me"
    ['Me, 3 weeks after my own knee scope, finally back on the bike 🚴', personalPost],
    // a message to the household about their own child's rescheduled visit
    ["Hi! Just a heads up, Lily's checkup was moved to 9:30 on Friday since Dr. Ames is in surgery that morning.", practiceDm],
    // staff named by a role with "patient" in it
    ['Questions about your bill? Our patient advocate, Dana, is here Monday to Friday at 555-0144.', post],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });

  const flagged: Array<[string, CheckContext, string]> = [
    // saying it anyway after a "won't share more" is no denial
    ['Yes, the driver from the Highway 12 pileup was treated here and is stable. We won\'t share more.', post, 'Highway 12 pileup'],
    // a reschedule told to a friend is not the household's own message
    ["lol guess who had to move her colonoscopy again, Coach Bell from the high school 🙄", dm, 'Coach Bell'],
  ];
  test.each(flagged)('flags: %s', (text, ctx, span) => {
    expect(warned(text, ctx)).toContain(span);
  });
});

describe('patient-privacy: names typed the way people text', () => {
  const flagged: Array<[string, CheckContext, string]> = [
    // a public role in lower case before the name
    ['omg guess who came in tonight, pastor Whitfield from First Methodist. gallstones lol', dm, 'pastor Whitfield'],
    // an age and a room standing for the person
    ['Dr. Lin, the 67yo in 12A with the new afib is asking for you again', practiceDm, '67yo in 12A'],
    // a family by its name in the plural possessive
    ["Delivered the Okonkwos' third girl at 4am, mom was a champ 💪 #laboranddelivery", personalPost, "Okonkwos'"],
    // someone's own results come back, told with their name
    ['Mr. Delgado in bed 6 keeps asking if his biopsy came back 🙄', personalPost, 'Mr. Delgado'],
    // a treatment just done, next to a name
    ['Welcome back Pastor Reyes!! New bridge looks amazing 😁', caption, 'Pastor Reyes'],
    // the offer does not hide a story told about the person
    ['Mayor Ellison finally got his hearing aids from us 😄 Now booking hearing tests!', post, 'Mayor Ellison'],
  ];
  test.each(flagged)('flags: %s', (text, ctx, span) => {
    expect(warned(text, ctx)).toContain(span);
  });

  const silent: Array<[string, CheckContext]> = [
    // the same shapes with no care in them
    ['Thanks pastor Whitfield for hosting our blood drive at First Methodist!', post],
    ["Congrats to the Okonkwos' bakery on 10 years! Their pies fuel our whole front desk 🥧", post],
    ['Room 12A is our new quiet room for kids who get nervous at checkups.', post],
    // results in general, or the author's own
    ['Most lab results come back within 2 days and show up in your portal.', post],
    ['My own biopsy came back benign!! Thank you all for the prayers 🙏', personalPost],
    // something new at the practice, next to a staff name
    ['Say hi to Dr. Amara Singh and our new crown machine: crowns in one visit!', caption],
    // a public figure at a practice event, and a service offered to every reader
    ['Thank you Mayor Ellison for cutting the ribbon at our new office! Now booking hearing tests and cleanings.', post],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(warned(text, ctx)).toEqual([]);
  });
});
