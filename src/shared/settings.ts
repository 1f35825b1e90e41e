// The user's settings: schema, defaults, validation and migrations. Pure (no browser.*), so the
// content script, popup, options page and tests share one definition. Storage lives in settings-store.ts.
import { SITES, type Site } from '../rules/types';
import { TEMPLATE_IDS, type TemplateId } from './templates';

export const SETTINGS_VERSION = 1;

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

  const accounts = perSite<string[]>(() => []);
  if (isRecord(value.practiceAccounts)) {
    for (const site of SITES) {
      const list = value.practiceAccounts[site];
      if (list === undefined) continue;
      const ok = stringList(list);
      if (ok) accounts[site] = ok.map((h) => h.replace(/^@/, ''));
      else problems.push(`The practice accounts for ${site} were not a list of names and were reset.`);
    }
  } else if (value.practiceAccounts !== undefined) problems.push('The practice accounts were not valid and were reset.');

  const cadence = { ...d.cadence };
  if (isRecord(value.cadence)) {
    const n = value.cadence.postsPerWeek;
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 21) cadence.postsPerWeek = n;
    else if (n !== undefined) problems.push('The posting goal must be between 0 and 21 posts a week; it was reset to 2.');
    if (typeof value.cadence.remind === 'boolean') cadence.remind = value.cadence.remind;
  }

  const rules: Record<string, boolean> = {};
  if (isRecord(value.rules)) for (const [id, on] of Object.entries(value.rules)) if (typeof on === 'boolean') rules[id] = on;

  const allowWords = value.allowWords === undefined ? [] : stringList(value.allowWords);
  if (!allowWords) problems.push('"Words never to flag" was not a list of words and was reset.');

  const templates: Settings['templates'] = {};
  if (isRecord(value.templates))
    for (const id of TEMPLATE_IDS) {
      const t = value.templates[id];
      if (typeof t === 'string' && t.trim()) templates[id] = t;
    }

  const nudges = { friendRequest: { ...d.nudges.friendRequest }, deleteComment: { ...d.nudges.deleteComment } };
  if (isRecord(value.nudges))
    for (const kind of ['friendRequest', 'deleteComment'] as const) {
      const entry = value.nudges[kind];
      if (isRecord(entry)) for (const site of SITES) if (typeof entry[site] === 'boolean') nudges[kind][site] = entry[site] as boolean;
    }

  return {
    settings: {
      version: SETTINGS_VERSION,
      practiceName: text('practiceName', 200),
      practicePhone: text('practicePhone', 60),
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
