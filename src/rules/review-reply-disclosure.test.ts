import { describe, expect, test } from 'vitest';
import { renderTemplate } from '../shared/templates';
import { check } from './index';
import type { CheckContext, Kind } from './types';

const on = (parent: string, kind: Kind = 'review-reply'): CheckContext => ({ site: 'facebook', kind, account: 'business', parent });
const question = (parent: string): CheckContext => ({ site: 'instagram', kind: 'comment', account: 'business', parent });

const findings = (text: string, ctx: CheckContext) => check(text, ctx).filter((f) => f.ruleId === 'review-reply-disclosure');
const spans = (text: string, ctx: CheckContext) => findings(text, ctx).map((f) => text.slice(f.start, f.end));

describe('review-reply-disclosure', () => {
  const valid: Array<[string, CheckContext]> = [
    // the compliant reply: thanks, no confirmation, an invitation to call
    ["Thank you for sharing this. We can't discuss anyone's care online, but our office manager, Luis, would like to hear more: 555-0199.", on('Worst dentist ever. Rude and slow.')],
    ['Thanks for the kind words! We will pass them along to the team 💙', on('Dr. Moore is the best, 5 stars!')],
    ['Lamentamos leer esto. Por privacidad no podemos hablar de ningún caso aquí. Llame a nuestra gerente al 555-0142.', on('Muy mal servicio.')],
    // policy explained in general terms
    ['Our cancellation policy asks for 24 hours notice for every appointment; it is posted at check-in and on our website.', on('They charged me a fee for cancelling!')],
    // offers to prospective patients confirm nothing
    ['Yes, we take Aetna! Call 555-0100 to book your first appointment.', question('Do you take Aetna? Looking for a new dentist')],
    ['Most people are back to work 2 to 3 days after wisdom teeth removal. Call us to schedule your consult.', question('How long is recovery after wisdom teeth removal?')],
    ['Ask us about fluoride varnish at your kids\' next cleaning!', question('Town council votes to end fluoridation')],
    // general advice, and deferring to the person's own clinician
    ['Retinoids generally are not recommended in pregnancy, so please check with your OB before using them.', question('Can I use tretinoin while pregnant?')],
    // a reply to someone asking about their mother's care speaks of the mother: a third party, not the person answered
    ['Fue un gusto atender a su mamá. La esperamos el viernes.', on('Gracias por atender a mi mamá')],
    ["Your husband's labs were normal when he left.", on('You sent my husband home!')],
    // general advice to someone who did not say they were treated here
    ['For a 30 lb child that is 5 mL of children\'s ibuprofen every 6 to 8 hours. Call us if it continues.', question('is ibuprofen ok for my toddler?')],
    // not about anyone's care at all
    ['Yes! Open 9 to 3 on Thanksgiving Day 🦃', question('Are you open on Thanksgiving?')],
    ['The only joke here is your attitude.', on('Your clinic is a joke.', 'reply')],
    // general scheduling and pricing talk to a prospective patient, and a thank-you for a community event
    ['We have openings most weekdays! Call 555-0100 and the front desk will find a time that works.', question('Are you taking new patients?')],
    ['Thanks for coming out to the 5K, it was great to have the whole community there!', question('Fun race this morning!')],
    ['Our no-show fee is $25 and applies to every appointment missed without 24 hours notice.', question('Do you charge for missed appointments?')],
  ];
  test.each(valid)('quiet: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });

  // [text, context, the phrase that confirms] — the finding names the phrase in its message.
  const invalid: Array<[string, CheckContext, string]> = [
    ["We're sorry your extraction was so uncomfortable. Please call us.", on('Extraction hurt like crazy. 2 stars.'), 'your extraction'],
    ['Our records show you cancelled twice, so the fee applies.', on('They charged me a no-show fee!!'), 'Our records'],
    ['We checked your chart and the doctor did explain the risks.', on('Nobody told me about the side effects.'), 'your chart'],
    ['See you at your next cleaning, Tasha! 😊', question('Love this office!'), 'See you at your next'],
    ['Thanks for being such a loyal patient all these years, Gary!', on('Best dentist in town.'), 'loyal patient'],
    ['It was great seeing you on Tuesday! Hope the new glasses are working out 👓', question('Love my new frames!'), 'great seeing you'],
    ['So sorry your wait was so long last week. We had two emergencies.', on('Waited an hour.'), 'your wait'],
    ['Maybe if you followed our instructions you would have healed faster.', on('Still in pain 3 weeks later!'), 'followed our instructions'],
    ["We're sorry we couldn't fit you in sooner, Brian.", on('Took three weeks to get an appointment.'), "couldn't fit you in"],
    ["If you don't like it, don't come back.", on('Rude front desk.', 'reply'), "don't come back"],
    // second person + care, health or bill noun; records looked up; appointments already booked
    ['Hi Norbert! Your lisinopril is ready at the window 😊', question('Is my refill ready?'), 'Your lisinopril'],
    ['Sorry about that! Your $85.20 credit went out Friday.', on('Still waiting on my refund.', 'reply'), 'Your $85.20 credit'],
    ["We're proud of how far you've come since your hospitalization.", on('Five stars, you got me through it.'), 'proud of how far'],
    ["So sorry for the hold! We pulled up Mila's chart and a nurse will call.", on('On hold 40 minutes about my daughter.', 'reply'), "pulled up Mila's chart"],
    ['So glad it helped! See you on the 21st 🙂', on('Your session changed my week, thank you', 'reply'), 'See you on the 21st'],
    ['We remember you. Please find another clinic.', on('Worst place ever.', 'reply'), 'We remember you'],
    ['Maybe if you had worn the retainer like we told you, it would fit.', on('My teeth moved back, waste of money.'), 'Maybe if you had worn'],
    // the person says they were treated here, and the reply answers the care question itself
    ['Totally normal on day 3! Keep icing and call us if it gets worse.', on('had my implant placed with you guys on Monday, is this swelling normal?', 'reply'), 'Totally normal on day 3'],
    // Spanish
    ['Su tratamiento va muy bien, nos vemos el jueves.', on('Gracias por todo'), 'Su tratamiento'],
    ['Lamentamos que su extracción le haya dolido. Llame a la oficina.', on('Me dolió mucho la extracción.'), 'su extracción'],
    ['Nuestros registros muestran que usted no asistió a su cita.', on('Me cobraron sin razón.'), 'Nuestros registros'],
    ['¡Fue un placer atenderla! Saludos a su mamá.', on('¡Gracias doctora!'), 'Fue un placer atenderla'],
    // recall of their choices and visits, rescheduling, fee and attendance arguments, "it was me"
    ['So glad you went with the titanium frames, they suit you!', on('Love my new glasses from this place!'), 'So glad you went with'],
    ["Of course! Call us and we'll find a new spot for you.", question('can I move my appointment to next week?'), 'find a new spot'],
    ['The forms you signed at intake explain the fee.', on('Ridiculous fee for cancelling!'), 'forms you signed'],
    ['Maybe if you had shown up on time you would have had the full hour.', on('The session was cut short!'), 'if you had shown up'],
    ['Aww it was me!! Hope you are feeling better.', question('Thank you to the nurse who stayed with me during my colonoscopy'), 'it was me'],
    ['¡Gracias a ti! Te esperamos en tu próxima cita.', on('Gracias por todo'), 'Te esperamos en tu próxima'],
  ];
  test.each(invalid)('warns: %s', (text, ctx, phrase) => {
    const found = findings(text, ctx);
    expect(found).toHaveLength(1);
    expect(found[0].ruleId).toBe('review-reply-disclosure');
    expect(found[0].message).toContain(phrase);
  });

  test('answering a review, the phrase is marked and the fix is the professional template for the whole reply', () => {
    const text = '  Our records show you cancelled twice, so the fee applies.  ';
    const settings = { practiceName: 'Maple Dental', practicePhone: '555-0100' };
    const [finding] = check(text, on('Charged me for nothing!'), settings).filter((f) => f.ruleId === 'review-reply-disclosure');
    expect(text.slice(finding.start, finding.end)).toBe('Our records show');
    expect(finding.suggestion?.replacement).toBe(renderTemplate('negative-review', settings));
    expect(finding.suggestion?.replaces).toBe('all');
  });

  test('a Spanish reply gets the Spanish template', () => {
    const text = 'Lamentamos que su extracción le haya dolido.';
    const [finding] = findings(text, on('Pésimo, me dolió todo.'));
    expect(finding.suggestion?.replacement).toBe(renderTemplate('negative-review-es', {}));
  });

  test('answering a question, only the confirming phrase is marked', () => {
    const text = 'Great question! See you at your next cleaning and we can look.';
    expect(spans(text, question('Is it normal for gums to bleed when I floss?'))).toEqual(['See you at your next cleaning']);
  });

  test('does not apply to posts or direct messages', () => {
    expect(findings('Our records show you cancelled twice.', { site: 'x', kind: 'post', account: 'business' })).toEqual([]);
    expect(findings('Our records show you cancelled twice.', { site: 'x', kind: 'message', account: 'business' })).toEqual([]);
  });
});

describe('review-reply-disclosure: general reply features', () => {
  test.each<[string, CheckContext, string]>([
    // the practice acting on the person
    ['Wow, after we fixed your bite you still post this?', on('Terrible place, 1 star.'), 'we fixed your'],
    ['Use the drops we prescribed you, twice a day.', question('my eye is still red'), 'we prescribed you'],
    // the person's own care history, with a care word in the clause
    ['Honestly you stopped coming to your adjustments after March.', on('Still in pain, waste of money.'), 'you stopped'],
    // Spanish: clitic + care verb, and "sus sesiones"
    ['La doctora puede verla esta semana.', on('Me duele todavía.'), 'verla'],
    // a slot offered to the person
    ['Hey! We can do Friday at 4, does that work?', question('any openings this week? my crown fell off'), 'Friday at 4'],
    // clinical specifics answering a first-person complaint
    ['Your EKG and troponin were normal, which is good news.', on('I waited 4 hours for nothing. Awful.'), 'EKG'],
  ])('flags %s', (text, ctx, part) => {
    const found = spans(text, ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.includes(part) || text.includes(s))).toBe(true);
  });
  test.each<[string, CheckContext]>([
    // hypothetical and general: no person's history
    ['If you stopped the antibiotic early, call a pharmacist.', question('what if I miss a dose of amoxicillin?')],
    ["We'd love to see you! Call 555-0100 to book.", question('Are you taking new patients?')],
    // a general example about someone else, answering a jab at the profession
    ["Last week a colleague caught a dosing error on a baby's seizure med. Happy to chat anytime.", on('Pharmacists are overpaid pill counters')],
    // the general-knowledge answer to a complaint that is not about the writer's own care
    ['Overtreatment does happen. Ask to see the x-ray and why a filling will not do.', on('Dentists just upsell crowns, a racket')],
  ])('stays quiet on %s', (text, ctx) => expect(findings(text, ctx)).toEqual([]));
});

