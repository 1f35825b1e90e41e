// The pure half of live warnings: the reply template to offer and the quote lines the panel shows.
// No DOM, no browser.* — tested in node. (The rules themselves run in the background: background/checker.ts.)
import type { Finding } from '../rules/types';
import type { Settings } from '../shared/settings';
import { renderTemplate, type TemplateId } from '../shared/templates';
import type { FindingView } from './ui/panel';

const CONTEXT_CHARS = 24;

/** A simple reading of whether the comment being answered is in Spanish, to offer the Spanish reply. */
export function looksSpanish(text: string): boolean {
  const hits = text.toLowerCase().match(/\b(?:el|la|los|las|que|de|muy|pero|por|para|una|con|no|es|nunca|pésim[oa]|horrible|atención|cita|doctor[a]?)\b/g);
  return (hits?.length ?? 0) >= 3 && /[áéíóúñ¿¡]|\b(?:que|muy|pero|nunca)\b/i.test(text);
}

export function templateFor(settings: Settings, parent: string | undefined): string {
  const id: TemplateId = parent && looksSpanish(parent) ? 'negative-review-es' : 'negative-review';
  return renderTemplate(id, settings, settings.templates);
}

export function viewsOf(text: string, findings: readonly Finding[]): FindingView[] {
  return findings.map((f) => ({
    ...f,
    excerpt: text.slice(f.start, f.end),
    before: (f.start > CONTEXT_CHARS ? '…' : '') + text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start),
    after: text.slice(f.end, f.end + CONTEXT_CHARS) + (f.end + CONTEXT_CHARS < text.length ? '…' : ''),
  }));
}

