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
  const snapshot = readBox(box);
  const range = snapshot.text.length === 0 || (start === 0 && end >= snapshot.text.length) ? wholeRange(box) : rangeFor(snapshot, start, end);
  if (!range) return false;
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  await selectionSettled(doc);
  return doc.execCommand('insertText', false, text);
}

/** Replaces everything in the box (used for the reply template). */
export async function replaceAll(box: Box, text: string): Promise<boolean> {
  const current = readBox(box).text;
  return replaceText(box, 0, current.length, text);
}

function wholeRange(box: Box): Range {
  const range = box.ownerDocument.createRange();
  range.selectNodeContents(box);
  return range;
}
