import { render } from 'preact';

function Options() {
  return <main><h1>Bedside Manner settings</h1></main>;
}

render(<Options />, document.getElementById('app')!);
