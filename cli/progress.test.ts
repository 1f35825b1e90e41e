import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from './progress';

function setup(isTTY: boolean) {
  let clock = 0;
  const out: string[] = [];
  const progress = new Progress({ label: 'x.zip', total: 1000, stream: { write: (t: string) => out.push(t), isTTY, columns: 100 }, now: () => clock, intervalMs: 1000, delayMs: 1000 });
  const run = (items: number, bytes: number, ms: number) => {
    for (let i = 0; i < items; i++) progress.item(i % 10 === 0);
    progress.advance(bytes);
    clock += ms;
    for (let i = 0; i < 64; i++) progress.item(false);
  };
  return { progress, out, run };
}

describe('Progress', () => {
  it('stays silent on a quick run', () => {
    const { progress, out } = setup(false);
    for (let i = 0; i < 500; i++) progress.item(false);
    progress.finish();
    expect(out).toEqual([]);
  });

  // Lines are drawn on every 64th item, so the counts are those at that moment.
  it('writes a plain line at each interval when stderr is not a terminal, with counts and time left', () => {
    const { progress, out, run } = setup(false);
    run(100, 250, 1500);
    run(100, 250, 400); // within the interval: nothing new
    run(100, 250, 1000);
    progress.finish();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^scan: 25% of x\.zip \(0\.0 MB of 0\.0 MB\): 128 checked · 10 to review, about 0:05 left\n$/);
    expect(out[1]).toMatch(/^scan: 75% of x\.zip/);
    expect(out[2]).toMatch(/^scan: done with x\.zip: 492 checked · 30 to review/);
  });

  it('redraws one bar in place on a terminal, with an ETA', () => {
    const { progress, out, run } = setup(true);
    run(10, 500, 2000);
    progress.finish();
    expect(out[0]).toMatch(/^\r\x1b\[2Kx\.zip \[█+░+\]  50% 64 checked · 1 to review · ETA 0:02$/);
    expect(out.at(-1)).toMatch(/\n$/);
  });

  it('formats durations', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(Infinity)).toBe('?');
  });
});
