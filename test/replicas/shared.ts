// What every replica page exposes to tests: the text held by each editor's own model (not the DOM).
declare global {
  interface Window {
    __replica: { editors: Record<string, () => string>; getText(name: string): string; events: string[] };
  }
}

export function exposeEditor(name: string, read: () => string): void {
  window.__replica ??= {
    editors: {},
    events: [],
    getText(n: string) {
      const reader = this.editors[n];
      if (!reader) throw new Error(`no editor named ${n}`);
      return reader();
    },
  };
  window.__replica.editors[name] = read;
}

export function recordEvent(what: string): void {
  window.__replica?.events.push(what);
}
