// Posting cadence in browser.storage.local: only {site, at} of each business post (never text), when
// tracking began, and until when the user set reminders aside. Arithmetic lives in cadence.ts.
import browser from 'webextension-polyfill';
import { cleanPosts, recordPost, type PostRecord } from './cadence';

export const CADENCE_KEYS = { posts: 'cadence.posts', since: 'cadence.since', snoozedUntil: 'cadence.snoozedUntil' } as const;

export interface CadenceState {
  posts: PostRecord[];
  since?: number;
  snoozedUntil?: number;
}

const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);

export async function loadCadence(): Promise<CadenceState> {
  try {
    const stored = await browser.storage.local.get(Object.values(CADENCE_KEYS));
    return {
      posts: cleanPosts(stored[CADENCE_KEYS.posts]),
      since: time(stored[CADENCE_KEYS.since]),
      snoozedUntil: time(stored[CADENCE_KEYS.snoozedUntil]),
    };
  } catch {
    return { posts: [] };
  }
}

// Records are read-modify-written; one queue per page keeps two quick posts from losing one.
let queue: Promise<unknown> = Promise.resolve();

export function savePost(post: PostRecord): Promise<PostRecord[]> {
  const next = queue.then(async () => {
    const { posts } = await loadCadence();
    const updated = recordPost(posts, post);
    await browser.storage.local.set({ [CADENCE_KEYS.posts]: updated });
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Starts tracking at `now` unless it has started already. */
export async function startTracking(now: number): Promise<void> {
  const { since } = await loadCadence();
  if (since === undefined) await browser.storage.local.set({ [CADENCE_KEYS.since]: now });
}

export async function snoozeReminders(until: number): Promise<void> {
  await browser.storage.local.set({ [CADENCE_KEYS.snoozedUntil]: until });
}

export async function clearCadence(): Promise<void> {
  await browser.storage.local.remove([CADENCE_KEYS.posts, CADENCE_KEYS.snoozedUntil]);
}

/** Calls `listener` when any cadence record changes; returns an unsubscribe. */
export function onCadenceChanged(listener: () => void): () => void {
  const keys: string[] = Object.values(CADENCE_KEYS);
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && keys.some((k) => k in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
