// What every content-script feature gets, and how it is run: one AbortSignal for its whole life,
// and an error boundary that logs once and never lets a failure reach the page or other features.
import type { Site } from '../rules/types';
import type { Settings } from '../shared/settings';

export interface ContentEnv {
  site: Site;
  /** The latest validated settings (kept current by the content script). */
  settings(): Settings;
  /** Called after settings change anywhere (options page, popup). */
  onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void;
}

export interface Feature {
  /** kebab-case, the same as the feature's file name. */
  id: string;
  /** Starts the feature; everything it starts must stop when `signal` aborts. */
  start(env: ContentEnv, signal: AbortSignal): void | Promise<void>;
}

const logged = new Set<string>();

/** Logs the first failure of each feature (later ones are dropped: one line, not a flood). */
export function logOnce(featureId: string, error: unknown): void {
  if (logged.has(featureId)) return;
  logged.add(featureId);
  console.warn(`[Bedside Manner] ${featureId} stopped working here:`, error);
}

/** Wraps a callback (event handler, observer) so an exception is logged once and swallowed. */
export function guard<A extends unknown[]>(featureId: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logOnce(featureId, error);
    }
  };
}

export async function startFeatures(features: readonly Feature[], env: ContentEnv, signal: AbortSignal): Promise<void> {
  for (const feature of features) {
    try {
      await feature.start(env, signal);
    } catch (error) {
      logOnce(feature.id, error);
    }
  }
}
