import { describe, expect, test } from 'vitest';
import { check } from './index';
import type { CheckContext } from './types';

const post: CheckContext = { site: 'facebook', kind: 'post', account: 'business' };
const dm: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };
const reply: CheckContext = { site: 'facebook', kind: 'reply', account: 'business', parent: 'Any tips?' };
const comment: CheckContext = { site: 'x', kind: 'comment', account: 'personal', parent: 'ugh my back' };

const spans = (text: string, ctx: CheckContext) =>
  check(text, ctx)
    .filter((f) => f.ruleId === 'online-prescribing')
    .map((f) => text.slice(f.start, f.end));

describe('online-prescribing', () => {
  const valid: Array<[string, CheckContext]> = [
    // label-standard facts addressed to nobody
    ['Children’s ibuprofen: 10 mg/kg every 6 to 8 hours for ages 6 months and up. Use the dosing cup from the box.', post],
    ['Adults can take up to 4,000 mg of acetaminophen in 24 hours, per the label.', post],
    // "ask your pharmacist" and deferral
    ['Thinking about stopping your statin? Talk to your doctor before you change anything.', post],
    ['Please check with your pharmacist before taking naproxen with lisinopril.', comment],
    ['Already on metformin? Don’t just stop it. Ask your doctor first.', post],
    // availability and shortage news
    ['Heads up: amoxicillin suspension is on national shortage. We have capsules in stock and can help your prescriber find options.', post],
    ['Flu shots are in! Walk in Monday to Friday, no appointment needed.', post],
    ['Your refill request came through and we will text you when it is ready for pickup.', dm],
    // the author's own medication
    ['Day 4 of prednisone 40 mg for my own asthma flare. Moon face incoming.', post],
    ['I had to take my sumatriptan at lunch, migraine day. Cover me at 3?', dm],
    // questions and advice to see someone
    ['Would you add bupropion to her sertraline, or switch?', dm],
    ['We can’t give medical advice here, but we have openings tomorrow to take a look. Call us!', reply],
    // ordinary imperatives that are not about medicine
    ['Stop by the front desk and take a look at our new sensory room!', post],
    ['Take care of yourselves this winter and wash your hands.', post],
    ['Try an early appointment next time, mornings are quieter.', reply],
    ['Wear loose shorts to your first session.', dm],
    // an OTC at a label dose in a broadcast is education, not prescribing
    ['Sunburn? Take 400 mg ibuprofen with food and stay out of the sun.', post],
    // adherence advice to everyone
    ['Please keep taking your antibiotics until the bottle is empty, even when you feel better.', post],
    // reports of what someone is on, pickup notices, label facts, promotions without a push
    ['she\'s on sertraline 100 mg daily and doing well, do you think she needs therapy too?', dm],
    ['Hi Tom! Your prescription is ready for pickup at the counter.', dm],
    ['Ibuprofen 400 mg every 6 hours is the usual adult dose on the label.', post],
    ['Ozempic is back in stock. Bring your prescription anytime.', post],
    ['Narcan is free at our counter, no prescription needed.', post],
    ['Our flu clinic is open Saturday, no appointment needed!', post],
    ['Patients usually start metformin at 500 mg with dinner; your doctor adjusts from there.', post],
    ['We stopped asking patients to bring their pill bottles once the portal went live.', post],
    // a change verb whose object is not the drug
    ['Dear Mr. Vance, please stop asking me to refill your oxycodone early.', post],
    // round 3 hard negatives
    ['Anyone with questions about their medication dose, please call the pharmacy.', post],
    ['Every runner with shin splints should see a physical therapist before racing again.', post],
    ['Good to see you today! Keep up the great work.', dm],
    // round 4 hard negatives: denture/appliance care without a step, a day off, a drug told to ask about
    ['Yes, she should take her new upper denture out every night and soak it.', reply],
    ['Take half a day off if you can, you have earned it.', dm],
    ['For your next visit, bring your aligner case and tray list.', dm],
    ['If you have a cold, ask your pharmacist which decongestant is safe with your blood pressure pills.', post],
  ];
  test.each(valid)('quiet on %j', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });

  const invalid: Array<[string, CheckContext, string]> = [
    ['Just take 875 mg amoxicillin twice a day and you will be fine.', post, 'take 875 mg amoxicillin twice a day'],
    ['Everyone over 50 should be on a statin, period.', post, 'should be on a statin'],
    ['Got leftover antibiotics in the cabinet? Start them tonight.', post, 'Start them'],
    ['go ahead and up your lexapro to 20 starting Monday', dm, 'up your lexapro to 20'],
    ['Please stop your metformin until the contrast scan is done.', dm, 'stop your metformin'],
    ['Hold the lisinopril tonight, your pressure is low.', dm, 'Hold the lisinopril'],
    ['I’ll call in some amoxicillin for you, which pharmacy?', comment, 'I’ll call in some amoxicillin'],
    ['Refill sent to your pharmacy!', dm, 'Refill sent to your pharmacy'],
    ['Dr. Lee would like you to start losartan 25 mg daily.', dm, 'would like you to start losartan 25 mg daily'],
    ['Give her 5 mL of the children’s Motrin every 6 hours.', reply, 'Give her 5 mL of the children’s Motrin every 6 hours'],
    ['Honestly melatonin 3 mg an hour before bed does the trick.', comment, 'melatonin 3 mg'],
    ['Honestly a Medrol dosepak does the trick, I can write it for you.', comment, 'I can write it for you'],
    ['you can just double your gabapentin for a few days', dm, 'double your gabapentin for a few days'],
    ['Tome ibuprofeno 400 mg cada 8 horas con comida.', dm, 'Tome ibuprofeno 400 mg cada 8 horas'],
    ['Deje de tomar la metformina hasta su cita.', dm, 'Deje de tomar la metformina'],
    ['Suba la dosis de sertralina a 100 mg.', dm, 'Suba la dosis de sertralina a 100 mg'],
    ['Sure, ice it 15 min 3x a day and do 2x10 ankle circles.', reply, 'ice it 15 min 3x a day and do 2x10'],
    ['Pop one of your Ativan before the flight.', dm, 'Pop one of your Ativan'],
    ['It’s fine to stop the Plavix now.', dm, 'fine to stop the Plavix'],
    // an imperative after a greeting, a name or a time phrase, in a text aimed at someone
    ['Hi Marcus! Since the rash is back, put the triamcinolone cream on twice a day.', dm, 'put the triamcinolone cream on twice a day'],
    ['ok so dr patel said bump ur lexapro to 15 starting tmrw', dm, 'bump ur lexapro to 15'],
    ['@jlee_runs go with it: start 600 mg ibuprofen every 8 hrs before the race', post, 'start 600 mg ibuprofen every 8 hrs'],
    ['aw so good to see you! don’t forget to hold your warfarin until the procedure', reply, 'hold your warfarin'],
    ['Hola Ana, la doctora dice que baje la metformina a 500 mg.', dm, 'baje la metformina a 500 mg'],
    // verbless dose instructions to a named person, and pushes at readers
    ['Feel better soon, Theo! 2.5 mL of Benadryl at bedtime if the itching keeps him up.', post, '2.5 mL of Benadryl at bedtime'],
    ['Exam nerves? 1 mg lorazepam at bedtime, thank me later 😴', post, '1 mg lorazepam at bedtime'],
    ['Need Adderall? No appointment needed, we’ll ship it to your door.', post, 'Adderall'],
    ['¿Dolor de muela? Tenemos amoxicilina sin receta 🦷', post, 'amoxicilina'],
    // past-tense call-ins
    ['I called in your cephalexin, it should be ready by 5.', reply, 'I called in your cephalexin'],
    // round 3: "tell her to", "good to", group address, dose-change notices, bare dose about a drug in the parent, exercise dosing
    ['Dad’s BP is high again, tell him to double his lisinopril tonight.', dm, 'double his lisinopril'],
    ['Sam, you’re good to restart your blood thinner meds tomorrow.', dm, 'restart your blood thinner meds'],
    ['Anyone with a pulled hamstring: take 800 mg ibuprofen 3x a day for a week.', post, 'take 800 mg ibuprofen 3x a day for a week'],
    ['Hi Mr. Ortiz, the doctor increased your dose to 40 mg daily.', dm, 'increased your dose to 40 mg daily'],
    ['@jo.k 10 mg every 6 hrs is what I’d use', { site: 'x', kind: 'reply', account: 'personal', parent: 'is oxycodone ok after a c-section?' }, '10 mg every 6 hrs'],
    ['Hey Lou, keep up the wall sits 3x a week and ice after.', dm, 'keep up the wall sits 3x a week'],
    // round 4: change verbs on an OTC for a person, offers to sign off, counted OTC, appliance steps,
    // lead-ins before the verb, a dose for a drug named earlier, Spanish plural imperatives, pushes
    ['Priya just double up on the Aleve for a few days, you will be fine', dm, 'double up on the Aleve for a few days'],
    ['grab a z-pack at the front desk tomorrow, I’ll sign off on it', dm, 'I’ll sign off on it'],
    ['nah, take half a Zyrtec instead 😴', reply, 'take half a Zyrtec'],
    ['Looks great! Go ahead and skip to tray 8 on Monday.', reply, 'skip to tray 8'],
    ['Nice work, switch to the heavies tonight.', dm, 'switch to the heavies'],
    ['For Leo’s ear infection give him amoxicillin from the leftover bottle.', post, 'give him amoxicillin'],
    ['Still have that Percocet from your surgery? Take one or two every 6 hrs.', post, 'Take one or two every 6 hrs'],
    ['Tómense el ibuprofeno 400 mg cada 8 horas, chicos.', { site: 'facebook', kind: 'comment', account: 'personal', parent: 'Nos duele todo' }, 'Tómense el ibuprofeno 400 mg cada 8 horas'],
    ['Tirzepatide for everyone 💉 we’ll mail a starter pen, no labs needed!', post, 'Tirzepatide'],
    ['Everyone in the replies w migraines: ask for rizatriptan 10 mg.', post, 'ask for rizatriptan 10 mg'],
  ];
  test.each(invalid)('flags %j', (text, ctx, span) => {
    const found = check(text, ctx).filter((f) => f.ruleId === 'online-prescribing');
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, ctx)).toContain(span);
  });

  test('an OTC dose with a verdict is pushed at readers; the same dose as a label fact is not', () => {
    expect(spans('Melatonin 3 mg an hour before bed works like a charm.', post)).toEqual(['Melatonin 3 mg']);
    expect(spans('Melatonin 3 mg an hour before bed works like a charm.', comment)).toEqual(['Melatonin 3 mg']);
    expect(spans('Melatonin 3 mg an hour before bed is the dose on the label.', post)).toEqual([]);
  });

  test('"works for me" is the author’s own experience', () => {
    expect(spans('Trazodone 50 mg works like a charm for me.', comment)).toEqual([]);
  });

  test('offsets survive look-alike letters and zero-width characters', () => {
    const text = 'Just t\u200bake 500 mg аmoxicillin now.'; // Cyrillic а
    expect(spans(text, post)).toEqual(['t\u200bake 500 mg аmoxicillin']);
  });
});

