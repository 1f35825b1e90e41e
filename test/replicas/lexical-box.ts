// A Lexical editor as Facebook and Instagram mount one: a contenteditable root with role="textbox",
// a placeholder sibling, rich-text behaviour. Its model is exposed to tests under `name`.
import { registerRichText } from '@lexical/rich-text';
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { exposeEditor } from './shared';

export function mountLexical(root: HTMLElement, name: string): LexicalEditor {
  const editor = createEditor({
    namespace: name,
    onError: (error) => {
      throw error;
    },
    theme: { paragraph: 'lx-p' },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  const placeholder = root.parentElement?.querySelector<HTMLElement>('.lx-placeholder');
  editor.registerUpdateListener(({ editorState }) => {
    const empty = editorState.read(() => $getRoot().getTextContent().length === 0);
    if (placeholder) placeholder.style.display = empty ? '' : 'none';
  });
  exposeEditor(name, () => editor.getEditorState().read(() => $getRoot().getTextContent()));
  return editor;
}
