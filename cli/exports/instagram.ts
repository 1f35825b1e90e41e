// Instagram's "Download your information" export, JSON format. Posts are arrays of
// `{ media: [{ uri, creation_timestamp, title }], title?, creation_timestamp? }` (the caption is the
// post's title, or its first media's); comments are arrays of `{ string_map_data: { Comment: { value },
// "Media Owner": { value }, Time: { timestamp } } }`. Text uses Meta's byte escaping (see meta-text.ts).
// The export has no link to each post, only the account's username.
import type { Account } from '../../src/rules/types';
import type { ScanItem } from '../input';
import { elementId, readJsonElements, readSmallJson, type Archive, type ArchiveEntry } from './archive';
import { fixMetaText } from './meta-text';
import { isObject, isoFromSeconds, type ExportFormat, type ExportSource } from './types';

type FileKind = 'posts' | 'comments';

export function instagramFileKind(path: string): FileKind | undefined {
  const p = path.toLowerCase();
  if (/(^|\/)(content|media)\/(posts(_\d+)?|reels|archived_posts|igtv_videos)\.json$/.test(p)) return 'posts';
  if (/(^|\/)comments\/(post_comments(_\d+)?|reels_comments|comments)\.json$/.test(p) && !/your_facebook_activity\//.test(p)) return 'comments';
  return undefined;
}

const PROFILE_FILE = /(^|\/)personal_information\.json$/i;
const PROFESSIONAL_MARKER = /(^|\/)professional_information[^/]*\.json$/i;

/** `{ "Comment": { "value": … } }` and friends: Instagram's key → value map, case-insensitive. */
function mapValue(map: unknown, name: string): Record<string, unknown> | undefined {
  if (!isObject(map)) return undefined;
  const key = Object.keys(map).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key !== undefined ? map[key] : undefined;
  return isObject(value) ? value : undefined;
}

export function instagramElementToItem(value: unknown, fileKind: FileKind, id: string, account: Account): ScanItem | undefined {
  if (!isObject(value)) return undefined;
  let body: string | undefined;
  let seconds: unknown;
  let replyingTo: string | undefined;
  if (fileKind === 'posts') {
    const media = Array.isArray(value.media) ? value.media.filter(isObject) : [];
    const title = typeof value.title === 'string' && value.title.trim() ? value.title : media.map((m) => m.title).find((t) => typeof t === 'string' && t.trim());
    body = typeof title === 'string' ? fixMetaText(title) : undefined;
    seconds = value.creation_timestamp ?? media[0]?.creation_timestamp;
  } else {
    const map = value.string_map_data;
    const comment = mapValue(map, 'Comment')?.value;
    body = typeof comment === 'string' ? fixMetaText(comment) : undefined;
    seconds = mapValue(map, 'Time')?.timestamp;
    const owner = mapValue(map, 'Media Owner')?.value;
    if (typeof owner === 'string' && owner) replyingTo = `@${fixMetaText(owner)}’s post`;
  }
  if (!body || !body.trim()) return undefined;
  const item: ScanItem = { id, site: 'instagram', kind: fileKind === 'posts' ? 'caption' : 'comment', account, text: body };
  const date = isoFromSeconds(seconds);
  if (date) item.date = date;
  if (replyingTo) item.replyingTo = replyingTo;
  return item;
}

export const instagramExport: ExportFormat = {
  name: 'an Instagram "Download your information" export in JSON format (zip or folder, with content/posts_1.json or comments/)',
  async detect(archive: Archive): Promise<ExportSource | undefined> {
    const files: { entry: ArchiveEntry; kind: FileKind }[] = [];
    for (const entry of archive.entries) {
      const kind = instagramFileKind(entry.path);
      if (kind) files.push({ entry, kind });
    }
    if (files.length === 0) return undefined;
    const isProfessional = archive.entries.some((e) => PROFESSIONAL_MARKER.test(e.path));
    let username: string | undefined;
    const profile = archive.entries.find((e) => PROFILE_FILE.test(e.path));
    if (profile) {
      const parsed = await readSmallJson(archive, profile);
      const user = isObject(parsed) && Array.isArray(parsed.profile_user) ? parsed.profile_user[0] : undefined;
      const name = isObject(user) ? mapValue(user.string_map_data, 'Username')?.value : undefined;
      if (typeof name === 'string' && /^[\w.]{1,30}$/.test(name)) username = name;
    }
    return {
      description: `Instagram export${username ? ` of @${username}` : ''}${isProfessional ? ' (professional account)' : ''}`,
      entries: files.map((f) => f.entry),
      async *read(options) {
        const account = options.account ?? (isProfessional ? 'business' : 'unknown');
        for (const { entry, kind } of files) {
          for await (const event of readJsonElements(archive, entry, { onBytes: options.onBytes })) {
            if ('problem' in event) {
              yield event;
              continue;
            }
            const item = instagramElementToItem(event.value, kind, elementId(entry, event.element), account);
            if (item) yield { item };
          }
        }
      },
    };
  },
};
