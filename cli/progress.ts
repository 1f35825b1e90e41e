// Progress of a long audit on stderr: a bar with counts and the time left when stderr is a terminal,
// a plain line every few seconds otherwise (logs, CI). Short runs print nothing at all.

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** What is being read, for the line ("x-archive.zip"). */
  label: string;
  /** Total work, in bytes on disk; 0 when unknown (stdin). */
  total: number;
  stream: ProgressStream;
  now?: () => number;
  /** How often a plain line is written when not on a terminal. */
  intervalMs?: number;
  /** Quiet period before the first output, so quick runs stay silent. */
  delayMs?: number;
}

const MB = 1024 * 1024;
const fmt = (n: number) => n.toLocaleString('en-US');
const size = (bytes: number) => (bytes >= 10 * MB ? `${Math.round(bytes / MB)} MB` : `${(bytes / MB).toFixed(1)} MB`);

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export class Progress {
  private done = 0;
  private items = 0;
  private flagged = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private shown = false;
  private readonly now: () => number;
  private readonly tty: boolean;
  private readonly interval: number;
  private readonly delay: number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.tty = options.stream.isTTY === true;
    this.interval = options.intervalMs ?? (this.tty ? 100 : 5000);
    this.delay = options.delayMs ?? (this.tty ? 500 : this.interval);
  }

  advance(bytes: number): void {
    this.done = Math.min(this.options.total || Infinity, this.done + bytes);
  }

  /** Called once per item checked. */
  item(flagged: boolean): void {
    this.items++;
    if (flagged) this.flagged++;
    if ((this.items & 63) === 0) this.maybeDraw();
  }

  /** The line as it would be drawn now (exposed for tests). */
  line(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const { total, label } = this.options;
    const fraction = total > 0 ? this.done / total : 0;
    const eta = fraction > 0.01 ? formatDuration((elapsed / fraction) * (1 - fraction)) : '?';
    const counts = `${fmt(this.items)} checked · ${fmt(this.flagged)} to review`;
    if (this.tty) {
      const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
      const width = Math.max(10, Math.min(30, (this.options.stream.columns ?? 80) - 70));
      const filled = Math.round(fraction * width);
      const bar = total > 0 ? `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent} ` : '';
      return `${label} ${bar}${counts}${total > 0 ? ` · ETA ${eta}` : ''}`;
    }
    const where = total > 0 ? `${Math.floor(fraction * 100)}% of ${label} (${size(this.done)} of ${size(total)})` : label;
    return `scan: ${where}: ${counts}${total > 0 ? `, about ${eta} left` : ''}`;
  }

  private maybeDraw(): void {
    const t = this.now();
    if (t - this.started < this.delay || t - this.lastDraw < this.interval) return;
    this.lastDraw = t;
    this.shown = true;
    if (this.tty) this.options.stream.write(`\r\x1b[2K${this.line()}`);
    else this.options.stream.write(`${this.line()}\n`);
  }

  /** Ends the bar (or prints a last line, when lines were printed). */
  finish(): void {
    if (!this.shown) return;
    this.done = this.options.total;
    const elapsed = formatDuration((this.now() - this.started) / 1000);
    const summary = `${fmt(this.items)} checked · ${fmt(this.flagged)} to review · ${elapsed}`;
    if (this.tty) this.options.stream.write(`\r\x1b[2K${this.options.label}: ${summary}\n`);
    else this.options.stream.write(`scan: done with ${this.options.label}: ${summary}\n`);
  }
}
