// "Reply templates": professional replies filled with the practice's details, editable here for this
// one reply, copied or inserted into the reply box focused on the page (through the content script,
// so the site's editor model updates).
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { DEFAULT_TEMPLATES, renderTemplate, TEMPLATE_IDS, type TemplateId } from '../shared/templates';

export type InsertResult = { inserted: boolean; reason?: string };

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard focus (some pages, older Firefox), the selection route still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function TemplateCard(props: {
  id: TemplateId;
  text: string;
  edited: boolean;
  suggested: boolean;
  canInsert: boolean;
  onEdit: (text: string | undefined) => void;
  onInsert: (text: string) => Promise<InsertResult>;
}) {
  const { id, text } = props;
  const info = DEFAULT_TEMPLATES[id];
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const fieldId = `template-${id}`;
  return (
    <article class={`template${props.suggested ? ' suggested' : ''}`} data-bedside-template={id} lang={info.lang} aria-labelledby={`${fieldId}-title`}>
      <div class="template-head">
        <h3 id={`${fieldId}-title`}>
          <label for={fieldId}>{info.title}</label>
        </h3>
        {props.suggested ? <span class="pill info">Fits this reply</span> : null}
      </div>
      <textarea
        id={fieldId}
        rows={Math.min(9, Math.max(3, Math.ceil(text.length / 46) + 1))}
        value={text}
        // defaultValue keeps the element's text content equal to what is shown, for assistive tech and tests.
        defaultValue={text}
        spellcheck
        onInput={(e) => props.onEdit((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="template-actions">
        <button
          type="button"
          class="primary"
          data-bedside-action="insert-template"
          disabled={!props.canInsert}
          title={props.canInsert ? undefined : 'Open Facebook, Instagram or X in this tab first'}
          onClick={async () => {
            setStatus(null);
            const result = await props.onInsert(text);
            setStatus(result.inserted ? { ok: true, text: 'Inserted into the reply box.' } : { ok: false, text: result.reason ?? 'Could not insert: click into the reply box on the page, then try again.' });
          }}
        >
          Insert into reply box
        </button>
        <button
          type="button"
          data-bedside-action="copy-template"
          onClick={async () => setStatus((await copyText(text)) ? { ok: true, text: 'Copied.' } : { ok: false, text: 'Could not copy; select the text and copy it.' })}
        >
          Copy
        </button>
        {props.edited ? (
          <button type="button" class="link" onClick={() => props.onEdit(undefined)}>
            Undo edits
          </button>
        ) : null}
      </div>
      <p class={`template-status ${status?.ok === false ? 'bad' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </article>
  );
}

export function Templates(props: {
  settings: Settings;
  canInsert: boolean;
  parentNegative: boolean;
  onInsert: (text: string) => Promise<InsertResult>;
  onOpenSettings: () => void;
}) {
  const { settings } = props;
  const [edits, setEdits] = useState<Partial<Record<TemplateId, string>>>({});
  const filled = (id: TemplateId) => renderTemplate(id, settings, settings.templates);
  const card = (id: TemplateId) => (
    <TemplateCard
      key={id}
      id={id}
      text={edits[id] ?? filled(id)}
      edited={edits[id] !== undefined && edits[id] !== filled(id)}
      suggested={props.parentNegative && (id === 'negative-review' || id === 'negative-review-es')}
      canInsert={props.canInsert}
      onEdit={(text) => setEdits((prev) => ({ ...prev, [id]: text }))}
      onInsert={props.onInsert}
    />
  );
  const missing = !settings.practiceName || !settings.practicePhone;
  return (
    <section class="panel" aria-labelledby="templates-title">
      <h2 id="templates-title">Reply templates</h2>
      <p class="muted small">
        Thank, never confirm someone is a patient, never discuss care, invite a call. Edits here are for this reply; change the saved
        texts in{' '}
        <button type="button" class="link" onClick={props.onOpenSettings}>
          Settings
        </button>
        .
      </p>
      {missing ? (
        <p class="note">
          Add the practice's {!settings.practiceName && !settings.practicePhone ? 'name and phone' : !settings.practiceName ? 'name' : 'phone'} in Settings to fill them in.
        </p>
      ) : null}
      <div class="templates">{TEMPLATE_IDS.filter((id) => DEFAULT_TEMPLATES[id].lang === 'en').map(card)}</div>
      <h3 class="group-title" lang="es">
        Español
      </h3>
      <div class="templates">{TEMPLATE_IDS.filter((id) => DEFAULT_TEMPLATES[id].lang === 'es').map(card)}</div>
    </section>
  );
}
