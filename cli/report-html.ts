// The audit report: one self-contained HTML file (inline CSS and JS, no external assets, opens
// offline) listing every flagged item with its date, the risky words highlighted, why, and a link.
// Posts are untrusted text: everything is escaped, links are http(s) only, and a Content Security
// Policy allows no script but the report's own (by hash), so even a missed escape could not run code.
// Rows are written to a temporary file as they come, so memory stays flat on a huge archive.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Severity } from '../src/rules/types';
import type { ScanItem } from './input';

/** Plain names and explanations for a practice manager. Rules not listed here show their own id and description. */
const RULE_WORDS: Record<string, { name: string; meaning: string }> = {
  'patient-privacy': {
    name: 'Patient privacy',
    meaning: 'The post could identify a patient or reveal their health. Under HIPAA this needs the patient’s written permission, even when the patient posted about it first.',
  },
  'online-prescribing': {
    name: 'Medical advice or prescribing online',
    meaning: 'The post tells someone what medicine or dose to take. Advice like this needs an examination and belongs in a visit or a call, not on social media.',
  },
  'review-reply-disclosure': {
    name: 'Reply confirms someone is a patient',
    meaning: 'Answering a review with details of the person’s visit, treatment or bill confirms they are a patient. Practices have been fined for this.',
  },
  'unprofessional-tone': {
    name: 'Unprofessional tone',
    meaning: 'The wording could read as rude, mocking or hostile to patients or the public, and reflects on the practice.',
  },
};

