// The options page's sections. Each edits one part of the settings through `update`; list fields keep
// the text as typed (a draft) and store the parsed list, so typing a comma or a new line is never eaten.
import { useEffect, useRef, useState } from 'preact/hooks';
import { rules } from '../rules';
import { SITES, type Site } from '../rules/types';
import { goalInWords } from '../shared/cadence';
import { LIMITS, SITE_NAMES, type Settings } from '../shared/settings';
import { DEFAULT_TEMPLATES, TEMPLATE_IDS, type TemplateId } from '../shared/templates';
import { ruleTitle } from '../popup/words';

export interface SectionProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

const splitList = (text: string, separators: RegExp): string[] =>
  text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

const HANDLE_HINTS: Record<Site, string> = {
  facebook: 'Page name or address, e.g. Smith Family Dental, facebook.com/smithdental',
  instagram: 'Handle, e.g. @smithdental',
  x: 'Handle, e.g. @SmithDental',
};

export function PracticeFields({ settings, update, welcome }: SectionProps & { welcome: boolean }) {
  const nameField = useRef<HTMLInputElement>(null);
  // The welcome starts with the cursor in the first thing it asks for.
  useEffect(() => {
    if (welcome) nameField.current?.focus();
  }, []);
  const [drafts, setDrafts] = useState<Record<Site, string>>(
    () => Object.fromEntries(SITES.map((s) => [s, settings.practiceAccounts[s].join(', ')])) as Record<Site, string>,
  );
  return (
    <>
      <div class="grid two">
        <div class="field">
          <label for="practice-name">Practice name</label>
          <input
            id="practice-name"
            type="text"
            autocomplete="organization"
            maxLength={LIMITS.practiceName}
            value={settings.practiceName}
            ref={nameField}
            onInput={(e) => update({ practiceName: e.currentTarget.value })}
          />
          <p class="hint">Signs the reply templates, and is never flagged.</p>
        </div>
        <div class="field">
          <label for="practice-phone">Office phone</label>
          <input
            id="practice-phone"
            type="tel"
            autocomplete="tel"
            maxLength={LIMITS.practicePhone}
            value={settings.practicePhone}
            onInput={(e) => update({ practicePhone: e.currentTarget.value })}
          />
          <p class="hint">The number the templates invite people to call.</p>
        </div>
      </div>
      <fieldset class="field">
        <legend>The practice's pages</legend>
        <p class="hint" id="pages-hint">
          Writing as one of these counts as the practice: checks for business accounts apply, and its posts count toward the posting
          goal. Separate several with commas.
        </p>
        {SITES.map((site) => (
          <div class="site-row" key={site}>
            <label for={`pages-${site}`}>{SITE_NAMES[site]}</label>
            <input
              id={`pages-${site}`}
              type="text"
              placeholder={HANDLE_HINTS[site]}
              aria-describedby="pages-hint"
              value={drafts[site]}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setDrafts((d) => ({ ...d, [site]: text }));
                const list = splitList(text, /[,\n]/).slice(0, LIMITS.accountsPerSite);
                update({ practiceAccounts: { ...settings.practiceAccounts, [site]: list.map((h) => h.replace(/^@/, '')) } });
              }}
            />
          </div>
        ))}
      </fieldset>
    </>
  );
}

const GOALS = [0, 0.5, 1, 2, 3, 4, 5, 7];

