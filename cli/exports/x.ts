// The X (Twitter) archive: data/tweets.js is a script, `window.YTD.tweets.part0 = [ {"tweet": {…}}, … ]`,
// split into tweets-part1.js… when large. data/account.js names the account, which forms the links.
import type { Account } from '../../src/rules/types';
import type { ScanItem } from '../input';
import { peek, placeOf, readJsonElements, readSmallJson, type Archive, type ArchiveEntry } from './archive';
import { isObject, type ExportFormat, type ExportSource } from './types';

const TWEETS_FILE = /(^|\/)(tweets?|tweets?-part\d+)\.js$/;
const ACCOUNT_FILE = /(^|\/)account\.js$/;
const MONTHS: Record<string, string> = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };

/** X writes dates as "Wed Oct 10 20:19:24 +0000 2018"; returns ISO 8601 in UTC, or undefined. */
export function isoFromXDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(value.trim());
  if (!m || !MONTHS[m[1]]) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().replace('.000Z', 'Z');
  }
  const date = new Date(`${m[7]}-${MONTHS[m[1]]}-${m[2]}T${m[3]}${m[4]}${m[5]}:${m[6]}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/** X escapes these three in full_text. */
const unescapeX = (text: string) => text.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name]!);

/** Maps one element of tweets.js to a scan item; a reason when it is not a tweet. */
export function tweetToItem(value: unknown, username: string | undefined, account: Account): ScanItem | string {
  const tweet = isObject(value) && isObject(value.tweet) ? value.tweet : value;
  if (!isObject(tweet)) return 'not a tweet';
  const id = typeof tweet.id_str === 'string' ? tweet.id_str : typeof tweet.id === 'string' ? tweet.id : undefined;
  const text = typeof tweet.full_text === 'string' ? tweet.full_text : typeof tweet.text === 'string' ? tweet.text : undefined;
  if (id === undefined || !/^\d+$/.test(id)) return 'a tweet without an id';
  if (text === undefined) return `tweet ${id} has no text`;
  const replyTo = tweet.in_reply_to_status_id_str ?? tweet.in_reply_to_status_id;
  const item: ScanItem = {
    id,
    site: 'x',
    kind: replyTo !== undefined && replyTo !== null && replyTo !== '' ? 'reply' : 'post',
    account,
    text: unescapeX(text),
    url: username ? `https://x.com/${encodeURIComponent(username)}/status/${id}` : `https://x.com/i/web/status/${id}`,
  };
  const date = isoFromXDate(tweet.created_at);
  if (date) item.date = date;
  if (item.kind === 'reply' && typeof tweet.in_reply_to_screen_name === 'string') item.replyingTo = `@${tweet.in_reply_to_screen_name}`;
  return item;
}

export const xArchive: ExportFormat = {
  name: 'an X (Twitter) archive: the zip from "Download an archive of your data", or its folder (data/tweets.js)',
  async detect(archive: Archive): Promise<ExportSource | undefined> {
    const tweetFiles: ArchiveEntry[] = [];
    let recognised = false; // at least one tweets file that reads as one (a damaged file alone proves nothing)
    for (const entry of archive.entries) {
      if (!TWEETS_FILE.test(entry.path)) continue;
      // A tweets file too damaged to peek into is still read, so that its damage is reported.
      const { text, damaged } = await peek(archive, entry, 64);
      const isTweets = text.replace(/^\uFEFF/, '').startsWith('window.YTD.tweet');
      recognised ||= isTweets;
      if (damaged || isTweets) tweetFiles.push(entry);
    }
    if (!recognised) return undefined;
    const accountEntry = archive.entries.find((e) => ACCOUNT_FILE.test(e.path));
    let username: string | undefined;
    if (accountEntry) {
      const parsed = await readSmallJson(archive, accountEntry, '=');
      const first = Array.isArray(parsed) ? parsed[0] : undefined;
      const details = isObject(first) && isObject(first.account) ? first.account : undefined;
      if (details && typeof details.username === 'string' && /^\w{1,50}$/.test(details.username)) username = details.username;
    }
    return {
      description: `X archive${username ? ` of @${username}` : ''}`,
      entries: tweetFiles,
      async *read(options) {
        const account = options.account ?? 'unknown';
        for (const entry of tweetFiles) {
          for await (const event of readJsonElements(archive, entry, { afterPrefix: '=', onBytes: options.onBytes })) {
            if ('problem' in event) {
              yield event;
              continue;
            }
            const item = tweetToItem(event.value, username, account);
            if (typeof item === 'string') yield { problem: { where: `${placeOf(archive, entry)}:${event.element.line}`, reason: `${item}; skipped` } };
            else yield { item };
          }
        }
      },
    };
  },
};
