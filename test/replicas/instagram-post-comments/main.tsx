/** @jsxImportSource react */
// Replica of an Instagram post page (www.instagram.com/<owner>/p/<code>/) seen by the post's owner, as
// instagram.com renders it in 2026: the side nav with the viewer's avatar link ("<handle>'s profile
// picture"), the post's <header> with the owner's profile link, the caption in an <h1>, comments as
// <li> in a <ul> (replies in a nested <ul>), each with a username link (<span dir="auto"> inside), the
// text in a <span dir="auto">, a time link, a "Reply" role=button and a "Comment Options" role=button
// whose label sits on its <svg> (not on the button). Comment Options opens a modal role=dialog in a
// portal at the end of <body> with native buttons: Report / Delete / Cancel (the owner's own comment:
// Delete / Cancel). Reply fills the one "Add a comment…" textarea with "@handle " and focuses it.
// The post's own "More options" opens the post's dialog (Delete → "Delete post?").
// The owner is the first path segment; the viewer is the owner. Every React handler records what ran in
// window.__events.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: { action: string; id: string }[] = [];
(window as unknown as { __events: unknown[] }).__events = events;
const record = (action: string, id: string) => events.push({ action, id });

const PRACTICE = 'smith.family.dental';
const OWNER = location.pathname.match(/^\/([A-Za-z0-9._]+)\/p\//)?.[1] ?? PRACTICE;
const CODE = location.pathname.match(/\/p\/([^/]+)/)?.[1] ?? 'DBq3xYzN4pA';

interface CommentData { id: string; who: string; color: string; text: string; ago: string; replies?: CommentData[] }
interface PostData { caption: string; media: string; comments: CommentData[] }

const POSTS: Record<string, PostData> = {
  [PRACTICE]: {
    caption: 'We’re open this Saturday from 9 to 1 for emergency visits 🦷 Call us to book a spot!',
    media: 'linear-gradient(135deg, #ccfbf1, #99f6e4 45%, #bae6fd)',
    comments: [
      {
        id: 'c1', who: 'pat.doe', color: '#ef4444', ago: '2h',
        text: 'Waited 50 minutes past my appointment time and nobody even apologized. Worst dental office in town.',
        replies: [{ id: 'c1r1', who: 'ken.ito', color: '#0ea5e9', ago: '1h', text: '@pat.doe same thing happened to my wife last month.' }],
      },
      { id: 'c2', who: 'grace.hall', color: '#22c55e', ago: '1h', text: 'Love this team! Always so kind with my kids 💛' },
      { id: 'c3', who: PRACTICE, color: '#0f766e', ago: '45m', text: '@grace.hall thank you, Grace! See you at the next checkup.' },
    ],
  },
  'ana.ruiz': {
    caption: 'Sunday hike with the pup ⛰️🐶',
    media: 'linear-gradient(135deg, #fde68a, #fca5a5 50%, #c4b5fd)',
    comments: [{ id: 'p1', who: 'tom.baker', color: '#f59e0b', ago: '3h', text: 'That trail is overrated, parking was a nightmare last time.' }],
  },
};
const POST = POSTS[OWNER] ?? POSTS[PRACTICE];

const avatar = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="${color}"/></svg>`)}`;

/** Instagram's icon buttons: a role=button div; the accessible name is on the svg (role=img, <title>). */
function IconButton({ label, size = 24, className, onClick, children }: { label: string; size?: number; className?: string; onClick(): void; children: React.ReactNode }) {
  return (
    <div aria-disabled="false" role="button" tabIndex={0} className={className} style={{ cursor: 'pointer' }} onClick={onClick} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onClick())}>
      <div>
        <svg aria-label={label} fill="currentColor" height={size} width={size} role="img" viewBox="0 0 24 24">
          <title>{label}</title>
          {children}
        </svg>
      </div>
    </div>
  );
}
const DOTS = (<><circle cx="12" cy="12" r="1.5" /><circle cx="6" cy="12" r="1.5" /><circle cx="18" cy="12" r="1.5" /></>);

/** The modal sheet of buttons Instagram shows for "…" menus, in a portal; Escape or the scrim closes it. */
function Sheet({ label, items, onClose, children }: { label?: string; items: [string, () => void, boolean?][]; onClose(): void; children?: React.ReactNode }) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => dialog.current?.focus(), []);
  return createPortal(
    <div className="scrim" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-label={label} className="sheet" tabIndex={-1} ref={dialog}>
        {children}
        {items.map(([text, run, danger]) => (
          <button key={text} type="button" tabIndex={0} className={danger ? 'danger' : undefined} onClick={run}>
            {text}
          </button>
        ))}
      </div>
    </div>,
    document.body,
  );
}

