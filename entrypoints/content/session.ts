import { articleHeadline, readingRoot } from '../../lib/article/read';
import type { FindOptions, HighlightStyle } from '../../lib/engine/engine';
import { type PackedMentions, unpackMentions } from '../../lib/engine/packed';
import { watchArticle } from '../../lib/highlight/live';
import { type Painted, Painter } from '../../lib/highlight/paint';
import { PAUSE, readChunks, type TextChunk } from '../../lib/highlight/text-map';
import type { EntityCount } from '../../lib/log/types';
import { MAX_MESSAGE_TEXT, MAX_PAGE_TEXT, type ScanReport } from '../../lib/messages';
import type { Prefs } from '../../lib/prefs';
import { Slicer } from '../../lib/schedule/slicer';
import { showCards } from './cards';

/** What is found in a piece of the page's text: its mentions, packed (offsets into the piece), and its words. */
export interface FoundText {
  found: PackedMentions;
  words: number;
  /** The background's own time on it (0 when it did not read it). */
  ms: number;
}

/** Where the mentions in a piece of page text come from (the background, which keeps the matcher warm). */
export type MentionSource = (text: string, options: FindOptions) => Promise<FoundText>;

/** How often Siyaq checks that the page has not taken its highlights away. */
const REPAINT_CHECK_MS = 1000;

/** The highlight styles the user wants to see. */
function shownStyles(prefs: Prefs): Set<HighlightStyle> {
  const shown = new Set<HighlightStyle>();
  if (prefs.highlight.state) shown.add('state');
  if (prefs.highlight.org) shown.add('org');
  if (prefs.highlight.adjectives) shown.add('adjective');
  return shown;
}

/** The report of a page not highlighted (yet, or any more). */
export const notScanned = (): ScanReport => ({
  scanned: false,
  mentions: 0,
  liveScans: 0,
  scanMs: null,
  firstPaintAt: null,
  waitMs: 0,
  backgroundMs: 0,
  longestSliceMs: 0,
  busyMs: 0,
});

/**
 * One highlighting of the page, from `start` to `stop`: it reads the article's headline and body,
 * asks for their mentions, paints them a slice at a time, watches for content the page adds
 * later, and shows the cards. Everything it sets going (observers, timers, listeners) ends with
 * `stop`, which leaves the page as it was.
 */
export class PageSession {
  readonly report: ScanReport = notScanned();
  /** The words of the headline and body as first read (counted by the background, off the page). */
  words = 0;
  private readonly painter: Painter;
  private readonly slicer = new Slicer();
  private readonly ended = new AbortController();
  private readonly options: FindOptions;
  /** One scan at a time: a burst of new content waits for the scan before it, never interleaves. */
  private scanning: Promise<void> = Promise.resolve();
  private readonly cursors = new Map<string, number>();

  constructor(
    private readonly doc: Document,
    private readonly lang: 'ar' | 'en',
    prefs: Prefs,
    private readonly find: MentionSource,
  ) {
    this.painter = new Painter(doc, shownStyles(prefs), prefs.highlight.style);
    this.options = { capitals: prefs.highlight.capitals };
  }

  get active(): boolean {
    return !this.ended.signal.aborted;
  }

  /** How many times the page names each entity. */
  entityCounts(): EntityCount[] {
    return [...this.painter.counts].map(([id, mentions]) => ({ id, mentions }));
  }

