// Underlines under the offending spans, drawn from Range.getClientRects() in our own layer: the
// editor's DOM is never touched.
import type { Severity } from '../../rules/types';
import type { SpanRect } from '../editors/rects';

export interface Underline {
  rect: SpanRect;
  severity: Severity;
}

export function Overlay({ lines, hidden }: { lines: readonly Underline[]; hidden: boolean }) {
  return (
    <div aria-hidden="true" style={{ opacity: hidden ? 0 : 1 }}>
      {lines.map(({ rect, severity }, i) => (
        <>
          <div key={`h${i}`} class={`bm-hl ${severity}`} style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }} />
          <div key={`l${i}`} class={`bm-line ${severity}`} style={{ left: `${rect.left}px`, top: `${rect.top + rect.height - 1}px`, width: `${rect.width}px` }} />
        </>
      ))}
    </div>
  );
}
