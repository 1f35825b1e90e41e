// Builds the data-export fixtures in test/fixtures/exports/, shaped like the real downloads: an X
// archive (zip, with a damaged copy), a Facebook profile export (folder), a Facebook Page export (zip),
// an Instagram export (zip) and a zip that is none of these. Each holds obviously risky items (a
// patient named with a diagnosis, a dose prescribed online, a review reply confirming the patient) and
// obviously clean ones. Deterministic: the same bytes on every run (fixed zip dates).
// usage: npx tsx scripts/make-export-fixtures.ts [OUT_DIR]
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import { toMetaText } from '../cli/exports/meta-text';

const FIXED_DATE = new Date('2024-06-01T12:00:00Z');
const enc = (text: string) => new TextEncoder().encode(text);

/** JSON as Meta writes it: every UTF-8 byte escaped as its own \u00XX (an ASCII-only file). */
export function metaJson(value: unknown): string {
  const escaped = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? toMetaText(v) : v), 2);
  return escaped.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** X's date format: "Wed Oct 10 20:19:24 +0000 2018". */
export function xDate(iso: string): string {
  const d = new Date(iso);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${month} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

interface Tweet { id: string; date: string; text: string; replyTo?: { id: string; user: string } }

/** One tweets.js element, with the noise fields a real archive carries. */
export function tweetElement(t: Tweet): unknown {
  return {
    tweet: {
      edit_info: { initial: { editTweetIds: [t.id], editableUntil: t.date, editsRemaining: '5', isEditEligible: false } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: t.replyTo ? [{ name: t.replyTo.user, screen_name: t.replyTo.user, indices: ['0', String(t.replyTo.user.length + 1)] }] : [], urls: [] },
      display_text_range: ['0', String(t.text.length)],
      favorite_count: '3',
      id_str: t.id,
      truncated: false,
      retweet_count: '0',
      id: t.id,
      created_at: xDate(t.date),
      favorited: false,
      full_text: t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      lang: 'en',
      ...(t.replyTo ? { in_reply_to_status_id_str: t.replyTo.id, in_reply_to_status_id: t.replyTo.id, in_reply_to_screen_name: t.replyTo.user, in_reply_to_user_id_str: '99' } : {}),
    },
  };
}

/** A tweets.js file the way X writes it. */
export const tweetsJs = (part: string, elements: readonly string[]) => `window.YTD.${part} = [ ${elements.join(', ')} ]`;
const tweetJson = (t: Tweet) => JSON.stringify(tweetElement(t), null, 2).replace(/": /g, '" : ');

export const X_USER = 'brightsmile_dds';
export const X_TWEETS: Tweet[] = [
  { id: '1070000000000000001', date: '2018-11-05T15:04:00Z', text: "We're open Saturday 9–1 this week. Walk-ins welcome for cleanings! 🦷" },
  { id: '1210000000000000002', date: '2019-12-24T10:30:00Z', text: 'Feliz Navidad 🎄 from all of us at Bright Smile Dental & Family Care!' },
  { id: '1360000000000000003', date: '2021-02-11T18:22:00Z', text: 'Big congratulations to our patient Maria Lopez, who finished chemo for her breast cancer today! So proud of you 💪' },
  { id: '1500000000000000004', date: '2022-04-30T21:15:00Z', text: '@jkeller_77 Just take 500 mg amoxicillin three times a day for 7 days and the tooth infection will clear up.', replyTo: { id: '1500000000000000000', user: 'jkeller_77' } },
  { id: '1600000000000000005', date: '2023-01-09T09:00:00Z', text: 'Tips for kids <and> parents: brush twice a day, floss once & see us every 6 months.' },
  { id: '1700000000000000006', date: '2023-10-17T16:45:00Z', text: "@angry_reviewer22 Mr. Keller, our records show your root canal on March 3 was done correctly and it was your insurance that denied the claim.", replyTo: { id: '1699999999999999999', user: 'angry_reviewer22' } },
];
export const X_TWEETS_PART1: Tweet[] = [
  { id: '1750000000000000007', date: '2024-02-20T08:00:00Z', text: 'Flu shots are in. Ask at the front desk at your next visit.' },
  { id: '1760000000000000008', date: '2024-03-02T19:10:00Z', text: 'Our patient Tom Reyes (DOB 4/12/1980) is recovering well after his heart attack, thanks to the whole team.' },
];

const xAccountJs = `window.YTD.account.part0 = ${JSON.stringify([{ account: { email: 'office@example.com', createdVia: 'web', username: X_USER, accountId: '99', createdAt: '2015-03-01T10:00:00.000Z', accountDisplayName: 'Bright Smile Dental' } }], null, 2)}`;

function xArchiveFiles(tweetsJsText: string, part1Text: string): Zippable {
  return {
    'Your archive.html': [enc('<!doctype html><title>Your archive</title>'), { mtime: FIXED_DATE }],
    'data/manifest.js': [enc('window.__THAR_CONFIG = {"userInfo":{"userName":"' + X_USER + '"}}'), { mtime: FIXED_DATE }],
    'data/account.js': [enc(xAccountJs), { mtime: FIXED_DATE }],
    'data/tweets.js': [enc(tweetsJsText), { mtime: FIXED_DATE }],
    'data/tweets-part1.js': [enc(part1Text), { mtime: FIXED_DATE }],
    'data/like.js': [enc('window.YTD.like.part0 = [ ]'), { mtime: FIXED_DATE }],
    'data/tweets_media/1360000000000000003-photo.jpg': [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), { mtime: FIXED_DATE }],
  };
}

/** The zip with the data of one entry overwritten in its middle, so it no longer inflates or checks. */
function damageEntry(zip: Uint8Array, name: string): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = Buffer.from(copy.buffer);
  for (let at = 0; at + 30 < view.length; at++) {
    if (view.readUInt32LE(at) !== 0x04034b50) continue;
    const nameLength = view.readUInt16LE(at + 26);
    const extraLength = view.readUInt16LE(at + 28);
    if (view.subarray(at + 30, at + 30 + nameLength).toString('utf8') !== name) continue;
    const dataStart = at + 30 + nameLength + extraLength;
    const size = view.readUInt32LE(at + 18);
    for (let i = 0; i < Math.min(24, size - 4); i++) copy[dataStart + Math.floor(size / 3) + i] ^= 0x5a;
    return copy;
  }
  throw new Error(`no entry ${name}`);
}

