import { describe, expect, test } from 'vitest';
import { check } from './index';
import type { CheckContext } from './types';

const complaint = 'Waited two hours and the nurse was rude. Never again.';
const reviewReply: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: complaint };
const comment: CheckContext = { site: 'x', kind: 'comment', account: 'personal', parent: 'Doctors never listen.' };
const post: CheckContext = { site: 'x', kind: 'post', account: 'personal' };
const page: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };
const caption: CheckContext = { site: 'instagram', kind: 'caption', account: 'personal' };
const dm: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };

const warnings = (text: string, ctx: CheckContext) =>
  check(text, ctx).filter((f) => f.ruleId === 'unprofessional-tone' && f.severity !== 'info');
const spans = (text: string, ctx: CheckContext) => warnings(text, ctx).map((f) => text.slice(f.start, f.end));

describe('unprofessional-tone', () => {
  const valid: Array<[string, CheckContext]> = [
    // firm but courteous
    ['We’re sorry to hear this. We can’t discuss anyone’s care online, but our practice manager would like to talk with you at 555-0100.', reviewReply],
    ['Our late-arrival policy applies to every appointment and is explained when you book. We’d be glad to go over it by phone.', reviewReply],
    ['Respectfully, we see it differently, and we’d welcome a call to hear more.', comment],
    // Scunthorpe and friends
    ['Our assessment clinic in Scunthorpe opens Monday, with a mocktail bar for the ribbon cutting.', page],
    ['Class III malocclusion? Our assistant will pass the brochure along. Cocktail sauce not included.', page],
    ['Titrate slowly and reassess in two weeks.', post],
    ['Hx of AF, BS 140 this morning, pos for flu: classic teaching case for our residents.', post],
    // light humour not aimed at anyone
    ['Floss like your dentist is watching 😬🦷 (We are.)', page],
    ['Monday clinic, third coffee, zero regrets ☕😂', post],
    // ratings and markdown are not masked swears
    ['Rated 5*** by our families! *Primary* care for the whole family.', page],
    ['There is no such thing as a stupid question. Ask us anything!', page],
    // staff bio, advocacy, heat safety
    ['Meet Dr. Shah! She has a doctorate in physical therapy and loves trail running.', page],
    ['Personal view: please call your senator about funding rural clinics this week.', post],
    ['It’s so hot this week: drink water and check on older neighbours.', page],
    ['Nice try, germs! 🧼 Wash those hands for 20 seconds.', page],
    ['Just saying thanks to the best front desk team in town 💙', page],
    ['Our patients who actually make it to every session see the biggest gains!', page],
    // words that only look like the new classes
    ['Skin folds can trap moisture; keep them clean and dry to prevent rashes.', page],
    ['Your pupils will be dilated for about four hours, so bring sunglasses.', dm],
    ['We will text you a reminder 24 hours before your appointment.', reviewReply],
    ['It is not because we don’t care; privacy law keeps us from replying here.', { ...page, kind: 'review-reply', parent: complaint }],
    ['Class reunion: drinks Friday at the Mill, who is in?', post],
    ['My kid insisted on wearing her costume to her checkup 😂 best day ever', post],
    ['Dr. Ruiz swears by SPF 50 and so should you 😂', page],
    ['If you’d like to reschedule, please call us at 555-0100.', reviewReply],
    // round 3 hard negatives: the same words without contempt
    ['Proud to watch our residents grow up into great doctors. Next step: boards!', page],
    ['Good luck on your exams, everyone!', page],
    ['If it still hurts in a week, then go to urgent care. Feel better!', comment],
    ['Some people need extra time in the chair, and that is okay 💙', page],
    ['Had a pt tell me the funniest knock-knock joke today lol', post],
    ['omg the new principal came in and it was pretty severe, poor guy. keep it between us lol', dm],
  ];
  test.each(valid)('quiet on %j', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });

  const invalid: Array<[string, CheckContext, string]> = [
    // profanity, masked and disguised
    ['What a sh1tty week on the unit.', post, 'sh1tty'],
    ['Prior auth denied again, these f**king insurers.', post, 'f**king'],
    ['Insurance can kiss my a$$.', post, 'a$$'],
    ['Three admits at once, f u c k this night.', post, 'f u c k'],
    ['Fuuuuck, the Pyxis is down again.', post, 'Fuuuuck'],
    ['#b!tchplease the waiting room was packed', caption, 'b!tch'],
    // insults, sarcasm, retorts aimed at people
    ['Sounds like a you problem. Sit down, champ.', comment, 'Sit down, champ'],
    ['Honestly you’re delusional if you think that’s how antibiotics work.', comment, 'you’re delusional'],
    ['Oh wow, so helpful and constructive feedback 👏👏', reviewReply, 'wow, so helpful and constructive feedback'],
    ['Nice try. Maybe read the sign next time.', reviewReply, 'Nice try'],
    ['Whatever helps you sleep at night 🙄', reviewReply, '🙄'],
    // blame and arguing the facts
    ['Maybe the problem is that you skipped three appointments.', reviewReply, 'Maybe the problem'],
    ['That is simply not true. You were told twice to arrive early.', reviewReply, 'That is simply not true'],
    // threats
    ['Keep posting lies and our lawyer will be in touch.', reviewReply, 'our lawyer'],
    ['Delete your review or we send your account to collections.', reviewReply, 'Delete your review'],
    // mocking patients and crude jokes
    ['To the lady who brought her “research” printed from TikTok: bless your heart 😂', post, 'To the lady who'],
    ['Another foreign body, another story about falling on it 🍆', caption, '🍆'],
    ['When the patient insists they only drink socially 😂 sure, buddy', caption, 'When the patient insists'],
    // flirting
    ['Loved seeing you at your checkup today. Drinks sometime? 😉', dm, 'Drinks sometime'],
    // rants on the practice page
    ['If you voted for these cuts, feel free to find another pediatrician.', page, 'If you voted for'],
    // Spanish
    ['Eso no es cierto. Usted llegó tarde y lo sabe.', reviewReply, 'Eso no es cierto'],
    // blame, arguing facts, threats, retorts: general forms
    ['Maybe if you had read the consent form, you would know the fee was explained.', reviewReply, 'Maybe if you had read'],
    ['You were 25 minutes late and still expected to be seen first.', reviewReply, 'You were 25 minutes late'],
    ['We did nothing wrong here and you know it.', reviewReply, 'We did nothing wrong'],
    ['Remove this review within 48 hours or we will pursue legal action.', reviewReply, 'Remove this review'],
    ['Good luck finding another dentist who will put up with you.', reviewReply, 'put up with you'],
    ['Sure Karen, you’re the expert now.', comment, 'Sure Karen'],
    // mocking patients: retold claims, talking down, bodies
    ['Had a lady swear her rash was from her neighbour’s wifi today 🤦‍♀️', post, 'swear'],
    ['Patient asked if he could skip the colonoscopy prep 😂 Sir. No.', post, 'Sir.'],
    ['Some of these patients need a forklift to get on the table 😂', post, 'forklift'],
    // flirting cues together
    ['Noticed from your chart you’re single 😉 drinks this weekend?', dm, 'drinks this weekend'],
    ['Great seeing you today. Your eyes are gorgeous btw', dm, 'Your eyes are gorgeous'],
    // partisan rant on the practice page
    ['Liberals are ruining medicine. Find another practice if you disagree.', page, 'Find another practice'],
    // round 3: short dismissive sentences, sneering at groups, laughing at patients, flirting, hashtags
    ['Thanks for nothing is right. We’re done here.', reviewReply, 'We’re done here'],
    ['Customers who yell at our techs: you are why nobody stays. Grow up.', post, 'Grow up'],
    ['Then go somewhere else 👋', reviewReply, '👋'],
    ['Some of y’all need a reality check 💅', caption, 'Some of y’all need'],
    ['Had a pt refuse a 2-minute stretch because it was “too hard”. TWO MINUTES 😂', post, '😂'],
    ['When the 280 lb guy asks why his back hurts 🍔 #nosh*t', caption, 'sh*t'],
    ['Honestly our sessions are the highlight of my week. That jacket looked great on you', { site: 'instagram', kind: 'reply', account: 'personal', parent: 'Thanks for all the help!' }, 'the highlight of my week'],
  ];
  test.each(invalid)('flags %j', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
    expect(warnings(text, ctx)[0].message.length).toBeGreaterThan(20);
  });

  test('sarcastic praise is only sarcasm when the parent complained', () => {
    const text = 'Wow, such kind words 👏';
    expect(spans(text, reviewReply)).not.toEqual([]);
    expect(spans(text, { ...reviewReply, parent: 'Dr. Lee is the best, thank you!' })).toEqual([]);
  });

  test('mild swearing is a hint, not a warning', () => {
    const found = check('Feel like crap? We are open until 9.', page).filter((f) => f.ruleId === 'unprofessional-tone');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  test('spans map back through zero-width characters', () => {
    const text = 'What a s\u200bhit show.';
    expect(spans(text, post)).toEqual(['s\u200bhit']);
  });
});

