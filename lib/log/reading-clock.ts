/** How long after the last sign of the reader (a scroll, a key, a move) time still counts as reading. */
const IDLE_AFTER_MS = 60_000;

/**
 * Active reading time: counted only while the tab is visible and the reader has shown a sign of
 * life within the idle window. Pure, fed with events and times, so it is tested without a page.
 */
export class ReadingClock {
  private total = 0;
  private countedTo: number;
  private lastActivity: number;

  constructor(
    private visible: boolean,
    now: number,
    private readonly idleAfter = IDLE_AFTER_MS,
  ) {
    this.countedTo = now;
    this.lastActivity = now;
  }

  /** The reader did something (a scroll, a key, a move, a touch). */
  activity(now: number): void {
    this.settle(now);
    this.lastActivity = now;
  }

  /** The tab was shown or hidden. Coming back into view counts as a sign of the reader. */
  visibility(visible: boolean, now: number): void {
    this.settle(now);
    this.visible = visible;
    if (visible) this.lastActivity = now;
  }

  /** The active time so far, in milliseconds. */
  activeMs(now: number): number {
    this.settle(now);
    return Math.round(this.total);
  }

  private settle(now: number): void {
    if (this.visible) {
      const end = Math.min(now, this.lastActivity + this.idleAfter);
      if (end > this.countedTo) this.total += end - this.countedTo;
    }
    this.countedTo = Math.max(this.countedTo, now);
  }
}