const SEVERITY_WORDS: Record<Severity, string> = { error: 'Take down', warning: 'Review', info: 'Note' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SITE_NAMES = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;
const KIND_NAMES: Record<string, string> = { post: 'post', caption: 'caption', comment: 'comment', reply: 'reply', 'review-reply': 'reply to a review', message: 'message' };
const WHERE_TO_FIND: Record<string, string> = {
  facebook: 'Facebook gives no link for each post: open your Activity Log (Settings → Activity log, or facebook.com/me/allactivity) and go to this date.',
  instagram: 'Instagram gives no link for each post: open your profile (or Your activity → Photos and videos, or Comments) and go to this date.',
  x: 'Search X for the words above, from your account.',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined);
const classToken = (id: string) => id.toLowerCase().replace(/[^a-z0-9-]/g, '_');
export const ruleName = (id: string) => RULE_WORDS[id]?.name ?? id;

/** A readable date in UTC ("3 Feb 2021"), or "date unknown". */
export function readableDate(iso: string | undefined): string {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return 'date unknown';
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The text with each finding's span wrapped in <mark>; overlapping spans are split so none is lost. */
export function highlight(text: string, findings: readonly Finding[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) if (f.end > f.start) cuts.add(f.start).add(f.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = escapeHtml(text.slice(from, to));
    const covering = findings.filter((f) => f.start <= from && f.end >= to && f.end > f.start);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const worst = covering.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
    const title = covering.map((f) => ruleName(f.ruleId)).join(', ');
    html += `<mark class="sev-${worst.severity}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}

/** One flagged item as an <li>. */
export function renderItem(item: ScanItem, findings: readonly Finding[]): string {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  const worst = findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
  const year = item.date && !Number.isNaN(Date.parse(item.date)) ? String(new Date(item.date).getUTCFullYear()) : '';
  const url = safeUrl(item.url);
  const where = [SITE_NAMES[item.site] ?? item.site, KIND_NAMES[item.kind] ?? item.kind, item.replyingTo ? `to ${item.replyingTo}` : ''].filter(Boolean).join(' · ');
  const reasons = findings
    .map((f) => {
      const quote = item.text.slice(f.start, f.end).trim();
      const fix = f.suggestion ? `<span class="fix">What to do: ${escapeHtml(f.suggestion.message)}</span>` : '';
      // Quote the marked words unless the message already does.
      const showQuote = quote && !f.message.includes(quote);
      return `<li><span class="badge sev-${f.severity}">${escapeHtml(ruleName(f.ruleId))}</span> ${showQuote ? `“${escapeHtml(quote.length > 120 ? quote.slice(0, 120) + '…' : quote)}” — ` : ''}${escapeHtml(f.message)} ${fix}</li>`;
    })
    .join('');
  const parent = item.parent ? `<p class="parent"><span>Replying to:</span> ${escapeHtml(item.parent)}</p>` : '';
  const link = url
    ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">Open it on ${SITE_NAMES[item.site] ?? 'the site'} ↗</a>`
    : `<span class="nolink">${escapeHtml(WHERE_TO_FIND[item.site] ?? 'No link in the export: find it by its date.')}</span>`;
  return (
    `<li class="item sev-${worst}" data-rules="${escapeHtml(ruleIds.map(classToken).join(' '))}" data-date="${escapeHtml(item.date ?? '')}" data-year="${year}" data-severity="${SEVERITY_RANK[worst]}">` +
    `<div class="meta"><span class="action sev-${worst}">${SEVERITY_WORDS[worst]}</span><time datetime="${escapeHtml(item.date ?? '')}">${escapeHtml(readableDate(item.date))}</time><span>${escapeHtml(where)}</span></div>` +
    parent +
    `<blockquote>${highlight(item.text, findings)}</blockquote>` +
    `<ul class="why">${reasons}</ul>` +
    `<p class="link">${link}<span class="ref">ref. ${escapeHtml(String(item.id))}</span></p></li>\n`
  );
}

export interface ReportMeta {
  /** What was audited, e.g. "X archive of @drsmith". */
  sources: string[];
  since?: string;
  /** Problems met while reading (damaged entries), shown so nothing is lost silently. */
  problems: string[];
  generated: Date;
}

/** Collects flagged items as they are checked, then writes the report. */
export class HtmlReport {
  private readonly dir = mkdtempSync(join(tmpdir(), 'bedside-report-'));
  private readonly rowsPath = join(this.dir, 'rows.html');
  private readonly rows: WriteStream = createWriteStream(this.rowsPath);
  private checked = 0;
  private flagged = 0;
  private readonly byRule = new Map<string, number>();
  private readonly byYear = new Map<string, number>();
  private readonly ruleDescriptions = new Map<string, string>();
  private firstDate: string | undefined;
  private lastDate: string | undefined;

  constructor(descriptions: ReadonlyMap<string, string> = new Map()) {
    this.ruleDescriptions = new Map(descriptions);
  }

  /** Counts every checked item; keeps those with findings. */
  async add(item: ScanItem, findings: readonly Finding[]): Promise<void> {
    this.checked++;
    if (item.date) {
      if (!this.firstDate || item.date < this.firstDate) this.firstDate = item.date;
      if (!this.lastDate || item.date > this.lastDate) this.lastDate = item.date;
    }
    if (findings.length === 0) return;
    this.flagged++;
    for (const id of new Set(findings.map((f) => f.ruleId))) this.byRule.set(id, (this.byRule.get(id) ?? 0) + 1);
    const year = item.date && !Number.isNaN(Date.parse(item.date)) ? String(new Date(item.date).getUTCFullYear()) : 'unknown';
    this.byYear.set(year, (this.byYear.get(year) ?? 0) + 1);
    if (!this.rows.write(renderItem(item, findings))) await once(this.rows, 'drain');
  }

  /** Writes the whole report to `out`, then removes the temporary rows. */
  async write(out: NodeJS.WritableStream, meta: ReportMeta): Promise<void> {
    this.rows.end();
    await once(this.rows, 'finish');
    try {
      const put = async (text: string | Buffer) => {
        if (!out.write(text)) await once(out, 'drain');
      };
      await put(this.head(meta));
      for await (const chunk of createReadStream(this.rowsPath)) await put(chunk as Buffer);
      await put(this.tail(meta));
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private head(meta: ReportMeta): string {
    const n = (k: number) => k.toLocaleString('en-US');
    const span = this.firstDate && this.lastDate ? ` from ${readableDate(this.firstDate)} to ${readableDate(this.lastDate)}` : '';
    const rules = [...this.byRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const years = [...this.byYear.entries()].sort((a, b) => b[0].localeCompare(a[0]));
    const ruleRows = rules
      .map(([id, count]) => {
        const meaning = RULE_WORDS[id]?.meaning ?? this.ruleDescriptions.get(id) ?? '';
        return `<tr><td><button type="button" class="pick" data-rule="${escapeHtml(classToken(id))}">${escapeHtml(ruleName(id))}</button></td><td class="num">${n(count)}</td><td>${escapeHtml(meaning)}</td></tr>`;
      })
      .join('');
    const yearRows = years.map(([year, count]) => `<tr><td><button type="button" class="pick-year" data-year="${year === 'unknown' ? '' : escapeHtml(year)}">${escapeHtml(year === 'unknown' ? 'date unknown' : year)}</button></td><td class="num">${n(count)}</td></tr>`).join('');
    const problems = meta.problems.length
      ? `<section class="problems"><h2>Parts of the export that could not be read</h2><p>Everything else was checked. You may want to download the export again and re-run the audit.</p><ul>${meta.problems.slice(0, 200).map((p) => `<li>${escapeHtml(p)}</li>`).join('')}${meta.problems.length > 200 ? `<li>…and ${n(meta.problems.length - 200)} more (see the command’s messages)</li>` : ''}</ul></section>`
      : '';
    const verdict = this.flagged
      ? `<p class="lede"><strong>${n(this.flagged)}</strong> of them may put a patient’s privacy or your practice at risk. Each one is listed below with the words that raised the concern marked, why, and a link to it.</p>`
      : `<p class="lede good">None of them raised a concern.</p>`;
    const options = rules.map(([id]) => `<option value="${escapeHtml(classToken(id))}">${escapeHtml(ruleName(id))}</option>`).join('');
    const yearOptions = years.filter(([y]) => y !== 'unknown').map(([y]) => `<option value="${escapeHtml(y)}">${escapeHtml(y)}</option>`).join('');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Bedside Manner audit: ${n(this.flagged)} to review</title>
<style>${STYLE}</style></head>
<body>
<header><p class="brand">Bedside Manner · audit of past posts</p><h1>${this.flagged ? `${n(this.flagged)} ${this.flagged === 1 ? 'post' : 'posts'} to review` : 'Nothing to review'}</h1>
<p class="lede">We checked <strong>${n(this.checked)}</strong> posts, comments and replies in ${meta.sources.map((s) => `<strong>${escapeHtml(s)}</strong>`).join(', ') || 'the input'}${escapeHtml(span)}${meta.since ? ` (only those since ${escapeHtml(readableDate(meta.since))})` : ''}.</p>
${verdict}</header>
<main>
${problems}
${this.flagged ? `<section class="summary"><div><h2>What we found</h2><table><thead><tr><th>Concern</th><th class="num">Items</th><th>What it means</th></tr></thead><tbody>${ruleRows}</tbody></table></div>
<div><h2>By year</h2><table><thead><tr><th>Year</th><th class="num">Items</th></tr></thead><tbody>${yearRows}</tbody></table></div></section>
<section class="howto"><h2>What to do</h2><ol><li>Open each item below (the link opens the post on the site).</li><li>Delete it, or edit out the marked words. “Take down” items are the most serious.</li><li>If a patient could be identified, tell your privacy officer: it may need to be logged as a disclosure.</li></ol></section>
<section class="items"><h2>Items to review</h2>
<div class="controls" role="group" aria-label="Filter and sort">
<label>Concern <select id="rule-filter"><option value="">All concerns</option>${options}</select></label>
<label>Year <select id="year-filter"><option value="">All years</option>${yearOptions}</select></label>
<label>Sort <select id="sort"><option value="newest">Newest first</option><option value="oldest">Oldest first</option><option value="severity">Most serious first</option><option value="rule">By concern</option></select></label>
<span id="shown" aria-live="polite">${n(this.flagged)} shown</span></div>
<ol id="items">
` : ''}`;
  }

  private tail(meta: ReportMeta): string {
    return `${this.flagged ? '</ol></section>' : ''}
</main>
<footer>Made by Bedside Manner on ${escapeHtml(meta.generated.toISOString().slice(0, 10))}, entirely on this computer: nothing was sent anywhere. Automatic checks can miss things and can be wrong; use your judgement.</footer>
<script>${SCRIPT}</script>
</body></html>
`;
  }

  get counts(): { checked: number; flagged: number } {
    return { checked: this.checked, flagged: this.flagged };
  }
}

const STYLE = `
:root{--ink:#1d2433;--muted:#5b6475;--line:#dde1e8;--bg:#f6f7f9;--err:#b42318;--errbg:#fde7e4;--warn:#8a5a00;--warnbg:#fff1c2;--info:#2556a8;--infobg:#e4edfb}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";color:var(--ink);background:var(--bg)}
header,main,footer{max-width:980px;margin:0 auto;padding:0 20px}header{padding-top:28px}
.brand{color:var(--muted);font-size:14px;margin:0}h1{margin:4px 0 8px;font-size:30px}h2{font-size:19px;margin:0 0 10px}
.lede{margin:6px 0;font-size:17px}.good{color:#1a7f37}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:18px 0}
.summary{display:grid;grid-template-columns:3fr 1fr;gap:24px}@media (max-width:720px){.summary{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{font-size:13px;color:var(--muted);font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
button.pick,button.pick-year{all:unset;cursor:pointer;color:#1f4fd1;text-decoration:underline;font-weight:600}
.howto ol{margin:0;padding-left:22px}.problems{border-color:var(--err);background:var(--errbg)}
.controls{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin:4px 0 14px;font-size:14px}select{font:inherit;padding:4px 6px}
#shown{margin-left:auto;color:var(--muted)}
#items{list-style:none;margin:0;padding:0}
.item{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;padding:12px 14px;margin:0 0 12px}
.item.sev-error{border-left-color:var(--err)}.item.sev-warning{border-left-color:#d49b00}
.meta{display:flex;flex-wrap:wrap;gap:10px;align-items:center;color:var(--muted);font-size:14px}
.action{font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:99px}
.action.sev-error{background:var(--errbg);color:var(--err)}.action.sev-warning{background:var(--warnbg);color:var(--warn)}.action.sev-info{background:var(--infobg);color:var(--info)}
blockquote{margin:8px 0;padding:8px 12px;background:var(--bg);border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere}
mark{padding:0 2px;border-radius:3px}mark.sev-error{background:#ffc9c2}mark.sev-warning{background:#ffe28a}mark.sev-info{background:#cfe0fb}
.parent{margin:8px 0 0;font-size:14px;color:var(--muted)}.parent span{font-weight:600}
.why{margin:6px 0;padding-left:18px;font-size:15px}.why li{margin:3px 0}.fix{display:block;color:var(--muted)}
.badge{font-size:12px;font-weight:700;padding:1px 7px;border-radius:4px;background:var(--infobg);color:var(--info)}.badge.sev-error{background:var(--errbg);color:var(--err)}.badge.sev-warning{background:var(--warnbg);color:var(--warn)}
.link{margin:6px 0 0;font-size:14px;display:flex;gap:12px;justify-content:space-between;flex-wrap:wrap}.nolink{color:var(--muted)}.ref{color:var(--muted);font-size:12px}
footer{color:var(--muted);font-size:13px;padding-bottom:30px}
`;

const SCRIPT = `(function(){
var list=document.getElementById('items');if(!list)return;
var items=Array.prototype.slice.call(list.children);
var rule=document.getElementById('rule-filter'),year=document.getElementById('year-filter'),sort=document.getElementById('sort'),shown=document.getElementById('shown');
function apply(){
  var r=rule.value,y=year.value,n=0,s=sort.value;
  items.sort(function(a,b){
    var da=a.getAttribute('data-date'),db=b.getAttribute('data-date');
    if(s==='oldest')return da<db?-1:da>db?1:0;
    if(s==='severity'){var d=a.getAttribute('data-severity')-b.getAttribute('data-severity');if(d)return d;}
    if(s==='rule'){var ra=a.getAttribute('data-rules'),rb=b.getAttribute('data-rules');if(ra!==rb)return ra<rb?-1:1;}
    return da<db?1:da>db?-1:0;
  });
  items.forEach(function(li){
    var ok=(!r||(' '+li.getAttribute('data-rules')+' ').indexOf(' '+r+' ')>=0)&&(!y||li.getAttribute('data-year')===y);
    li.hidden=!ok;if(ok)n++;list.appendChild(li);
  });
  shown.textContent=n+(n===1?' item':' items')+' shown';
}
rule.addEventListener('change',apply);year.addEventListener('change',apply);sort.addEventListener('change',apply);
Array.prototype.forEach.call(document.querySelectorAll('button.pick'),function(b){b.addEventListener('click',function(){rule.value=b.getAttribute('data-rule');apply();list.scrollIntoView();});});
Array.prototype.forEach.call(document.querySelectorAll('button.pick-year'),function(b){b.addEventListener('click',function(){year.value=b.getAttribute('data-year');apply();list.scrollIntoView();});});
apply();
})();`;

const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
