// The live-warning layer for the box in focus: underlines, the badge, the panel and a live region.
// Pure rendering from props; live-warnings.ts owns the state and the editor.
import { render } from 'preact';
import { worstSeverity } from '../../rules/severity';
import { Badge } from './badge';
import { addUiStyle, getUiRoot } from './host';
import { LIVE_CSS } from './live-styles';
import { Overlay, type Underline } from './overlay';
import { Panel, type FindingView } from './panel';

export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LiveViewProps {
  /** The focused box's rectangle; null hides everything. */
  anchor: Anchor | null;
  findings: readonly FindingView[];
  lines: readonly Underline[];
  /** Where the text's last line ends: the badge moves above the box rather than cover it. */
  textEnd: { right: number; top: number; bottom: number } | null;
  /** Underlines fade while the user types: their offsets are stale until the next check. */
  linesStale: boolean;
  panelOpen: boolean;
  panelAutoFocus: boolean;
  /** The filled reply template, when the box answers a negative comment. */
  template: string | null;
  announcement: string;
  onToggle(): void;
  onClose(): void;
  onApply(index: number): void;
  onInsertTemplate(): void;
}

const BADGE_H = 22;
const PANEL_W = 344;
const PANEL_H_GUESS = 300;
const GAP = 6;

export function LiveView(p: LiveViewProps) {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const a = p.anchor;
  const showBadge = a !== null && (p.findings.length > 0 || p.template !== null);
  // The badge sits in the box's bottom-right corner, clear of the text's usual line start.
  const badgeWidth = p.findings.length === 0 ? 82 : p.findings.length > 99 ? 52 : p.findings.length > 9 ? 44 : 36;
  const badgeLeft = a ? Math.min(vw - badgeWidth - 4, Math.max(4, a.right - badgeWidth - GAP)) : 0;
  const tall = a ? a.bottom - a.top >= BADGE_H + 2 * GAP + 8 : false;
  // In the box's bottom-right corner (centred in a one-line box) — unless the text reaches under it;
  // then just above the box's top-right corner, so it never covers what the user wrote.
  let badgeTop = a ? (tall ? a.bottom - BADGE_H - GAP : a.top + (a.bottom - a.top - BADGE_H) / 2) : 0;
  const end = p.textEnd;
  const coversEarlierLines = end !== null && badgeTop < end.top - 1;
  const coversLastLine = end !== null && end.right > badgeLeft - 4 && badgeTop + BADGE_H > end.top && badgeTop < end.bottom;
  if (a && (coversEarlierLines || coversLastLine)) badgeTop = Math.max(2, a.top - BADGE_H - 3);
  const panelLeft = a ? Math.min(vw - PANEL_W - 8, Math.max(8, a.right - PANEL_W)) : 0;
  const below = a ? a.bottom + GAP + PANEL_H_GUESS <= vh || a.top < PANEL_H_GUESS : true;
  return (
    <div class="bm-ui">
      <div class="bm-sr" role="status" aria-live="polite" aria-atomic="true">
        {p.announcement}
      </div>
      {a && <Overlay lines={p.lines} hidden={p.linesStale} />}
      {showBadge && a && (
        <Badge left={badgeLeft} top={badgeTop} count={p.findings.length} worst={worstSeverity(p.findings)} expanded={p.panelOpen} onToggle={p.onToggle} />
      )}
      {showBadge && a && p.panelOpen && (
        <Panel
          left={panelLeft}
          {...(below ? { top: Math.min(a.bottom + GAP, vh - 120) } : { bottom: vh - Math.min(a.top, badgeTop) + GAP })}
          findings={p.findings}
          template={p.template}
          autoFocus={p.panelAutoFocus}
          onClose={p.onClose}
          onApply={p.onApply}
          onInsertTemplate={p.onInsertTemplate}
        />
      )}
    </div>
  );
}

/** Mounts the layer in the shared shadow root; returns an update function and an unmount. */
export function mountLiveView(): { update(props: LiveViewProps): void; unmount(): void } {
  addUiStyle('live-warnings', LIVE_CSS);
  const container = document.createElement('div');
  container.dataset.feature = 'live-warnings';
  getUiRoot().append(container);
  return {
    update(props) {
      if (!container.isConnected) getUiRoot().append(container);
      render(<LiveView {...props} />, container);
    },
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}