describe('review-reply-disclosure: round 5 classes', () => {
  const confirmed: Array<[string, CheckContext]> = [
    ['So glad! Keep taking the amoxicillin 500 mg until it is gone.', on('@DrY thanks for seeing me yesterday', 'reply')],
    ['No judgment ever. If you have not yet, take it tonight.', on('thank you for being kind when I picked up my Plan B', 'reply')],
    ['We are so sorry about the wait today. That is on us.', on('Two hours for a refill, seriously')],
    ['Looks like your insurance denied the claim, so we are calling your doctor now.', on('Why is my prescription not ready?', 'reply')],
    ['You have the best smile in my chair, see you more often!', on('thanks for fixing my wire', 'reply')],
    ['We should have offered you a different therapist after the second cancellation.', on('My counselor keeps cancelling.')],
    ["Can't wait to see that smile when they come off!", on('braces off next week!!', 'comment')],
  ];
  test.each(confirmed)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });

  const silent: Array<[string, CheckContext]> = [
    ['Please never stop your blood pressure medicine on your own; call us and we can check the lot.', on('Saw a recall on the news??', 'comment')],
    ['Honestly just take it easy and drink water, it works for me.', on('ugh this cold, any tips?', 'comment')],
    ['We cannot discuss anyone’s care online. Please call our manager at 555-0100.', on('Worst pharmacy ever, lost my prescription')],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
});

