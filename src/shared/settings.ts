// The user's settings: schema, defaults, validation and migrations. Pure (no browser.*), so the
// content script, popup, options page and tests share one definition. Storage lives in settings-store.ts.
import { SITES, type Site } from '../rules/types';
import { DEFAULT_TEMPLATES, TEMPLATE_IDS, type TemplateId } from './templates';

export const SETTINGS_VERSION = 1;

/** Limits that keep settings inside browser.storage.sync's quotas (8 KB an item) and the pages usable. */
export const LIMITS = {
  practiceName: 200,
  practicePhone: 60,
  accountsPerSite: 10,
  accountLength: 100,
  allowWords: 200,
  allowWordLength: 60,
  /** The words never to flag share one storage item: at most this many bytes of JSON. */
  allowWordsBytes: 7000,
  templateLength: 1200,
  postsPerWeek: 21,
} as const;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  practiceName: string;
  practicePhone: string;
  /** The practice's own pages and handles per site: writing as one of these is "business". */
  practiceAccounts: Record<Site, string[]>;
  /** Posting goal for the practice pages, and whether to remind when a page falls behind. */
  cadence: { postsPerWeek: number; remind: boolean };
  /** Rule id → on/off. Rules missing here are on. */
  rules: Record<string, boolean>;
  /** Words never to flag: staff names, the practice's own name. */
  allowWords: string[];
  /** The user's edited template texts; missing ones use the built-in text. */
  templates: Partial<Record<TemplateId, string>>;
  /** Nudges the user switched off ("Don't ask again"), per site. */
  nudges: { friendRequest: Record<Site, boolean>; deleteComment: Record<Site, boolean> };
  /** Whether the welcome on the options page has been completed. */
  welcomed: boolean;
}

const perSite = <T>(make: () => T): Record<Site, T> =>
  Object.fromEntries(SITES.map((site) => [site, make()])) as Record<Site, T>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    practiceName: '',
    practicePhone: '',
    practiceAccounts: perSite(() => []),
    cadence: { postsPerWeek: 2, remind: true },
    rules: {},
    allowWords: [],
    templates: {},
    nudges: { friendRequest: perSite(() => true), deleteComment: perSite(() => true) },
    welcomed: false,
  };
}

export interface Validated {
  settings: Settings;
  /** Plain-words notes about values that were invalid and fell back to defaults. */
  problems: string[];
}

/** How each site is named to people. */
export const SITE_NAMES: Record<Site, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

