// One adapter per site: where its compose and reply boxes are, and what each box is answering.
// Selectors live in the site's own file, newest first, with a dated note when one is a fallback.
import type { Kind, Site } from '../../rules/types';

/** What a box is for, read from the page around it. */
export interface BoxContext {
  kind: Kind;
  /** The text being answered (the post, comment, tweet or review), when there is one. */
  parent?: string;
}

export interface SiteAdapter {
  site: Site;
  /** Selectors for this site's boxes, newest first. Matched before the generic fallback. */
  boxSelectors: readonly string[];
  /** Reads the kind and parent of a box. May return undefined to fall back to the generic reading. */
  contextOf(box: HTMLElement): BoxContext | undefined;
}
