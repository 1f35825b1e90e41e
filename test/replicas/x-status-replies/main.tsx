/** @jsxImportSource react */
// Replica of an X status page (x.com/<owner>/status/<id>) seen by the post's author, as x.com renders it
// in 2026: the side nav with the account switcher (data-testid="SideNav_AccountSwitcher_Button"), the
// conversation timeline of [data-testid="cellInnerDiv"] cells — the post first, then the inline reply
// box, then the replies — every post an article[data-testid="tweet"] with [data-testid="User-Name"],
// [data-testid="tweetText"], a role=group of buttons (data-testid reply / retweet / like) and the "More"
// caret (data-testid="caret", aria-haspopup=menu). The caret opens a role=menu in the #layers portal with
// role=menuitem items: on someone else's reply "Hide reply", "Follow @h", "Mute @h", "Block @h",
// "Report post" (X has no Delete for other people's replies); on the author's own posts "Delete",
// "Pin to your profile"…. Block and Delete ask again in X's confirmation sheet (role=alertdialog,
// data-testid="confirmationSheetConfirm"). Reply opens the modal composer whose Draft.js editor
// ([data-testid="tweetTextarea_0"], as x.com) takes focus. The author and viewer are the path's first
// segment. A reply's text does not repeat the "@author" it answers (x.com shows "Replying to @…"
// above it instead). Every React handler records what ran in window.__events.
import '../x/global-shim';
import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exposeEditor } from '../shared';

// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: { action: string; id: string }[] = [];
(window as unknown as { __events: unknown[] }).__events = events;
const record = (action: string, id: string) => events.push({ action, id });

const PRACTICE = 'SmithFamDental';
const OWNER = location.pathname.match(/^\/([A-Za-z0-9_]{1,15})\/status\//)?.[1] ?? PRACTICE;
const NAMES: Record<string, string> = { [PRACTICE]: 'Smith Family Dental', ana_ruiz_md: 'Ana Ruiz' };

interface PostData { id: string; name: string; handle: string; color: string; ago: string; text: string; replyingTo?: string }
const CONVERSATIONS: Record<string, PostData[]> = {
  [PRACTICE]: [
    { id: 'post', name: NAMES[PRACTICE], handle: PRACTICE, color: '#0f766e', ago: '9:12 AM · Nov 24, 2026', text: 'We’re open this Saturday from 9 to 1 for emergency visits 🦷 Call us to book a spot!' },
    { id: 'r1', name: 'Marcus Lee', handle: 'marcus_lee', color: '#ef4444', ago: '2h', text: 'Waited 50 minutes past my appointment time and nobody even apologized. Worst dental office in town.' },
    { id: 'r2', name: 'Grace Hall', handle: 'grace_hall', color: '#22c55e', ago: '1h', text: 'Love this team! Always so kind with my kids 💛' },
    { id: 'r3', name: NAMES[PRACTICE], handle: PRACTICE, color: '#0f766e', ago: '45m', text: 'Thank you, Grace! See you at the next checkup.', replyingTo: 'grace_hall' },
  ],
  ana_ruiz_md: [
    { id: 'post', name: 'Ana Ruiz', handle: 'ana_ruiz_md', color: '#94a3b8', ago: '8:02 AM · Nov 23, 2026', text: 'Sunday hike with the pup ⛰️🐶' },
    { id: 'p1', name: 'Tom Baker', handle: 'tom_baker', color: '#f59e0b', ago: '3h', text: 'That trail is overrated, parking was a nightmare last time.' },
  ],
};
const CONVERSATION = CONVERSATIONS[OWNER] ?? CONVERSATIONS[PRACTICE];
const layers = () => document.getElementById('layers')!;

/** A Draft.js editor as x.com mounts it: the testid on the contenteditable via webDriverTestID. */
function DraftBox({ name, placeholder, autoFocus, onText }: { name: string; placeholder: string; autoFocus?: boolean; onText(has: boolean): void }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const latest = useRef(state);
  latest.current = state;
  const editor = useRef<Editor>(null);
  exposeEditor(name, () => latest.current.getCurrentContent().getPlainText());
  useEffect(() => {
    if (autoFocus) editor.current?.focus();
  }, [autoFocus]);
  return (
    <div className="editor">
      <Editor
        ref={editor}
        editorState={state}
        onChange={(next) => (setState(next), onText(next.getCurrentContent().hasText()))}
        placeholder={placeholder}
        webDriverTestID="tweetTextarea_0"
        ariaLabel="Post text"
        ariaMultiline
        spellCheck
      />
    </div>
  );
}

/** X's dropdown: a role=menu in #layers; the first item takes focus; arrows move, Enter picks, Escape closes. */
function Menu({ at, items, onClose }: { at: DOMRect; items: [string, () => void, boolean?][]; onClose(): void }) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  const move = (e: React.KeyboardEvent, step: number) => {
    const all = Array.from(menu.current!.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    all[(all.indexOf(e.currentTarget as HTMLElement) + step + all.length) % all.length]?.focus();
  };
  return createPortal(
    <div className="mask" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div role="menu" ref={menu} style={{ top: at.top, left: at.right - 320 }}>
        <div data-testid="Dropdown">
          {items.map(([label, run, red]) => (
            <div
              key={label}
              role="menuitem"
              tabIndex={0}
              className={red ? 'red' : undefined}
              onClick={run}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), run());
                else if (e.key === 'ArrowDown') (e.preventDefault(), move(e, 1));
                else if (e.key === 'ArrowUp') (e.preventDefault(), move(e, -1));
              }}
            >
              <div><span>{label}</span></div>
            </div>
          ))}
        </div>
      </div>
    </div>,
    layers(),
  );
}

