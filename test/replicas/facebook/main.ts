// Facebook replica: the post composer, a comment box and a reply box, each a real Lexical editor.
import { mountLexical } from '../lexical-box';
import { recordEvent } from '../shared';

for (const name of ['composer', 'comment', 'reply']) mountLexical(document.getElementById(name)!, name);
document.getElementById('post-button')?.addEventListener('click', () => recordEvent('post'));
document.body.dataset.ready = 'true';
