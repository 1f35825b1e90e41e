// The readable report of `scan --format text`: each flagged item with its offending spans marked.
import type { Finding } from '../src/rules/types';
import type { ScanItem } from './input';

const LABEL = { error: 'ERROR', warning: 'warning', info: 'info' } as const;

/** Marks each finding's span in the text with »…« so a reader sees what triggered it. */
export function markSpans(text: string, findings: readonly Finding[]): string {
  const cuts = findings
    .filter((f) => f.end > f.start)
    .map((f) => [f.start, f.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue; // overlapping spans: the first one wins
    out += text.slice(at, start) + '»' + text.slice(start, end) + '«';
    at = end;
  }
  return out + text.slice(at);
}

export function formatItem(item: ScanItem, findings: readonly Finding[], parentSentiment?: string): string {
  const where = [item.site, item.kind, item.account, item.date].filter(Boolean).join(' · ');
  const lines = [`── ${item.id}  (${where})`];
  if (item.parent !== undefined) lines.push(`   replying to (${parentSentiment ?? 'unknown'}): ${oneLine(item.parent)}`);
  lines.push(`   ${oneLine(markSpans(item.text, findings))}`);
  for (const f of findings) {
    lines.push(`   ${LABEL[f.severity]} [${f.ruleId}] "${oneLine(item.text.slice(f.start, f.end))}": ${f.message}`);
    if (f.suggestion) lines.push(`      → ${f.suggestion.message}${f.suggestion.replacement ? ` Try: "${oneLine(f.suggestion.replacement)}"` : ''}`);
  }
  if (item.url) lines.push(`   ${item.url}`);
  return lines.join('\n');
}

const oneLine = (s: string) => (s.length > 400 ? s.slice(0, 400) + '…' : s).replace(/\s*\n\s*/g, ' ⏎ ');
