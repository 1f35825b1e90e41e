// The compact badge at the box: how many findings and how bad, or a reply tip. Opens the panel.
import type { Severity } from '../../rules/types';

export const ICON_ALERT = (
  <svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M8 1.5 15 14H1L8 1.5Zm0 4.2a.9.9 0 0 0-.9.9v3.1a.9.9 0 1 0 1.8 0V6.6a.9.9 0 0 0-.9-.9Zm0 6.9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" />
  </svg>
);
export const ICON_REPLY = (
  <svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.2 2.6a.5.5 0 0 1-.8-.4V11h.5A1.5 1.5 0 0 1 2 9.5v-6Z" />
  </svg>
);
export const ICON_MARK = (
  <svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d="M6.5 1.5h3v5h5v3h-5v5h-3v-5h-5v-3h5v-5Z" />
  </svg>
);

export interface BadgeProps {
  left: number;
  top: number;
  count: number;
  worst?: Severity;
  expanded: boolean;
  onToggle(): void;
}

const WORDS: Record<Severity, string> = { error: 'a likely problem', warning: 'a possible problem', info: 'a note' };

export function Badge({ left, top, count, worst, expanded, onToggle }: BadgeProps) {
  const tip = count === 0;
  const label = tip
    ? 'Bedside Manner: a professional reply is available for this negative comment. Open.'
    : `Bedside Manner: ${count} ${count === 1 ? 'finding' : 'findings'}, worst is ${WORDS[worst ?? 'info']}. Open details.`;
  return (
    <button
      type="button"
      class={`bm-badge ${tip ? 'tip' : worst}`}
      style={{ left: `${left}px`, top: `${top}px` }}
      aria-label={label}
      aria-expanded={expanded}
      aria-controls="bm-panel"
      data-bedside-badge={tip ? 'tip' : worst}
      title="Bedside Manner (Alt+Shift+B)"
      // Keep the editor's caret where it is: the click alone toggles the panel.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      {tip ? ICON_REPLY : ICON_ALERT}
      <span>{tip ? 'Reply tip' : count > 99 ? '99+' : count}</span>
    </button>
  );
}
