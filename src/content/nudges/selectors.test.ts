// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { commentTextOf, commenterOf, findCommentMenuOpener, findRequestAccept, innermostComment, removeCommentLabel, replyButtonOf } from './selectors';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
afterEach(() => {
  document.body.innerHTML = '';
});
const el = (selector: string) => document.querySelector(selector)!;

describe('findRequestAccept', () => {
  const FB_CARD = `<div role="listitem"><a href="/maria.lopez" role="link" aria-hidden="true"><div>M</div></a>
    <div><a href="/maria.lopez" role="link"><span>Maria Lopez</span></a><span>4 mutual friends</span>
    <div role="button" aria-label="Confirm" id="ok"><span>Confirm</span></div><div role="button" aria-label="Delete" id="no">Delete</div></div></div>`;

  test('Facebook card: Confirm is a request, named by the profile link (not the hidden avatar link)', () => {
    const doc = page(FB_CARD);
    expect(findRequestAccept('facebook', el('#ok span'), doc)).toMatchObject({ person: 'Maria Lopez' });
  });
  test('Delete / Decline / Ignore never match', () => {
    const doc = page(FB_CARD);
    expect(findRequestAccept('facebook', el('#no'), doc)).toBeUndefined();
  });
  test('a lone Confirm elsewhere (a settings dialog) is not a request', () => {
    const doc = page('<div role="dialog"><p>Save changes?</p><button id="ok">Confirm</button><button>Cancel</button></div>');
    expect(findRequestAccept('facebook', el('#ok'), doc)).toBeUndefined();
  });
  test('"Confirmed" (a state, not a button label) does not match', () => {
    const doc = page('<div><button id="ok">Confirmed</button><button>Delete</button></div>');
    expect(findRequestAccept('facebook', el('#ok'), doc)).toBeUndefined();
  });
  test('X UserCell: named by display name; Accept inside a clickable cell', () => {
    const doc = page(`<div data-testid="UserCell" role="button"><div data-testid="User-Name"><a href="/jm"><b>Jamie Miller</b></a><span>@jm</span></div>
      <div><button id="ok"><span>Accept</span></button><button><span>Decline</span></button></div></div>`);
    expect(findRequestAccept('x', el('#ok span'), doc)).toMatchObject({ person: 'Jamie Miller' });
  });
  test('Facebook profile menu (a portal): named by the profile heading in main', () => {
    const doc = page(`<nav><h1>Friends</h1></nav><div role="main"><h1>Maria Lopez</h1></div>
      <div role="menu"><div role="menuitem" id="ok">Confirm</div><div role="menuitem">Delete request</div></div>`);
    expect(findRequestAccept('facebook', el('#ok'), doc)).toMatchObject({ person: 'Maria Lopez' });
  });
});

describe('comments', () => {
  const FB_POST = `<div role="article" id="post"><h2><a href="/p">Smith Family Dental</a></h2>
    <div role="article" aria-label="Comment by Pat Doe" id="c1"><a href="/pat">Pat Doe</a><div dir="auto">Terrible.</div>
      <span role="button" id="reply">Reply</span><span role="button" aria-haspopup="menu" aria-label="Hide or report this" id="dots">…</span></div>
    <span role="button" aria-haspopup="menu" id="post-dots">…</span></div>`;
  test('the comment menu opener belongs to the comment, the post’s own menu does not', () => {
    page(FB_POST);
    expect(findCommentMenuOpener('facebook', el('#dots'))?.id).toBe('c1');
    expect(findCommentMenuOpener('facebook', el('#post-dots'))).toBeUndefined();
    expect(innermostComment('facebook', el('#post h2'))).toBeUndefined();
  });
  test('removal labels: Delete, Hide comment, Block <name> — not Report or Edit', () => {
    page('<div role="menu"><div role="menuitem" id="a">Hide comment</div><div role="menuitem" id="b">Block Pat Doe</div><div role="menuitem" id="c">Report comment</div><div role="menuitem" id="d">Edit</div></div>');
    expect(removeCommentLabel(el('#a'))?.label).toBe('Hide comment');
    expect(removeCommentLabel(el('#b'))?.label).toBe('Block Pat Doe');
    expect(removeCommentLabel(el('#c'))).toBeUndefined();
    expect(removeCommentLabel(el('#d'))).toBeUndefined();
  });
  test('the Reply button of the comment itself', () => {
    page(FB_POST);
    expect(replyButtonOf('facebook', el('#c1'))?.id).toBe('reply');
  });
});

describe('Instagram comments (2026 markup)', () => {
  // The "…" is a role=button div whose accessible name comes from its svg; the username link holds a
  // <span dir="auto"> like the comment text does.
  const IG_POST = `<main><header><a href="/smith.family.dental/"><span dir="auto">smith.family.dental</span></a>
    <div role="button" tabindex="0" id="post-dots"><div><svg aria-label="More options" role="img"><title>More options</title></svg></div></div></header>
    <ul><li id="c1"><a href="/pat.doe/"><img alt="pat.doe's profile picture"></a>
      <h3><div><span><a href="/pat.doe/" role="link"><span dir="auto">pat.doe</span></a></span></div></h3>
      <div><span dir="auto">Waited 50 minutes.</span></div>
      <div><a href="/p/X/c/1/"><time>2h</time></a><div role="button" tabindex="0" id="reply"><span dir="auto">Reply</span></div>
      <div role="button" tabindex="0" id="dots"><div><svg aria-label="Comment Options" role="img"><title>Comment Options</title><circle id="dot"></circle></svg></div></div></div>
    </li></ul></main>`;
  test('the Comment Options button (labelled on its svg) opens the comment’s menu; the post’s More options does not', () => {
    page(IG_POST);
    expect(findCommentMenuOpener('instagram', el('#dot'))?.id).toBe('c1');
    expect(findCommentMenuOpener('instagram', el('#dots'))?.id).toBe('c1');
    expect(findCommentMenuOpener('instagram', el('#post-dots'))).toBeUndefined();
  });
  test('the comment’s text, not the username in its link; the commenter; the Reply button', () => {
    page(IG_POST);
    expect(commentTextOf('instagram', el('#c1'))).toBe('Waited 50 minutes.');
    expect(commenterOf('instagram', el('#c1'))).toBe('pat.doe');
    expect(replyButtonOf('instagram', el('#c1'))?.id).toBe('reply');
  });
});
