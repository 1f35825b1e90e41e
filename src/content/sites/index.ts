// The adapter for the site in view.
import type { Site } from '../../rules/types';
import { facebook } from './facebook';
import { instagram } from './instagram';
import type { SiteAdapter } from './types';
import { x } from './x';

export const ADAPTERS: Record<Site, SiteAdapter> = { facebook, instagram, x };
export type { BoxContext, SiteAdapter } from './types';
