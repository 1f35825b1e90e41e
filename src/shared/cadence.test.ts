import { describe, expect, test } from 'vitest';
import {
  cadenceOf,
  cadenceSites,
  cleanPosts,
  DAY,
  goalInWords,
  HOUR,
  MAX_POSTS,
  recordPost,
  remindersDue,
  SAME_POST_WINDOW,
  spanInWords,
  WEEK,
  type PostRecord,
} from './cadence';

const NOW = Date.UTC(2026, 2, 12, 15, 0); // a Thursday afternoon
const ago = (ms: number) => NOW - ms;

describe('recording posts', () => {
  test('adds in time order and keeps only site and time', () => {
    let posts: PostRecord[] = [];
    posts = recordPost(posts, { site: 'x', at: ago(DAY) });
    posts = recordPost(posts, { site: 'facebook', at: ago(3 * DAY) });
    posts = recordPost(posts, { site: 'x', at: NOW, text: 'never stored' } as PostRecord);
    expect(posts).toEqual([
      { site: 'facebook', at: ago(3 * DAY) },
      { site: 'x', at: ago(DAY) },
      { site: 'x', at: NOW },
    ]);
  });

  test('a second publish on the same site within the window is the same post; another site is not', () => {
    let posts = recordPost([], { site: 'instagram', at: NOW });
    posts = recordPost(posts, { site: 'instagram', at: NOW + SAME_POST_WINDOW - 1 });
    posts = recordPost(posts, { site: 'x', at: NOW + 1000 });
    expect(posts).toHaveLength(2);
    posts = recordPost(posts, { site: 'instagram', at: NOW + SAME_POST_WINDOW });
    expect(posts).toHaveLength(3);
  });

  test('the list is capped, dropping the oldest', () => {
    let posts: PostRecord[] = [];
    for (let i = 0; i < MAX_POSTS + 30; i++) posts = recordPost(posts, { site: 'facebook', at: NOW + i * HOUR });
    expect(posts).toHaveLength(MAX_POSTS);
    expect(posts[0].at).toBe(NOW + 30 * HOUR);
    expect(recordPost(posts, { site: 'x', at: NOW - DAY }, 5)).toHaveLength(5);
  });

  test('malformed stored records are dropped', () => {
    expect(cleanPosts('nope')).toEqual([]);
    expect(cleanPosts([{ site: 'myspace', at: NOW }, { site: 'x', at: 'today' }, null, { site: 'x', at: NOW }])).toEqual([{ site: 'x', at: NOW }]);
  });
});

