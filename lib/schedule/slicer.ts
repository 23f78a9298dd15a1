/**
 * Long work done a slice at a time. Between slices the event loop runs whatever else waits (the
 * page's own scripts and input, or the popup's questions to the background), so no one waits on
 * Siyaq for longer than one slice, whatever the size of the page.
 */

/** Lets every task that is waiting run, then resumes. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice of Siyaq's work may hold the thread: well under the 50 ms of a long task. */
export const SLICE_MS = 12;

export class Slicer {
  private sliceStart: number;
  /** The longest slice so far, in ms: what the benchmark reports. */
  longest = 0;

  constructor(
    private readonly budgetMs = SLICE_MS,
    private readonly clock: () => number = () => performance.now(),
    private readonly pause: () => Promise<void> = nextTask,
  ) {
    this.sliceStart = clock();
  }

  /** Whether this slice has used its time. */
  get spent(): boolean {
    return this.clock() - this.sliceStart >= this.budgetMs;
  }

  /** Gives the thread back if this slice has used its time. */
  async step(): Promise<void> {
    if (this.spent) await this.yield();
  }

  /** Ends this slice: the thread is given back, and the next slice starts when it returns. */
  async yield(): Promise<void> {
    this.longest = Math.max(this.longest, this.clock() - this.sliceStart);
    await this.pause();
    this.sliceStart = this.clock();
  }
}
