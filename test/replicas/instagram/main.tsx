/** @jsxImportSource react */
// Instagram replica: a post page whose comment box is a React-controlled <textarea> (the Reply button
// pre-fills "@handle "), and a "Create" dialog whose caption editor is a real Lexical editor.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountLexical } from '../lexical-box';
import { exposeEditor, recordEvent } from '../shared';

const ME = 'sunrisefamilydental';

function CaptionDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = mountLexical(ref.current!, 'caption');
    return () => editor.setRootElement(null);
  }, []);
  return (
    <div className="scrim">
      <div role="dialog" aria-label="Create new post" className="dialog">
        <div className="dialog-head">
          <button type="button" onClick={onClose}>✕</button>
          <b>Create new post</b>
          <button type="button" className="link" onClick={() => recordEvent('share')}>Share</button>
        </div>
        <div className="dialog-body">
          <div className="photo small" aria-label="Photo preview" />
          <div className="caption-side">
            <div className="author"><span className="avatar">SF</span><b>{ME}</b></div>
            <div className="editor-wrap">
              <div className="lx-placeholder" aria-hidden="true">Write a caption...</div>
              <div ref={ref} className="caption-editor" contentEditable role="textbox" aria-label="Write a caption..." spellCheck />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

function App() {
  const [comment, setComment] = useState('');
  const [creating, setCreating] = useState(false);
  const latest = useRef(comment);
  latest.current = comment;
  exposeEditor('comment', () => latest.current);
  const box = useRef<HTMLTextAreaElement>(null);
  const reply = (handle: string) => {
    setComment(`@${handle} `);
    box.current?.focus();
  };
  return (
    <div className="app">
      <nav role="navigation" className="nav">
        <div className="wordmark">Instagram</div>
        <a href="/">Home</a>
        <a href="/explore/">Explore</a>
        <a href="/direct/inbox/">Messages</a>
        <a href="#" role="link" onClick={(e) => { e.preventDefault(); setCreating(true); }} data-create="true">Create</a>
        <a href={`/${ME}/`}><img alt={`${ME}'s profile picture`} src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" className="nav-avatar" />Profile</a>
      </nav>
      <main role="main" className="main">
        <article className="post">
          <div className="photo" aria-label="Photo by sunrisefamilydental" />
          <div className="side">
            <header className="post-head"><span className="avatar">SF</span><a href={`/${ME}/`}><b>{ME}</b></a> · <span>Follow</span></header>
            <div className="thread">
              <ul>
                <li className="caption-row">
                  <span className="avatar">SF</span>
                  <div><a href={`/${ME}/`}><b>{ME}</b></a> <h1 dir="auto">Meet Priya, our newest hygienist! She loves gentle cleanings and dad jokes. Say hi next time you're in 👋</h1></div>
                </li>
                <li>
                  <span className="avatar other">J</span>
                  <div>
                    <a href="/jmorales88/"><b>jmorales88</b></a> <span dir="auto">Sat in the waiting room for two hours and nobody even apologized. Terrible way to run an office.</span>
                    <div className="meta">2h · 3 likes · <button type="button" className="link" onClick={() => reply('jmorales88')}>Reply</button></div>
                  </div>
                </li>
                <li>
                  <span className="avatar other">A</span>
                  <div>
                    <a href="/ana.b.smiles/"><b>ana.b.smiles</b></a> <span dir="auto">Love this team, welcome Priya!</span>
                    <div className="meta">1h · <button type="button" className="link" onClick={() => reply('ana.b.smiles')}>Reply</button></div>
                  </div>
                </li>
              </ul>
            </div>
            <section className="likes"><b>127 likes</b><div className="meta">3 hours ago</div></section>
            <section className="comment-form">
              <form onSubmit={(e) => { e.preventDefault(); recordEvent('comment'); setComment(''); }}>
                <textarea
                  ref={box}
                  aria-label="Add a comment…"
                  placeholder="Add a comment…"
                  autoComplete="off"
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                />
                <button type="submit" className="link" disabled={!comment.trim()}>Post</button>
              </form>
            </section>
          </div>
        </article>
      </main>
      {creating && <CaptionDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
document.body.dataset.ready = 'true';
