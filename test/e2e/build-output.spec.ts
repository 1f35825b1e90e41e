// What npm run build must produce: loadable MV3 builds for Chrome and Firefox, store zips, and a
// manifest that asks for no more than it needs and keeps the content script undetectable by sites.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const manifest = (target: string) => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
const SITE_PATTERN = /^https:\/\/(?:(?:www|web|m|business)\.facebook\.com|www\.instagram\.com|(?:mobile\.)?x\.com|(?:mobile\.)?twitter\.com)\/\*$/;

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  test('is a Manifest V3 extension with popup, options and background', () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect(existsSync(`dist/${target}/${m.action.default_popup}`)).toBe(true);
    expect(existsSync(`dist/${target}/${m.options_ui.page}`)).toBe(true);
    if (target === 'chrome') expect(existsSync(`dist/${target}/${m.background.service_worker}`)).toBe(true);
    else {
      expect(m.background.scripts).toHaveLength(1);
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    }
  });

  test('asks only for storage and alarms, and runs only on the three sites', () => {
    const m = manifest(target);
    expect(m.permissions.sort()).toEqual(['alarms', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    for (const script of m.content_scripts) for (const match of script.matches) expect(match).toMatch(SITE_PATTERN);
    expect(m.content_security_policy.extension_pages).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
  });

  test('ships the content script as one file that sites cannot fetch', () => {
    const m = manifest(target);
    const [script] = m.content_scripts;
    expect(script.js).toHaveLength(1);
    const code = readFileSync(`dist/${target}/${script.js[0]}`, 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^import\s/m); // self-contained, no loader
    const exposed = (m.web_accessible_resources ?? []).flatMap((r: { resources: string[] }) => r.resources);
    expect(exposed).toEqual([]);
  });

  test('has a zip for the store', () => {
    expect(readdirSync('dist').some((f) => f.endsWith(`-${target}.zip`))).toBe(true);
  });
});