describe('review-reply-disclosure: round 6 classes', () => {
  const confirmed: Array<[string, CheckContext]> = [
    // the reply speaks of the person's own visit
    ['So sorry, we were short-staffed with flu cases that afternoon and it showed.', on('Waited 90 minutes past my appointment time.')],
    ['Yay, so glad it worked out for you yesterday! Come back anytime.', on('Got in same day, thank you!!', 'reply')],
    ['Oh no! Restart the night splint and the calf stretches.', on('my heel pain is back, help', 'reply')],
  ];
  test.each(confirmed)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });

  const silent: Array<[string, CheckContext]> = [
    ["We're sorry to hear that. We can't discuss any visit online; please call our manager at 555-0100.", on('Waited 90 minutes past my appointment time.')],
    ['Great question! Most heel pain gets better with stretching and good shoes.', on('does heel pain ever go away?', 'comment')],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
});

describe('review-reply-disclosure: round 6, more ways to confirm and to stay clear', () => {
  const confirmed: Array<[string, CheckContext]> = [
    // a billing act for this person
    ['We understand, Dana. We will waive the late fee this time.', on('Charged me a late fee because of traffic. Ridiculous.')],
    // warm acknowledgments of their care
    ['Glad Dr. Ruiz took good care of you! We shared your note with her.', on('Front desk was slow but the doctor was kind.')],
    ['We love seeing your family!!', on('Best pediatric office in town, the kids adore you')],
    ['So glad you are home! You were the sweetest one on our floor.', on('Home at last after my surgery, thank you all!!', 'comment')],
  ];
  test.each(confirmed)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });

  const silent: Array<[string, CheckContext]> = [
    // what the practice does in general, to a jab at the profession
    ['Happy to! We diagnose glaucoma, macular degeneration and even tumors every week.', on('eye doctors just sell glasses, change my mind', 'comment')],
    // a hypothetical, not their care
    ['Fair enough. Enjoy your next kidney stone without us.', on('ER doctors are overpaid, change my mind', 'comment')],
    // advice to someone who asked for it
    ['Most sinus infections are viral at day 5; saline rinses help.', on('do u think i need antibiotics for my sinus infection? so annoyed', 'reply')],
    // an adult relative's care: patient-privacy's business, not a confirmation about the person answered
    ['His hip was splinted within the hour and he moved to a room as soon as one opened.', on('Your ER left my grandpa in a hallway for 9 hours!!')],
    // opening hours with a day and a time are not an appointment
    ['We are closed Thanksgiving Day but open Black Friday 9-5!', on('Is the pharmacy open on Thanksgiving?', 'reply')],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
});