describe('unprofessional-tone: group contempt, smiling jabs, self-defence, pet names, Spanish', () => {
  const reviewerLabs: CheckContext = { site: 'x', kind: 'reply', account: 'personal', parent: 'You said my scan was fine and now I need surgery. Thanks a lot 🙄' };
  const firing: Array<[string, CheckContext, string]> = [
    ['some parents really think the ER is a daycare 💀', post, 'some parents'],
    ['Every teen swears they brush twice a day. Liars, every one of them 😂', post, 'every one of them'],
    ['To the lady in bed 6 who called me "sweetie" all night: enjoy your enema 🙂', post, 'enjoy your enema 🙂'],
    ['Your potassium was 4.0 which is within range. Stop trashing me online.', reviewerLabs, 'Your potassium was 4.0'],
    ['Client spent the hour blaming everyone else. Sweetie, you are the problem.', post, 'Sweetie, you'],
    ['Esa gente no tiene vergüenza. Si no les gusta, váyanse a otra clínica.', page, 'no tiene vergüenza'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    ['Some patients think antibiotics help a cold. They don’t, and here is why.', post],
    ['Enjoy your long weekend, everyone 🙂 We reopen Tuesday.', page],
    ['So sorry about the wait. Her throat swab from Monday was negative; a nurse will call you today.', reviewerLabs],
    ['Honey, lemon and rest are the classics for a sore throat.', post],
    ['Lamentamos la espera. Si no le gusta el horario nuevo, llámenos y buscamos otra hora.', reviewReply],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: arguing the case, blaming a choice, flirting, laughs that are not ridicule', () => {
  const rashComplaint: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'The PA brushed me off and said my cough was "just allergies". It is NOT.' };
  const priceComplaint: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Paid $2,000 for a crown, what a ripoff.' };
  const thanksDoc: CheckContext = { site: 'instagram', kind: 'comment', account: 'personal', parent: 'Thanks for fixing my shoulder doc, you are a wizard' };
  const firing: Array<[string, CheckContext, string]> = [
    // arguing the facts of a case with a complainer
    ['It IS allergies. Your chest film was clear and your oxygen was fine.', rashComplaint, 'It IS'],
    ['The chest film we took was completely normal, which the PA explained to you twice.', rashComplaint, 'film we took was completely normal'],
    ['Actually, you were seen eight minutes after check-in; our system shows it.', rashComplaint, 'Actually, you were seen'],
    ['We placed the crown on the tooth listed on your signed consent form.', priceComplaint, 'signed consent form'],
    // blaming the complainer for a choice, sending them off
    ['Haha then go buy the cheap one online. You’re the one who wanted porcelain.', priceComplaint, 'You’re the one who'],
    ['Haha then go buy the cheap one online.', priceComplaint, 'Haha then go buy'],
    ['Nobody forced you to choose the premium option.', priceComplaint, 'Nobody forced you'],
    ['Maybe brush twice a day and you would not need crowns.', priceComplaint, 'Maybe brush twice a day and you would not need crowns'],
    ['Must be hard being the only patient who matters.', priceComplaint, 'Must be hard being'],
    // flirting with a patient
    ['Anytime handsome 😘 my table is always open for you', thanksDoc, 'Anytime handsome'],
    ['Thanks beautiful, come see me anytime', thanksDoc, 'Thanks beautiful'],
    ['You can lie on my table whenever you want 😉', thanksDoc, 'lie on my table'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    const found = warnings(text, ctx);
    expect(found.map((f) => text.slice(f.start, f.end))).toContain(span);
    expect(found.every((f) => f.ruleId === 'unprofessional-tone')).toBe(true);
  });
  const silent: Array<[string, CheckContext]> = [
    // a result given with an apology is disclosure (another rule), not an argument
    ['So sorry for the wait! Your chest film came back clear, a nurse will call today.', rashComplaint],
    ['We understand the cost is a lot. We offer payment plans; please call us at 555-0100.', priceComplaint],
    ['If it still hurts next week, then go see your dentist. Feel better!', priceComplaint],
    ['It is not your fault the scheduling system crashed; we are fixing it.', priceComplaint],
    // family, not a patient; business courtesy
    ['hey gorgeous, happy birthday sis!! see you at mom’s 🎉', dm],
    ['Thank you for the kind words! See you at your next visit 😊', thanksDoc],
    // a lone laugh in gossip or about oneself is not mocking (privacy is another rule's job)
    ['guess who came in today lol. his kid is fine AND his wife says hi', dm],
    ['Found a pt sticker on my badge after shift lol, the MRN was still on it', post],
    ['ugh the MRI machine broke again lol, pushing everyone to tomorrow', dm],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: irony at patients, public callouts, eye-rolls at groups', () => {
  const snippy: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'your receptionist needs an attitude adjustment' };
  const firing: Array<[string, CheckContext, string]> = [
    ['Gotta love when a patient tells me they "did their own research" on TikTok 🙃', post, 'Gotta love'],
    ['Living the dream: bed 7 just asked if he could vape in the shower 💀', caption, 'Living the dream'],
    ['To the people who booked a cleaning and ghosted us three times: we see you 👀', page, 'To the people who'],
    ['whoever left their cart across two spots today: your eyes were dilated and you still managed it. impressive 👏', post, 'whoever left their cart across two spots today'],
    ['nothing says "I take my meds" like asking for a refill 3 weeks early 😏', caption, 'nothing says "I take my meds" like asking'],
    ['pt in rm 3 swears he had "two beers". Sir you blew a 0.19', post, 'Sir you'],
    ['I AM the doctor, Karen 🙃', post, ', Karen'],
    ['Los padres que llegan tarde y luego se quejan… 🙄', post, '🙄'],
    ['Sounds like someone did not like being asked for an insurance card', snippy, 'Sounds like someone'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    ['Living the dream: three deliveries tonight and every baby healthy 💕', post],
    ['To everyone who came to our flu clinic: you rock! 👏👏', page],
    ['Who is ready for our open house? Reminder: you can bring the kids! 👀🎉', page],
    ['Nothing says "summer" like a fresh sunscreen routine ☀️ Stop by for free samples!', page],
    ['Invisalign or braces? 🤷‍♀️ Depends on your bite and how good you are about wearing aligners.', page],
    ['def rest it and ice it, it should calm down in a week', { ...comment, parent: 'my knee hurts after my run, should I rest it?' }],
    ['Hi! Winners are picked at random, you do not need to be a patient to enter 😊 Good luck!', { ...dm, account: 'business' }],
    ['Haha the tamale strikes again 😂 So sorry about the temp crown, call us today!', { ...reviewReply, parent: 'Broke my tooth on a tamale 😂 and the temp crown fell out 2 days later, 3 stars' }],
    ['We’re so sorry! Sir, you deserved better; please call us at 555-0100.', reviewReply],
    ['POV: telling a patient their "sprain" is a fracture 😬 (not a real pt)', caption],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: court, Spanish rebuttals, "the only one with a problem"', () => {
  const ctx = reviewReply;
  test.each([
    ['Post one more review like this and we will see you in small claims court.', 'small claims'],
    ['Usted llegó tarde y fue grosera con la recepcionista. No invente.', 'Usted llegó tarde'],
    ['We see hundreds of patients a week and you are the only one with a problem.', 'the only one with a problem'],
  ])('flags %s', (text, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test('a courteous Spanish reply is quiet', () => {
    expect(spans('Lamentamos mucho la espera. Por favor llámenos al 555-0199 para ayudarle.', ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: condescension, send-offs, flirting by text, emoji-only jabs', () => {
  const thanksAdjust: CheckContext = { site: 'instagram', kind: 'comment', account: 'personal', parent: 'Thanks for the adjustment! Feeling great' };
  test.each([
    ['Imagine leaving 1 star because a cleaning felt like a cleaning. Floss, Brenda.', reviewReply, 'Imagine leaving'],
    ['Floss, Brenda.', reviewReply, 'Floss, Brenda'],
    ['Best of luck with your new dentist 😇', reviewReply, 'Best of luck with your new dentist'],
    ['Bless your little heart 🙂', reviewReply, 'Bless your little heart'],
    ['cry harder lol', reviewReply, 'cry harder'],
    ['Our insurers are soulless parasites and I am done being polite about it.', page, 'soulless'],
    ['pt brought a "research" folder to the visit. 30 pages. tabbed. 🫠', post, '🫠'],
    ['Hey, it is your nurse from today. I know I shouldn’t but you’re really cute. Text me?', dm, 'I know I shouldn’t'],
    ['Come back for a "private session" anytime 😉', thanksAdjust, 'private session'],
    ['To the dad who let his kid lick the lobby floor: congrats on the stomach bug 🙃', post, 'To the dad who'],
  ])('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Floss. Your gums will thank you 🦷', page],
    ['Enjoy your new smile! See you at your 6-month check 😊', thanksAdjust],
    ['To everyone who ran our 5k: congrats 👏🎉', page],
    ['Hi, it is Dr. K’s office. Your crown is ready; reply YES to book a fitting.', dm],
    ['Read the sign-up sheet at the front desk for open slots.', reviewReply],
  ])('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: trash emoji, pet names at complainers, scare-quoted patients, kids, swearing with "hell"', () => {
  test.each([
    ['Thanks for the review! Filed it with the rest 🗑️', reviewReply, '🗑'],
    ['Sorry not everyone is seen the second they walk in, princess.', reviewReply, ', princess'],
    ['Pt asked if his emotional support iguana could come to his MRI. I cannot make this stuff up 😂', post, 'make this stuff up'],
    ['pulled a bead out of a 5 year old’s ear and her dad said "she hates jewelry" 😭😭', post, '😭😭'],
    ['If you can’t control your kids in our lobby, don’t bring them.', page, 'control your kids'],
    ['Some of our "patients" think the rules don’t apply to them.', page, 'patients'],
    ['Who the hell books six new patients at 4pm on a Friday', post, 'Who the hell'],
    ['You looked amazing in that gown today 😉 maybe next time I can see you out of it', dm, 'see you out of it'],
    ['ur ex’s new gf came in today 💀 her posture is as bad as her taste', dm, 'as bad as her'],
  ])('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['When the 4-year-old asks if the tooth fairy takes Venmo 😂 kids are the best', post],
    ['Sat in on a fitting where our pt heard her grandson for the first time in years. Cried in the parking lot 😭', post],
    ['Bro your mom’s potassium was 6.8 when she came in, that’s why we kept her. She’s ok now lol', dm],
    ['Thanks, buddy! See you next week 😊', { ...comment, parent: 'Thanks doc, knee feels great' }],
  ])('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: the facts of their care told back to a complainer', () => {
  const ctx = (parent: string): CheckContext => ({ site: 'facebook', kind: 'review-reply', account: 'business', parent });
  test.each([
    ['Your daughter had a virus. Antibiotics would not have helped, as Dr. Moss explained at the visit.', 'Dr. Moss refused antibiotics and my daughter got worse!', 'Your daughter had'],
    ['The deposit is in the agreement you initialed on 2/9.', 'Nobody told me about a $200 deposit!', 'you initialed'],
    ['You attended 3 of your 10 sessions, so it is hard to expect results.', 'Useless physio, did nothing for me', 'You attended'],
    ['Your visit was billed as a level 4 because you brought up four separate problems.', 'Overcharged for a simple visit', 'Your visit was'],
    ['No es cierto. Su radiografía salió normal y se lo explicamos en la consulta.', 'Pésima atención, me diagnosticaron mal', 'No es cierto'],
  ])('flags %s', (text, parent, span) => {
    expect(spans(text, ctx(parent))).toContain(span);
  });
  test.each([
    ['We are so sorry your daughter is still sick. Please call us today so we can help: 555-0140.', 'Dr. Moss refused antibiotics and my daughter got worse!'],
    ['Thank you for telling us. Our billing team can walk you through any charge: 555-0111.', 'Overcharged for a simple visit'],
    ['Your refill is ready now, sorry for the wait!', 'Still no refill after 3 days!!'],
  ])('silent on %s', (text, parent) => {
    expect(spans(text, ctx(parent))).toEqual([]);
  });
});

describe('unprofessional-tone: mocking patients without a laugh', () => {
  test.each([
    ['Overheard in triage: "I’m allergic to everything except Dilaudid." Sure you are, buddy.', post, 'Sure you are'],
    ['Patient of the week award goes to the guy who tried to pay his copay in arcade tokens 🏆', post, 'award goes to the guy'],
    ['Had a dad refuse the hep B shot because of a Facebook video. Natural selection at work.', post, 'Natural selection'],
    ['pt swears he has one beer a week. his liver says otherwise 🍺', post, 'liver says otherwise'],
    ['The smell when I took off that guy’s cast 🤮', post, 'The smell'],
  ])('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Adult ibuprofen: 200–400 mg every 4–6 hours, unless your doctor says otherwise.', page],
    ['Employee of the month award goes to our whole front desk team! 🏆', page],
    ['Patient of the day: a 92 year old who walked laps to get home for her great-grandson’s birthday ❤️', post],
  ])('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: flirting and veiled threats, more forms', () => {
  test.each([
    ['I was your nurse last night 😊 couldn’t help noticing you’re not wearing a ring... coffee sometime?', dm, 'coffee sometime'],
    ['Only because you were my favorite to work on 😍 call me when you need a "follow up" 😉', { ...comment, parent: 'Best physio ever, my shoulder is back!' }, 'my favorite to work on'],
    ['We know exactly who you are and where you live.', reviewReply, 'know exactly who you are'],
    ['We have your address and your balance. Choose your next words carefully.', reviewReply, 'We have your address'],
  ])('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['coffee sometime? been forever since nursing school!!', dm],
    ['Think twice before skipping your flu shot this year!', page],
    ['Find a clinic near where you live with our new map 🗺️', page],
  ])('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: gossip laughs, hygiene sneers, groups of patients, threats of exposure, retorts', () => {
  const lipsJab: CheckContext = { site: 'instagram', kind: 'comment', account: 'personal', parent: 'Your filler work looks awful, who let you near a needle' };
  const sideEffect: CheckContext = { site: 'x', kind: 'review-reply', account: 'business', parent: 'The pills you gave me wrecked my stomach for a week. Awful.' };
  const gumComplaint: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'The dentist was so rough my gums hurt for days. Never going back.' };
  const refillComplaint: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: '1 star. They would not refill my meds and treated me like a criminal.' };
  test.each([
    ['omg the guy from the hardware store came in for a vasectomy consult today, he\'s like 72 lol', dm, 'lol'],
    ['you would not guess who is on my caseload now. the town librarian. I\'m dead 😭😭', dm, "I'm dead"],
    ['the principal from the middle school got a crown today and whined the whole time lmaooo', caption, 'lmaooo'],
    ['pt in chair 2 hasn\'t flossed since high school and it showed lol', caption, 'lol'],
    ['my plants are doing great. unlike my 3pm patient lol jk', caption, 'lol'],
    ['fun fact: 9 out of 10 parents who say "she ate a healthy breakfast" are fibbing 😂', caption, 'parents who'],
    ['Keep the bad reviews coming and your account goes to collections and I tell everyone why you came in.', dm, 'tell everyone why'],
    ['lol mind your own business, I\'ll wear what I want on my day off', lipsJab, 'mind your own business'],
    ['So sorry! Stomach upset is common with it, and we did tell you to take it with dinner.', sideEffect, 'we did tell you'],
    ['Your refill wasn\'t sent because you had already filled it at another store last week.', refillComplaint, 'Your refill wasn\'t'],
    ['Our hygienists are very gentle. Sore gums come from plaque, which we went over at your cleaning.', gumComplaint, 'which we went over at your cleaning'],
    ['😘 counting down the days, you\'re my favorite appointment all month', dm, 'counting down the days'],
    ['total a**es at the spa today 🙄', caption, 'a**es'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Hey Marco, someone saw your reel from the supply closet, pls take it down, the patient board is in the shot.', dm],
    ['GORGEOUS 😍 all those visits paid off and that gap is gone', { site: 'instagram', kind: 'comment', account: 'personal', parent: 'new smile who dis ✨ thanks @brightdental' } as CheckContext],
    ['Shoutout to R.J., my old soccer coach turned rehab pt, who walked the hallway today and STILL yelled drills at me 😂', caption],
    ['Parents who bring snacks for the front desk are the best lol ❤️', caption],
    ['lol the mayor came to our blood drive today, thanks for rolling up your sleeve!', caption],
    ['Counting down the days to our new office opening! See you there 🎉', page],
    ['Your cousin is on my schedule Tuesday, tell her I said hi lol', dm],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: irony about one’s own job, and taking a jab with a laugh', () => {
  const jab: CheckContext = { site: 'x', kind: 'comment', account: 'personal', parent: 'Hot take: orthodontists are just overpriced wire benders.' };
  test.each([
    ['Nothing says "five-star clinic life" like mopping up a spilled specimen at midnight 🫠', caption],
    ['haha we do love a good wire 😂 but we also fix bites that cause jaw pain, so I\'ll take it', jab],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
  test.each([
    ['Nothing says "I read the instructions" like showing up after eating a full breakfast 🙃', caption, 'Nothing says "I read the instructions" like showing'],
    ['lol sure, overpriced 😂', jab, '😂'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
});

describe('unprofessional-tone: fond titles, fond sass, a dismissive "lol ok" only on its own', () => {
  test.each([
    ['Pt told me she is allergic to codeine "and also Tuesdays." Sir. Same. 😂', post],
    ['My 90 yo resident asked for the glitter nail polish today. Room 9 stays iconic 💅', caption],
    ['lol ok for ur sore throat try warm salt water, I\'ll drop off some honey later', dm],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
  test.each([
    ['lol ok Brad. Maybe read the aftercare sheet next time.', reviewReply, 'lol ok Brad'],
    ['lmao okay. enjoy your Google degree', comment, 'lmao okay'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
});

describe('unprofessional-tone: condolences', () => {
  const grief: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'My father passed in your ICU and nobody called us for hours. How is that acceptable?' };
  test('silent on a condolence', () => {
    expect(spans('We are so sorry for your loss. Please call our patient advocate at 555-0100 so we can talk.', grief)).toEqual([]);
  });
  test('flags "your loss" as a send-off', () => {
    expect(spans('Then go elsewhere. Your loss 👋', reviewReply)).toContain('Your loss');
  });
});

describe('unprofessional-tone: praise for those who do right, scolding the public, "any day u want"', () => {
  const slowVisit: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Sat in the lobby forever and the tech was short with me. Not great.' };
  const crush: CheckContext = { site: 'instagram', kind: 'comment', account: 'personal', parent: 'ur so cute in those scrubs 😍 when can i book with u' };
  test.each([
    ['Sorry to hear that! Our techs love helping patients who arrive on time and bring their paperwork 😊', slowVisit, 'helping patients who arrive on time'],
    ['Please stop calling the office to ask for refills without a visit. It will not happen. 🙄', page, '🙄'],
    ['haha any night u want 😘 I\'ll save u the last slot', crush, 'any night u want'],
    ['bro read ur own emails, the form was attached lol', { ...comment, parent: 'you guys NEVER send the forms, useless' }, 'read ur own'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['We are sorry about the wait. We now text patients who arrive early when a room opens up. Please call 555-0100.', slowVisit],
    ['Tip: stop by the front desk to ask about our sliding-scale fees!', page],
    ['Any day you want to come by for a tour, just call us!', page],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: hygiene sneers, sign-offs with an edge', () => {
  test.each([
    ['Scaled a guy today who has not flossed since the 80s, I needed a chisel', caption, 'has not flossed since the 80s'],
    ['To the patient who asked if our hygienist was "even licensed": she has 20 years in. Have a blessed day 😇', page, 'Have a blessed day'],
    ['Our policy is posted at the desk. Have a nice day 🙃', reviewReply, 'Have a nice day 🙃'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['After hip surgery most patients have not showered in days, and that is fine: sponge baths work.', page],
    ['We are sorry about the wait. Please call us at 555-0100. Have a blessed day!', reviewReply],
    ['Happy Sunday from all of us, have a blessed day 😊', page],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: smugness and blame at a complainer', () => {
  const gums: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Two stars. The hygienist was rough and my gums hurt for a week.' };
  const jab: CheckContext = { site: 'x', kind: 'comment', account: 'personal', parent: 'dentists are just expensive tooth mechanics lol' };
  const rude: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: '1 star. Rude receptionist, never again.' };
  const billed: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Charged me for an exam that took five minutes. Ridiculous.' };
  test.each([
    // a wink or smirk about what the complainer did
    ['Sounds like your flossing took the summer off 😉 see you in six months!', gums, '😉'],
    ['Hmm, maybe brushing more than once a day would help with that.', gums, 'Hmm, maybe brushing more than once a day would help with that'],
    ['Our schedule runs on time for everyone else, so maybe set an alarm next time.', rude, 'maybe set an alarm next time'],
    ['Maybe practise being polite on the phone instead of leaving reviews.', rude, 'Maybe practise being polite on the phone instead of leaving reviews'],
    ['Funny, nobody else has complained about her in fifteen years.', rude, 'nobody else has complained'],
    ['Twenty years at this desk, so maybe look in the mirror 🙂', rude, 'maybe look in the mirror 🙂'],
    ['We would be happy to refund the $0 you paid after insurance.', billed, 'refund the $0'],
    ['Still cheaper than a mechanic, but ok 💅', jab, '💅'],
    // arguing the case: what they did, with a defence
    ['Mr. Dale, you tried to pick up your alprazolam a week early again. We follow the law.', billed, 'you tried'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    // playful advocacy, courteous invitations, apologies
    ['We’ll take it 😉 Mechanics with a lot of science behind the wrench!', jab],
    ['Glasses are just the part you see 😉 we also screen for glaucoma every day.', jab],
    ['Thank you for telling us. Perhaps give our billing manager a call at 555-0142 so we can sort it out.', billed],
    ['We’re so sorry. Maybe we can find you an earlier slot next time; please call the front desk.', rude],
    ['Maybe next time we can text you when we are running behind. Thanks for the feedback.', rude],
    ['Do you take Medicaid for kids? We do! Give us a call 😉', { ...page, kind: 'reply', parent: 'Do you take Medicaid for kids?' }],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: mocking patients in posts and DMs', () => {
  test.each([
    // a complaint in scare quotes standing for the patient; a sarcastic "ok champ"
    ['shoutout to the \'broken ankle\' in room 7 who walked out to smoke', caption, "the 'broken ankle' in room 7"],
    ['the lady in bay 2 with the "allergic reaction" that is CLEARLY a hangover insists she is fine. ok champ', post, 'ok champ'],
    // the patient's self-report quoted, with irony
    ['when they swear they \'only had two beers\' and the BAC says otherwise 🍺👀', post, '👀'],
    ['the client who ghosted me after 2 sessions posted that \'therapy doesn\'t work\' 💀', post, '💀'],
    // an outburst retold with irony
    ['the patient who screamed at me over a copay just requested me by name 🙃', post, '🙃'],
    // a patient's weight in a joke; disgust at their body
    ['380 lb lady stuck in the bathtub again. my SPINE 😩', post, '380 lb lady'],
    ['y\'all please brush your disgusting coffee breath away before your cleaning 🤢', post, 'your disgusting'],
    // an appointment slot as the person; a grown man laughed at
    ['my 3:30 is back and she STILL hasn\'t done her exercises 🙄', dm, '🙄'],
    ['a grown man crying over a flu shot like it was open heart surgery 😂😂', post, '😂'],
    // Spanish: a public figure drunk in the ER, laughed at
    ['No van a creer: el pastor llegó a urgencias borracho y con la cara rota 🤣', post, '🤣'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Case of the week (details changed): a \'simple toothache\' that turned out to be a cracked molar 👀 #DentalEducation', page],
    ['when they say \'nurses just follow orders\' 👀 come shadow me for one shift. #nursesweek', post],
    ['Bariatric safety: moving a 350 lb patient takes four staff and a lift.', page],
    ['PSA: 400 lb of donated supplies went out to the shelter today ❤️', post],
    ['my 2 kids were SO annoying on the drive today 🙄 send coffee', caption],
    ['my 3 o\'clock canceled so I am finally eating lunch 🙌', caption],
    ['POV your friend texts \'is it normal my tooth hole smells\' 💀 yes babe, dry socket, call your dentist', caption],
    ['lol no worries, it\'s a nasty bug going around 🤢 hope she feels better', { ...comment, kind: 'reply', parent: 'sorry my kid was sick in your car' }],
    ['trust me I\'m a dental assistant 💅 floss daily, people', post],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: flirting and masked profanity', () => {
  test.each([
    ['to the cutie in the blue scrubs at my 11am today 😍 if u see this, the front desk has my number', caption, 'cutie'],
    ['hey it\'s Dan from your appointment, not to be weird but are u single?', dm, 'are u single'],
    ['this f-ing printer ate my discharge papers again', post, 'f-ing'],
    ['total sh*tshow tonight, three codes', post, 'sh*tshow'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Date night with the cutie I married 😍 12 years today!', caption],
    ['Hi Sam, it is Jess from the clinic: your 2pm appointment moved to 3pm. See you then!', dm],
    ['There is a hole in the tooth, a small one; we will fill it Friday.', page],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: sardonic farewells and openers, causal blame, orders', () => {
  const hurt: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Rude staff and the doctor rushed me. Never coming back.' };
  const sickPet: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'worst vet ever, my dog is still sick' };
  test.each([
    ['We will try to survive without you 🙏', hurt, 'survive without you'],
    ['Interesting, since the doctor spent 35 minutes with you. But ok.', hurt, 'Interesting, since'],
    ['Odd, considering you left smiling.', hurt, 'Odd, considering'],
    ['He is still sick because you stopped the antibiotics after two days.', sickPet, 'because you stopped'],
    ['Read the label.', sickPet, 'Read the label'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Hmm, that does not sound like us. Please call 555-0100 so we can look into it.', hurt],
    ['We’re sorry he is still unwell. Because we can’t discuss a pet’s care here, please call us today.', sickPet],
    ['Funny you should ask: our new hours start Monday!', { ...page, kind: 'reply', parent: 'are you open Saturdays now?' }],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: a patient’s know-it-all claims, internet research and mock awards, laughed at', () => {
  test.each([
    ['Had a guy today who skipped checkups for a decade tell me HE knows more about diabetes than me 😂', post, '😂'],
    ['My 10am brought a printout from TikTok about why sunscreen causes cancer 🙃', caption, '🙃'],
    ['Hall of fame: the lady who tried to pay her copay in arcade tokens 🏆😂', post, '😂'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['Common myth: WebMD says every headache is a tumor. Ask us instead! 😂', page],
    ['My 9am brought me homemade banana bread and I may cry 🥲 patients are the best', caption],
    ['Employee of the month hall of fame: our front desk hero Dana 🏆😂', page],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

test('unprofessional-tone: "one of ours", "vino a la clínica": someone the author treats, laughed at in a DM', () => {
  expect(spans('omg the new pastor is one of ours now and his cholesterol is NOT holy 😂😂', dm)).toContain('😂');
  expect(spans('jajaja adivina quién vino a la clínica hoy, tu ex, con la misma receta de siempre 😂😂', dm)).toContain('😂');
  expect(spans('jajaja adivina quién vino a la fiesta hoy, tu ex 😂😂', dm)).toEqual([]);
});

describe('unprofessional-tone, round 8 classes: arguing the facts of a case', () => {
  const er: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'My daughter waited 4 hours in your ER. Disgraceful.' };
  const lost: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'You guys lost my lab results!!' };
  const refill: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Dr. K refused to refill my pain meds. Heartless.' };
  const therapy: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Counselor was useless, nothing changed.' };
  test.each([
    ['Your daughter had a minor sprain and was seen after two trauma patients. That is how emergency rooms work.', er, 'Your daughter had'],
    ['Nothing was lost. The lab called you on the 14th and you didn’t pick up.', lost, 'you didn’t pick up'],
    ['We do not refill opioids for patients who have failed two drug screens.', refill, 'failed two drug screens'],
    ['You only attended 3 of 10 sessions, so the results were predictable.', therapy, 'You only attended'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['We’re sorry for the long wait. ER waits depend on how many critical patients arrive; please call our patient advocate at 555-0150.', er],
    ['We can’t discuss anyone’s care here. Results are posted to the portal within 3 business days, and our lab line is 555-0190.', lost],
    ['Our policy is that controlled medications are refilled only at a visit. We’d be glad to schedule one: 555-0101.', refill],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone, round 8 classes: go-elsewhere send-offs and talking down', () => {
  const prices: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Your prices are a scam.' };
  test.each([
    ['Feel free to take your business to the discount place down the street 😬', prices, 'Feel free to take your business'],
    ['There are plenty of other dentists in town. Good luck!', prices, 'plenty of other dentists'],
    ['If you think vaccines cause autism, please don’t bring your kids here. We don’t have the time or the crayons to explain it.', page, 'don’t bring your kids here'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx).join(' | ')).toContain(span);
  });
  test.each([
    ['Crayons and coloring sheets are in the waiting room for our little patients 🖍️', page],
    ['Our youngest patient drew us a thank-you card in crayon ❤️', page],
    ['We understand. Our fees are listed online, and we offer payment plans: 555-0100.', prices],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

test('unprofessional-tone: Spanish blame at a complainer, and blame denied', () => {
  const espera: CheckContext = { site: 'facebook', kind: 'review-reply', account: 'business', parent: 'Pésima atención, esperé dos horas.' };
  expect(spans('Si hubiera llegado a tiempo no habría esperado tanto, señora.', espera)).toContain('Si hubiera llegado');
  expect(spans('Qué raro, los demás pacientes están felices. Tal vez el problema es usted.', espera)).toContain('Tal vez el problema');
  expect(spans('No es su culpa; lamentamos la espera. Llámenos al 555-0144.', espera)).toEqual([]);
});

test('unprofessional-tone: a kiss and "cutest" to a friend is not flirting with a patient; to a patient it is', () => {
  expect(spans('thank youuu 😘 you’re the cutest', { site: 'instagram', kind: 'reply', account: 'personal', parent: 'omg your new haircut!!' })).toEqual([]);
  expect(spans('anytime 😘 you’re the cutest', { site: 'instagram', kind: 'reply', account: 'personal', parent: 'thank you for fixing my knee doc!' }).length).toBeGreaterThan(0);
});

describe('unprofessional-tone, round 8 classes: a clinician contacting a patient to flirt, and partners and friends', () => {
  test.each([
    ['Hey, it’s your PT from Tuesday 🙂 couldn’t stop thinking about your smile. Are you free this weekend?', dm, 'couldn’t stop thinking about your'],
    ['saw ur number on the intake form lol hope that’s ok. wanna get dinner?', dm, 'saw ur number on the intake'],
  ] as Array<[string, CheckContext, string]>)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  test.each([
    ['babe can you grab dinner on the way home? 😘', dm],
    ['thank you gorgeous!! love you 😘', { site: 'instagram', kind: 'comment', account: 'personal', parent: 'happy bday girl!! 🎂' }],
  ] as Array<[string, CheckContext]>)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('unprofessional-tone: taunts, the case argued with evidence, a patient asked out', () => {
  const flagged: Array<[string, CheckContext, string]> = [
    ['And yet here you are, reading every post we make 😘', comment, 'And yet here you are'],
    ["Please don't come back. You were asked twice to wait your turn.", reviewReply, "Please don't come back"],
    ['We pulled the camera footage and nobody was rude to you.', reviewReply, 'We pulled the camera footage'],
    ['not supposed to say this but you looked really good at therapy today 😏', dm, 'not supposed to say this but'],
  ];
  test.each(flagged)('flags: %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    ['We stand by our team, and we would still like to hear from you: 555-0100.', reviewReply],
    ['Welcome back to the clinic! Drinks and snacks are in the lobby.', page],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(warnings(text, ctx)).toEqual([]);
  });
});