/** X's "are you sure" sheet. */
function ConfirmSheet({ title, text, confirm, red, onConfirm, onClose }: { title: string; text: string; confirm: string; red?: boolean; onConfirm(): void; onClose(): void }) {
  return createPortal(
    <div className="mask dim" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="sheet-title" data-testid="confirmationSheetDialog">
        <h1 id="sheet-title">{title}</h1>
        <div className="muted">{text}</div>
        <button type="button" data-testid="confirmationSheetConfirm" className={red ? 'red' : 'dark'} onClick={onConfirm}><span>{confirm}</span></button>
        <button type="button" data-testid="confirmationSheetCancel" onClick={onClose}><span>Cancel</span></button>
      </div>
    </div>,
    layers(),
  );
}

function ReplyModal({ to, onClose }: { to: PostData; onClose(): void }) {
  const [has, setHas] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div className="mask dim" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="modal" data-reply-to={to.id}>
        <button type="button" aria-label="Close" data-testid="app-bar-close" onClick={onClose}>✕</button>
        <h2 id="modal-header" hidden>Reply</h2>
        <article role="article" data-testid="tweet" className="quoted" tabIndex={-1}>
          <div className="av" style={{ background: to.color }}>{to.name[0]}</div>
          <div>
            <div data-testid="User-Name"><b>{to.name}</b> <span className="muted">@{to.handle} · {to.ago}</span></div>
            <div data-testid="tweetText" lang="en" dir="auto"><span>{to.text}</span></div>
            <div className="muted" style={{ marginTop: 8 }}>Replying to <span style={{ color: '#1d9bf0' }}>@{to.handle}</span></div>
          </div>
        </article>
        <div className="row">
          <div className="av" style={{ background: '#0f766e' }}>{NAMES[OWNER]?.[0] ?? OWNER[0]}</div>
          <DraftBox name="reply-modal" placeholder="Post your reply" autoFocus onText={setHas} />
        </div>
        <div className="bar">
          <button type="button" className="pill" data-testid="tweetButton" disabled={!has} onClick={() => (record('reply-sent', to.id), onClose())}>Reply</button>
        </div>
      </div>
    </div>,
    layers(),
  );
}

