// Posting cadence: when the practice last posted on each site, whether it keeps to its weekly goal, and
// when a page has gone quiet long enough for a gentle reminder. Pure arithmetic over {site, at} records
// (never any text); storage lives in cadence-store.ts.
import { SITES, isOneOf, type Site } from '../rules/types';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** The most post records kept: enough for months at any sensible goal, small enough for storage.local. */
export const MAX_POSTS = 200;
/** Two publishes on one site this close together are one post (a double click, Ctrl+Enter then a click). */
export const SAME_POST_WINDOW = 60_000;
/** A reminder the user set aside stays away this long. */
export const SNOOZE = DAY;

export interface PostRecord {
  site: Site;
  /** When it was published, ms since the epoch. */
  at: number;
}

const isSite = (v: unknown): v is Site => isOneOf(SITES, v);

/** Keeps only well-formed records, oldest first, at most `max` of the newest. */
export function cleanPosts(raw: unknown, max = MAX_POSTS): PostRecord[] {
  if (!Array.isArray(raw)) return [];
  const posts = raw
    .filter((p): p is PostRecord => typeof p === 'object' && p !== null && isSite(p.site) && Number.isFinite(p.at) && p.at > 0)
    .map((p) => ({ site: p.site, at: p.at }))
    .sort((a, b) => a.at - b.at);
  return posts.slice(Math.max(0, posts.length - max));
}

/** Adds one post; a second publish on the same site within SAME_POST_WINDOW is the same post. */
export function recordPost(posts: readonly PostRecord[], post: PostRecord, max = MAX_POSTS): PostRecord[] {
  const duplicate = posts.some((p) => p.site === post.site && Math.abs(p.at - post.at) < SAME_POST_WINDOW);
  return duplicate ? cleanPosts(posts, max) : cleanPosts([...posts, post], max);
}

export interface CadenceInput {
  /** Goal posts per week; 0 means no goal. */
  postsPerWeek: number;
  /** The sites the practice posts on (its pages are set, or it has posted there). */
  sites: readonly Site[];
  /** When tracking began (install): a page with no post yet counts as quiet from then. */
  since?: number;
}

export interface SiteCadence {
  site: Site;
  lastAt?: number;
  /** Posts within the goal's window: the last 7 days, or one interval when the goal is under one a week. */
  recentPosts: number;
  /** The window `recentPosts` counts over, in ms. */
  window: number;
  /** The goal's spacing between posts (7 days / goal); undefined with no goal. */
  interval?: number;
  /** When the next post is due to keep to the goal; undefined with no goal. */
  dueAt?: number;
  /** False once the page has gone longer than its interval without a post. */
  onTrack: boolean;
  /** How long since the last post (or since tracking began), ms. */
  quietFor: number;
}

/** Where each site stands against the goal at `now`. */
export function cadenceOf(posts: readonly PostRecord[], input: CadenceInput, now: number): SiteCadence[] {
  const goal = Number.isFinite(input.postsPerWeek) && input.postsPerWeek > 0 ? input.postsPerWeek : 0;
  const interval = goal ? WEEK / goal : undefined;
  const window = Math.max(WEEK, interval ?? 0);
  return input.sites.map((site) => {
    const mine = posts.filter((p) => p.site === site && p.at <= now);
    const lastAt = mine.length ? mine[mine.length - 1].at : undefined;
    const from = lastAt ?? input.since ?? now;
    const dueAt = interval === undefined ? undefined : from + interval;
    return {
      site,
      lastAt,
      recentPosts: mine.filter((p) => p.at > now - window).length,
      window,
      interval,
      dueAt,
      onTrack: dueAt === undefined || now <= dueAt,
      quietFor: Math.max(0, now - from),
    };
  });
}

/** The sites the cadence is about: those with practice pages set, and those with business posts recorded. */
export function cadenceSites(practiceAccounts: Record<Site, readonly string[]>, posts: readonly PostRecord[]): Site[] {
  return SITES.filter((site) => practiceAccounts[site].length > 0 || posts.some((p) => p.site === site));
}

export interface ReminderInput {
  remind: boolean;
  /** Until when the user set reminders aside ("Not now"). */
  snoozedUntil?: number;
}

/** The sites to remind about now: gone quiet past the goal, reminders on, not set aside. */
export function remindersDue(cadence: readonly SiteCadence[], input: ReminderInput, now: number): SiteCadence[] {
  if (!input.remind || (input.snoozedUntil !== undefined && now < input.snoozedUntil)) return [];
  return cadence.filter((c) => !c.onTrack);
}

/** "just now", "3 hours", "2 days", "3 weeks": how long, in plain words. */
export function spanInWords(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < HOUR) return 'less than an hour';
  if (ms < DAY) return plural(Math.floor(ms / HOUR), 'hour');
  if (ms < 2 * WEEK) return plural(Math.floor(ms / DAY), 'day');
  return plural(Math.floor(ms / WEEK), 'week');
}

/** The goal in plain words: "2 posts a week", "a post every 2 weeks", "no goal". */
export function goalInWords(postsPerWeek: number): string {
  if (!(postsPerWeek > 0)) return 'no goal';
  if (postsPerWeek < 1) {
    const weeks = Math.round(1 / postsPerWeek);
    return weeks === 1 ? '1 post a week' : `a post every ${weeks} weeks`;
  }
  const n = Number.isInteger(postsPerWeek) ? postsPerWeek : Math.round(postsPerWeek * 10) / 10;
  return `${n} post${n === 1 ? '' : 's'} a week`;
}