describe('review-reply-disclosure: round 6, apologies and results', () => {
  const confirmed: Array<[string, CheckContext]> = [
    ['So sorry about the long wait, Gina. Thursdays are our busiest day.', on('Sat in the lobby forever.')],
    ['Your results came back and the doctor will call you today.', on('Still no word on my blood work??', 'reply')],
    ['Welcome to the family! See you soon.', on('First visit today and everyone was so nice!')],
  ];
  test.each(confirmed)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });
  test('booking a new visit, and their own therapist elsewhere, stay silent', () => {
    expect(findings('¡Sí! Abrimos los sábados de 8 a 12. Llámenos al 555-0166 para hacer su cita.', on('¿Atienden los sábados?', 'comment'))).toEqual([]);
    expect(findings("Very normal! It's worth telling your therapist how you're feeling.", on('is it normal to feel worse in therapy at first?', 'reply'))).toEqual([]);
  });
  test('a general reminder to bring an insurance card stays silent', () => {
    expect(findings('We do! Walk-ins welcome, or book online. Bring your insurance card.', on('Do you carry the shingles vaccine?', 'comment'))).toEqual([]);
  });
});

describe('review-reply-disclosure: a warm answer to someone who says they were treated here', () => {
  const confirmed: Array<[string, CheckContext]> = [
    ['You did all the hard work!! So proud of you 💪', on('shoutout to my PT for pushing me so hard this spring', 'comment')],
    ['Thank you!! Priya loved working with you, keep that knee strong 💪', on('Loved my sessions with Priya! My knee feels brand new.', 'reply')],
    ['¡Fue un placer! 💜', on('Gracias por cuidarme durante mi infusión ayer 💜', 'comment')],
    ['So glad!! Finish the whole bottle even if you feel better 👍', on('thank u for squeezing me in yesterday!! the antibiotics are already working', 'reply')],
  ];
  test.each(confirmed)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });
  // The same warmth to someone who never said they were treated here stays quiet.
  test.each([
    ['So proud of you! Keep it up 💪', on('Ran my first 5K today!!', 'comment')],
    ['Thank you for the kind words! We will pass them along to the team.', on('Loved my sessions with Priya! My knee feels brand new.')],
  ] as Array<[string, CheckContext]>)('stays silent: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
});

