// The fallback for any editable field on the three sites: textareas, contenteditable regions and
// role="textbox" elements, including ones inside open shadow roots. Also the shared DOM helpers
// the site adapters use to read the text being answered.
import type { BoxContext } from './types';

/** Longest parent text passed to the rules: a reply answers the start of a long post well enough. */
export const MAX_PARENT = 2000;

/** The editable element a focus or input event landed in (the editing host for contenteditables). */
export function editableRoot(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement) return null; // one-line inputs (search) are not posts
  if (!target.isContentEditable) {
    // A role="textbox" wrapper around the real editable element.
    if (target.getAttribute('role') === 'textbox') {
      const inner = target.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""], textarea');
      return inner ? editableRoot(inner) : null;
    }
    return null;
  }
  let host: HTMLElement = target;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}


/** Visible text of an element, whitespace folded, skipping `exclude` (the box itself) and our UI. */
export function textOf(el: Element | null | undefined, exclude?: Element): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node === exclude) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEXTAREA' || tag === 'BEDSIDE-MANNER') return;
      if ((node as Element).getAttribute('contenteditable') === 'true') return;
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      if (/^(P|DIV|LI|BR|H\d)$/.test(tag)) parts.push(' ');
    }
  };
  walk(el);
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_PARENT) : undefined;
}

/** The last element matching `selector` that comes before `box` in document order. */
export function lastBefore(box: Element, selector: string, scope: ParentNode = box.ownerDocument): Element | null {
  let found: Element | null = null;
  for (const el of Array.from(scope.querySelectorAll(selector))) {
    if (el.contains(box)) continue;
    if (el.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) found = el;
  }
  return found;
}

/** Without a site-specific reading: a box inside an article or dialog answering something is a comment. */
export function genericContext(box: HTMLElement): BoxContext {
  const article = box.closest('article, [role="article"]');
  if (!article) return { kind: 'post' };
  return { kind: 'comment', parent: textOf(article, box) };
}
