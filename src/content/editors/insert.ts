// Writing into an editor only when the user clicks an action. The site's editor owns its DOM (Lexical,
// Draft.js and React's controlled textarea revert or corrupt direct edits), so we do what a user does:
// select the span, then `document.execCommand('insertText')`, which fires the beforeinput/input events
// each editor already handles and so updates its own model.
import { isTextField, rangeFor, readBox, type Box } from './text';

/** Waits for the editor to see the new selection (selectionchange is delivered as a task). */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', onChange);
      // One more frame so editors that read the selection on selectionchange have run their handlers.
      setTimeout(resolve, 0);
    };
    const onChange = () => finish();
    doc.addEventListener('selectionchange', onChange);
    setTimeout(finish, 60);
  });
}

/** A Draft.js editor (X's composer): it renders its own blocks from its model. */
function isDraft(box: Box): boolean {
  return box.classList.contains('public-DraftEditor-content') || box.querySelector(':scope > [data-contents="true"]') !== null;
}

/**
 * An empty Draft.js editor shows a <br> placeholder block. A native insertText there (execCommand) mutates
 * that DOM before Draft sees it, and React, re-rendering the block, throws and unmounts the page. Draft
 * reads typing from the textInput event and inserts into its own model without touching the DOM: give it
 * exactly that, with a caret in the empty block.
 */
async function insertIntoEmptyDraft(box: Box, text: string): Promise<boolean> {
  const doc = box.ownerDocument;
  if (!(await select(doc, caretAtStart(box)))) return false;
  const event = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
  event.initTextEvent('textInput', true, true, doc.defaultView, text);
  box.dispatchEvent(event);
  await nextFrame(doc);
  return readBox(box).text.length > 0;
}

function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? window).requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Replaces [start, end) of the box's plain text with `text`. Resolves to whether the editor took it. */
export async function replaceText(box: Box, start: number, end: number, text: string): Promise<boolean> {
  const doc = box.ownerDocument;
  box.focus({ preventScroll: true });
  if (isTextField(box)) {
    box.setSelectionRange(start, end);
    if (doc.execCommand('insertText', false, text)) return true;
    // Browsers without execCommand on text fields: the native setter path React also observes.
    box.setRangeText(text, start, end, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  let snapshot = readBox(box);
  if (snapshot.text.length === 0) {
    // Focusing an empty Draft.js or Lexical editor re-renders its block: place the caret after that.
    await nextFrame(doc);
    snapshot = readBox(box);
    if (snapshot.text.length === 0 && isDraft(box)) return insertIntoEmptyDraft(box, text);
  }
  const range =
    snapshot.text.length === 0 ? caretAtStart(box) : start === 0 && end >= snapshot.text.length ? wholeRange(box) : rangeFor(snapshot, start, end);
  if (!range || !(await select(doc, range))) return false;
  return doc.execCommand('insertText', false, text);
}

/** Puts the selection on `range` and waits until the editor has seen it; false without a selection. */
async function select(doc: Document, range: Range): Promise<boolean> {
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  await selectionSettled(doc);
  return true;
}

/**
 * Replaces everything in the box (used for the reply template), keeping a leading @mention: Instagram
 * threads a reply under the comment by the "@handle " its Reply button puts in the box.
 */
export async function replaceAll(box: Box, text: string): Promise<boolean> {
  const current = readBox(box).text;
  const mention = LEADING_MENTION.exec(current)?.[0] ?? '';
  return replaceText(box, mention.length, current.length, text);
}
const LEADING_MENTION = /^@[\p{L}\p{N}_.]+\s+/u;

/** A collapsed caret inside the innermost first element of an empty editor, where typing would put it. */
function caretAtStart(box: Box): Range {
  let node: Node = box;
  while (node.firstChild && node.firstChild.nodeType === Node.ELEMENT_NODE && (node.firstChild as Element).tagName !== 'BR') node = node.firstChild;
  const range = box.ownerDocument.createRange();
  range.setStart(node, 0);
  range.collapse(true);
  return range;
}

function wholeRange(box: Box): Range {
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  return range;
}
