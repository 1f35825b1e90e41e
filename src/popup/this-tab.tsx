// "This tab": the findings for the box the user is writing in, live while they type.
import type { TabState } from '../shared/messages';
import { SITE_NAMES } from '../shared/settings';
import type { TabView } from './tab';
import { ACCOUNT_WORDS, countWords, KIND_WORDS, ruleTitle, SEVERITY_WORDS } from './words';

function Summary({ state }: { state: TabState }) {
  const serious = state.findings.filter((f) => f.severity !== 'info').length;
  const where = `${KIND_WORDS[state.kind]} on ${SITE_NAMES[state.site]}${ACCOUNT_WORDS[state.account] ? `, ${ACCOUNT_WORDS[state.account]}` : ''}`;
  if (state.findings.length === 0)
    return (
      <div class="summary ok" data-bedside-status="clear">
        <span class="summary-icon" aria-hidden="true">✓</span>
        <div>
          <p class="summary-title">Looks good</p>
          <p class="muted">Nothing in this {where} needs a second look.</p>
        </div>
      </div>
    );
  const worst = state.findings.some((f) => f.severity === 'error') ? 'error' : serious ? 'warning' : 'info';
  return (
    <div class={`summary ${worst}`} data-bedside-status="findings">
      <span class="summary-icon" aria-hidden="true">{worst === 'info' ? 'i' : '!'}</span>
      <div>
        <p class="summary-title">
          {serious ? `${countWords(serious, 'thing')} to fix before posting` : countWords(state.findings.length, 'note')}
        </p>
        <p class="muted">In this {where}.</p>
      </div>
    </div>
  );
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
/** Long replacements (a whole reply) are offered by the templates below; short ones are quoted here. */
const QUOTE_MAX = 90;

function Findings({ state }: { state: TabState }) {
  // The most serious first; in reading order within a severity.
  const order = state.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.f.start - b.f.start);
  return (
    <ul class="findings" aria-label="What to look at">
      {order.map(({ f, i }) => (
        <li class={`finding ${f.severity}`} key={`${f.ruleId}-${f.start}-${i}`} data-bedside-rule={f.ruleId} data-bedside-severity={f.severity}>
          <div class="finding-head">
            <span class={`pill ${f.severity}`}>{SEVERITY_WORDS[f.severity]}</span>
            <span class="finding-rule">{ruleTitle(f.ruleId)}</span>
          </div>
          {state.excerpts[i] ? <q class="excerpt">{state.excerpts[i]}</q> : null}
          <p class="why">{f.message}</p>
          {f.suggestion ? (
            <p class="fix">
              <span class="fix-label">Instead: </span>
              {f.suggestion.message}
              {f.suggestion.replacement && f.suggestion.replacement.length <= QUOTE_MAX ? <> — “{f.suggestion.replacement}”</> : null}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function ThisTab({ view }: { view: TabView }) {
  let body;
  if (view.status === 'loading') body = <p class="muted">Looking at this tab…</p>;
  else if (view.status === 'absent')
    body = view.supported ? (
      <p class="note" data-bedside-status="reload">
        Bedside Manner has not started on this tab yet. Reload the page to have what you write checked.
      </p>
    ) : (
      <p class="note" data-bedside-status="unsupported">
        This tab is not Facebook, Instagram or X. Bedside Manner checks what you write on those three sites.
      </p>
    );
  else if (!view.state)
    body = (
      <p class="note" data-bedside-status="idle">
        Nothing to check yet. Click into a post, comment or reply box on the page and start typing — what needs a second look shows
        up here as you write.
      </p>
    );
  else
    body = (
      <>
        <Summary state={view.state} />
        {view.state.findings.length ? <Findings state={view.state} /> : null}
      </>
    );
  return (
    <section class="panel" aria-labelledby="this-tab-title">
      <h2 id="this-tab-title">This tab</h2>
      <div aria-live="polite" aria-atomic="false">
        {body}
      </div>
    </section>
  );
}