const unique = (list: string[]): string[] => {
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? v.map((s) => s.trim()).filter(Boolean) : undefined;

/** Older shapes → the current one. Each step takes version N to N+1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 (unversioned drafts) kept a single `practicePages` list for every site.
  0: (old) => {
    const pages = stringList(old.practicePages) ?? [];
    const { practicePages: _dropped, ...rest } = old;
    return { ...rest, version: 1, practiceAccounts: perSite(() => [...pages]) };
  },
};

/** Brings any stored value to a valid Settings. Never throws; what was wrong is described in `problems`. */
export function validateSettings(raw: unknown): Validated {
  const problems: string[] = [];
  const d = defaultSettings();
  if (raw === undefined || raw === null) return { settings: d, problems };
  if (!isRecord(raw)) return { settings: d, problems: ['Saved settings were unreadable; defaults are in use.'] };
  let value: Record<string, unknown> = raw;
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > SETTINGS_VERSION) problems.push('Settings come from a newer version of Bedside Manner; unknown parts were ignored.');
  while (version < SETTINGS_VERSION && MIGRATIONS[version]) {
    value = MIGRATIONS[version](value);
    version++;
  }

  const text = (key: 'practiceName' | 'practicePhone', max: number): string => {
    const v = value[key];
    if (v === undefined) return d[key];
    if (typeof v === 'string' && v.length <= max) return v.trim();
    problems.push(`"${key === 'practiceName' ? 'Practice name' : 'Practice phone'}" was not valid and was reset.`);
    return d[key];
  };
  if (value.welcomed !== undefined && typeof value.welcomed !== 'boolean') problems.push('The welcome state was not valid; the welcome is shown again.');

  const accounts = perSite<string[]>(() => []);
  if (isRecord(value.practiceAccounts)) {
    for (const site of SITES) {
      const list = value.practiceAccounts[site];
      if (list === undefined) continue;
      const ok = stringList(list);
      if (!ok) {
        problems.push(`The practice accounts for ${SITE_NAMES[site]} were not a list of names and were reset.`);
        continue;
      }
      const kept = ok.filter((h) => h.length <= LIMITS.accountLength).slice(0, LIMITS.accountsPerSite);
      if (kept.length < ok.length) problems.push(`Some practice accounts for ${SITE_NAMES[site]} were too long or too many and were left out.`);
      accounts[site] = unique(kept.map((h) => h.replace(/^@/, '')));
    }
  } else if (value.practiceAccounts !== undefined) problems.push('The practice accounts were not valid and were reset.');

  const cadence = { ...d.cadence };
  if (isRecord(value.cadence)) {
    const n = value.cadence.postsPerWeek;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= LIMITS.postsPerWeek) cadence.postsPerWeek = n;
    else if (n !== undefined)
      problems.push(`The posting goal must be between 0 and ${LIMITS.postsPerWeek} posts a week; it was reset to ${d.cadence.postsPerWeek}.`);
    if (typeof value.cadence.remind === 'boolean') cadence.remind = value.cadence.remind;
    else if (value.cadence.remind !== undefined) problems.push('The posting reminder setting was not on or off; it was reset to on.');
  } else if (value.cadence !== undefined) problems.push('The posting goal was not valid and was reset.');

  const rules: Record<string, boolean> = {};
  if (isRecord(value.rules)) {
    let skipped = false;
    for (const [id, on] of Object.entries(value.rules)) {
      if (typeof on === 'boolean' && /^[a-z0-9-]{1,80}$/.test(id)) rules[id] = on;
      else skipped = true;
    }
    if (skipped) problems.push('Some check on/off settings were not valid; those checks are on.');
  } else if (value.rules !== undefined) problems.push('The check on/off settings were not valid; every check is on.');

  let allowWords = value.allowWords === undefined ? [] : stringList(value.allowWords);
  if (!allowWords) problems.push('"Words never to flag" was not a list of words and was reset.');
  else {
    const deduped = unique(allowWords);
    let bytes = 2;
    const kept = deduped
      .filter((w) => w.length <= LIMITS.allowWordLength)
      .filter((w) => (bytes += utf8Length(JSON.stringify(w)) + 1) <= LIMITS.allowWordsBytes)
      .slice(0, LIMITS.allowWords);
    if (kept.length < deduped.length)
      problems.push(`Some "words never to flag" were longer than ${LIMITS.allowWordLength} characters or past what fits (about ${LIMITS.allowWords}) and were left out.`);
    allowWords = kept;
  }

  const templates: Settings['templates'] = {};
  if (isRecord(value.templates)) {
    for (const id of TEMPLATE_IDS) {
      const t = value.templates[id];
      if (t === undefined || t === '') continue;
      if (typeof t === 'string' && t.trim() && t.length <= LIMITS.templateLength) templates[id] = t;
      else problems.push(`The saved text of the "${DEFAULT_TEMPLATES[id].title}" template was not valid; the built-in text is used.`);
    }
  } else if (value.templates !== undefined) problems.push('The saved template texts were not valid; the built-in texts are used.');

  const nudges = { friendRequest: { ...d.nudges.friendRequest }, deleteComment: { ...d.nudges.deleteComment } };
  if (isRecord(value.nudges))
    for (const kind of ['friendRequest', 'deleteComment'] as const) {
      const entry = value.nudges[kind];
      if (isRecord(entry)) for (const site of SITES) if (typeof entry[site] === 'boolean') nudges[kind][site] = entry[site] as boolean;
    }

  return {
    settings: {
      version: SETTINGS_VERSION,
      practiceName: text('practiceName', LIMITS.practiceName),
      practicePhone: text('practicePhone', LIMITS.practicePhone),
      practiceAccounts: accounts,
      cadence,
      rules,
      allowWords: allowWords ?? [],
      templates,
      nudges,
      welcomed: value.welcomed === true,
    },
    problems,
  };
}

/** The part of the settings the rules engine reads. */
export function ruleSettingsOf(settings: Settings) {
  return {
    disabledRules: Object.entries(settings.rules).filter(([, on]) => !on).map(([id]) => id),
    allowWords: [...settings.allowWords, ...(settings.practiceName ? [settings.practiceName] : [])],
    practiceName: settings.practiceName,
    practicePhone: settings.practicePhone,
  };
}

// ── Storage layout ──────────────────────────────────────────────────────────────────────────────
// storage.sync allows 8 KB per item, so the parts that grow with the user's text (each template, the
// words never to flag) are kept under their own keys.
const KEY = 'settings';
const ALLOW_KEY = 'settings.allowWords';
const templateKey = (id: string) => `settings.template.${id}`;
/** Every storage.sync key the settings occupy. */
export const SETTINGS_KEYS: readonly string[] = [KEY, ALLOW_KEY, ...TEMPLATE_IDS.map(templateKey)];

/** Settings → storage.sync items. Every key is always written, so one `set` replaces the whole state. */
export function splitForSync(settings: Settings): Record<string, unknown> {
  const { allowWords, templates, ...core } = settings;
  return {
    [KEY]: core,
    [ALLOW_KEY]: allowWords,
    ...Object.fromEntries(TEMPLATE_IDS.map((id) => [templateKey(id), templates[id] ?? ''])),
  };
}

/**
 * storage.sync items → the raw value `validateSettings` reads. A field inside the main item wins over its
 * own key: `saveSettings` never writes it there, so its presence means the whole value was written at once
 * (an older version, an import, a test).
 */
export function joinFromSync(items: Record<string, unknown>): unknown {
  const core = items[KEY];
  if (core === undefined) return undefined;
  if (typeof core !== 'object' || core === null || Array.isArray(core)) return core;
  const raw: Record<string, unknown> = { ...core };
  if (raw.allowWords === undefined && items[ALLOW_KEY] !== undefined) raw.allowWords = items[ALLOW_KEY];
  if (raw.templates === undefined) {
    const templates: Record<string, unknown> = {};
    for (const id of TEMPLATE_IDS) {
      const text = items[templateKey(id)];
      if (text !== undefined && text !== '') templates[id] = text;
    }
    raw.templates = templates;
  }
  return raw;
}
