import { afterQueuedTasks } from '../schedule/slicer';
import { textChunks } from './chunks';
import type { FindOptions, PageMention } from './engine';

export interface ScanQueueLimits {
  /** Text read in one go before the queue gives the thread back (English costs ~1 ms per 700 characters). */
  sliceChars: number;
  /** Text one tab may have read within `windowMs`; more is refused until its older work ages out. */
  tabChars: number;
  windowMs: number;
}

export const BACKGROUND_LIMITS: ScanQueueLimits = { sliceChars: 4_096, tabChars: 2_000_000, windowMs: 60_000 };

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
 * The background's reading of page text, shared fairly: each request is read a slice at a time,
 * tabs taking turns, with the thread given back after every slice, so the popup and the other
 * tabs are answered between slices; and each tab has a share of reading per minute, so one huge
 * or ever-growing page cannot keep the background busy.
 */
export class ScanQueue {
  private readonly jobs: Job[] = [];
  private readonly used = new Map<string, { at: number; chars: number }[]>();
  private running = false;
  private turn = 0;

  constructor(
    private readonly find: (text: string, options: FindOptions) => PageMention[],
    private readonly limits: ScanQueueLimits = BACKGROUND_LIMITS,
    private readonly clock: () => number = Date.now,
    private readonly pause: () => Promise<void> = afterQueuedTasks,
  ) {}

  /** The mentions in `text`, offsets into it; null when the tab has used its share for now. */
  submit(tab: string, text: string, options: FindOptions = {}): Promise<PageMention[] | null> {
    if (!this.take(tab, text.length)) return Promise.resolve(null);
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

  /** Counts `chars` against the tab's share; false when they would go over it. */
  private take(tab: string, chars: number): boolean {
    const now = this.clock();
    const recent = (this.used.get(tab) ?? []).filter((u) => now - u.at < this.limits.windowMs);
    const total = recent.reduce((sum, u) => sum + u.chars, 0);
    if (total + chars > this.limits.tabChars) {
      this.used.set(tab, recent);
      return false;
    }
    recent.push({ at: now, chars });
    this.used.set(tab, recent);
    return true;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.jobs.length > 0) {
        this.turn %= this.jobs.length;
        const job = this.jobs[this.turn] as Job;
        const slice = job.slices[job.next++];
        try {
          if (slice)
            for (const m of this.find(job.text.slice(slice.start, slice.end), job.options))
              job.found.push({ ...m, start: m.start + slice.start, end: m.end + slice.start });
        } catch {
          // Text the engine cannot read ends this request with what was found; the queue goes on.
          job.next = job.slices.length;
        }
        if (job.next >= job.slices.length) {
          this.jobs.splice(this.turn, 1);
          job.done(job.found);
        } else {
          this.turn++;
        }
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}
