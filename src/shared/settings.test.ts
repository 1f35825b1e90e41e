import { describe, expect, test } from 'vitest';
import { SITES } from '../rules/types';
import { defaultSettings, LIMITS, ruleSettingsOf, SETTINGS_VERSION, validateSettings } from './settings';

describe('defaults', () => {
  test('nothing stored gives the defaults with no note', () => {
    for (const raw of [undefined, null]) {
      const { settings, problems } = validateSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(problems).toEqual([]);
    }
  });

  test('the defaults are a valid value that survives a round trip', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(validateSettings(JSON.parse(JSON.stringify(d)))).toEqual({ settings: d, problems: [] });
    expect(d.welcomed).toBe(false);
    expect(d.cadence.postsPerWeek).toBeGreaterThan(0);
    for (const site of SITES) expect(d.practiceAccounts[site]).toEqual([]);
  });

  test('each call gives a fresh object', () => {
    const a = defaultSettings();
    a.practiceAccounts.x.push('someone');
    expect(defaultSettings().practiceAccounts.x).toEqual([]);
  });
});

describe('validation', () => {
  test('good values are kept (trimmed, "@" dropped from handles, duplicates merged)', () => {
    const { settings, problems } = validateSettings({
      version: 1,
      practiceName: '  Smith Family Dental ',
      practicePhone: '(555) 010-2030',
      practiceAccounts: { facebook: ['Smith Family Dental'], instagram: ['@smithdental', 'smithdental'], x: [] },
      cadence: { postsPerWeek: 3, remind: false },
      rules: { 'patient-privacy': false },
      allowWords: ['Dr. Rivera', 'dr. rivera', ' Maria '],
      templates: { 'negative-review': 'Call {phone}. — {practice}' },
      welcomed: true,
    });
    expect(problems).toEqual([]);
    expect(settings.practiceName).toBe('Smith Family Dental');
    expect(settings.practiceAccounts.instagram).toEqual(['smithdental']);
    expect(settings.cadence).toEqual({ postsPerWeek: 3, remind: false });
    expect(settings.rules).toEqual({ 'patient-privacy': false });
    expect(settings.allowWords).toEqual(['Dr. Rivera', 'Maria']);
    expect(settings.templates).toEqual({ 'negative-review': 'Call {phone}. — {practice}' });
    expect(settings.welcomed).toBe(true);
  });

  test.each([
    ['not an object', 'hello', /unreadable/],
    ['a list', [1, 2], /unreadable/],
    ['a name that is not text', { version: 1, practiceName: 42 }, /Practice name/],
    ['a name too long', { version: 1, practiceName: 'x'.repeat(LIMITS.practiceName + 1) }, /Practice name/],
    ['a phone that is not text', { version: 1, practicePhone: ['555'] }, /Practice phone/],
    ['accounts that are not lists', { version: 1, practiceAccounts: { x: 'smith' } }, /practice accounts for X/],
    ['accounts that are not an object', { version: 1, practiceAccounts: 'smith' }, /practice accounts/],
    ['a goal below zero', { version: 1, cadence: { postsPerWeek: -1 } }, /posting goal/],
    ['a goal that is not a number', { version: 1, cadence: { postsPerWeek: 'often' } }, /posting goal/],
    ['a goal of infinity', { version: 1, cadence: { postsPerWeek: Infinity } }, /posting goal/],
    ['a reminder that is not on/off', { version: 1, cadence: { remind: 'yes' } }, /reminder/],
    ['rules that are not on/off', { version: 1, rules: { 'patient-privacy': 'off' } }, /check/],
    ['allowed words that are not a list', { version: 1, allowWords: 'Maria' }, /never to flag/],
    ['allowed words too long', { version: 1, allowWords: ['y'.repeat(LIMITS.allowWordLength + 1)] }, /never to flag/],
    ['a template that is not text', { version: 1, templates: { 'negative-review': 7 } }, /Negative review/],
    ['a template too long', { version: 1, templates: { 'medical-question': 'z'.repeat(LIMITS.templateLength + 1) } }, /Medical question/],
    ['a newer version', { version: SETTINGS_VERSION + 1 }, /newer version/],
  ])('%s falls back to the default with a note', (_name, raw, note) => {
    const { settings, problems } = validateSettings(raw);
    expect(problems.join('\n')).toMatch(note);
    // The rest of the settings is still whole and valid.
    expect(validateSettings(settings)).toEqual({ settings, problems: [] });
  });

  test('an invalid part resets only that part', () => {
    const { settings } = validateSettings({ version: 1, practiceName: 'Lakeside Clinic', cadence: { postsPerWeek: 99, remind: false } });
    expect(settings.practiceName).toBe('Lakeside Clinic');
    expect(settings.cadence).toEqual({ postsPerWeek: defaultSettings().cadence.postsPerWeek, remind: false });
  });

  test('empty template texts mean "use the built-in text"', () => {
    const { settings, problems } = validateSettings({ version: 1, templates: { 'negative-review': '' } });
    expect(problems).toEqual([]);
    expect(settings.templates).toEqual({});
  });

  test('too many allowed words keeps the first ones', () => {
    const words = Array.from({ length: LIMITS.allowWords + 5 }, (_, i) => `word${i}`);
    const { settings, problems } = validateSettings({ version: 1, allowWords: words });
    expect(settings.allowWords).toEqual(words.slice(0, LIMITS.allowWords));
    expect(problems).toHaveLength(1);
  });
});

describe('migration', () => {
  test('version 0 (one list of pages for every site) becomes per-site accounts', () => {
    const { settings, problems } = validateSettings({ practiceName: 'Oak Street Pediatrics', practicePages: ['oakstpeds', '@OakStreetPeds'] });
    expect(problems).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.practiceName).toBe('Oak Street Pediatrics');
    for (const site of SITES) expect(settings.practiceAccounts[site]).toEqual(['oakstpeds', 'OakStreetPeds']);
    expect(settings).not.toHaveProperty('practicePages');
  });

  test('version 0 without pages migrates to empty lists', () => {
    const { settings } = validateSettings({ practicePhone: '555-0100' });
    expect(settings.practicePhone).toBe('555-0100');
    for (const site of SITES) expect(settings.practiceAccounts[site]).toEqual([]);
  });
});

test('ruleSettingsOf lists switched-off rules and never flags the practice name', () => {
  const s = validateSettings({ version: 1, practiceName: 'Bright Smiles', rules: { a: false, b: true }, allowWords: ['Dr. Chen'] }).settings;
  expect(ruleSettingsOf(s)).toEqual({
    disabledRules: ['a'],
    allowWords: ['Dr. Chen', 'Bright Smiles'],
    practiceName: 'Bright Smiles',
    practicePhone: '',
  });
});
