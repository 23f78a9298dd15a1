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

/**
 * Lets every task queued so far run first, then resumes: the background's turn comes after the
 * popup's questions already waiting (scheduler.yield's continuation would go before them).
 */
export function afterQueuedTasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A wait shorter than this resumed in the same task (a settled promise): no other task ran. */
const SAME_TASK_MS = 1;

/** How long one slice of Siyaq's work may hold the thread: well under the 50 ms of a long task. */
export const SLICE_MS = 12;

/**
 * Counts Siyaq's own time on a thread in slices: work begins a slice, and a slice ends when its
 * budget is spent (the thread is given back), when the work waits on something else (the
 * background, a stream), or when it is done. Time spent waiting is not Siyaq's, and not counted.
 */
export class Slicer {
  private sliceStart: number | null = null;
  /** The longest slice so far, in ms. */
  longest = 0;
  /** All slices so far, in ms: Siyaq's time on the thread. */
  busy = 0;

  constructor(
    private readonly budgetMs = SLICE_MS,
    private readonly clock: () => number = () => performance.now(),
    private readonly pause: () => Promise<void> = nextTask,
  ) {}

  /** Work starts (or goes on) on the thread. */
  begin(): void {
    this.sliceStart ??= this.clock();
  }

  /** Work stops: done, or about to wait on something else. */
  end(): void {
    if (this.sliceStart === null) return;
    this.record(this.clock() - this.sliceStart);
    this.sliceStart = null;
  }

  /** Whether this slice has used its time. */
  get spent(): boolean {
    return this.sliceStart !== null && this.clock() - this.sliceStart >= this.budgetMs;
  }

  /** Gives the thread back if this slice has used its time. */
  async step(): Promise<void> {
    if (this.spent) await this.yield();
  }

  /** Ends this slice and gives the thread back; the next slice starts when it returns. */
  async yield(): Promise<void> {
    this.end();
    await this.pause();
    this.begin();
  }

  /**
   * Waits on work that is not Siyaq's on this thread (a message's answer, a stream). A promise
   * already settled resumes in the same task, and the slice goes on; one that took time let
   * other tasks run, that time was not Siyaq's, and the next slice starts in a task of its own.
   */
  async wait<T>(work: Promise<T>): Promise<T> {
    const from = this.clock();
    try {
      return await work;
    } finally {
      if (this.sliceStart !== null && this.clock() - from >= SAME_TASK_MS) {
        this.record(from - this.sliceStart);
        // What settled it (a message, a stream's end and what ran on it) may have used this task.
        await this.pause();
        this.sliceStart = this.clock();
      }
    }
  }

  private record(ms: number): void {
    this.longest = Math.max(this.longest, ms);
    this.busy += ms;
  }
}
