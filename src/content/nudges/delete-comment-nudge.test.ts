// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { replyBoxFor } from './delete-comment-nudge';

// The module saves "don't ask again" through the settings store; nothing here reaches it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

afterEach(() => {
  document.body.innerHTML = '';
});
const editables = () => new Set(Array.from(document.querySelectorAll('textarea, [contenteditable="true"]')));

describe('replyBoxFor', () => {
  test('Instagram: the one comment box, already on the page, that the site focused after Reply', () => {
    document.body.innerHTML = '<ul><li id="c1">pat.doe <span>Reply</span></li></ul><form><textarea id="box"></textarea></form>';
    const before = editables();
    const focusedBefore = document.activeElement;
    document.getElementById('box')!.focus();
    expect(replyBoxFor(document.getElementById('c1')!, document, before, focusedBefore)?.id).toBe('box');
  });
  test('a box that was already there and not focused by the site is not taken for a new one', () => {
    document.body.innerHTML = '<ul><li id="c1">pat.doe</li></ul><form><textarea id="box"></textarea></form>';
    expect(replyBoxFor(document.getElementById('c1')!, document, editables(), document.activeElement)).toBeUndefined();
  });
  test('a box that appeared after the comment (Facebook, X) is found without focus', () => {
    document.body.innerHTML = '<div><div id="c1">Pat</div><div id="slot"></div></div>';
    const before = editables();
    document.getElementById('slot')!.innerHTML = '<div contenteditable="true" id="new"></div>';
    expect(replyBoxFor(document.getElementById('c1')!, document, before, document.activeElement)?.id).toBe('new');
  });
});
