// The one <bedside-manner> element that holds all our UI in an open shadow root, so the site's CSS
// cannot reach it and ours cannot leak. Created on first use; removed on teardown.
export const HOST_TAG = 'bedside-manner';

let host: HTMLElement | null = null;
let root: ShadowRoot | null = null;

const BASE_CSS = `:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
* { box-sizing: border-box; }`;

/** The shadow root all our UI lives in (created on first call). */
export function getUiRoot(): ShadowRoot {
  if (root && host?.isConnected) return root;
  host = document.createElement(HOST_TAG);
  root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BASE_CSS;
  root.append(style);
  (document.body ?? document.documentElement).append(host);
  return root;
}

/** Adds a stylesheet to the shadow root once, keyed by `id`. */
export function addUiStyle(id: string, css: string): void {
  const r = getUiRoot();
  if (r.querySelector(`style[data-id="${id}"]`)) return;
  const style = document.createElement('style');
  style.dataset.id = id;
  style.textContent = css;
  r.append(style);
}

export function removeUiRoot(): void {
  host?.remove();
  host = null;
  root = null;
}
