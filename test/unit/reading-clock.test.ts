import { describe, expect, it } from 'vitest';
import { ReadingClock } from '../../lib/log/reading-clock';

const S = 1000;

describe('active reading time', () => {
  it('counts while the tab is visible and the reader active', () => {
    const clock = new ReadingClock(true, 0, 60 * S);
    clock.activity(20 * S);
    expect(clock.activeMs(50 * S)).toBe(50 * S);
  });

  it('stops counting a minute after the last sign of the reader, and starts again with the next', () => {
    const clock = new ReadingClock(true, 0, 60 * S);
    expect(clock.activeMs(10 * 60 * S)).toBe(60 * S);
    clock.activity(10 * 60 * S);
    expect(clock.activeMs(10 * 60 * S + 5 * S)).toBe(65 * S);
  });

  it('does not count while the tab is hidden, and counts again once it is shown', () => {
    const clock = new ReadingClock(true, 0, 60 * S);
    clock.visibility(false, 10 * S);
    expect(clock.activeMs(40 * S)).toBe(10 * S);
    clock.visibility(true, 100 * S);
    expect(clock.activeMs(130 * S)).toBe(40 * S);
  });

  it('starts at zero in a tab opened in the background', () => {
    const clock = new ReadingClock(false, 0, 60 * S);
    clock.activity(5 * S);
    expect(clock.activeMs(30 * S)).toBe(0);
  });

  it('never goes backwards when asked out of order', () => {
    const clock = new ReadingClock(true, 0, 60 * S);
    expect(clock.activeMs(30 * S)).toBe(30 * S);
    expect(clock.activeMs(20 * S)).toBe(30 * S);
  });
});
