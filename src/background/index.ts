// Background: message router, toolbar badge, alarms. Thin. Grown by the popup/cadence work.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  /* first-run welcome is added with the options page */
});