const ts = (iso: string) => Math.floor(Date.parse(iso) / 1000);

export const FB_PROFILE = {
  posts: [
    { timestamp: ts('2019-06-14T07:30:00Z'), data: [{ post: 'Café con leche before my shift ☕😊 Have a great weekend, everyone!' }], title: 'Sam Rivera updated his status.' },
    { timestamp: ts('2020-11-02T04:10:00Z'), data: [{ post: 'Rough night shift. Room 12, Mr. Daniel Brooks, 67, came in with a massive heart attack and his wife found out he has stage 4 lung cancer.' }, { update_timestamp: ts('2020-11-02T04:12:00Z') }], title: 'Sam Rivera updated his status.' },
    { timestamp: ts('2021-03-20T12:00:00Z'), attachments: [{ data: [{ media: { uri: 'your_facebook_activity/posts/media/photo.jpg', creation_timestamp: ts('2021-03-20T12:00:00Z') } }] }], title: 'Sam Rivera added a new photo.' },
  ],
  comments: {
    comments_v2: [
      { timestamp: ts('2021-08-08T20:00:00Z'), data: [{ comment: { timestamp: ts('2021-08-08T20:00:00Z'), comment: 'Congratulations on the new baby! 🎉 Zoë is beautiful.', author: 'Sam Rivera' } }], title: "Sam Rivera commented on Ana Núñez's post." },
      { timestamp: ts('2022-01-15T22:30:00Z'), data: [{ comment: { timestamp: ts('2022-01-15T22:30:00Z'), comment: 'Just take 800 mg ibuprofen every 6 hours and start the leftover amoxicillin, no need to come in.', author: 'Sam Rivera' } }], title: "Sam Rivera replied to Lee Park's comment." },
    ],
  },
};