export function CadenceFields({ settings, update }: SectionProps) {
  const goals = GOALS.includes(settings.cadence.postsPerWeek) ? GOALS : [...GOALS, settings.cadence.postsPerWeek].sort((a, b) => a - b);
  return (
    <div class="grid two">
      <div class="field">
        <label for="cadence-goal">Posting goal for the practice's pages</label>
        <select
          id="cadence-goal"
          value={String(settings.cadence.postsPerWeek)}
          onChange={(e) => update({ cadence: { ...settings.cadence, postsPerWeek: Number(e.currentTarget.value) } })}
        >
          {goals.map((g) => (
            <option key={g} value={String(g)}>
              {g === 0 ? 'No goal' : goalInWords(g).replace(/^./, (c) => c.toUpperCase())}
            </option>
          ))}
        </select>
      </div>
      <div class="field check-field">
        <input
          id="cadence-remind"
          type="checkbox"
          checked={settings.cadence.remind}
          disabled={settings.cadence.postsPerWeek === 0}
          onChange={(e) => update({ cadence: { ...settings.cadence, remind: e.currentTarget.checked } })}
        />
        <div>
          <label for="cadence-remind">Remind me when a page goes quiet</label>
          <p class="hint">A small dot on the toolbar button. Only for the practice's pages, never personal accounts.</p>
        </div>
      </div>
    </div>
  );
}

export function RuleFields({ settings, update }: SectionProps) {
  if (rules.length === 0) return <p class="hint">No checks are installed in this build.</p>;
  return (
    <ul class="rules">
      {rules.map((rule) => {
        const on = settings.rules[rule.id] !== false;
        return (
          <li key={rule.id} class="rule-row" data-bedside-rule-setting={rule.id}>
            <input
              id={`rule-${rule.id}`}
              type="checkbox"
              checked={on}
              aria-describedby={`rule-${rule.id}-description`}
              onChange={(e) => {
                const next = { ...settings.rules };
                if (e.currentTarget.checked) delete next[rule.id];
                else next[rule.id] = false;
                update({ rules: next });
              }}
            />
            <div>
              <label for={`rule-${rule.id}`}>{ruleTitle(rule.id)}</label>
              <p class="hint" id={`rule-${rule.id}-description`}>
                {rule.description}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function AllowWordsField({ settings, update }: SectionProps) {
  const [draft, setDraft] = useState(() => settings.allowWords.join('\n'));
  return (
    <div class="field">
      <label for="allow-words">Words never to flag</label>
      <textarea
        id="allow-words"
        rows={5}
        aria-describedby="allow-words-hint"
        value={draft}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          update({ allowWords: splitList(text, /\n/).filter((w) => w.length <= LIMITS.allowWordLength) });
        }}
      />
      <p class="hint" id="allow-words-hint">
        One per line: staff names, the practice's own name, words of your specialty that are not about any one patient.
      </p>
    </div>
  );
}

function TemplateField({ id, settings, update }: SectionProps & { id: TemplateId }) {
  const info = DEFAULT_TEMPLATES[id];
  const [draft, setDraft] = useState(() => settings.templates[id] ?? info.text);
  const save = (text: string) => {
    setDraft(text);
    const next = { ...settings.templates };
    if (text.trim() && text !== info.text) next[id] = text;
    else delete next[id];
    update({ templates: next });
  };
  return (
    <div class="field" lang={info.lang}>
      <div class="field-head">
        <label for={`template-${id}`}>{info.title}</label>
        {draft !== info.text ? (
          <button type="button" class="link" onClick={() => save(info.text)}>
            Reset to the built-in text
          </button>
        ) : null}
      </div>
      <textarea
        id={`template-${id}`}
        rows={3}
        maxLength={LIMITS.templateLength}
        aria-describedby="template-hint"
        value={draft}
        data-bedside-template-setting={id}
        onInput={(e) => save(e.currentTarget.value)}
      />
    </div>
  );
}

export function TemplateFields(props: SectionProps) {
  return (
    <div class="template-fields">
      <p class="hint" id="template-hint">
        <code>{'{practice}'}</code> and <code>{'{phone}'}</code> are filled in from above. A template left empty uses the built-in
        text. Keep to the pattern: thank, never confirm the person is a patient, never discuss care, invite a call.
      </p>
      {TEMPLATE_IDS.map((id) => (
        <TemplateField key={id} id={id} {...props} />
      ))}
    </div>
  );
}
