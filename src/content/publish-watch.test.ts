// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage: vi.fn(async () => undefined) } } }));
const { publishButtonFor, shortcutPublishButton } = await import('./publish-watch');

const page = (html: string) => {
  document.body.innerHTML = html;
};
const el = (selector: string) => document.querySelector(selector)!;

beforeEach(() => page(''));

describe('X', () => {
  test('the tweet and inline reply buttons publish; a disabled one does not', () => {
    page(`<div data-testid="tweetTextarea_0">hi</div>
      <button data-testid="tweetButton"><span id="inner">Post</span></button>
      <button data-testid="tweetButtonInline" aria-disabled="true">Reply</button>
      <button id="other">Post</button>`);
    expect(publishButtonFor(el('#inner'), 'x')).toBe(el('[data-testid="tweetButton"]'));
    expect(publishButtonFor(el('[data-testid="tweetButtonInline"]'), 'x')).toBeNull();
    expect(publishButtonFor(el('#other'), 'x')).toBeNull();
  });

  test('Ctrl+Enter in the editor publishes when the button is enabled', () => {
    page(`<div><div><div data-testid="tweetTextarea_0"><span id="t">hello</span></div></div><button data-testid="tweetButtonInline">Reply</button></div>`);
    const key = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init });
      Object.defineProperty(event, 'target', { value: el('#t') });
      return event;
    };
    expect(shortcutPublishButton(key({ ctrlKey: true }), 'x')).toBe(el('button'));
    expect(shortcutPublishButton(key({ metaKey: true }), 'x')).toBe(el('button'));
    expect(shortcutPublishButton(key({}), 'x')).toBeNull();
    el('button').setAttribute('aria-disabled', 'true');
    expect(shortcutPublishButton(key({ ctrlKey: true }), 'x')).toBeNull();
  });
});

describe('Facebook and Instagram', () => {
  test('a Post button after a composer with text publishes', () => {
    page(`<form><div data-lexical-editor="true" role="textbox" contenteditable="true"><p>Open Saturday!</p></div>
      <div role="button" aria-label="Post"><span id="label">Post</span></div></form>`);
    expect(publishButtonFor(el('#label'), 'facebook')).toBe(el('[aria-label="Post"]'));
  });

  test('an empty composer publishes nothing', () => {
    page(`<form><div data-lexical-editor="true" role="textbox" contenteditable="true"><p><br></p></div><div role="button">Post</div></form>`);
    expect(publishButtonFor(el('[role="button"]'), 'facebook')).toBeNull();
  });

  test('the action bar above a comment box (Comment, Share, Reply) is not a publish', () => {
    page(`<div role="article"><p>Our new hours</p>
      <div><div role="button" id="comment">Comment</div><div role="button" id="share">Share</div></div>
      <div><div role="button" id="reply">Reply</div></div>
      <div><textarea aria-label="Add a comment…">draft</textarea></div></div>`);
    for (const id of ['#comment', '#share', '#reply']) expect(publishButtonFor(el(id), 'facebook')).toBeNull();
  });

  test("Instagram's Share above the caption in the new-post dialog publishes; other buttons do not", () => {
    page(`<div role="dialog"><header><div role="button" id="back">Back</div><div role="button" id="share">Share</div></header>
      <div><div contenteditable="true" role="textbox" aria-label="Write a caption...">Flu shots are in</div></div></div>`);
    expect(publishButtonFor(el('#share'), 'instagram')).toBe(el('#share'));
    expect(publishButtonFor(el('#back'), 'instagram')).toBeNull();
  });

  test('an Instagram comment box and its Post button; Spanish labels too', () => {
    page(`<form><textarea aria-label="Add a comment…"></textarea><div role="button" id="post">Post</div></form>
      <form><textarea>Gracias</textarea><button id="publicar">Publicar</button></form>`);
    expect(publishButtonFor(el('#post'), 'instagram')).toBeNull(); // empty comment
    (el('textarea') as HTMLTextAreaElement).value = 'Thank you!';
    expect(publishButtonFor(el('#post'), 'instagram')).toBe(el('#post'));
    expect(publishButtonFor(el('#publicar'), 'instagram')).toBe(el('#publicar'));
  });

  test('buttons with other words, disabled buttons and non-buttons do not publish', () => {
    page(`<form><textarea>text</textarea><div role="button" id="cancel">Cancel</div>
      <div role="button" id="disabled" aria-disabled="true">Post</div><span id="plain">Post</span></form>`);
    for (const id of ['#cancel', '#disabled', '#plain']) expect(publishButtonFor(el(id), 'facebook')).toBeNull();
    expect(publishButtonFor(null, 'facebook')).toBeNull();
  });
});
