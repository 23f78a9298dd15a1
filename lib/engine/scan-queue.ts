import { afterQueuedTasks } from '../schedule/slicer';
import { textChunks } from './chunks';
import type { FindOptions, PageMention } from './engine';

export interface ScanQueueLimits {
  /** Text the engine reads in one call (English costs ~1 ms per 700 characters, Arabic far less). */
  sliceChars: number;
  /** How long the queue holds the thread before giving it back to the messages waiting. */
  budgetMs: number;
  /** The thread time one tab may have used within `windowMs`; more is refused until its older work ages out. */
  tabMs: number;
  windowMs: number;
}

export const BACKGROUND_LIMITS: ScanQueueLimits = { sliceChars: 4_096, budgetMs: 4, tabMs: 3_000, windowMs: 60_000 };

interface Job {
  tab: string;
  text: string;
  options: FindOptions;
  slices: { start: number; end: number }[];
  next: number;
  found: PageMention[];
  done: (mentions: PageMention[]) => void;
}

/**
 * The background's reading of page text for every tab, shared fairly: each request is read a
 * slice at a time, tabs taking turns, and the thread is given back once a few milliseconds are
 * spent, so the popup and the other tabs are answered between slices; and each tab has a share
 * of thread time per minute, so one huge or ever-growing page cannot keep the background busy.
 * The share is time, not text: Arabic, read without a tokeniser, costs a tenth of English.
 */
export class ScanQueue {
  private readonly jobs: Job[] = [];
  private readonly used = new Map<string, { at: number; ms: number }[]>();
  private running = false;
  private turn = 0;

  constructor(
    private readonly find: (text: string, options: FindOptions) => PageMention[],
    private readonly limits: ScanQueueLimits = BACKGROUND_LIMITS,
    private readonly clock: () => number = () => performance.now(),
    private readonly pause: () => Promise<void> = afterQueuedTasks,
  ) {}

  /** The mentions in `text`, offsets into it; null when the tab has used its share for now. */
  submit(tab: string, text: string, options: FindOptions = {}): Promise<PageMention[] | null> {
    if (this.usedBy(tab) >= this.limits.tabMs) return Promise.resolve(null);
    return new Promise((done) => {
      this.jobs.push({
        tab,
        text,
        options,
        slices: [...textChunks(text, this.limits.sliceChars)],
        next: 0,
        found: [],
        done,
      });
      if (!this.running) void this.run();
    });
  }

  /** The thread time a tab has used within the window (older work forgotten). */
  private usedBy(tab: string): number {
    const now = this.clock();
    const recent = (this.used.get(tab) ?? []).filter((u) => now - u.at < this.limits.windowMs);
    if (recent.length > 0) this.used.set(tab, recent);
    else this.used.delete(tab);
    return recent.reduce((sum, u) => sum + u.ms, 0);
  }

  private charge(tab: string, at: number, ms: number): void {
    const uses = this.used.get(tab);
    if (uses) uses.push({ at, ms });
    else this.used.set(tab, [{ at, ms }]);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      let held = this.clock();
      while (this.jobs.length > 0) {
        this.turn %= this.jobs.length;
        const job = this.jobs[this.turn] as Job;
        const slice = job.slices[job.next++];
        const started = this.clock();
        try {
          if (slice)
            for (const m of this.find(job.text.slice(slice.start, slice.end), job.options))
              job.found.push({ ...m, start: m.start + slice.start, end: m.end + slice.start });
        } catch {
          // Text the engine cannot read ends this request with what was found; the queue goes on.
          job.next = job.slices.length;
        }
        const now = this.clock();
        this.charge(job.tab, now, now - started);
        if (job.next >= job.slices.length) {
          this.jobs.splice(this.turn, 1);
          job.done(job.found);
        } else {
          this.turn++;
        }
        if (now - held >= this.limits.budgetMs) {
          await this.pause();
          held = this.clock();
        }
      }
    } finally {
      this.running = false;
    }
  }
}