describe('online-prescribing: pushes through a third party, "send it in", pronouns from the parent', () => {
  const planB: CheckContext = { site: 'x', kind: 'reply', account: 'business', parent: 'thanks for being so kind when I bought ella yesterday' };
  const firing: Array<[string, CheckContext, string]> = [
    ['Back pain keeping you up? Ask us for cyclobenzaprine 10 mg, it works wonders.', post, 'Ask us for cyclobenzaprine 10 mg'],
    ['Strep going around: ask any walk-in clinic for amoxicillin 500 mg and skip the wait.', post, 'ask any walk-in clinic for amoxicillin 500 mg'],
    ['Cold sores? DM me and I’ll send it in tonight.', post, 'I’ll send it in'],
    ['Rinse with chlorhexidine 0.12% twice daily for a week. We phoned it in to your pharmacy.', dm, 'Rinse with chlorhexidine 0.12% twice daily for a week'],
    ['No judgment ever 💙 if you haven’t yet, take it today!', planB, 'take it today'],
    ['Sure, double it for the next 3 days.', { ...planB, parent: 'my prednisone isn’t helping the rash' }, 'double it for the next 3 days'],
    ['Totally fine, you can take both together.', { ...planB, parent: 'can I take tylenol and advil at the same time?' }, 'take both'],
    ['Yes, go up to 2 tablets if 1 isn’t working.', { ...planB, parent: 'is it ok to take 2 zyrtec?' }, 'go up to 2 tablets'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    ['Ask your pharmacist for the generic, it is usually cheaper.', post],
    ['Ask us for a copy of your records anytime.', post],
    ['Take it easy this weekend, you earned it!', planB],
    ['Please don’t take it before talking to your pharmacist.', planB],
    ['Please don’t stop it on your own, call us first.', { ...planB, parent: 'should I stop the metformin since I’m throwing up?' }],
    ['Take it easy today!', { ...planB, parent: 'Thanks for the great visit!' }],
    ['If you want to send it in, our fax number is 555-0101.', post],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('online-prescribing: round 6 classes', () => {
  const caption: CheckContext = { site: 'instagram', kind: 'caption', account: 'personal' };
  const firing: Array<[string, CheckContext, string]> = [
    // a prescription regimen pushed at readers with a promised result
    ['Sharing my secret with everyone: valacyclovir 1g twice a day for 3 days and the cold sore is gone.', caption, 'valacyclovir 1g twice a day for 3 days'],
    ['Had a tooth pulled and kept the hydrocodone? Great for a bad back 🙌 one or two every 6 hrs and you’ll be fine.', post, 'one or two every 6 hrs'],
    // a counted form of an unlisted, capitalised product with a frequency, told to someone
    ['Hi Tom, 2 sprays of Flixaway in each nostril once a day for two weeks.', dm, '2 sprays of Flixaway in each nostril once a day for two weeks'],
    // adherence verbs with a strength
    ['Keep using the clobetasol 0.05% twice daily for another 10 days please.', reply, 'Keep using the clobetasol 0.05% twice daily for another 10 days'],
    ['Stay on the tretinoin 0.025% every other night for now.', dm, 'Stay on the tretinoin 0.025% every other night'],
    // a bare name in a public post, opening or closing it
    ['Maria, take 600 mg ibuprofen every 6 hours and ice it.', post, 'take 600 mg ibuprofen every 6 hours'],
    // first-person advice to someone
    ['I’d just take 2 Aleve twice a day for the next few days, Sam.', dm, 'take 2 Aleve twice a day'],
    // a directive before a tag question
    ['give him 7.5 mL of the infant Motrin every 6 hrs, he’s about 30 lbs right?', dm, 'give him 7.5 mL of the infant Motrin every 6 hrs'],
    // a bare number after a drug is its strength
    ['tylenol 650 every 6 hrs, and motrin 400 in between', dm, 'tylenol 650 every 6 hrs, and motrin 400'],
    // Spanish adherence and reflexive imperatives
    ['Siga con la amoxicilina 500 mg cada 8 horas hasta terminarla.', dm, 'Siga con la amoxicilina 500 mg cada 8 horas'],
    ['Aplíquese el clotrimazol dos veces al día por 2 semanas.', dm, 'Aplíquese el clotrimazol dos veces al día por 2 semanas'],
    // a change to a counted exercise told to a patient
    ['Hey Dee, bump your step-ups to 3x12 this week.', dm, 'bump your step-ups to 3x12'],
    // a pill count right after the verb, with a frequency, and no drug named
    ['Hi Lou, your meds are ready. Take 2 tonight, then back to 1 daily.', dm, 'Take 2 tonight, then back to 1 daily'],
    // "called in" opening a clause
    ['Done, called in your albuterol refill.', { ...reply, parent: 'can I get a refill?' }, 'called in your albuterol'],
    // a weight-based dose pushed at a group through "ask any pharmacy"
    // an OTC drug at a dose pushed at readers with a verdict next to it
    ['Shin splints? naproxen 500 twice a day for 2 weeks, skip the urgent care copay 🤷', post, 'naproxen 500 twice a day for 2 weeks'],
    ['Our go-to after a long run: 2 Advil every 6 hrs + ice. You’ll feel brand new.', caption, '2 Advil every 6 hrs'],
    // a directive relayed through someone ("tell your brother to…"), adverbs before the verb
    ['Hon tell your dad to hold his Xarelto 2 days before the scope.', dm, 'hold his Xarelto'],
    ['Sir, please actually take your lisinopril 🙃', post, 'take your lisinopril'],
    // counts written "2 of the …", "400 of …", "medio …", a supply offer, a notice of a sent prescription
    ['take 2 of the aleve tonight and 2 in the am', dm, 'take 2 of the aleve tonight and 2 in the am'],
    ['If it throbs take 400 of Advil before bed!', { ...reply, kind: 'review-reply' }, 'take 400 of Advil'],
    ['dale medio Claritin en la noche, pesa como 20 kilos verdad?', dm, 'dale medio Claritin en la noche'],
    ['migraine plan: one sumatriptan 50mg (I’ll leave some at the desk for you) and a dark room', dm, 'sumatriptan 50mg'],
    ['Hi Ana! Dr. Ruiz approved your refill, we sent the Xiidra to your pharmacy on Oak.', dm, 'approved your refill'],
    ['Hi Bo, your Mounjaro dose goes up to 5 mg this week.', dm, 'your Mounjaro dose goes up to 5 mg'],
    ['For the soreness, 400 mg ibuprofen with food up to 3x/day is fine for a few days.', dm, '400 mg ibuprofen with food up to 3x/day is fine for a few days'],
    // an unlisted generic known by its stem, and an offer to change the prescription
    ['just bump the bimatoprost to both eyes at night', dm, 'bump the bimatoprost to both eyes at night'],
    ['use it in both eyes now, I’ll update the rx monday', dm, 'I’ll update the rx'],
    // a question hook to readers before a prescription regimen; Spanish offers and drops
    ['Pink eye? Polytrim 1 drop 4x a day for a week 👁️', post, 'Polytrim 1 drop 4x a day for a week'],
    ['Póngale las gotas 3 veces al día por una semana.', dm, 'Póngale las gotas 3 veces al día por una semana'],
    ['te mando la receta, 1 cada 8 horas', dm, 'te mando la receta, 1 cada 8 horas'],
    // "come off", "switch you from … to", a pill count with a sig and no name, one OTC tablet
    ['You can come off the prednisone now, no taper needed.', dm, 'come off the prednisone'],
    ['We’re going to switch you from Paxil to Zoloft 50 next week.', dm, 'switch you from Paxil to Zoloft 50'],
    ['1 tab PO BID with food x 5 days, pick up at CVS after 4', dm, '1 tab PO BID with food x 5 days'],
    ['honestly just take an Aleve before the run', { ...comment, parent: 'knee hurts on long runs' }, 'take an Aleve'],
    // reported directives
    ['the dentist said to keep using the Peridex for one more week.', dm, 'said to keep using the Peridex for one more week'],
    ['Make sure she gets 5 mL of the amoxicillin twice a day until it’s gone.', dm, 'Make sure she gets 5 mL of the amoxicillin twice a day'],
    // a count or slang name before the drug, a verdict instead of a frequency
    ['that’s thrush for sure, one fluconazole and you’re done', { ...comment, parent: 'white spots in my mouth??' }, 'one fluconazole'],
    ['tension headache club: excedrin + coffee, if that fails 2 more excedrin. never misses', post, 'excedrin + coffee, if that fails 2 more excedrin'],
    ['my glow secret: 0.025 tret every other night 💫 DM me where to get it without a derm', caption, '0.025 tret every other night'],
    ['ok so u can have 1 more oxy tonight but that’s it', dm, '1 more oxy'],
    // more offers to prescribe
    ['DM me, I’ll send you something for that', { ...reply, parent: 'this sinus infection won’t quit' }, 'I’ll send you something for that'],
    ['I can get you something stronger for the pain, which pharmacy?', dm, 'I can get you something stronger'],
    ['dr. k said she’d approve the Adderall refill early this month', dm, 'she’d approve the Adderall refill'],
    // first-person recommendations to someone
    ['I’d recommend ibuprofen 400 mg every 6 hours for a few days.', reply, 'I’d recommend ibuprofen 400 mg every 6 hours for a few days'],
    // a change of a named drug told to the patient, an appliance step relayed, a rinse kept up, someone's "secret"
    ['Mrs. Lee, the doctor lowered your Coumadin to 2.5 mg on Mondays.', dm, 'lowered your Coumadin to 2.5 mg'],
    ['Jules, your ortho wants you on the next aligner Monday.', reply, 'wants you on the next aligner'],
    ['We’re sorry you’re sore! Keep rinsing with the Peridex twice a day.', { ...reply, kind: 'review-reply' }, 'Keep rinsing with the Peridex twice a day'],
    ['Client spotlight 🌟 Jen’s secret to recovery: magnesium 400 mg every night. Try it!', caption, 'magnesium 400 mg every night'],
    // Spanish conditional advice and informal imperatives
    ['Yo le daría medio Benadryl antes de dormir', { ...comment, parent: 'mi niño no duerme por la comezón' }, 'Yo le daría medio Benadryl'],
    ['Mija, ponle crema de hidrocortisona dos veces al día.', dm, 'ponle crema de hidrocortisona dos veces al día'],
    // a count with an adjective before the drug, a "tip:" pushing an OTC regimen
    ['have him chew 2 baby aspirin right now and call 911', { ...reply, parent: 'dad has chest pain' }, 'chew 2 baby aspirin'],
    ['nurse tip: alternate tylenol and motrin q3h overnight', post, 'alternate tylenol and motrin q3h'],
    // a strength written before the drug, an outcome promised to the reader
    ['post-op protocol for all of you: 800 ibuprofen + 500 tylenol together every 6 hours for 3 days', post, '800 ibuprofen + 500 tylenol together every 6 hours for 3 days'],
    ['As a nurse: honestly 2 Unisom and you’ll sleep like a baby', { ...comment, parent: 'insomnia is ruining me' }, '2 Unisom'],
    // a drug that opens its clause with a frequency, told to someone; a pronoun for an OTC named just before
    ['my advice: claritin in the morning and benadryl at night till it clears', { ...reply, parent: 'hives all over' }, 'claritin in the morning'],
    ['get the 12 hour mucinex and double it, that stuff works', { ...comment, parent: 'chest cold from hell' }, 'double it'],
    ['u still have that z pack from last winter? just take it, 2 the first day then 1 a day', dm, 'take it, 2 the first day then 1 a day'],
    // a bare number after a drug with a sig abbreviation, in a DM
    ['for the nausea: zofran 4 under the tongue q8h prn, already sent to your Kroger', dm, 'zofran 4 under the tongue q8h prn'],
    ['Runners: 800 ibuprofen before every long run and you won’t feel a thing. Trust me.', post, '800 ibuprofen'],
    // casual verbs and misspelled names
    ['just load up on the Mucinex 1200 twice a day, it’ll break it up', dm, 'load up on the Mucinex 1200 twice a day'],
    ['hit it with some hydrocortisone 1% twice a day for a week', dm, 'hit it with some hydrocortisone 1% twice a day for a week'],
    ['take 500mg amoxicilin three times a day for 10 days', dm, 'take 500mg amoxicilin three times a day for 10 days'],
    // online pushes of prescription drugs
    ['Need a Z-pack for that sinus infection? Text us, a provider will send it over in 15 minutes!', post, 'Z-pack'],
    ['Tired of dry skin? DM me for tretinoin, I can get it to you this week 😘', post, 'tretinoin'],
    ['Semaglutide from $149/mo 💉 no insurance, no waiting room, we ship it to you', post, 'Semaglutide'],
    ['Parents dealing with croup tonight: 0.6 mg/kg dexamethasone, ask any pharmacy, skip the ER.', post, '0.6 mg/kg dexamethasone'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    // refusals to prescribe
    ['No, we can’t prescribe antibiotics over DM, it’s unsafe without an exam. Walk-ins till 8.', post],
    ['Sorry, we won’t call in Valium without a visit. That’s for your safety.', { ...reply, parent: 'can you call me in some valium for my flight' }],
    // "get it replaced" is not a drug directive
    ['An old EpiPen still beats none. Get it replaced soon, any pharmacy can fill it.', { ...reply, parent: 'my EpiPen expired, is it ok?' }],
    // label facts, studies, recalls, the author’s own regimen
    ['New guideline: first-line treatment for strep is amoxicillin 50 mg/kg once daily for 10 days.', post],
    ['Study: semaglutide 2.4 mg weekly cut weight by 15% over 68 weeks.', post],
    ['Recall notice: some lots of children’s ibuprofen 100mg/5mL are being recalled. Check your bottle.', post],
    ['My daily stack: vitamin D 2000 IU, magnesium 400 mg at night, fish oil. What’s yours?', caption],
    ['Keep using my tretinoin 0.05% every night and my skin has never looked better.', caption],
    // a hook before a regimen told as medical fact, a negated dose
    ['Strep? Amoxicillin 500 mg twice daily for 10 days is the usual treatment, after a positive test.', post],
    ['Every time someone asks: no, you can’t take Tylenol 1000 mg every 4 hours.', post],
    // availability with "no prescription needed", a general fact with a verdict-like phrase
    ['We stock Narcan 4 mg nasal spray. No prescription needed, just ask at the counter.', post],
    ['Here’s the thing about melatonin: 0.5 mg works as well as 10 mg for most people.', post],
    // the author's own habit with a verdict, a negated outcome
    ['2 Tylenol and a coffee got me through this 14 hour shift. Game changer.', post],
    ['One Benadryl and I’m out cold for 12 hours lol, never misses', caption],
    ['Our pharmacist’s take: one antibiotic course doesn’t fix every sinus infection; most clear on their own.', post],
    // offers of other things
    ['I’ll send you something for the newsletter by Friday.', dm],
    ['We’ll get you a copy of your records, just sign the form.', reply],
    // adherence to someone else's prescription, told to everyone
    ['Got a prescription for Paxlovid? Take it twice a day for 5 days as prescribed and watch for interactions.', post],
    ['I recommend talking to your pharmacist before mixing ibuprofen and blood pressure meds.', post],
    ['Hi Ana, we changed your appointment to 3pm Thursday.', dm],
    // a relative's medication in a question (Spanish "toma" is also "she takes")
    ['Mi mamá toma metformina 850 dos veces al día, ¿es normal que le duela el estómago?', dm],
    ['Over 500 Ozempic prescriptions filled this month! Thank you, team.', post],
    ['Glad the Flonase every night is helping!', { ...reply, parent: 'my allergies are so much better' }],
    ['lol stop it and take your meds, you’re being dramatic', dm],
    ['Plan B is available without a prescription at most pharmacies, and our pharmacists can answer questions privately.', reply],
    // a drug and its frequency as the subject of a statement; a "tip" that is not a regimen
    ['Metformin twice a day is super common, you are definitely not alone! 💙', { ...reply, parent: 'just started metformin, scared' }],
    ['Honestly Tylenol every 6 hours never did anything for my back either 😩', { ...comment, parent: 'back pain for weeks' }],
    ['Pharmacy tip: 500 Tylenol tablets in a bottle is a lot. Buy the small bottle.', post],
    // advice against a drug to everyone
    ['Runners: hydrate, stretch, and skip the ibuprofen before long runs, it can hurt your kidneys. Trust me.', post],
    ['Questions about Ozempic? DM us for info on our medical weight-loss program, visits start at $99.', post],
    // fetching what was already prescribed
    ['Hi Tom, you can pick up your amoxicillin at the counter after 3.', dm],
    ['Ellen, grab your Ozempic refill at the front desk whenever you’re ready!', post],
    // recall advice to everyone
    ['The FDA says to stop taking valsartan from the recalled lots and call your pharmacy.', post],
    // words that only look like drug stems
    ['Check your cholesterol and get baseline labs every year, it takes 5 minutes.', post],
    // "up" after another verb is a particle
    ['guess who I saw at the pharmacy today picking up his valtrex 😳', dm],
    // OTC label facts in a post, even with a number before the drug
    ['Top 10 Advil questions: can adults take 2 every 6 hours? The label says yes, no more than 6 in 24 hours.', post],
    // a name that is a greeting, ordinary counts and frequencies
    ['Kayla, you crushed that 5K, so proud of you!', post],
    ['Take half a day off if you can, you earned it.', dm],
    ['Take a walk every morning, it helps the mood.', dm],
    ['Get 20% off your next cleaning when you refer a friend!', reply],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('online-prescribing, round 7 classes', () => {
  const msg: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };
  const pst: CheckContext = { site: 'facebook', kind: 'post', account: 'personal' };
  const rep = (parent: string): CheckContext => ({ site: 'facebook', kind: 'reply', account: 'business', parent });
  const firing: Array<[string, CheckContext, string]> = [
    // "her" right before the drug is a possessive, not the object of another verb
    ['just raise her sertraline to 100 and recheck in a month', msg, 'raise her sertraline to 100'],
    // a long "if …" clause that ends in "just"/"then" before the imperative
    ['if ur knees are killing u after leg day just double up on ur advil tonight, trust me', pst, 'double up on ur advil'],
    // "move up to" / "step down to" a dose
    ['Hi Tess! Go ahead and move up to 1 mg of the Ozempic next week.', msg, 'move up to 1 mg of the Ozempic'],
    // Spanish modal + infinitive ("puedes subir …"), and an antipsychotic known only by its stem
    ['Hola, puedes subir la olanzapina a 10 mg en la noche.', msg, 'subir la olanzapina a 10 mg en la noche'],
    // a per-kilo dose of a drug left over from last time
    ['honestly if u have leftover pred from last time give the 1/kg dose tonight', pst, 'give the 1/kg'],
    // a topical told to a person by its form
    ['Keep applying the ointment twice a day for another week.', msg, 'Keep applying the ointment twice a day'],
    // sticking with a dose
    ['Stick with the 10 mg every morning for now.', msg, 'Stick with the 10 mg every morning'],
    // finishing the course the parent named
    ['Glad it is helping! Finish the course even if you feel fine.', rep('the antibiotics kicked in already'), 'Finish the course'],
    // "I sent it" with the drug, its strength and the pharmacy
    ['I sent it over this morning, Lipitor 20 at the CVS on Main.', msg, 'I sent it over this morning, Lipitor 20'],
    ["I'll send valtrex to ur pharmacy tonight.", pst, "I'll send valtrex to ur pharmacy"],
    // a group word opening the clause
    ['Guys if u get strep just take the leftover amoxicillin.', pst, 'take the leftover amoxicillin'],
    // an embedded directive followed by a short tag question
    ['Dr. Lee can switch you to Jardiance instead, want us to send that?', rep('my Farxiga is too expensive now'), 'switch you to Jardiance'],
    // a request to a colleague ("can you …") and "go back to" a dose
    ['hey can you cut the metoprolol in half starting tonight', msg, 'cut the metoprolol'],
    ['You can go back to your full dose of Eliquis tomorrow morning.', rep('when can I restart my blood thinner?'), 'go back to your full dose of Eliquis'],
    // a strength followed by a comma
    ['Definitely swap the Zyrtec for Allegra 180, less drowsy', rep('zyrtec makes me sleepy'), 'swap the Zyrtec for Allegra 180'],
    // "thank me later" is a verdict, not the author's own experience
    ["Can't sleep? 5 mg melatonin before bed, thank me later", pst, '5 mg melatonin'],
    // a clinician's permission passed on, and Spanish "quédate con"
    ['Sure, Dr. Patel said you can try 5 mg of the Ambien instead of 10.', rep('the ambien makes me groggy'), 'said you can try 5 mg of the Ambien'],
    ['Quédate con la dosis de 500 de metformina hasta la próxima cita.', msg, 'Quédate con la dosis de 500 de metformina'],
    // "a dose of" a drug with a time, pushed at a labelled group with a verdict
    ["Teething babies: a dose of infant Motrin at bedtime = everyone sleeps. You're welcome", pst, 'a dose of infant Motrin at bedtime'],
    // a dose with "more"
    ['Please give 2 more puffs of her Qvar before bed.', msg, 'give 2 more puffs of her Qvar'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    const found = check(text, ctx).filter((f) => f.ruleId === 'online-prescribing');
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    ['stop asking her about the ibuprofen, she already said no', msg],
    ['If you take cipro, you should avoid the sun.', pst],
    ['We will move your appointment up to 3 pm.', msg],
    ['Finish the whole bottle of wine, you earned it!', rep('Finally done with finals')],
    ["Don't finish the whole bottle at once lol", rep('just got my cough syrup')],
    ['Try the ice cream tonight, you deserve it!', rep('Rough day')],
    ['Use the cream every night before bed for best results.', pst],
    ['I sent it to you yesterday: the article on statins and the CVS flu clinic hours.', rep('thanks!')],
    ['If you have leftover antibiotics, bring them to our take-back bin.', pst],
    ["Welcome home! Keep up the stair exercises and don't skip your coumadin checks.", rep('Home after rehab!')],
    ['Puedes venir el lunes a las 10?', msg],
    ['Ladies, take care of yourselves this winter!', pst],
    ['Thanks! Finish the course strong, only two PT sessions left!', rep('no more pain meds since rehab')],
    ['So glad the meds helped! Please finish the round of physical therapy too.', rep('the meds finally helped')],
    ['We sent it to the pharmacy team for review; they will call you.', msg],
    ['hey can you take a look at her Ozempic prior auth, it got denied', msg],
    ['My doctor said I can stop the statin if my numbers stay good.', pst],
    ['A dose of sunshine every morning works wonders!', pst],
    ['Sick kids: a dose of Tylenol every 6 hours can lower a fever. Ask us about the right amount.', pst],
    ['I went back to my old dose of Zoloft and feel better, thank me later haha', pst],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});

describe('online-prescribing, round 8 classes', () => {
  const msg: CheckContext = { site: 'instagram', kind: 'message', account: 'personal' };
  const cap: CheckContext = { site: 'instagram', kind: 'caption', account: 'personal' };
  const firing: Array<[string, CheckContext, string]> = [
    // advice passed to a named person: "told him <regimen>", "told her <imperative>"
    ['ran into my neighbor at target, told him 400 mg ibuprofen every 6 hrs and ice it for the sprain. nurse life', cap, '400 mg ibuprofen every 6 hrs'],
    ['my cousin called about her gout so I told her double the colchicine tonight lol', cap, 'double the colchicine'],
    // Spanish spellings of generics that no list names ("hidroxizina", "furosemida", "levotiroxina")
    ['Tómate 25 mg de hidroxizina antes de dormir esta semana.', msg, 'Tómate 25 mg de hidroxizina'],
    ['Señora, deje la furosemida mañana por la mañana, el doctor la llama.', msg, 'deje la furosemida mañana por la mañana'],
    ['Dr. Kim dice que suba la levotiroxina a 75 mcg.', msg, 'suba la levotiroxina a 75 mcg'],
    // a named doctor who will call it in
    ["I'll have Dr. Okafor call it in to your pharmacy this afternoon.", msg, "I'll have Dr. Okafor call it in"],
    // a person's dose next to a sentence about the dog
    ['Take 400 mg ibuprofen every 6 hours for the ankle. The dog can wait for his walk.', msg, 'Take 400 mg ibuprofen every 6 hours'],
    // Spanish clitic and subjunctive forms: "súbale", "aplícate", "que se tome", "deje de darle"
    ['Súbale a 20 mg la fluoxetina desde mañana.', msg, 'Súbale a 20 mg la fluoxetina'],
    ['Aplícate el gel de diclofenaco en la rodilla 3 veces al día.', msg, 'Aplícate el gel de diclofenaco en la rodilla 3 veces al día'],
    ['Dile que se tome la pastilla del día después hoy mismo.', msg, 'que se tome la pastilla del día después'],
    ['Deje de darle el jarabe para la tos.', msg, 'Deje de darle el jarabe'],
    // a drug told to someone with a promised result
    ['honestly a round of prednisone would clear that right up', { site: 'x', kind: 'comment', account: 'personal', parent: 'this rash will not quit' }, 'prednisone'],
    // a directive closed by "ok?", "be back on", one drug for another
    ['take 2 of the tylenol tonight ok?', msg, 'take 2 of the tylenol'],
    ['sounds like you need to be back on the lexapro tbh', msg, 'need to be back on the lexapro'],
    ['swap the claritin for zyrtec', msg, 'swap the claritin for zyrtec'],
    ['Cambie el ibuprofeno por paracetamol.', msg, 'Cambie el ibuprofeno por paracetamol'],
    // an offer whose only offer word is the script itself
    ['no worries, I will get you a script for it tomorrow', msg, 'I will get you a script'],
    // treatments that are not drugs, changed or scheduled for one person
    ['stop the night guard for now, it is making the jaw worse', msg, 'stop the night guard'],
    ['Wear the wrist brace every night for the next month.', msg, 'Wear the wrist brace every night'],
    ['keep the splint on for 2 weeks and no running', msg, 'keep the splint on for 2 weeks'],
    ['Lleve la férula todas las noches por un mes.', msg, 'Lleve la férula todas las noches por un mes'],
    // Spanish "cada hora" and oral rehydration
    ['dale suero oral cada hora y si no mejora a urgencias', msg, 'dale suero oral cada hora'],
  ];
  test.each(firing)('flags %s', (text, ctx, span) => {
    expect(spans(text, ctx)).toContain(span);
  });
  const silent: Array<[string, CheckContext]> = [
    // the author told what to take, a deferral, a report in Spanish, a pet
    ['My doctor told me to take 400 mg ibuprofen every 6 hours for a week.', cap],
    ['I told her to ask her pharmacist about the hydroxyzine dose.', cap],
    ['Mi mamá toma furosemida 40 mg diario desde el año pasado.', cap],
    ['The vet told me to give the dog 1 tab of Apoquel daily.', cap],
    ['Told them the clinic is closed Monday, ibuprofen 400 mg is on the shelf by the register.', cap],
    // devices without a change or a schedule, "drop off", "keep it up", and device advice to everyone
    ['drop off your retainer at the front desk', msg],
    ['Stop by to pick up your night guard any day this week.', msg],
    ["Great job at PT! Keep it up, 3x a week and you'll be running by May.", msg],
    ['We can stop the CPAP study early if you want, just call.', msg],
    ['Athletes: wear a mouth guard every practice.', cap],
    // Spanish statements: a verb that is also a third person, blood pressure "taken"
    ['Mi mamá deja la metformina en la cocina.', msg],
    ['Es importante que se tome la presión cada mañana.', msg],
    // a promised result handed back to a doctor, a question, a negated result
    ['Tamiflu could fix it if started early, ask your doctor', cap],
    ['Will antibiotics clear it up? Usually not for a cold, most are viral.', cap],
    ["My doctor said antibiotics won't fix a cold.", msg],
    // real questions ending in "ok?", a swap told to everyone, a third person in Spanish
    ['Should I take 2 of the tylenol tonight ok?', msg],
    ['can i take 2 advil with my lexapro, is that ok?', msg],
    ['Swap the claritin for zyrtec if one stops working, many people do.', cap],
    ['Mi hijo cambia el paracetamol por ibuprofeno cuando quiere.', msg],
    // an animal's medicine
    ['Yes! 1 mg per pound every 8 hours, so 25 mg for a 25 lb dog.', { site: 'facebook', kind: 'reply', account: 'business', parent: 'Is it safe to give my dog benadryl?' }],
    ['Our cat Luna takes gabapentin 50 mg before vet visits, game changer', cap],
    ['Dale al perrito media pastilla de benadryl cada 12 horas.', msg],
  ];
  test.each(silent)('silent on %s', (text, ctx) => {
    expect(spans(text, ctx)).toEqual([]);
  });
});
