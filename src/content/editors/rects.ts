// Where a span of the box's text is on screen, for the underline overlay. Contenteditables give us
// Range.getClientRects() directly; a textarea has no DOM for its text, so we lay the same text out in
// an invisible mirror with the textarea's metrics (inside our own shadow root, never the page's DOM).
import { isTextField, rangeFor, type Box, type TextSnapshot } from './text';

const MIRRORED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

let mirror: HTMLDivElement | null = null;

function mirrorIn(root: ShadowRoot): HTMLDivElement {
  if (mirror && mirror.getRootNode() === root) return mirror;
  mirror = document.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  mirror.style.cssText = 'position:fixed;visibility:hidden;pointer-events:none;white-space:pre-wrap;overflow-wrap:break-word;overflow:hidden;';
  root.append(mirror);
  return mirror;
}

export interface SpanRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Viewport rectangles of [start, end) in the box, clipped to the box. Empty when unknown. */
export function spanRects(box: Box, snapshot: TextSnapshot, start: number, end: number, uiRoot: ShadowRoot): SpanRect[] {
  const boxRect = box.getBoundingClientRect();
  let rects: SpanRect[];
  if (isTextField(box)) rects = textFieldRects(box, start, end, uiRoot, boxRect);
  else {
    const range = rangeFor(snapshot, start, end);
    rects = range ? Array.from(range.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })) : [];
  }
  // Only what is visible inside the box (scrolled-away text has rects outside it).
  return rects.filter((r) => r.width > 0 && r.top + r.height > boxRect.top - 1 && r.top < boxRect.bottom + 1);
}

function textFieldRects(box: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, root: ShadowRoot, boxRect: DOMRect): SpanRect[] {
  const m = mirrorIn(root);
  const style = getComputedStyle(box);
  for (const prop of MIRRORED) m.style[prop] = style[prop];
  if (box instanceof HTMLInputElement) m.style.whiteSpace = 'pre';
  m.style.left = `${boxRect.left}px`;
  m.style.top = `${boxRect.top}px`;
  m.style.height = `${boxRect.height}px`;
  const value = box.value;
  m.textContent = '';
  const before = document.createTextNode(value.slice(0, start));
  const span = document.createElement('span');
  span.textContent = value.slice(start, end);
  const after = document.createTextNode(value.slice(end) || ' ');
  m.append(before, span, after);
  m.scrollTop = box.scrollTop;
  m.scrollLeft = box.scrollLeft;
  const rects = Array.from(span.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  m.textContent = '';
  return rects;
}
