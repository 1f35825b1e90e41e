// Reading an editor's plain text without touching it, and mapping plain-text offsets back to the DOM.
// Lexical (Facebook, Instagram captions) and Draft.js (X) render one block element per paragraph with
// text nodes inside; textareas hold their text in `value`. Offsets are UTF-16 indices into the text
// returned here — the same offsets the rules report — and blocks are joined with one '\n'.

export type EditorKind = 'textarea' | 'lexical' | 'draft' | 'contenteditable';

/** An editable element we can read: a textarea/input, or the root of a contenteditable region. */
export type Box = HTMLElement;

export function isTextField(box: Element): box is HTMLTextAreaElement | HTMLInputElement {
  return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;
}

export function editorKindOf(box: Box): EditorKind {
  if (isTextField(box)) return 'textarea';
  if (box.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (box.classList.contains('public-DraftEditor-content') || box.closest('.DraftEditor-root')) return 'draft';
  return 'contenteditable';
}

interface Segment {
  node: Text;
  /** Offset in the plain text where this node's data starts. */
  start: number;
}

/** The plain text of a box, plus (for contenteditables) where each text node sits in it. */
export interface TextSnapshot {
  text: string;
  segments: Segment[];
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'SECTION', 'ARTICLE', 'FIGURE',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Reads the box's text. Never changes the DOM. */
export function readBox(box: Box): TextSnapshot {
  if (isTextField(box)) return { text: box.value, segments: [] };
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let endsWithBreak = true; // nothing yet: a first block needs no separator
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      segments.push({ node: node as Text, start: length });
      push(data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName) && el !== box;
    if (block && !endsWithBreak) push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(box);
  let text = parts.join('');
  // The last line break after the last text is the editor's placeholder for the caret line (Draft's
  // empty block, Lexical's <br>), not something the user typed.
  const last = segments[segments.length - 1];
  const textEnd = last ? last.start + last.node.data.length : 0;
  if (text.length > textEnd) text = text.slice(0, -1);
  return { text, segments };
}

function locate(snapshot: TextSnapshot, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  const { segments } = snapshot;
  if (segments.length === 0) return null;
  // Binary search for the last segment starting at or before offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  const segEnd = seg.start + seg.node.data.length;
  if (offset <= segEnd && offset >= seg.start) {
    // At a boundary between two nodes, a range start belongs to the next node.
    if (!preferEnd && offset === segEnd && lo + 1 < segments.length && segments[lo + 1].start === offset)
      return { node: segments[lo + 1].node, offset: 0 };
    return { node: seg.node, offset: offset - seg.start };
  }
  // The offset falls on a block separator: a start moves to the next node, an end stays at this one.
  if (offset > segEnd) {
    if (preferEnd || lo + 1 >= segments.length) return { node: seg.node, offset: seg.node.data.length };
    return { node: segments[lo + 1].node, offset: 0 };
  }
  return { node: seg.node, offset: 0 };
}

/** A DOM Range covering [start, end) of a contenteditable's plain text, or null (textareas, stale nodes). */
export function rangeFor(snapshot: TextSnapshot, start: number, end: number): Range | null {
  const a = locate(snapshot, start, false);
  const b = locate(snapshot, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  if (a.node.data.length < a.offset || b.node.data.length < b.offset) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
