/** @jsxImportSource react */
// Replica of a post on the practice's Facebook Page, seen while acting as the Page: comments and replies
// are nested role=article elements labelled "Comment by …"; each has a Reply button and a "…" button
// (aria-haspopup=menu) whose menu renders in a portal at the end of <body> (as on facebook.com), with
// "Hide comment", "Delete", "Block …". Every React handler records what ran in window.__events.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: { action: string; id: string }[] = [];
(window as unknown as { __events: unknown[] }).__events = events;
const record = (action: string, id: string) => events.push({ action, id });

const PAGE = 'Smith Family Dental';

interface CommentData { id: string; who: string; color: string; text: string; own?: boolean; replies?: CommentData[] }
const COMMENTS: CommentData[] = [
  {
    id: 'c1', who: 'Pat Doe', color: '#ef4444',
    text: 'Waited 50 minutes past my appointment time and nobody even apologized. Worst dental office in town.',
    replies: [{ id: 'c1r1', who: 'Ken Ito', color: '#0ea5e9', text: 'Same thing happened to my wife last month.' }],
  },
  { id: 'c2', who: 'Grace Hall', color: '#22c55e', text: 'Love this team! Always so kind with my kids.' },
  { id: 'c3', who: PAGE, color: '#0f766e', text: 'Thank you, Grace! See you at the next checkup.', own: true },
];

function Menu({ rect, items, onClose }: { rect: DOMRect; items: [string, () => void][]; onClose(): void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => !(e.target as Element).closest('[role="menu"]') && onClose();
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => (document.removeEventListener('keydown', onKey), document.removeEventListener('mousedown', onDown));
  }, [onClose]);
  return createPortal(
    <div role="menu" style={{ left: rect.right - 240 + window.scrollX, top: rect.bottom + 4 + window.scrollY }}>
      {items.map(([label, run], i) => (
        <div key={label} role="menuitem" tabIndex={i === 0 ? 0 : -1} onClick={run} onKeyDown={(e) => e.key === 'Enter' && run()}>
          <span>{label}</span>
        </div>
      ))}
    </div>,
    document.body,
  );
}

function Comment({ data, reply }: { data: CommentData; reply?: boolean }) {
  const [menu, setMenu] = useState<DOMRect | null>(null);
  const [state, setState] = useState<'shown' | 'hidden' | 'deleted' | 'blocked'>('shown');
  const [replying, setReplying] = useState(false);
  const close = () => setMenu(null);
  const act = (action: 'hide' | 'delete' | 'block') => () => {
    record(action, data.id);
    setMenu(null);
    setState(action === 'hide' ? 'hidden' : action === 'delete' ? 'deleted' : 'blocked');
  };
  if (state !== 'shown') return <div className="gone" data-state={state}>Comment {state}.</div>;
  const items: [string, () => void][] = data.own
    ? [['Edit', () => (record('edit', data.id), close())], ['Delete', act('delete')]]
    : [['Hide comment', act('hide')], ['Delete', act('delete')], [`Block ${data.who}`, act('block')], ['Report comment', () => (record('report', data.id), close())]];
  return (
    <div>
      <div role="article" aria-label={`${reply ? 'Reply' : 'Comment'} by ${data.who} 2 hours ago`} className="comment" data-comment-id={data.id}>
        <div className="av" style={{ background: data.color }}>{data.who[0]}</div>
        <div style={{ flex: 1 }}>
          <div className="bubble">
            <a href={`/${data.who.toLowerCase().replace(/\s+/g, '.')}`} role="link">{data.who}</a>
            <div dir="auto">{data.text}</div>
          </div>
          <div className="actions">
            <span role="button" tabIndex={0} onClick={() => record('like', data.id)}>Like</span>
            <span role="button" tabIndex={0} onClick={() => (record('reply-open', data.id), setReplying(true))}>Reply</span>
            <span className="muted">2h</span>
            <span
              role="button"
              tabIndex={0}
              className="dots"
              aria-haspopup="menu"
              aria-expanded={menu ? 'true' : 'false'}
              aria-label={data.own ? 'Edit or delete this' : 'Hide or report this'}
              onClick={(e) => setMenu(e.currentTarget.getBoundingClientRect())}
            >
              •••
            </span>
          </div>
          {data.replies && <div className="replies">{data.replies.map((r) => <Comment key={r.id} data={r} reply />)}</div>}
        </div>
        {menu && <Menu rect={menu} items={items} onClose={close} />}
      </div>
      {replying && (
        <div className="box" contentEditable suppressContentEditableWarning role="textbox" data-lexical-editor="true" aria-label={`Reply as ${PAGE}`} data-reply-to={data.id} />
      )}
    </div>
  );
}

function App() {
  return (
    <>
      <div role="banner">
        <span className="logo">facebook</span>
        <span role="button" aria-label="Your profile"><svg aria-label={PAGE} role="img" width="36" height="36"><circle cx="18" cy="18" r="17" fill="#0f766e" /></svg></span>
      </div>
      <div className="feed" role="main">
        <div role="article" aria-labelledby="post-title" className="post">
          <h2 id="post-title"><a href="/smithfamilydental" role="link">{PAGE}</a></h2>
          <div className="muted">Yesterday at 9:12 AM · Public</div>
          <p>We're open this Saturday from 9 to 1 for emergency visits. Call us to book a spot!</p>
          <div className="muted">24 likes · 4 comments</div>
          {COMMENTS.map((c) => <Comment key={c.id} data={c} />)}
          <div className="composer" contentEditable suppressContentEditableWarning role="textbox" data-lexical-editor="true" aria-label={`Comment as ${PAGE}`} />
        </div>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
