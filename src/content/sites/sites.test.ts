// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { editableRoot } from './generic';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { x } from './x';

const at = (path: string) => history.replaceState(null, '', path);
afterEach(() => at('/'));

describe('x', () => {
  test('the home composer writes a post', () => {
    at('/home');
    document.body.innerHTML = '<div class="DraftEditor-root"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>';
    expect(x.contextOf(document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!)).toEqual({ kind: 'post' });
  });
  test('on a status page the box replies to the tweet above it', () => {
    at('/marcus/status/123');
    document.body.innerHTML = `
      <article data-testid="tweet"><div data-testid="User-Name">Marcus</div><div data-testid="tweetText">Waited 2 hours. Never again.</div></article>
      <div data-testid="tweetTextarea_0" contenteditable="true"></div>`;
    expect(x.contextOf(document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!)).toEqual({ kind: 'reply', parent: 'Waited 2 hours. Never again.' });
  });
  test('a reply dialog answers the tweet shown in it', () => {
    at('/home');
    document.body.innerHTML = `
      <article data-testid="tweet"><div data-testid="tweetText">Unrelated timeline tweet</div></article>
      <div role="dialog"><article data-testid="tweet"><div data-testid="tweetText">Rude front desk.</div></article>
      <div data-testid="tweetTextarea_0" contenteditable="true"></div></div>`;
    expect(x.contextOf(document.querySelector<HTMLElement>('[role="dialog"] [contenteditable]')!)).toEqual({ kind: 'reply', parent: 'Rude front desk.' });
  });
});

describe('facebook', () => {
  const page = `
    <div role="article" aria-posinset="1">
      <div data-ad-rendering-role="story_message"><div dir="auto">Open Saturday 9-1.</div></div>
      <ul><li>
        <div role="article" aria-label="Comment by Dana"><a href="/dana"><strong>Dana</strong></a><div dir="auto">Worst office ever.</div></div>
        <div id="reply" data-lexical-editor="true" role="textbox" contenteditable="true"></div>
      </li></ul>
      <div id="comment" data-lexical-editor="true" role="textbox" contenteditable="true"></div>
    </div>
    <div id="composer" data-lexical-editor="true" role="textbox" contenteditable="true"></div>`;
  test.each([
    ['composer', { kind: 'post' }],
    ['comment', { kind: 'comment', parent: 'Open Saturday 9-1.' }],
    ['reply', { kind: 'reply', parent: 'Worst office ever.' }],
  ])('%s', (id, expected) => {
    document.body.innerHTML = page;
    expect(facebook.contextOf(document.getElementById(id)!)).toEqual(expected);
  });
  test('on the reviews tab a reply answers a review', () => {
    at('/sunrise/reviews');
    document.body.innerHTML = page;
    expect(facebook.contextOf(document.getElementById('reply')!)).toEqual({ kind: 'review-reply', parent: 'Worst office ever.' });
  });
});

describe('instagram', () => {
  const post = (value: string) => `
    <article><ul>
      <li><a href="/practice/">practice</a> <h1 dir="auto">Meet Priya!</h1></li>
      <li><span>J</span><div><a href="/jmorales88/"><b>jmorales88</b></a> <span dir="auto">Two hours late. Terrible.</span></div></li>
    </ul><form><textarea>${value}</textarea></form></article>`;
  test('a comment answers the caption', () => {
    document.body.innerHTML = post('');
    expect(instagram.contextOf(document.querySelector('textarea')!)).toEqual({ kind: 'comment', parent: 'Meet Priya!' });
  });
  test('a reply (pre-filled "@handle ") answers that person\'s comment', () => {
    document.body.innerHTML = post('@jmorales88 ');
    expect(instagram.contextOf(document.querySelector('textarea')!)).toEqual({ kind: 'reply', parent: 'Two hours late. Terrible.' });
  });
  test('the Lexical editor in the create dialog writes a caption', () => {
    document.body.innerHTML = '<div role="dialog"><div data-lexical-editor="true" role="textbox" contenteditable="true"></div></div>';
    expect(instagram.contextOf(document.querySelector<HTMLElement>('[role="textbox"]')!)).toEqual({ kind: 'caption' });
  });
});

test('editableRoot finds the editing host, the textarea, and nothing for other elements', () => {
  document.body.innerHTML = '<div id="host" contenteditable="true"><p><span id="inner">x</span></p></div><textarea id="ta"></textarea><button id="b"></button><div role="textbox" id="wrap"><div contenteditable="true" id="real"></div></div>';
  const $ = (id: string) => document.getElementById(id);
  // happy-dom may not compute isContentEditable for descendants; the host itself must resolve.
  expect(editableRoot($('host'))).toBe($('host'));
  expect(editableRoot($('ta'))).toBe($('ta'));
  expect(editableRoot($('b'))).toBeNull();
  expect(editableRoot($('wrap'))).toBe($('real'));
});
