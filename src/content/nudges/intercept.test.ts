// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { interceptActivations, type Held } from './intercept';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
});

function setup() {
  document.body.innerHTML = '<div id="card"><button id="ok"><span>Confirm</span></button><button id="no">Delete</button></div>';
  const ran: string[] = [];
  // The site's own handler, as React attaches it: on a container, bubbling.
  document.body.addEventListener('click', (e) => ran.push((e.target as Element).closest('button')!.id));
  const held: Held[] = [];
  interceptActivations({
    featureId: 'test',
    signal: controller.signal,
    match: (target) => (target.closest('#ok') ? true : undefined),
    onHold: (_hit, h) => held.push(h),
  });
  return { ran, held };
}

test('holds the matched click before the site sees it; others pass', () => {
  const { ran, held } = setup();
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.querySelector('#ok span')!.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(true);
  expect(ran).toEqual([]);
  expect(held).toHaveLength(1);
  (document.querySelector('#no') as HTMLElement).click();
  expect(ran).toEqual(['no']);
});

test('replay runs the site handler exactly once, at the original target', () => {
  const { ran, held } = setup();
  document.querySelector('#ok span')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 12 }));
  held[0].replay();
  held[0].replay();
  expect(ran).toEqual(['ok']);
  expect(held).toHaveLength(1);
  // The bypass was one-time: the next click is held again.
  (document.querySelector('#ok') as HTMLElement).click();
  expect(ran).toEqual(['ok']);
  expect(held).toHaveLength(2);
});

test('stops when the signal aborts', () => {
  const { ran } = setup();
  controller.abort();
  (document.querySelector('#ok') as HTMLElement).click();
  expect(ran).toEqual(['ok']);
});
