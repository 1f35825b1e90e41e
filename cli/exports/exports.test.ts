// The export readers against the committed fixtures (built by scripts/make-export-fixtures.ts).
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtures, FB_PAGE, FB_PROFILE, IG, X_TWEETS, X_TWEETS_PART1 } from '../../scripts/make-export-fixtures';
import type { InputEvent, InputProblem, ScanItem } from '../input';
import { openInput } from './index';
import { facebookFileKind } from './facebook';
import { fixMetaText } from './meta-text';
import { isoFromXDate, tweetToItem } from './x';

const FIXTURES = 'test/fixtures/exports';

async function readExport(path: string, account?: 'business' | 'personal') {
  const opened = await openInput(path);
  if (!('source' in opened)) throw new Error(`not an export: ${JSON.stringify(opened)}`);
  const items: ScanItem[] = [];
  const problems: InputProblem[] = [];
  for await (const event of opened.source.read({ account }) as AsyncIterable<InputEvent>) {
    if ('item' in event) items.push(event.item);
    else problems.push(event.problem);
  }
  return { description: opened.source.description, items, problems };
}

describe('X archive', () => {
  it('reads every tweet, in order, with its date, kind and link', async () => {
    const { description, items, problems } = await readExport(`${FIXTURES}/x-archive.zip`);
    expect(problems).toEqual([]);
    expect(description).toBe('X archive of @brightsmile_dds');
    const expected = [...X_TWEETS, ...X_TWEETS_PART1];
    expect(items.map((i) => i.id)).toEqual(expected.map((t) => t.id));
    expect(items.map((i) => i.text)).toEqual(expected.map((t) => t.text)); // &amp; &lt; &gt; undone
    expect(items.map((i) => i.date)).toEqual(expected.map((t) => t.date));
    expect(items.map((i) => i.kind)).toEqual(expected.map((t) => (t.replyTo ? 'reply' : 'post')));
    expect(items[0].url).toBe(`https://x.com/brightsmile_dds/status/${expected[0].id}`);
    expect(items.every((i) => i.site === 'x' && i.account === 'unknown')).toBe(true);
    expect(items.find((i) => i.kind === 'reply')!.replyingTo).toMatch(/^@\w+$/);
  });

  it('takes the account type from --account when given', async () => {
    const { items } = await readExport(`${FIXTURES}/x-archive.zip`, 'business');
    expect(items.every((i) => i.account === 'business')).toBe(true);
  });

  it('reports a broken tweet and a corrupt file by their place, and still reads the rest', async () => {
    const { items, problems } = await readExport(`${FIXTURES}/x-archive-damaged.zip`);
    expect(items.map((i) => i.id)).toEqual(X_TWEETS.map((t) => t.id)); // all of part 0; part 1 is damaged
    expect(problems).toHaveLength(2);
    expect(problems[0].where).toMatch(/x-archive-damaged\.zip:data\/tweets\.js:\d+$/);
    expect(problems[0].reason).toMatch(/item 3 is not valid JSON/);
    expect(problems[1].where).toMatch(/x-archive-damaged\.zip:data\/tweets-part1\.js$/);
    expect(problems[1].reason).toMatch(/damaged/);
  });

  it('parses X dates and ignores elements that are not tweets', () => {
    expect(isoFromXDate('Wed Oct 10 20:19:24 +0000 2018')).toBe('2018-10-10T20:19:24Z');
    expect(isoFromXDate('Wed Oct 10 20:19:24 +0200 2018')).toBe('2018-10-10T18:19:24Z');
    expect(isoFromXDate('nonsense')).toBeUndefined();
    expect(tweetToItem({ like: {} }, 'a', 'unknown')).toMatch(/without an id/);
    expect(tweetToItem({ tweet: { id_str: '5', full_text: 'hi' } }, undefined, 'unknown')).toMatchObject({ url: 'https://x.com/i/web/status/5', kind: 'post' });
  });
});

