/** @jsxImportSource react */
// Replica of Instagram's follow requests (Activity → Follow requests) for a private personal account:
// the side nav with the user's profile link, rows with native Confirm / Delete buttons whose React
// onClick handlers record what ran in window.__events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: { action: string; who: string }[] = [];
(window as unknown as { __events: unknown[] }).__events = events;

const ME = 'ana.ruiz';
const REQUESTS = [
  { handle: 'sam.patel', name: 'Sam Patel', color: '#f59e0b' },
  { handle: 'lucy_m_92', name: 'Lucy M.', color: '#ec4899' },
];

function Request({ handle, name, color }: (typeof REQUESTS)[number]) {
  const [done, setDone] = useState('');
  const act = (action: 'confirm' | 'delete') => {
    events.push({ action, who: handle });
    setDone(action === 'confirm' ? 'Following you' : 'Request removed');
  };
  return (
    <div className="req" role="listitem" data-handle={handle}>
      <a href={`/${handle}/`} tabIndex={-1}><span className="avatar" style={{ background: color }}><img alt={`${handle}'s profile picture`} style={{ display: 'none' }} />{name[0]}</span></a>
      <div className="who">
        <a href={`/${handle}/`} role="link">{handle}</a>
        <div>{name}</div>
      </div>
      {done ? (
        <span className="done" data-state={done}>{done}</span>
      ) : (
        <>
          <button type="button" className="confirm" onClick={() => act('confirm')}><div>Confirm</div></button>
          <button type="button" className="delete" onClick={() => act('delete')}><div>Delete</div></button>
        </>
      )}
    </div>
  );
}

function App() {
  return (
    <div className="shell">
      <nav role="navigation">
        <div className="brand">Instagram</div>
        <a href="/"><span>⌂</span><span>Home</span></a>
        <a href="/explore/"><span>◎</span><span>Explore</span></a>
        <a href="/direct/inbox/"><span>✉</span><span>Messages</span></a>
        <a href="/accounts/activity/"><span>♡</span><span>Notifications</span></a>
        <a href={`/${ME}/`} role="link"><img alt={`${ME}'s profile picture`} src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 26 26%22%3E%3Ccircle cx=%2213%22 cy=%2213%22 r=%2213%22 fill=%22%2394a3b8%22/%3E%3C/svg%3E" /><span>Profile</span></a>
      </nav>
      <main role="main">
        <section className="panel">
          <h1>Follow requests</h1>
          <div role="list">{REQUESTS.map((r) => <Request key={r.handle} {...r} />)}</div>
        </section>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