describe('where each site stands', () => {
  const posts: PostRecord[] = [
    { site: 'facebook', at: ago(9 * DAY) },
    { site: 'facebook', at: ago(5 * DAY) },
    { site: 'facebook', at: ago(2 * DAY) },
    { site: 'x', at: ago(6 * DAY) },
  ];

  test('last post per site and posts in the last week', () => {
    const [fb, x] = cadenceOf(posts, { postsPerWeek: 2, sites: ['facebook', 'x'] }, NOW);
    expect(fb).toMatchObject({ site: 'facebook', lastAt: ago(2 * DAY), recentPosts: 2, onTrack: true, quietFor: 2 * DAY });
    expect(x).toMatchObject({ site: 'x', lastAt: ago(6 * DAY), recentPosts: 1, onTrack: false, quietFor: 6 * DAY });
  });

  test('the next post is due one interval (a week / goal) after the last', () => {
    const [fb] = cadenceOf(posts, { postsPerWeek: 2, sites: ['facebook'] }, NOW);
    expect(fb.interval).toBe(3.5 * DAY);
    expect(fb.dueAt).toBe(ago(2 * DAY) + 3.5 * DAY);
    // On track up to the due moment itself, quiet just after.
    expect(cadenceOf(posts, { postsPerWeek: 2, sites: ['facebook'] }, fb.dueAt!)[0].onTrack).toBe(true);
    expect(cadenceOf(posts, { postsPerWeek: 2, sites: ['facebook'] }, fb.dueAt! + 1)[0].onTrack).toBe(false);
  });

  test('a higher goal makes the same history fall behind', () => {
    expect(cadenceOf(posts, { postsPerWeek: 1, sites: ['facebook'] }, NOW)[0].onTrack).toBe(true);
    expect(cadenceOf(posts, { postsPerWeek: 7, sites: ['facebook'] }, NOW)[0].onTrack).toBe(false);
  });

  test('a goal under one a week counts over its own interval', () => {
    const [x] = cadenceOf(posts, { postsPerWeek: 0.5, sites: ['x'] }, NOW);
    expect(x.window).toBe(2 * WEEK);
    expect(x.onTrack).toBe(true);
    expect(cadenceOf(posts, { postsPerWeek: 0.5, sites: ['facebook'] }, NOW)[0].recentPosts).toBe(3);
  });

  test('with no goal every site is on track', () => {
    const all = cadenceOf(posts, { postsPerWeek: 0, sites: ['facebook', 'x', 'instagram'] }, NOW + 10 * WEEK);
    expect(all.every((c) => c.onTrack && c.dueAt === undefined)).toBe(true);
  });

  test('a page with no post yet counts from when tracking began', () => {
    const since = ago(2 * DAY);
    const [ig] = cadenceOf(posts, { postsPerWeek: 1, sites: ['instagram'], since }, NOW);
    expect(ig).toMatchObject({ lastAt: undefined, recentPosts: 0, onTrack: true, dueAt: since + WEEK });
    expect(cadenceOf(posts, { postsPerWeek: 1, sites: ['instagram'], since }, since + WEEK + 1)[0].onTrack).toBe(false);
    // Without a start, nothing is overdue yet.
    expect(cadenceOf([], { postsPerWeek: 1, sites: ['instagram'] }, NOW)[0].onTrack).toBe(true);
  });

  test('posts recorded in the future (clock change) are ignored', () => {
    const [x] = cadenceOf([{ site: 'x', at: NOW + DAY }], { postsPerWeek: 2, sites: ['x'], since: ago(DAY) }, NOW);
    expect(x.lastAt).toBeUndefined();
  });
});

test('the cadence covers sites with practice pages and sites with business posts', () => {
  const none = { facebook: [], instagram: [], x: [] };
  expect(cadenceSites(none, [])).toEqual([]);
  expect(cadenceSites({ ...none, instagram: ['smithdental'] }, [])).toEqual(['instagram']);
  expect(cadenceSites({ ...none, x: ['smith'] }, [{ site: 'facebook', at: NOW }])).toEqual(['facebook', 'x']);
});

describe('when to remind', () => {
  const quiet = cadenceOf([{ site: 'x', at: ago(5 * DAY) }, { site: 'facebook', at: ago(HOUR) }], { postsPerWeek: 2, sites: ['facebook', 'x'] }, NOW);

  test('reminds about the pages gone quiet past the goal only', () => {
    expect(remindersDue(quiet, { remind: true }, NOW).map((c) => c.site)).toEqual(['x']);
  });

  test('not when reminders are off, nor while set aside', () => {
    expect(remindersDue(quiet, { remind: false }, NOW)).toEqual([]);
    expect(remindersDue(quiet, { remind: true, snoozedUntil: NOW + HOUR }, NOW)).toEqual([]);
    expect(remindersDue(quiet, { remind: true, snoozedUntil: NOW }, NOW)).toHaveLength(1);
  });
});

test.each([
  [10 * 60_000, 'less than an hour'],
  [HOUR, '1 hour'],
  [5 * HOUR, '5 hours'],
  [DAY, '1 day'],
  [13 * DAY, '13 days'],
  [3 * WEEK + DAY, '3 weeks'],
])('spanInWords(%i) is "%s"', (ms, words) => expect(spanInWords(ms)).toBe(words));

test.each([
  [0, 'no goal'],
  [1, '1 post a week'],
  [2, '2 posts a week'],
  [0.5, 'a post every 2 weeks'],
])('goalInWords(%d) is "%s"', (n, words) => expect(goalInWords(n)).toBe(words));
