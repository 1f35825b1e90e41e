/** @jsxImportSource react */
// Replica of x.com/follower_requests for a protected personal account: the side nav with the account
// switcher, and UserCells (themselves clickable: they open the profile) with Accept / Decline buttons
// whose React onClick handlers record what ran in window.__events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// What the site's handlers did, for the tests (no global type: other replicas record other shapes).
const events: { action: string; who: string }[] = [];
(window as unknown as { __events: unknown[] }).__events = events;

const REQUESTS = [
  { handle: 'jmiller_runs', name: 'Jamie Miller', color: '#1d9bf0' },
  { handle: 'chris_ortega', name: 'Chris Ortega', color: '#7856ff' },
];

function UserCell({ handle, name, color }: (typeof REQUESTS)[number]) {
  const [done, setDone] = useState('');
  const act = (action: 'accept' | 'decline') => (e: React.MouseEvent) => {
    e.stopPropagation();
    events.push({ action, who: handle });
    setDone(action === 'accept' ? 'Accepted' : 'Declined');
  };
  return (
    <div data-testid="cellInnerDiv">
      <div data-testid="UserCell" role="button" tabIndex={0} onClick={() => events.push({ action: 'open-profile', who: handle })}>
        <div className="av" style={{ background: color }} data-testid={`UserAvatar-Container-${handle}`}>{name[0]}</div>
        <div className="names" data-testid="User-Name">
          <a href={`/${handle}`} role="link" style={{ color: 'inherit', textDecoration: 'none' }}><b>{name}</b></a>
          <span>@{handle}</span>
        </div>
        {done ? (
          <span className="done" data-state={done}>{done}</span>
        ) : (
          <div>
            <button type="button" role="button" className="pill dark" onClick={act('accept')}><span>Accept</span></button>
            <button type="button" role="button" className="pill" onClick={act('decline')}><span>Decline</span></button>
          </div>
        )}
      </div>
    </div>
  );
}

function App() {
  return (
    <div className="shell">
      <header role="banner">
        <nav role="navigation">
          <div className="logo">𝕏</div>
          <a href="/home" data-testid="AppTabBar_Home_Link">Home</a>
          <a href="/explore" data-testid="AppTabBar_Explore_Link">Explore</a>
          <a href="/notifications" data-testid="AppTabBar_Notifications_Link">Notifications</a>
          <a href="/ana_ruiz_md" data-testid="AppTabBar_Profile_Link" aria-label="Profile">Profile</a>
        </nav>
        <button data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" type="button">
          <div className="av" style={{ background: '#94a3b8' }} data-testid="UserAvatar-Container-ana_ruiz_md">A</div>
          <div><div><b>Ana Ruiz</b></div><div style={{ color: '#536471' }}>@ana_ruiz_md</div></div>
        </button>
      </header>
      <main role="main" data-testid="primaryColumn">
        <h2>Follower requests</h2>
        <section aria-label="Timeline: Follower requests">{REQUESTS.map((r) => <UserCell key={r.handle} {...r} />)}</section>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