  /** Highlights the page; resolves once the first scan is painted (or the session was stopped). */
  async start(): Promise<void> {
    const { signal } = this.ended;
    // The page may clear the highlight registry; Siyaq's highlights come back.
    const guard = setInterval(() => this.painter.restore(), REPAINT_CHECK_MS);
    signal.addEventListener('abort', () => clearInterval(guard));
    // A page that is not an article (scanned because the user asked) is read whole.
    const body = readingRoot(this.doc);
    const headline = articleHeadline(this.doc);
    const roots = headline && !body.contains(headline) ? [headline, body] : [body];
    // Watched from before the first scan: what the page adds while it runs is scanned after it.
    const unwatch = watchArticle(roots, (added) => {
      void this.queueScan(added).then(() => {
        this.report.liveScans++;
      });
    });
    signal.addEventListener('abort', unwatch);
    const started = performance.now();
    await this.queueScan(roots, true);
    if (!this.active) return;
    this.report.scanMs = performance.now() - started;
    this.report.scanned = true;
    // Setting the cards up is the page's time too.
    this.slicer.begin();
    signal.addEventListener('abort', showCards(this.painter, this.lang));
    this.slicer.end();
    this.report.busyMs = this.slicer.busy;
  }

  /**
   * Follows a change of the user's highlighting settings with the mentions already found; false
   * when the change asks for another reading (capitals read as their state, or not).
   */
  restyle(prefs: Prefs): boolean {
    if (!this.active || prefs.highlight.capitals !== (this.options.capitals ?? false)) return false;
    this.painter.restyle(shownStyles(prefs), prefs.highlight.style);
    return true;
  }

  /** Takes every highlight away and ends all the session set going. */
  stop(): void {
    if (!this.active) return;
    this.ended.abort();
    this.painter.clear();
  }

  /** Scrolls to the next mention of an entity and flashes it; false when the page has none. */
  nextMention(id: string): boolean {
    const mentions = this.painter.painted.filter((p) => p.mention.entityId === id);
    if (!this.active || mentions.length === 0) return false;
    const at = ((this.cursors.get(id) ?? -1) + 1) % mentions.length;
    this.cursors.set(id, at);
    const p = mentions[at] as Painted;
    p.bounds.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.painter.flash(p);
    return true;
  }

  /** Marks every mention of these entities (none: stops marking). */
  outline(ids: readonly string[]): void {
    if (this.active) this.painter.outline(new Set(ids));
  }

  private queueScan(elements: readonly Element[], first = false): Promise<void> {
    // A scan that fails (a page torn down under it) does not stop the ones after it.
    this.scanning = this.scanning
      .then(() => this.scan(elements, first))
      .catch((error: unknown) => console.warn('Siyaq could not read part of this page:', error));
    return this.scanning;
  }

  /**
   * Reads elements and paints what they name, a chunk and a slice at a time: each chunk is sent
   * to the background as soon as it is read, one ahead of the one being painted, so the first
   * highlights come before a long page is read to its end, and a page of any size never waits long.
   */
  private async scan(elements: readonly Element[], first: boolean): Promise<void> {
    if (!this.active) return;
    const { slicer, painter, report } = this;
    slicer.begin();
    try {
      painter.removeWithin(elements);
      const asked: { chunk: TextChunk; found: Promise<FoundText> }[] = [];
      const paintNext = async () => {
        const { chunk, found: answer } = asked.shift() as (typeof asked)[number];
        const waited = performance.now();
        const { found, words, ms } = await slicer.wait(answer);
        report.waitMs += performance.now() - waited;
        report.backgroundMs += ms;
        if (!this.active) return;
        if (first) this.words += words;
        await painter.paintInSlices(chunk, unpackMentions(found), slicer);
        if (report.firstPaintAt === null && painter.painted.length > 0) report.firstPaintAt = performance.now();
        report.mentions = painter.painted.length;
      };
      for (const step of readChunks(elements, MAX_MESSAGE_TEXT, MAX_PAGE_TEXT)) {
        if (step === PAUSE) await slicer.step();
        else {
          asked.push({ chunk: step, found: this.find(step.text, this.options) });
          if (asked.length > 1) await paintNext();
        }
        if (!this.active) return;
      }
      while (asked.length > 0 && this.active) await paintNext();
    } finally {
      slicer.end();
      report.longestSliceMs = slicer.longest;
      report.busyMs = slicer.busy;
    }
  }
}