function Comment({ data, onReply }: { data: CommentData; onReply(handle: string, id: string): void }) {
  const [options, setOptions] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [showReplies, setShowReplies] = useState(true);
  if (deleted) return null;
  const close = () => setOptions(false);
  const own = data.who === OWNER;
  const items: [string, () => void, boolean?][] = [
    ...(own ? [] : [['Report', () => (record('report', data.id), close())] as [string, () => void]]),
    ['Delete', () => (record('delete', data.id), close(), setDeleted(true)), true],
    ['Cancel', close],
  ];
  return (
    <li data-comment-id={data.id}>
      <div className="row">
        <a href={`/${data.who}/`} role="link" tabIndex={0}>
          <img className="av" alt={`${data.who}'s profile picture`} src={avatar(data.color)} />
        </a>
        <div className="body">
          <h3>
            <div style={{ display: 'inline' }}>
              <span>
                <a href={`/${data.who}/`} role="link" tabIndex={0}>
                  <span dir="auto">{data.who}</span>
                </a>
              </span>
            </div>
          </h3>
          <div className="text">
            <span dir="auto">{data.text}</span>
          </div>
          <div className="meta">
            <a href={`/p/${CODE}/c/${data.id}/`} role="link" tabIndex={0} style={{ color: 'inherit', textDecoration: 'none' }}>
              <time dateTime="2026-11-25T10:12:00.000Z" title="Nov 25, 2026">{data.ago}</time>
            </a>
            <div role="button" tabIndex={0} onClick={() => onReply(data.who, data.id)}>
              <span dir="auto">Reply</span>
            </div>
            <IconButton label="Comment Options" className="opts" onClick={() => setOptions(true)}>{DOTS}</IconButton>
          </div>
        </div>
        <span className="like">
          <IconButton label="Like" size={12} onClick={() => record('like', data.id)}>
            <path d="M12 21s-7-4.35-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6c-2.5 4.65-9.5 9-9.5 9z" fill="none" stroke="currentColor" strokeWidth="2" />
          </IconButton>
        </span>
      </div>
      {data.replies && (
        <>
          <div className="toggle" role="button" tabIndex={0} onClick={() => setShowReplies(!showReplies)}>
            <span>{showReplies ? 'Hide all replies' : `View all ${data.replies.length} replies`}</span>
          </div>
          {showReplies && <ul className="replies">{data.replies.map((r) => <Comment key={r.id} data={r} onReply={onReply} />)}</ul>}
        </>
      )}
      {options && <Sheet items={items} onClose={close} />}
    </li>
  );
}

function App() {
  const [comment, setComment] = useState('');
  const [postMenu, setPostMenu] = useState<'menu' | 'confirm' | null>(null);
  const [postDeleted, setPostDeleted] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const reply = (handle: string, id: string) => {
    record('reply-open', id);
    setComment(`@${handle} `);
    box.current?.focus();
  };
  const closePostMenu = () => setPostMenu(null);
  return (
    <div className="shell">
      <div role="navigation">
        <div className="wordmark">Instagram</div>
        <a href="/" role="link"><span>⌂</span><span>Home</span></a>
        <a href="/explore/" role="link"><span>◎</span><span>Explore</span></a>
        <a href="/direct/inbox/" role="link"><span>✉</span><span>Messages</span></a>
        <a href="#" role="link"><span>♡</span><span>Notifications</span></a>
        <a href={`/${OWNER}/`} role="link">
          <img className="nav-avatar" alt={`${OWNER}'s profile picture`} src={avatar(OWNER === PRACTICE ? '#0f766e' : '#94a3b8')} />
          <span>Profile</span>
        </a>
      </div>
      <main role="main">
        {postDeleted ? (
          <p>Post deleted.</p>
        ) : (
          <div className="post">
            <div className="media" style={{ background: POST.media }}>
              <img alt={`Photo by ${OWNER} on November 24, 2026.`} style={{ display: 'none' }} />
            </div>
            <div className="side">
              <header>
                <a href={`/${OWNER}/`} role="link" tabIndex={0}><img className="av" alt={`${OWNER}'s profile picture`} src={avatar(OWNER === PRACTICE ? '#0f766e' : '#94a3b8')} /></a>
                <div className="grow">
                  <a href={`/${OWNER}/`} role="link" tabIndex={0}><span dir="auto">{OWNER}</span></a>
                </div>
                <IconButton label="More options" onClick={() => setPostMenu('menu')}>{DOTS}</IconButton>
              </header>
              <div className="thread">
                <div className="caption">
                  <img className="av" alt={`${OWNER}'s profile picture`} src={avatar(OWNER === PRACTICE ? '#0f766e' : '#94a3b8')} />
                  <div>
                    <a href={`/${OWNER}/`} role="link" style={{ color: '#000', fontWeight: 600, textDecoration: 'none' }}>{OWNER}</a>{' '}
                    <h1 dir="auto">{POST.caption}</h1>
                  </div>
                </div>
                <ul>{POST.comments.map((c) => <Comment key={c.id} data={c} onReply={reply} />)}</ul>
              </div>
              <section className="stats">
                <b>24 likes</b>
                <div className="when"><time dateTime="2026-11-24T09:12:00.000Z">1 day ago</time></div>
              </section>
              <section>
                <form method="POST" onSubmit={(e) => (e.preventDefault(), record('comment', comment), setComment(''))}>
                  <textarea
                    ref={box}
                    aria-label="Add a comment…"
                    placeholder="Add a comment…"
                    autoComplete="off"
                    autoCorrect="off"
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                  />
                  <div role="button" tabIndex={0} className="post-btn" aria-disabled={comment.trim() ? 'false' : 'true'} onClick={() => comment.trim() && (record('comment', comment), setComment(''))}>
                    Post
                  </div>
                </form>
              </section>
            </div>
          </div>
        )}
        {postMenu === 'menu' && (
          <Sheet
            onClose={closePostMenu}
            items={[
              ['Delete', () => setPostMenu('confirm'), true],
              ['Edit', () => (record('edit-post', CODE), closePostMenu())],
              ['Hide like count to others', closePostMenu],
              ['Turn off commenting', closePostMenu],
              ['Go to post', closePostMenu],
              ['Copy link', closePostMenu],
              ['About this account', closePostMenu],
              ['Cancel', closePostMenu],
            ]}
          />
        )}
        {postMenu === 'confirm' && (
          <Sheet
            label="Delete post?"
            onClose={closePostMenu}
            items={[
              ['Delete', () => (record('delete-post', CODE), closePostMenu(), setPostDeleted(true)), true],
              ['Cancel', closePostMenu],
            ]}
          >
            <h2>Delete post?</h2>
            <p>Are you sure you want to delete this post?</p>
          </Sheet>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
