/** @jsxImportSource react */
// X replica: the home composer and, on a /status/ URL, the tweet being answered and the reply box.
// Both are real Draft.js editors inside React, like x.com; the testid sits on the contenteditable via
// Draft's webDriverTestID, exactly where x.com puts it.
import './global-shim';
import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeEditor, recordEvent } from '../shared';

function Composer({ name, placeholder, button }: { name: string; placeholder: string; button: string }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const latest = useRef(state);
  latest.current = state;
  exposeEditor(name, () => latest.current.getCurrentContent().getPlainText());
  const empty = !state.getCurrentContent().hasText();
  return (
    <div className="composer">
      <div className="avatar" data-testid="UserAvatar-Container-SunriseDental">SD</div>
      <div className="composer-body">
        <div className="editor-box">
          <Editor
            editorState={state}
            onChange={setState}
            placeholder={placeholder}
            webDriverTestID="tweetTextarea_0"
            ariaLabel={placeholder}
            ariaMultiline
            spellCheck
          />
        </div>
        <div className="toolbar">
          <span className="icons">🖼️ GIF 📊 😊 📅 📍</span>
          <button type="button" data-testid="tweetButtonInline" disabled={empty} onClick={() => recordEvent(name)}>
            {button}
          </button>
        </div>
      </div>
    </div>
  );
}

function Tweet({ name, handle, time, text, testid = 'tweet' }: { name: string; handle: string; time: string; text: string; testid?: string }) {
  return (
    <article data-testid={testid} role="article" tabIndex={0} className="tweet">
      <div className="avatar other">{name.slice(0, 1)}</div>
      <div>
        <div data-testid="User-Name" className="user">
          <b>{name}</b> <span>@{handle} · {time}</span>
        </div>
        <div data-testid="tweetText" lang="en" dir="auto" className="text">
          {text}
        </div>
        <div role="group" className="engagement">
          <span data-testid="reply">💬 4</span>
          <span data-testid="retweet">🔁 1</span>
          <span data-testid="like">♡ 9</span>
        </div>
      </div>
    </article>
  );
}

function App() {
  const status = /^\/[^/]+\/status\/\d+/.test(location.pathname);
  return (
    <div className="app">
      <header role="banner" className="sidenav">
        <div className="logo">𝕏</div>
        <nav role="navigation" aria-label="Primary">
          <a href="/home" data-testid="AppTabBar_Home_Link">Home</a>
          <a href="/explore">Explore</a>
          <a href="/notifications">Notifications</a>
          <a href="/messages" data-testid="AppTabBar_DirectMessage_Link">Messages</a>
          <a href="/SunriseDental" data-testid="AppTabBar_Profile_Link">Profile</a>
        </nav>
        <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" className="switcher">
          <span className="avatar">SD</span>
          <span>
            <b>Sunrise Family Dental</b>
            <br />
            <span>@SunriseDental</span>
          </span>
        </button>
      </header>
      <main role="main" className="column">
        <h2 className="title">{status ? 'Post' : 'Home'}</h2>
        {status ? (
          <>
            <Tweet name="Marcus Lee" handle="marcus_lee" time="1h" text="@SunriseDental waited 2 hours for a 10 minute cleaning and then got billed twice. Worst office in town, honestly. Never again." />
            <Composer name="reply" placeholder="Post your reply" button="Reply" />
          </>
        ) : (
          <>
            <Composer name="composer" placeholder="What is happening?!" button="Post" />
            <Tweet name="City Health Dept" handle="cityhealth" time="3h" text="Flu shots are free at all city clinics this week. No appointment needed." />
          </>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
document.body.dataset.ready = 'true';