export const FB_PAGE = {
  posts: [
    { timestamp: ts('2022-05-01T15:00:00Z'), data: [{ post: 'Now booking summer check-ups! Call us or book online. ☀️' }], title: 'Bright Smile Dental updated their status.' },
    { timestamp: ts('2023-07-04T13:00:00Z'), data: [{ post: 'Happy 4th! Reminder: we are closed today and reopen Wednesday.' }] },
  ],
  reviews: {
    page_reviews_v2: [
      {
        timestamp: ts('2023-02-10T18:00:00Z'),
        review: { author: 'Karen W.', recommends: false, text: 'Worst dentist ever. Waited two hours and my crown still hurts.' },
        reply: { timestamp: ts('2023-02-11T09:00:00Z'), text: 'Hi Karen, we checked your chart: your crown was placed on February 3 and you missed your follow-up appointment for the root canal.' },
      },
      {
        timestamp: ts('2023-09-01T10:00:00Z'),
        review: { author: 'José M.', recommends: false, text: 'Front desk was rude to me on the phone.' },
        reply: { timestamp: ts('2023-09-01T16:00:00Z'), text: "Thank you for your feedback. We'd like to hear more — please call our office manager at 555-0100 so we can make this right." },
      },
      { timestamp: ts('2024-01-05T10:00:00Z'), review: { author: 'Priya S.', recommends: true, text: 'Great team, very gentle!' } },
    ],
  },
  info: { page: { name: 'Bright Smile Dental', category: 'Dentist & Dental Office' } },
};

export const IG = {
  posts: [
    { media: [{ uri: 'media/posts/202301/1.jpg', creation_timestamp: ts('2023-01-20T17:00:00Z'), title: 'Meet Dr. Ana Núñez, our new orthodontist! 🎉 Say hi at your next visit.' }] },
    { media: [{ uri: 'media/posts/202305/2.jpg', creation_timestamp: ts('2023-05-12T17:00:00Z'), title: '' }, { uri: 'media/posts/202305/3.jpg', creation_timestamp: ts('2023-05-12T17:00:00Z'), title: '' }], title: 'Before & after 💕 Our patient Jenna Marks let us share her veneers after bulimia wore down her enamel.', creation_timestamp: ts('2023-05-12T17:00:00Z') },
  ],
  comments: [
    { media_list_data: [{ uri: '' }], string_map_data: { Comment: { value: 'Love this! 😍' }, 'Media Owner': { value: 'smile_lab' }, Time: { timestamp: ts('2023-06-01T10:00:00Z') } } },
    { media_list_data: [{ uri: '' }], string_map_data: { Comment: { value: '@sam_k DM me, I can prescribe you 10 mg oxycodone for the pain.' }, 'Media Owner': { value: 'sam_k' }, Time: { timestamp: ts('2024-02-02T23:00:00Z') } } },
  ],
  profile: { profile_user: [{ media_map_data: {}, string_map_data: { Username: { href: '', value: 'brightsmile.dental', timestamp: 0 }, Name: { href: '', value: 'Bright Smile Dental ✨', timestamp: 0 } } }] },
  professional: { profile_business: [{ title: 'Professional information', string_map_data: { Category: { value: 'Dentist' } } }] },
};

