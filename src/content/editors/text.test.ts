// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { editorKindOf, rangeFor, readBox } from './text';

function box(html: string, attrs = ''): HTMLElement {
  document.body.innerHTML = `<div id="box" contenteditable="true" role="textbox" ${attrs}>${html}</div>`;
  return document.getElementById('box')!;
}

describe('readBox', () => {
  test.each([
    ['Lexical paragraphs', '<p><span data-lexical-text="true">Hello</span></p><p><span data-lexical-text="true">world</span></p>', 'Hello\nworld'],
    ['Lexical empty editor', '<p><br></p>', ''],
    ['an empty line between paragraphs', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['a line break inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Take 50 mg</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div></div>',
      'Take 50 mg\n',
    ],
    ['Draft.js empty', '<div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div>', ''],
    ['styled runs in one line', '<p><span>Take </span><strong>50 mg</strong><span> daily</span></p>', 'Take 50 mg daily'],
  ])('%s', (_name, html, expected) => {
    expect(readBox(box(html)).text).toBe(expected);
  });

  test('a textarea is read from its value', () => {
    document.body.innerHTML = '<textarea>@jmorales88 hi</textarea>';
    expect(readBox(document.querySelector('textarea')!).text).toBe('@jmorales88 hi');
  });
});

describe('rangeFor', () => {
  test('maps plain-text offsets back to the DOM across nodes and blocks', () => {
    const el = box('<p><span>Take </span><strong>50 mg</strong></p><p><span>of sertraline</span></p>');
    const snap = readBox(el);
    expect(snap.text).toBe('Take 50 mg\nof sertraline');
    const start = snap.text.indexOf('50');
    const range = rangeFor(snap, start, snap.text.indexOf('sertraline') + 'sertraline'.length)!;
    expect(range.toString()).toBe('50 mgof sertraline'); // blocks join without a text node between them
    expect(rangeFor(snap, 0, 4)!.toString()).toBe('Take');
    expect(rangeFor(snap, 5, 10)!.toString()).toBe('50 mg');
  });

  test('returns null for textareas (they are measured with a mirror instead)', () => {
    document.body.innerHTML = '<textarea>abc</textarea>';
    const ta = document.querySelector('textarea')!;
    expect(rangeFor(readBox(ta), 0, 2)).toBeNull();
  });
});

test('editorKindOf tells the editors apart', () => {
  expect(editorKindOf(box('<p>x</p>', 'data-lexical-editor="true"'))).toBe('lexical');
  document.body.innerHTML = '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div>';
  expect(editorKindOf(document.querySelector<HTMLElement>('.public-DraftEditor-content')!)).toBe('draft');
  document.body.innerHTML = '<textarea></textarea>';
  expect(editorKindOf(document.querySelector('textarea')!)).toBe('textarea');
});
