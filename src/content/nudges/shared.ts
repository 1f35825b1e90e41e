// Small pieces both nudges use.
import type { Site } from '../../rules/types';
import type { Settings } from '../../shared/settings';
import { saveSettings } from '../../shared/settings-store';

export const SITE_NAMES: Record<Site, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

/** Saves "don't ask again" for one nudge on one site, keeping every other setting as it is. */
export function switchOff(settings: Settings, nudge: keyof Settings['nudges'], site: Site): Promise<void> {
  return saveSettings({ ...settings, nudges: { ...settings.nudges, [nudge]: { ...settings.nudges[nudge], [site]: false } } });
}

/** Resolves with the first truthy `find()` result, checking every 50 ms for up to `ms`; undefined on timeout or abort. */
export function waitFor<T>(find: () => T | undefined | null, ms: number, signal: AbortSignal): Promise<T | undefined> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => {
      if (signal.aborted) return resolve(undefined);
      let found: T | undefined | null;
      try {
        found = find();
      } catch {
        found = undefined;
      }
      if (found) return resolve(found);
      if (Date.now() - started >= ms) return resolve(undefined);
      setTimeout(tick, 50);
    };
    tick();
  });
}