function Tweet({ data, focal, onReply }: { data: PostData; focal?: boolean; onReply(to: PostData): void }) {
  const [menu, setMenu] = useState<DOMRect | null>(null);
  const [sheet, setSheet] = useState<'block' | 'delete' | null>(null);
  const [gone, setGone] = useState<'' | 'hidden' | 'deleted' | 'blocked'>('');
  const close = () => setMenu(null);
  const own = data.handle === OWNER;
  if (gone === 'hidden' || gone === 'deleted') return <div className="gone" data-state={gone}>{gone === 'hidden' ? 'This reply was hidden by the post author.' : 'This post was deleted by the post author.'}</div>;
  const items: [string, () => void, boolean?][] = own
    ? [
        ['Delete', () => (close(), setSheet('delete')), true],
        ['Pin to your profile', () => (record('pin', data.id), close())],
        ['Highlight on your profile', close],
        ['Change who can reply', close],
        ['View post engagements', close],
        ['Embed post', close],
      ]
    : [
        ['Hide reply', () => (record('hide', data.id), close(), setGone('hidden'))],
        [`Follow @${data.handle}`, () => (record('follow', data.id), close())],
        [`Mute @${data.handle}`, () => (record('mute', data.id), close())],
        [`Block @${data.handle}`, () => (close(), setSheet('block'))],
        ['View post engagements', close],
        ['Embed post', close],
        ['Report post', () => (record('report', data.id), close())],
      ];
  return (
    <article aria-labelledby={`id-${data.id}`} role="article" tabIndex={-1} data-testid="tweet" className={focal ? 'focal' : undefined} data-post-id={data.id}>
      <div style={{ display: 'flex', gap: 12, width: '100%' }}>
        <div data-testid="Tweet-User-Avatar">
          <div className="av" style={{ background: data.color }} data-testid={`UserAvatar-Container-${data.handle}`}>{data.name[0]}</div>
        </div>
        <div className="grow" id={`id-${data.id}`}>
          <div className="top">
            <div data-testid="User-Name">
              <div><a href={`/${data.handle}`} role="link"><b>{data.name}</b></a></div>
              <div className="muted">
                <a href={`/${data.handle}`} role="link" tabIndex={-1}><span>@{data.handle}</span></a>
                {!focal && (<> · <a href={`/${data.handle}/status/18612345678901${data.id}`} role="link"><time dateTime="2026-11-25T10:12:00.000Z">{data.ago}</time></a></>)}
              </div>
            </div>
            <button type="button" aria-haspopup="menu" aria-expanded={menu ? 'true' : 'false'} aria-label="More" role="button" data-testid="caret" onClick={(e) => setMenu(e.currentTarget.getBoundingClientRect())}>
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor"><circle cx="5" cy="12" r="2" /><circle cx="12" cy="12" r="2" /><circle cx="19" cy="12" r="2" /></svg>
            </button>
          </div>
          {!focal && <div className="muted">Replying to <a href={`/${data.replyingTo ?? OWNER}`} role="link" style={{ color: '#1d9bf0', textDecoration: 'none' }}>@{data.replyingTo ?? OWNER}</a></div>}
          <div data-testid="tweetText" lang="en" dir="auto"><span>{data.text}</span></div>
          {focal && <div className="muted" style={{ marginTop: 12 }}><time dateTime="2026-11-24T09:12:00.000Z">{data.ago}</time> · <b style={{ color: '#0f1419' }}>1,204</b> Views</div>}
          <div role="group" aria-label="4 replies, 1 repost, 9 likes, 1204 views">
            <button type="button" role="button" data-testid="reply" aria-label={focal ? '3 Replies. Reply' : '0 Replies. Reply'} onClick={() => onReply(data)}>💬 <span>{focal ? 3 : ''}</span></button>
            <button type="button" role="button" data-testid="retweet" aria-label="1 repost. Repost" onClick={() => record('repost', data.id)}>🔁 <span>1</span></button>
            <button type="button" role="button" data-testid="like" aria-label="9 Likes. Like" onClick={() => record('like', data.id)}>♡ <span>9</span></button>
            <a href={`/${data.handle}/status/1/analytics`} role="link" aria-label="1204 views. View post analytics">📊</a>
            <button type="button" role="button" data-testid="bookmark" aria-label="Bookmark" onClick={() => record('bookmark', data.id)}>🔖</button>
          </div>
        </div>
      </div>
      {menu && <Menu at={menu} items={items} onClose={close} />}
      {sheet === 'block' && (
        <ConfirmSheet
          title={`Block @${data.handle}?`}
          text={`They will be able to see your public posts, but will no longer be able to engage with them. @${data.handle} will also not be able to follow or message you, and you will not see notifications from them.`}
          confirm="Block"
          red
          onConfirm={() => (record('block', data.id), setSheet(null), setGone('blocked'))}
          onClose={() => setSheet(null)}
        />
      )}
      {sheet === 'delete' && (
        <ConfirmSheet
          title="Delete post?"
          text="This can’t be undone and it will be removed from your profile, the timeline of any accounts that follow you, and from search results."
          confirm="Delete"
          red
          onConfirm={() => (record(focal ? 'delete-post' : 'delete', data.id), setSheet(null), setGone('deleted'))}
          onClose={() => setSheet(null)}
        />
      )}
    </article>
  );
}