describe('review-reply-disclosure: their logs, their explanations, their kids', () => {
  test.each([
    ['Pretty sure it was 22 min per our check-in log, but sure.', on('Waited 40 min for a consult, left.')],
    ['Antibiotics do not treat viruses, as I explained. Twice.', on('you refused me antibiotics and I am STILL sick', 'reply')],
    ['Thank you Leah!!! tell Ethan the shark band-aid is still his 🦈', on('best pediatrician ever, my kids love you', 'comment')],
    ['This made our week!! Jess says hi 👋', on('Went in barely able to walk, 8 weeks later I am hiking. Thank you Jess & team!')],
  ] as Array<[string, CheckContext]>)('confirms: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });
});

describe('review-reply-disclosure: accepting the relationship the parent states', () => {
  const reply = (parent: string): CheckContext => ({ site: 'facebook', kind: 'reply', account: 'business', parent });
  const personal = (parent: string): CheckContext => ({ site: 'instagram', kind: 'comment', account: 'personal', parent });
  const valid: Array<[string, CheckContext]> = [
    // the compliant reply to a parent about their child
    ["Thank you for the review! We can't discuss any patient's care here, but please call us at 555-0100.", on('Took my daughter in for stitches and they were rushed.')],
    ['Thank you so much for the kind words! We will pass them along to the team 😊', on('★★★★★ Dr. Patel fixed my son\'s chipped tooth and he loved it')],
    // advice to a parent who asks, not a review of our care
    ['He should be fine! Crayons are non-toxic. Call poison control if he vomits.', personal('my toddler just ate a crayon is he ok??')],
    // a clinician named before the pronoun
    ['We will share this with Dr. Ruiz, she will be thrilled!', on('★★★★★ My son finally likes the dentist!')],
    // blame-free policy, and sarcasm about something other than care
    ["Antibiotics don't help colds, so we don't prescribe them for viral illness. We're glad to talk through symptom relief.", on('Refused to give me antibiotics. Useless.')],
    ['Maybe try reading the login page instead of yelling at us?', on('Your website is the worst I have ever used.', 'reply')],
    // booking offers and a general "next" visit
    ['We would love to see you next week! Call 555-0100 to book.', question('Are you taking new patients?')],
    // a specific named by the parent, or someone else's
    ['Sorry to hear about that toothache! Most are from a cavity, call us to get seen.', question('this toothache is killing me, any tips?')],
    ['She worked so hard! That graft healed beautifully.', personal('so proud of my girl coming back from her ACL 💪')],
    // a refill offered to anyone, not sent for them
    ['We can send prescriptions to any pharmacy you choose.', question('Can you send scripts to Walgreens?')],
    // a relative's care, with a titled name
    ['Of course!! Tell Mr. Ortiz we hope the stitches are feeling better.', reply('Thanks for seeing my dad so fast yesterday')],
  ];
  test.each(valid)('quiet: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });

  const invalid: Array<[string, CheckContext, string]> = [
    // warmth about the child they brought in
    ['Aww, she was such a trooper! Give her a hug from the whole team 💕', on('★★★★★ My 6 year old was terrified and they were so patient with her.'), 'she'],
    ['Those two keep us laughing every visit 😂', on('Best pediatric dentist around, my twins love it here'), 'Those two'],
    ["We're so sorry he was scared. We'd love to talk about how we can make it easier.", on('My son left in tears. Nobody explained anything to him.', 'reply'), 'he'],
    // blame for their own care
    ['Results are better when you actually wear the retainer 🙂', on('My teeth shifted after all that money. 1 star.'), 'when you actually wear'],
    ['Next time maybe try showing up on time.', on('Waited forever for my appointment, never again.'), 'Next time maybe try'],
    ["Funny, patients who follow the aftercare sheet don't have that problem.", on('My tattoo removal scarred. Awful.'), 'patients who follow'],
    // the day of their visit
    ['We were badly short-staffed that afternoon and we are sorry.', on('Sat in the lobby two hours with my sick kid.'), 'We were badly short-staffed'],
    // a visit ahead
    ['Thanks Mia! See you next spring for your checkup 😊', on('★★★★★ Love this office!'), 'See you next spring'],
    ['Thank you!! See you in the fall 🍂', on('Great cleaning today, thanks team!'), 'See you in the fall'],
    // what we talked about in private
    ['Not weird at all! Like we practiced in our session, you decide how we greet each other outside 🙂', personal('Saw you at the grocery store lol, didn\'t know if I should say hi'), 'Like we practiced'],
    // their medicine or condition, brought up unasked
    ['Happy to hear it! Keep up with that prednisone taper 💪', on('Quick visit, nice staff, 5 stars'), 'that prednisone'],
    ['Dr. Ames called the new inhaler in to your Walgreens this morning.', reply('Still waiting on my refill!!'), 'Dr. Ames called the new inhaler in to your Walgreens'],
    ["Glad your ankle wasn't broken after all!", on('★★★★★ Fast and friendly urgent care'), 'your ankle'],
    // a parent who says the author advised them
    ['yes, start it again tomorrow at the same dose 👍', { site: 'facebook', kind: 'reply', account: 'personal', parent: 'you told me to hold my metformin before the scan, can I start again?' }, 'same dose'],
    // relationship accepted warmly
    ['Of course we did, you are one of our favorites 😊', on('★★★★★ They remembered my birthday!!'), 'Of course we did, you'],
    ["We're so proud of the work you've put in 💙", on("Best counselor I've ever had, I finally feel like myself"), 'proud of the work'],
    // Spanish: a step of their care still to come
    ['¡Qué bueno! No mastique de ese lado hasta que coloquemos la corona definitiva.', reply('¡Gracias doctora! Ya no me duele.'), 'hasta que coloquemos la'],
  ];
  test.each(invalid)('warns: %s', (text, ctx, phrase) => {
    const found = spans(text, ctx);
    expect(found.length).toBeGreaterThan(0);
    if (phrase) expect(found[0].toLowerCase()).toBe(phrase.toLowerCase());
  });
});

describe('review-reply-disclosure: their account, their next visit, and a question is not a review', () => {
  const valid: Array<[string, CheckContext]> = [
    // coverage in general, a fee policy, a question about a child's first visit
    ["If your plan doesn't cover cleanings, ask about our membership plan.", question('How much is a cleaning without insurance?')],
    ['We do charge $40 for late cancellations, and we waive it for emergencies.', question('Do you charge a no-show fee?')],
    ["By age 1 or his first tooth! We'd love to see him, call 555-0100.", question('My son needs his first dentist visit, what age should we start?')],
    ["We understand how frustrating surprise bills are. We can't discuss account details here; our billing team is at 555-0100.", on('Charged $200 for a visit insurance should cover!!')],
    // a pronoun for the staff member the parent praised, thanks for a sponsorship, a child treated elsewhere
    ["Thank you! We'll pass this on to Jess, she'll be thrilled 💕", on('★★★★★ Jess was so sweet with my son!')],
    ['Jess is the best! She has a gift with kids 😊', on('★★★★★ Jess was so sweet with my son!')],
    ['Our pleasure! He and his teammates played great this season ⚽', question("Thank you for sponsoring my son's soccer team!")],
    ['Congrats to him! Remember retainers are forever 😊', question('My son got his braces off at another office, his teeth look great')],
    ['Yes! Flu clinic is October 12, see you in October 💉', question('Is your flu clinic still happening in October?')],
    ['¡Muchas gracias! Le agradecemos sus palabras y le invitamos a seguirnos.', on('Excelente servicio')],
    ['Lo lamentamos. Con gusto le devolvemos la llamada hoy: 555-0100.', on('Nadie me devuelve las llamadas')],
    ['Yes, we waive it for documented illness. Just bring the note to the front desk.', question('Will you waive the fee if I have a doctor note?')],
    ["That's frustrating. Many plans don't cover implants; our coordinator can help you appeal.", on("My insurance says they won't cover my implant")],
  ];
  test.each(valid)('quiet: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
  const invalid: Array<[string, CheckContext, string]> = [
    ["The extra charge was for the crown prep, which your plan doesn't cover.", on('Overcharged again 🙄'), "your plan doesn't cover"],
    ["We've gone ahead and waived it this time, feel better!", on('Why am I paying for a missed appointment when I was sick??'), 'waived it'],
    ['We mailed three statements to the address on file first.', on('Sent to collections over a bill I never got'), 'We mailed three'],
    ['We love you too, Marge! We will see you both in April 🌷', on('Love this place ❤️'), 'see you both in April'],
    ['You make our Mondays better, Frank! Same time next month? 😉', on('Best team ever'), 'Same time next month'],
    ['It was an honor to walk alongside you through all of it 💙', on('Thank you for everything you did for me this year'), 'an honor to walk alongside you'],
    ['He was a total rockstar during his cleaning! 😊', on('★★★★★ Jess was so sweet with my son!'), 'He'],
    ['Hola Sra. Gómez, ya le reembolsamos el segundo cobro a su tarjeta.', on('Me cobraron dos veces!!'), 'le reembolsamos'],
    ['Lo sentimos mucho, el niño estaba muy nervioso y tuvimos que parar.', on('Mi hijo salió llorando de la consulta'), 'el niño'],
    ['We love you too, Rita! Ten years of cleanings together 🥰', on("I've been coming here for 10 years and wouldn't go anywhere else"), 'We love you too'],
    ['So happy to hear it, Tony! Keep up those chin tucks 💪', on('Best chiropractor in town, my neck has never felt better'), 'Keep up those'],
  ];
  test.each(invalid)('warns: %s', (text, ctx, phrase) => {
    const found = spans(text, ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].toLowerCase()).toBe(phrase.toLowerCase());
  });
});

describe('review-reply-disclosure: a dash ends the clause', () => {
  test('sympathy for the family, then a general truth after a dash, confirms nothing', () => {
    const text = "We're so sorry your family is going through this — IVF is exhausting. We can't discuss anyone's care here; please call our office.";
    expect(findings(text, on('Your clinic took my sister\'s money and gave her nothing.'))).toEqual([]);
  });
  test('their care after "your" in the same clause still does', () => {
    const text = 'So sorry your IVF cycle was cancelled, please call us.';
    expect(spans(text, on('My cycle got cancelled with no warning.'))).not.toEqual([]);
  });
});

describe('review-reply-disclosure: a visit rebooked, a visit before, an account event, a product to recheck', () => {
  const flagged: Array<[string, CheckContext]> = [
    ['No problem at all, see you at the new time on Friday!', on('Had to move my appointment again, ugh.')],
    ['Just restart the drops from last time, twice a day.', question('my eye is acting up again, what do I do')],
    ['So sorry about the billing mix-up! Call Dana in billing and she will fix it.', on('Charged twice for one visit. Great.')],
    ['Send us a message and we will set up a free recheck of the lenses.', on('These new glasses give me a headache.')],
  ];
  test.each(flagged)('flags: %s', (text, ctx) => {
    expect(findings(text, ctx).length).toBeGreaterThan(0);
  });
  const silent: Array<[string, CheckContext]> = [
    ['We are sorry to hear about your frustration with billing. Please call our office manager at 555-0100.', on('Charged twice for one visit. Great.')],
    ['Eye drops vary a lot; please call us so we can look before suggesting anything.', question('my eye is acting up again, what do I do')],
  ];
  test.each(silent)('stays silent: %s', (text, ctx) => {
    expect(findings(text, ctx)).toEqual([]);
  });
});
