// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../shared/settings';
import type { Site } from '../rules/types';
import { accountKey, detectAccount, isPracticeAccount, readCurrentHandle, readIdentity } from './account';

const withPractice = (site: Site, ...accounts: string[]): Settings => {
  const s = defaultSettings();
  s.practiceAccounts[site] = accounts;
  return s;
};

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};
afterEach(() => {
  document.body.innerHTML = '';
});

// Markup shaped like each site's (trimmed): the parts the detector reads, plus distractors.
const X_NAV = (name: string, handle: string) => `
  <header role="banner"><nav role="navigation">
    <a href="/home" data-testid="AppTabBar_Home_Link">Home</a>
    <a href="/${handle}" data-testid="AppTabBar_Profile_Link" aria-label="Profile">Profile</a>
  </nav>
  <button data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" role="button">
    <div data-testid="UserAvatar-Container-${handle}"><img alt="" src="a.png"></div>
    <div><span>${name}</span></div><div><span>@${handle}</span></div>
  </button></header>
  <main><article data-testid="tweet"><a href="/someone_else">@someone_else</a></article></main>`;

const IG_NAV = (handle: string) => `
  <div><nav role="navigation">
    <a href="/"><span>Home</span></a>
    <a href="/explore/"><span>Explore</span></a>
    <a href="/otherperson/"><img alt="otherperson's profile picture" src="o.jpg"></a>
    <a href="/${handle}/" role="link"><img alt="${handle}'s profile picture" src="p.jpg"><span>Profile</span></a>
  </nav></div>`;

const FB_POST = (composerLabel: string) => `
  <div role="banner"><div aria-label="Your profile" role="button"><svg aria-label="Your profile"></svg></div></div>
  <div role="article" aria-labelledby="h"><h2 id="h"><a href="/smithfamilydental">Smith Family Dental</a></h2>
    <p>We're open Saturday!</p>
    <form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${composerLabel}"><p><br></p></div></form>
  </div>`;

describe('X', () => {
  test('reads the handle from the account switcher', () => {
    const doc = page(X_NAV('Dr. Ana Ruiz', 'anaruiz_md'));
    expect(readIdentity('x', doc)).toMatchObject({ handle: 'anaruiz_md', name: 'Dr. Ana Ruiz', source: 'x-account-switcher' });
    expect(readCurrentHandle('x', doc)).toBe('anaruiz_md');
  });
  test('business when the switcher shows a practice handle (with or without @, any case)', () => {
    const doc = page(X_NAV('Smith Dental', 'SmithDental'));
    expect(detectAccount('x', doc, withPractice('x', '@smithdental'))).toBe('business');
  });
  test('personal when the practice handle is set and the switcher shows another', () => {
    const doc = page(X_NAV('Ana', 'anaruiz_md'));
    expect(detectAccount('x', doc, withPractice('x', 'smithdental'))).toBe('personal');
  });
  test('unknown when no practice handle is set for X', () => {
    const doc = page(X_NAV('Ana', 'anaruiz_md'));
    expect(detectAccount('x', doc, withPractice('instagram', 'anaruiz_md'))).toBe('unknown');
  });
  test('falls back to the profile tab when the switcher is absent (narrow layout)', () => {
    const doc = page('<nav><a href="/smithdental" data-testid="AppTabBar_Profile_Link">Profile</a></nav>');
    expect(readIdentity('x', doc)).toMatchObject({ handle: 'smithdental', source: 'x-profile-tab' });
    expect(detectAccount('x', doc, withPractice('x', 'SmithDental'))).toBe('business');
  });
  test('unknown on a page with no account markers', () => {
    expect(detectAccount('x', page('<main><p>Log in to X</p></main>'), withPractice('x', 'smithdental'))).toBe('unknown');
  });
});

describe('Instagram', () => {
  test('reads the handle from the nav profile link, not from other avatars', () => {
    const doc = page(IG_NAV('ana.ruiz'));
    expect(readIdentity('instagram', doc)).toMatchObject({ handle: 'ana.ruiz', source: 'instagram-nav-avatar' });
  });
  test('business for the practice handle, personal otherwise', () => {
    expect(detectAccount('instagram', page(IG_NAV('smith.dental')), withPractice('instagram', 'smith.dental'))).toBe('business');
    expect(detectAccount('instagram', page(IG_NAV('ana.ruiz')), withPractice('instagram', 'smith.dental'))).toBe('personal');
  });
  test('falls back to the nav link labelled Profile', () => {
    const doc = page('<nav><a href="/ana.ruiz/"><span>Profile</span></a></nav>');
    expect(readCurrentHandle('instagram', doc)).toBe('ana.ruiz');
  });
});

describe('Facebook', () => {
  test('reads "Comment as <Page>" from the comment box', () => {
    const doc = page(FB_POST('Comment as Smith Family Dental'));
    expect(readIdentity('facebook', doc)).toMatchObject({ name: 'Smith Family Dental', source: 'facebook-composer' });
  });
  test('business when replying as the practice Page (name or handle in settings)', () => {
    expect(detectAccount('facebook', page(FB_POST('Reply as Smith Family Dental')), withPractice('facebook', 'Smith Family Dental'))).toBe('business');
    expect(detectAccount('facebook', page(FB_POST('Reply as Smith Family Dental')), withPractice('facebook', 'https://www.facebook.com/smithfamilydental/'))).toBe('business');
  });
  test('personal when commenting as a person while the practice Page is set', () => {
    expect(detectAccount('facebook', page(FB_POST('Comment as Ana Ruiz')), withPractice('facebook', 'Smith Family Dental'))).toBe('personal');
  });
  test('a plain "Write a comment…" box says nothing', () => {
    expect(readIdentity('facebook', page(FB_POST('Write a comment…')))).toBeUndefined();
    expect(detectAccount('facebook', page(FB_POST('Write a comment…')), withPractice('facebook', 'Smith Family Dental'))).toBe('unknown');
  });
  test('reads the actor switcher "Commenting as <Name>"', () => {
    const doc = page('<div role="article"><div role="button" aria-label="Commenting as Ana Ruiz"></div></div>');
    expect(readIdentity('facebook', doc)).toMatchObject({ name: 'Ana Ruiz', source: 'facebook-actor-switcher' });
  });
  test('prefers the box of the post in question', () => {
    const doc = page(
      FB_POST('Comment as Ana Ruiz') +
        `<div role="article" id="second"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply as Smith Family Dental"></div><button id="menu">…</button></div>`,
    );
    const near = doc.getElementById('menu')!;
    expect(detectAccount('facebook', doc, withPractice('facebook', 'Smith Family Dental'), near)).toBe('business');
    expect(detectAccount('facebook', doc, withPractice('facebook', 'Smith Family Dental'))).toBe('personal');
  });
});

describe('accountKey / isPracticeAccount', () => {
  test.each([
    ['@SmithDental', 'smithdental'],
    ['https://www.instagram.com/smith.dental/', 'smithdental'],
    ['facebook.com/profile.php?id=1234', '1234'],
    ['Smith Family Dental', 'smithfamilydental'],
    ['  Clínica Ruiz ', 'clinicaruiz'],
  ])('%s → %s', (input, key) => expect(accountKey(input)).toBe(key));
  test('does not match a different account', () => {
    expect(isPracticeAccount('x', withPractice('x', 'smithdental'), 'smithdentalfan')).toBe(false);
    expect(isPracticeAccount('x', withPractice('x', 'smithdental'), undefined, 'SmithDental')).toBe(true);
  });
});
