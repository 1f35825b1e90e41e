// The pure half of live warnings: checking long texts in slices, the reply template to offer, and
// the quote lines the panel shows. No DOM, no browser.* — tested in node.
import { check, type CheckContext, type Finding } from '../rules/index';
import type { Settings } from '../shared/settings';
import { renderTemplate, type TemplateId } from '../shared/templates';
import type { FindingView } from './ui/panel';

/** Texts longer than two slices are checked in slices, yielding to the page between slices. */
export const SLICE = 4000;
/** Beyond this, only the start of the text is checked (a 100,000-character paste is checked in full). */
const MAX_CHECKED = 250_000;
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

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks a long text in slices cut at line or sentence ends, yielding between slices so a huge paste
 * never blocks the page. Returns null when `stale()` says a newer check has started.
 */
export async function checkInSlices(
  text: string,
  context: CheckContext,
  settings: Parameters<typeof check>[2],
  stale: () => boolean,
  slice = SLICE,
): Promise<Finding[] | null> {
  const out: Finding[] = [];
  const limit = Math.min(text.length, MAX_CHECKED);
  let pos = 0;
  while (pos < limit) {
    let end = Math.min(limit, pos + slice);
    if (end < limit) {
      const from = pos + Math.floor(slice * 0.7);
      const window = text.slice(from, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      if (cut >= 0) end = from + cut + 1;
    }
    for (const f of check(text.slice(pos, end), context, settings)) out.push({ ...f, start: f.start + pos, end: f.end + pos });
    pos = end;
    if (pos < limit) {
      await yieldToPage();
      if (stale()) return null;
    }
  }
  return out;
}

export function viewsOf(text: string, findings: readonly Finding[]): FindingView[] {
  return findings.map((f) => ({
    ...f,
    excerpt: text.slice(f.start, f.end),
    before: (f.start > CONTEXT_CHARS ? '…' : '') + text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start),
    after: text.slice(f.end, f.end + CONTEXT_CHARS) + (f.end + CONTEXT_CHARS < text.length ? '…' : ''),
  }));
}

