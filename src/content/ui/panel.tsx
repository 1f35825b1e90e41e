// The panel the badge opens: each finding (what, why, the fix, a one-click apply where a safe rewrite
// exists) and, when the box answers a negative comment, the professional reply template.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../rules/types';
import { ICON_MARK } from './badge';

/** A finding with the words it covers and a little context either side, for the quote line. */
export interface FindingView extends Finding {
  excerpt: string;
  before: string;
  after: string;
}

const RULE_TITLES: Record<string, string> = {
  'patient-privacy': 'Patient privacy',
  'online-prescribing': 'Medical advice to one person',
  'review-reply-disclosure': 'Confirms a patient relationship',
  'unprofessional-tone': 'Unprofessional tone',
  'personal-account-boundary': 'Personal account',
};

export function ruleTitle(ruleId: string): string {
  return RULE_TITLES[ruleId] ?? ruleId.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
/** Findings listed at most; a long paste can raise hundreds, and the first ones say what to fix. */
export const MAX_LISTED = 30;

export interface PanelProps {
  left: number;
  top?: number;
  bottom?: number;
  findings: readonly FindingView[];
  template: string | null;
  /** Focus the first control when the panel opens from the keyboard. */
  autoFocus: boolean;
  onClose(): void;
  onApply(index: number): void;
  onInsertTemplate(): void;
}

export function Panel(props: PanelProps) {
  const { findings, template } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.autoFocus) ref.current?.querySelector<HTMLElement>('button:not(.bm-close), .bm-close')?.focus();
  }, [props.autoFocus]);
  const count = findings.length;
  return (
    <div
      ref={ref}
      id="bm-panel"
      class="bm-panel"
      role="dialog"
      aria-label="Bedside Manner"
      style={{ left: `${props.left}px`, ...(props.top !== undefined ? { top: `${props.top}px` } : { bottom: `${props.bottom}px` }) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="bm-head">
        <span class="bm-logo">{ICON_MARK}</span>
        <span class="bm-title">Bedside Manner</span>
        <span class="bm-count">{count === 0 ? 'No problems found' : `${count} ${count === 1 ? 'finding' : 'findings'}`}</span>
        <button type="button" class="bm-close" aria-label="Close" onMouseDown={(e) => e.preventDefault()} onClick={props.onClose}>
          ×
        </button>
      </div>
      {count > 0 && (
        <ul class="bm-list">
          {findings.slice(0, MAX_LISTED).map((f, i) => (
            <li key={`${f.ruleId}:${f.start}:${f.end}`} class={`bm-item ${f.severity}`} data-bedside-rule={f.ruleId} data-bedside-severity={f.severity}>
              <div class="bm-item-head">
                <span class="bm-rule">{ruleTitle(f.ruleId)}</span>
                <span class={`bm-sev ${f.severity}`}>{SEVERITY_WORD[f.severity]}</span>
              </div>
              {f.excerpt && (
                <span class="bm-quote">
                  {f.before}
                  <mark>{f.excerpt}</mark>
                  {f.after}
                </span>
              )}
              <p class="bm-why">{f.message}</p>
              {f.suggestion?.message && (
                <p class="bm-fix">
                  <b>Instead: </b>
                  {f.suggestion.message}
                </p>
              )}
              {f.suggestion?.replacement !== undefined && (
                <button type="button" class="bm-apply" data-bedside-action="apply-fix" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onApply(i)}>
                  {f.suggestion.replaces === 'all'
                    ? 'Use the professional reply instead'
                    : f.suggestion.replacement.length > 60 || f.suggestion.replacement.length === 0
                      ? 'Apply the fix'
                      : `Replace with “${f.suggestion.replacement}”`}
                </button>
              )}
            </li>
          ))}
          {count > MAX_LISTED && <li class="bm-item bm-more">…and {count - MAX_LISTED} more of the same kinds further on.</li>}
        </ul>
      )}
      {template !== null && (
        <section class="bm-template" aria-label="Professional reply">
          <p>
            <b>This answers a negative comment.</b> A short, calm reply that confirms nothing and invites a call works best.
          </p>
          <p class="bm-preview">{template}</p>
          <button type="button" class="bm-primary" data-bedside-action="insert-template" onMouseDown={(e) => e.preventDefault()} onClick={props.onInsertTemplate}>
            Use this reply
          </button>
        </section>
      )}
      <div class="bm-foot">
        Checked on this device; nothing is sent. <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> opens this panel, <kbd>Esc</kbd> closes it.
      </div>
    </div>
  );
}