describe('Facebook export', () => {
  it('reads posts and comments from a profile folder, undoing the Latin-1 escaping', async () => {
    const { description, items, problems } = await readExport(`${FIXTURES}/facebook-profile`);
    expect(problems).toEqual([]);
    expect(description).toBe('Facebook profile export');
    const raw = readFileSync(`${FIXTURES}/facebook-profile/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`, 'utf8');
    expect(raw).toContain('\\u00c3\\u00a9'); // the fixture really is escaped like Facebook's
    const texts = items.map((i) => i.text);
    expect(texts).toContain('Café con leche before my shift ☕😊 Have a great weekend, everyone!');
    expect(texts).toContain(FB_PROFILE.comments.comments_v2[0].data[0].comment.comment); // "Zoë", "🎉"
    expect(items).toHaveLength(4); // the photo-only post has no text
    const reply = items.find((i) => i.text.includes('ibuprofen'))!;
    expect(reply).toMatchObject({ site: 'facebook', kind: 'reply', account: 'personal', date: '2022-01-15T22:30:00Z', replyingTo: 'Lee Park’s comment' });
    const comment = items.find((i) => i.text.includes('new baby'))!;
    expect(comment).toMatchObject({ kind: 'comment', replyingTo: 'Ana Núñez’s post' });
    expect(items.find((i) => i.text.includes('Room 12'))).toMatchObject({ kind: 'post', date: '2020-11-02T04:10:00Z' });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('reads a Page export as the business, with review replies and the review they answer', async () => {
    const { description, items } = await readExport(`${FIXTURES}/facebook-page.zip`);
    expect(description).toBe('Facebook Page export');
    expect(items.every((i) => i.account === 'business')).toBe(true);
    const replies = items.filter((i) => i.kind === 'review-reply');
    expect(replies.map((r) => r.parent)).toEqual(FB_PAGE.reviews.page_reviews_v2.slice(0, 2).map((r) => r.review.text)); // the unanswered review is not ours
    expect(replies[0]).toMatchObject({ text: FB_PAGE.reviews.page_reviews_v2[0].reply!.text, date: '2023-02-11T09:00:00Z' });
    expect(replies[1].parent).toBe('Front desk was rude to me on the phone.');
  });

  it('knows which files hold the user\'s words', () => {
    expect(facebookFileKind('your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json')).toBe('posts');
    expect(facebookFileKind('posts/your_posts_1.json')).toBe('posts');
    expect(facebookFileKind('comments/comments.json')).toBe('comments');
    expect(facebookFileKind('your_facebook_activity/comments_and_reactions/comments.json')).toBe('comments');
    expect(facebookFileKind('your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json')).toBeUndefined();
    expect(facebookFileKind('your_facebook_activity/messages/inbox/a/message_1.json')).toBeUndefined();
  });
});

describe('Instagram export', () => {
  it('reads captions and comments with dates, decoded, as a professional (business) account', async () => {
    const { description, items, problems } = await readExport(`${FIXTURES}/instagram.zip`);
    expect(problems).toEqual([]);
    expect(description).toBe('Instagram export of @brightsmile.dental (professional account)');
    expect(items.map((i) => i.text)).toEqual([IG.posts[0].media[0].title, IG.posts[1].title, ...IG.comments.map((c) => c.string_map_data.Comment.value)]);
    expect(items.map((i) => i.kind)).toEqual(['caption', 'caption', 'comment', 'comment']);
    expect(items[0].date).toBe('2023-01-20T17:00:00Z');
    expect(items[3]).toMatchObject({ site: 'instagram', account: 'business', date: '2024-02-02T23:00:00Z', replyingTo: '@sam_k’s post' });
  });
});

describe('recognising input by its contents', () => {
  it('says what is supported when a zip is none of the exports', async () => {
    const opened = await openInput(`${FIXTURES}/not-an-export.zip`);
    expect(opened).toHaveProperty('error');
    const { error } = opened as { error: string };
    expect(error).toMatch(/holds no posts scan recognises/);
    for (const name of ['JSONL', 'X', 'Facebook', 'Instagram']) expect(error).toContain(name);
  });

  it('treats JSONL as JSONL and refuses other files', async () => {
    await expect(openInput('package.json')).resolves.toHaveProperty('error'); // pretty-printed JSON, not JSONL
    await expect(openInput('README.md')).resolves.toHaveProperty('error');
    await expect(openInput('/no/such/file')).resolves.toEqual({ error: 'no such file or folder' });
    await expect(openInput('-')).resolves.toEqual({ jsonl: true });
  });

  it('reads the same fixtures the script builds (they are up to date and deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'bedside-fixtures-'));
    buildFixtures(out);
    const list = (root: string): string[] =>
      readdirSync(root, { recursive: true })
        .map(String)
        .filter((p) => statSync(join(root, p)).isFile())
        .sort();
    expect(list(out)).toEqual(list(FIXTURES));
    for (const file of list(out)) expect(readFileSync(join(out, file)).equals(readFileSync(join(FIXTURES, file))), relative('.', file)).toBe(true);
  });

  it('decodes Meta text only where it is escaped', () => {
    expect(fixMetaText('Ã©')).toBe('é');
  });
});
