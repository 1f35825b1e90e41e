/** @jsxImportSource react */
// Replica of Facebook's friend requests: the requests page (/friends/requests), a notification with
// Confirm/Delete, and a profile's "Respond → Confirm / Delete request" menu (any other path). Buttons are
// role=button divs with React onClick handlers (as on facebook.com) that record what ran in window.__events.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

type Recorded = { action: string; who: string; via: string };
// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: Recorded[] = [];
(window as unknown as { __events: unknown[] }).__events = events;
const record = (action: string, who: string, via: string) => events.push({ action, who, via });

function FbButton({ label, kind, onPress }: { label: string; kind: 'primary' | 'grey'; onPress(): void }) {
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={label}
      className={`btn ${kind}`}
      onClick={onPress}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onPress())}
    >
      <span>{label}</span>
    </div>
  );
}

const PEOPLE = [
  { name: 'Maria Lopez', slug: 'maria.lopez.52', mutual: 4, color: '#8b5cf6' },
  { name: 'Tom Baker', slug: 'tom.baker.1987', mutual: 1, color: '#f97316' },
  { name: 'Priya Shah', slug: 'priya.shah.77', mutual: 12, color: '#10b981' },
];

function RequestCard({ person }: { person: (typeof PEOPLE)[number] }) {
  const [state, setState] = useState<'pending' | 'accepted' | 'removed'>('pending');
  return (
    <div role="listitem" className="card" data-person={person.slug}>
      <a href={`/${person.slug}`} role="link" tabIndex={-1} aria-hidden="true">
        <div className="photo" style={{ background: person.color }}>{person.name[0]}</div>
      </a>
      <div className="info">
        <a href={`/${person.slug}`} role="link"><span>{person.name}</span></a>
        <div className="muted">{person.mutual} mutual friends</div>
        {state === 'pending' ? (
          <>
            <FbButton label="Confirm" kind="primary" onPress={() => (record('confirm', person.name, 'requests'), setState('accepted'))} />
            <FbButton label="Delete" kind="grey" onPress={() => (record('delete', person.name, 'requests'), setState('removed'))} />
          </>
        ) : (
          <div className="muted" data-state={state}>{state === 'accepted' ? 'Request accepted' : 'Request removed'}</div>
        )}
      </div>
    </div>
  );
}

function Notification() {
  const [done, setDone] = useState('');
  return (
    <div role="dialog" aria-label="Notifications" className="notif">
      <h2 style={{ margin: '0 0 8px', fontSize: 20 }}>Notifications</h2>
      <div role="row" className="row" data-testid="notif-row">
        <div className="round" style={{ background: '#0ea5e9', color: '#fff' }}>D</div>
        <div style={{ flex: 1 }}>
          <div><a href="/dana.kim.9" role="link" style={{ color: '#050505', fontWeight: 600, textDecoration: 'none' }}>Dana Kim</a> sent you a friend request.</div>
          {done ? (
            <div className="muted">{done}</div>
          ) : (
            <div className="btns">
              <FbButton label="Confirm" kind="primary" onPress={() => (record('confirm', 'Dana Kim', 'notification'), setDone('Request accepted'))} />
              <FbButton label="Delete" kind="grey" onPress={() => (record('delete', 'Dana Kim', 'notification'), setDone('Request removed'))} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function Profile() {
  const [menu, setMenu] = useState<DOMRect | null>(null);
  const [state, setState] = useState('');
  const choose = (action: string) => {
    record(action, 'Maria Lopez', 'profile');
    setState(action === 'confirm' ? 'Friends' : 'Request removed');
    setMenu(null);
  };
  return (
    <main role="main">
      <div className="profile-head">
        <div className="round" style={{ width: 120, height: 120, background: '#8b5cf6', color: '#fff', fontSize: 48 }}>M</div>
        <div style={{ flex: 1 }}>
          <h1 style={{ margin: 0 }}>Maria Lopez</h1>
          <div className="muted">4 mutual friends</div>
        </div>
        {state ? (
          <div className="muted" data-state={state}>{state}</div>
        ) : (
          <div
            role="button"
            tabIndex={0}
            aria-haspopup="menu"
            aria-label="Respond"
            className="btn primary"
            style={{ padding: '8px 16px' }}
            onClick={(e) => setMenu(e.currentTarget.getBoundingClientRect())}
          >
            Respond
          </div>
        )}
      </div>
      {menu &&
        createPortal(
          <div role="menu" style={{ left: menu.left - 100, top: menu.bottom + 6 }}>
            <div role="menuitem" tabIndex={0} onClick={() => choose('confirm')}>Confirm</div>
            <div role="menuitem" tabIndex={-1} onClick={() => choose('delete')}>Delete request</div>
          </div>,
          document.body,
        )}
    </main>
  );
}

function App() {
  const onRequests = location.pathname.startsWith('/friends');
  return (
    <>
      <div role="banner">
        <span className="logo">facebook</span>
        <div>
          <span className="round" aria-label="Notifications" role="button"><svg width="18" height="18" viewBox="0 0 24 24"><path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0" fill="#050505" /></svg></span>
          <span className="round" aria-label="Your profile" role="button"><svg aria-label="Ana Ruiz" role="img" width="20" height="20"><circle cx="10" cy="10" r="9" fill="#94a3b8" /></svg></span>
        </div>
      </div>
      <div className="layout">
        <nav role="navigation" aria-label="Friends"><h1>Friends</h1><div className="muted">Home · Friend requests · Suggestions</div></nav>
        {onRequests ? (
          <main role="main">
            <h2>Friend requests</h2>
            <div role="list" className="cards">
              {PEOPLE.map((p) => <RequestCard key={p.slug} person={p} />)}
            </div>
          </main>
        ) : (
          <Profile />
        )}
      </div>
      {onRequests && <Notification />}
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