export function buildFixtures(out: string): string[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(out, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    written.push(name);
  };

  // X archive: a good zip, and a damaged copy (one broken tweet, one corrupt entry).
  const main = tweetsJs('tweets.part0', X_TWEETS.map(tweetJson));
  const part1 = tweetsJs('tweets.part1', X_TWEETS_PART1.map(tweetJson));
  const good = zipSync(xArchiveFiles(main, part1), { level: 6 });
  file('x-archive.zip', good);
  const elements = X_TWEETS.map(tweetJson);
  elements.splice(2, 0, '{\n  "tweet" : {\n    "id_str" : "1300000000000000000",\n    "full_text" : "this one was cut off\n  }\n}');
  const damaged = zipSync(xArchiveFiles(tweetsJs('tweets.part0', elements), part1), { level: 6 });
  file('x-archive-damaged.zip', damageEntry(damaged, 'data/tweets-part1.js'));

  // Facebook profile export, unzipped (a folder), Meta's byte escaping.
  file('facebook-profile/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json', metaJson(FB_PROFILE.posts));
  file('facebook-profile/your_facebook_activity/comments_and_reactions/comments.json', metaJson(FB_PROFILE.comments));
  file('facebook-profile/personal_information/profile_information/profile_information.json', metaJson({ profile_v2: { name: { full_name: 'Sam Rivera' } } }));
  file('facebook-profile/index.html', '<!doctype html><title>Your information</title>');

  // Facebook Page export, zipped.
  const page: Zippable = {
    'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': [enc(metaJson(FB_PAGE.posts)), { mtime: FIXED_DATE }],
    'your_facebook_activity/reviews/page_reviews_and_replies.json': [enc(metaJson(FB_PAGE.reviews)), { mtime: FIXED_DATE }],
    'page_information/page_information.json': [enc(metaJson(FB_PAGE.info)), { mtime: FIXED_DATE }],
  };
  file('facebook-page.zip', zipSync(page, { level: 6 }));

  // Instagram export of a professional account, zipped.
  const ig: Zippable = {
    'your_instagram_activity/content/posts_1.json': [enc(metaJson(IG.posts)), { mtime: FIXED_DATE }],
    'your_instagram_activity/comments/post_comments_1.json': [enc(metaJson(IG.comments)), { mtime: FIXED_DATE }],
    'personal_information/personal_information/personal_information.json': [enc(metaJson(IG.profile)), { mtime: FIXED_DATE }],
    'personal_information/personal_information/professional_information.json': [enc(metaJson(IG.professional)), { mtime: FIXED_DATE }],
    'media/posts/202301/1.jpg': [new Uint8Array([0xff, 0xd8, 0xff]), { mtime: FIXED_DATE }],
  };
  file('instagram.zip', zipSync(ig, { level: 6 }));

  // A zip that is none of the exports.
  file('not-an-export.zip', zipSync({ 'notes/readme.txt': [enc('holiday photos'), { mtime: FIXED_DATE }], 'data/stuff.json': [enc('{"a": 1}'), { mtime: FIXED_DATE }] }));
  return written;
}

/**
 * Streams a large X archive (about `targetBytes` of tweets.js) to `path` without holding it in memory:
 * mostly clean posts with a risky one every `riskyEvery`. For the progress test and the benchmark.
 */
export async function writeLargeXArchive(path: string, targetBytes: number, riskyEvery = 50): Promise<{ tweets: number; risky: number; bytes: number }> {
  const out = createWriteStream(path);
  let failed: Error | undefined;
  const pending: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else pending.push(chunk);
  });
  const flush = async () => {
    for (const chunk of pending.splice(0)) if (!out.write(chunk)) await once(out, 'drain');
    if (failed) throw failed;
  };
  const account = new ZipDeflate('data/account.js', { level: 1 });
  zip.add(account);
  account.push(enc(xAccountJs), true);
  const tweets = new ZipDeflate('data/tweets.js', { level: 1 });
  zip.add(tweets);
  const clean = ['Reminder: we are open late on Thursdays.', 'Brush twice a day and floss once. Your gums will thank you! 🦷', 'Happy Friday from the whole team!', 'New patients welcome — call to book a cleaning.'];
  const risky = ['Our patient Maria Lopez finished chemo for breast cancer today!', 'Just take 500 mg amoxicillin three times a day for a week.'];
  let bytes = 0;
  let count = 0;
  let riskyCount = 0;
  const start = Date.parse('2012-01-01T00:00:00Z');
  tweets.push(enc('window.YTD.tweets.part0 = [ '));
  let batch: string[] = [];
  while (bytes < targetBytes) {
    const isRisky = count % riskyEvery === riskyEvery - 1;
    if (isRisky) riskyCount++;
    const text = isRisky ? risky[riskyCount % risky.length] : clean[count % clean.length];
    const element = (count > 0 ? ', ' : '') + tweetJson({ id: String(1000000000000000000n + BigInt(count)), date: new Date(start + count * 3_600_000).toISOString(), text });
    bytes += element.length;
    batch.push(element);
    count++;
    if (batch.length === 500) {
      tweets.push(enc(batch.join('')));
      batch = [];
      await flush();
    }
  }
  tweets.push(enc(batch.join('') + ' ]'), true);
  zip.end();
  await flush();
  out.end();
  await once(out, 'finish');
  return { tweets: count, risky: riskyCount, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? 'test/fixtures/exports');
  for (const name of buildFixtures(out)) console.log(join(out, name));
}