function InlineReply() {
  const [has, setHas] = useState(false);
  return (
    <div className="composer">
      <div className="av" style={{ background: '#0f766e' }}>{NAMES[OWNER]?.[0] ?? OWNER[0]}</div>
      <DraftBox name="reply" placeholder="Post your reply" onText={setHas} />
      <button type="button" className="pill" data-testid="tweetButtonInline" disabled={!has} onClick={() => record('reply-sent', 'post')}>Reply</button>
    </div>
  );
}

function App() {
  const [replyTo, setReplyTo] = useState<PostData | null>(null);
  const onReply = (to: PostData) => (record('reply-open', to.id), setReplyTo(to));
  const name = NAMES[OWNER] ?? OWNER;
  return (
    <>
      <div className="app">
        <header role="banner">
          <nav role="navigation" aria-label="Primary">
            <div className="logo">𝕏</div>
            <a href="/home" data-testid="AppTabBar_Home_Link">Home</a>
            <a href="/explore" data-testid="AppTabBar_Explore_Link">Explore</a>
            <a href="/notifications" data-testid="AppTabBar_Notifications_Link">Notifications</a>
            <a href="/messages" data-testid="AppTabBar_DirectMessage_Link">Messages</a>
            <a href={`/${OWNER}`} data-testid="AppTabBar_Profile_Link" aria-label="Profile">Profile</a>
          </nav>
          <button data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" type="button">
            <div className="av" style={{ background: '#0f766e' }} data-testid={`UserAvatar-Container-${OWNER}`}>{name[0]}</div>
            <div><div><b>{name}</b></div><div className="muted">@{OWNER}</div></div>
          </button>
        </header>
        <main role="main">
          <div data-testid="primaryColumn">
            <h2 className="title">Post</h2>
            <section aria-labelledby="accessible-list-1" role="region">
              <h1 id="accessible-list-1" hidden>Conversation</h1>
              <div aria-label="Timeline: Conversation">
                {CONVERSATION.map((post, i) => (
                  <div key={post.id}>
                    <div data-testid="cellInnerDiv"><Tweet data={post} focal={i === 0} onReply={onReply} /></div>
                    {i === 0 && <div data-testid="cellInnerDiv"><InlineReply /></div>}
                  </div>
                ))}
              </div>
            </section>
          </div>
        </main>
      </div>
      <div id="layers" />
      {replyTo && <ReplyModal to={replyTo} onClose={() => setReplyTo(null)} />}
    </>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
