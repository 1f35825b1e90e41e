import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/rules/types';
import type { ScanItem } from './input';
import { escapeHtml, highlight, HtmlReport, readableDate, renderItem } from './report-html';

const finding = (ruleId: string, start: number, end: number, severity: Finding['severity'] = 'error'): Finding => ({ ruleId, severity, message: `why ${ruleId}`, start, end });
const item = (over: Partial<ScanItem> = {}): ScanItem => ({ id: 'a1', site: 'x', kind: 'post', account: 'business', text: 'Our patient Maria has cancer', date: '2021-02-11T18:22:00Z', url: 'https://x.com/u/status/1', ...over });

async function writeReport(report: HtmlReport): Promise<string> {
  let html = '';
  const out = new Writable({ write(chunk, _enc, done) { html += chunk.toString(); done(); } });
  await report.write(out, { sources: ['X archive of @u'], problems: ['a.zip:data/tweets-part1.js: damaged <b>'], generated: new Date('2024-01-01T00:00:00Z') });
  return html;
}

describe('HTML report pieces', () => {
  it('escapes everything that could be markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
  });

  it('marks each span, splitting overlaps so that no span is lost, and escapes inside marks', () => {
    const text = 'a <b>c d';
    const html = highlight(text, [finding('one', 2, 5, 'warning'), finding('two', 4, 8, 'error')]);
    expect(html).toBe('a <mark class="sev-warning" title="one">&lt;b</mark><mark class="sev-error" title="one, two">&gt;</mark><mark class="sev-error" title="two">c d</mark>');
    expect(highlight('plain', [])).toBe('plain');
  });

  it('links only to http(s) addresses, and says where to look when there is no link', () => {
    expect(renderItem(item(), [finding('patient-privacy', 12, 17)])).toContain('href="https://x.com/u/status/1"');
    const hostile = renderItem(item({ url: 'javascript:alert(1)' }), [finding('patient-privacy', 12, 17)]);
    expect(hostile).not.toContain('javascript:');
    expect(renderItem(item({ site: 'facebook', url: undefined }), [finding('x', 0, 3)])).toContain('Activity Log');
  });

  it('shows the date readably and keeps it sortable', () => {
    const html = renderItem(item(), [finding('patient-privacy', 12, 17)]);
    expect(html).toContain('data-date="2021-02-11T18:22:00Z"');
    expect(html).toContain('data-year="2021"');
    expect(readableDate('2021-02-11T18:22:00Z')).toBe('11 Feb 2021');
    expect(readableDate(undefined)).toBe('date unknown');
  });
});

describe('HtmlReport', () => {
  it('summarises by rule and by year, lists only flagged items, and reports unreadable parts', async () => {
    const report = new HtmlReport();
    await report.add(item({ id: 'clean', text: 'Open Saturday' }), []);
    await report.add(item({ id: 'r1' }), [finding('patient-privacy', 12, 17)]);
    await report.add(item({ id: 'r2', date: '2023-05-01T00:00:00Z' }), [finding('patient-privacy', 12, 17), finding('online-prescribing', 0, 3, 'warning')]);
    expect(report.counts).toEqual({ checked: 3, flagged: 2 });
    const html = await writeReport(report);
    expect(html).toMatch(/<h1>2 posts to review<\/h1>/);
    expect(html).toMatch(/data-rule="patient-privacy">Patient privacy<\/button><\/td><td class="num">2</);
    expect(html).toMatch(/data-rule="online-prescribing">[^<]+<\/button><\/td><td class="num">1</);
    expect(html).toMatch(/data-year="2023">2023<\/button><\/td><td class="num">1</);
    expect(html).toContain('ref. r1');
    expect(html).not.toContain('ref. clean');
    expect(html).toContain('damaged &lt;b&gt;');
  });

  it('allows its own script, and only it, by hash (Content Security Policy)', async () => {
    const report = new HtmlReport();
    await report.add(item(), [finding('patient-privacy', 12, 17)]);
    const html = await writeReport(report);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toMatch(/default-src 'none'/);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('says plainly when nothing was found', async () => {
    const report = new HtmlReport();
    await report.add(item({ text: 'Open Saturday' }), []);
    expect(await writeReport(report)).toContain('None of them raised a concern');
  });
});
