// Facebook's "Download your information" export, JSON format. Posts are arrays of
// `{ timestamp, data: [{ post }], title }`; comments are `{ comments_v2: [{ timestamp, data: [{ comment:
// { comment, author } }], title }] }`. Text is written with Meta's byte escaping (see meta-text.ts).
// A Page's export is the practice speaking (business); its review replies carry the review answered.
// Facebook gives no link to each post; the report points to the Activity Log instead.
import type { Account, Kind } from '../../src/rules/types';
import type { ScanItem } from '../input';
import { elementId, readJsonElements, type Archive, type ArchiveEntry } from './archive';
import { fixMetaText } from './meta-text';
import { isObject, isoFromSeconds, type ExportFormat, type ExportSource } from './types';

type FileKind = 'posts' | 'comments' | 'review-replies';

/** Which files hold what the user wrote. Newer exports nest them under your_facebook_activity/. */
export function facebookFileKind(path: string): FileKind | undefined {
  const p = path.toLowerCase();
  if (/(^|\/)posts\/(your_posts[^/]*|.*posts_on_other_pages[^/]*|.*posts_on_other_people[^/]*)\.json$/.test(p)) return 'posts';
  if (/(^|\/)groups\/(your_posts_in_groups|group_posts_and_comments|your_posts_and_comments_in_groups)[^/]*\.json$/.test(p)) return 'posts';
  if (/(^|\/)comments(_and_reactions)?\/comments[^/]*\.json$/.test(p)) return 'comments';
  if (/(^|\/)groups\/(your_comments_in_groups|group_comments)[^/]*\.json$/.test(p)) return 'comments';
  if (/(^|\/)[^/]*(reviews?|recommendations?)[^/]*\/[^/]*\.json$/.test(p) || /(^|\/)[^/]*(review|recommendation)[^/]*\.json$/.test(p)) return 'review-replies';
  return undefined;
}

/** Signs that the export is a Page's (the practice) rather than a person's profile. */
const PAGE_MARKER = /(^|\/)(page_information|page_profile)[^/]*(\/|\.json$)/i;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? fixMetaText(value) : undefined);

/** The first string found under one of `keys`, looking one level into objects ({text}, {comment}…). */
function pick(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return fixMetaText(value);
    if (isObject(value)) {
      const inner = pick(value, ['text', 'comment', 'reply', 'message', 'review_text', 'value']);
      if (inner) return inner;
    }
  }
  return undefined;
}

function numberIn(record: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const key of keys) if (typeof record[key] === 'number') return record[key] as number;
  return undefined;
}

/** Maps one element of a Facebook file to a scan item; undefined when it carries no text of the user's. */
export function facebookElementToItem(value: unknown, fileKind: FileKind, id: string, account: Account): ScanItem | undefined {
  if (!isObject(value)) return undefined;
  const data = Array.isArray(value.data) ? value.data.filter(isObject) : [];
  let body: string | undefined;
  let kind: Kind;
  let parent: string | undefined;
  let seconds = numberIn(value, ['timestamp', 'creation_timestamp']);
  if (fileKind === 'posts') {
    body = data.map((d) => text(d.post)).filter((t): t is string => !!t && t.trim() !== '').join('\n') || undefined;
    kind = 'post';
  } else if (fileKind === 'comments') {
    const comment = data.map((d) => d.comment).find(isObject);
    body = comment ? text(comment.comment) : undefined;
    if (comment && typeof comment.timestamp === 'number') seconds = comment.timestamp;
    kind = /\breplied to\b/i.test(text(value.title) ?? '') ? 'reply' : 'comment';
  } else {
    const reply = value.reply ?? value.response ?? value.page_reply ?? value.reply_text;
    body = typeof reply === 'string' ? fixMetaText(reply) : isObject(reply) ? pick(reply, ['text', 'comment', 'reply', 'message']) : undefined;
    if (isObject(reply)) seconds = numberIn(reply, ['timestamp', 'creation_timestamp']) ?? seconds;
    parent = pick(value, ['review_text', 'review', 'recommendation_text', 'recommendation', 'text']);
    kind = 'review-reply';
  }
  if (!body || !body.trim()) return undefined;
  const item: ScanItem = { id, site: 'facebook', kind, account, text: body };
  if (parent) item.parent = parent;
  const date = isoFromSeconds(seconds);
  if (date) item.date = date;
  if (fileKind === 'comments') {
    const title = text(value.title);
    const m = title ? /\b(?:commented on|replied to) (.+?)(?:'s|’s)? (post|comment|photo|video|link|status|review)/i.exec(title) : null;
    if (m) item.replyingTo = `${m[1]}’s ${m[2].toLowerCase()}`;
  }
  return item;
}

export const facebookExport: ExportFormat = {
  name: 'a Facebook "Download your information" export in JSON format (zip or folder, with your_facebook_activity/ or posts/ and comments/)',
  async detect(archive: Archive): Promise<ExportSource | undefined> {
    const files: { entry: ArchiveEntry; kind: FileKind }[] = [];
    for (const entry of archive.entries) {
      const kind = facebookFileKind(entry.path);
      if (kind) files.push({ entry, kind });
    }
    // A review file alone does not make a Facebook export; posts or comments must be there too.
    if (!files.some((f) => f.kind !== 'review-replies')) return undefined;
    if (archive.entries.some((e) => /(^|\/)your_instagram_activity\//.test(e.path))) return undefined;
    const isPage = archive.entries.some((e) => PAGE_MARKER.test(e.path));
    return {
      description: `Facebook ${isPage ? 'Page' : 'profile'} export`,
      entries: files.map((f) => f.entry),
      async *read(options) {
        for (const { entry, kind } of files) {
          // Only a Page can reply to its reviews: those replies are the practice speaking.
          const account = options.account ?? (isPage || kind === 'review-replies' ? 'business' : 'personal');
          for await (const event of readJsonElements(archive, entry, { onBytes: options.onBytes })) {
            if ('problem' in event) {
              yield event;
              continue;
            }
            const id = elementId(entry, event.element);
            const item = facebookElementToItem(event.value, kind, id, account);
            if (item) yield { item };
          }
        }
      },
    };
  },
};
