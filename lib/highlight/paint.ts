import type { HighlightStyle, PageMention } from '../engine/engine';
import type { Slicer } from '../schedule/slicer';
import { type Bounds, boundsFor, liveRange, type TextMap } from './text-map';

/** The most mentions painted between looks at the clock. */
const MENTIONS_PER_LOOK = 64;
/**
 * Ranges kept in the highlights at once. The browser's cost of rendering highlights grows with
 * all their ranges, on every change (20,000 gave long tasks of 70 ms to seconds; 3,000 on a page of
 * 100,000 elements, paint tasks of 50–130 ms):
 * past this, only the mentions on and near the screen are in them, following the scroll.
 */
export const MAX_REGISTERED = 1500;

/** The highlight names Siyaq registers, one per style. */
/** How mentions look: a tinted background, or the text as it is, underlined. */
export type Look = 'fill' | 'underline';

/**
 * The highlight names, one per style and look. Both looks' styles are in the content script's
 * stylesheet (highlights.css), which the browser adds before the page is built: a stylesheet
 * added later makes the browser restyle every element of the page (0.5 s on 100,000 elements).
 */
const namesFor = (look: Look): Record<HighlightStyle, string> =>
  look === 'fill'
    ? HIGHLIGHTS
    : { state: 'siyaq-state-underline', org: 'siyaq-org-underline', adjective: 'siyaq-adjective-underline' };
const HIGHLIGHTS: Record<HighlightStyle, string> = {
  state: 'siyaq-state',
  org: 'siyaq-org',
  adjective: 'siyaq-adjective',
};

/** A mention on the page: where it is and what it names. */
export interface Painted {
  bounds: Bounds;
  mention: PageMention;
}

interface HighlightSet {
  readonly size: number;
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

/** Marks over the usual styles: the mention "next mention" went to, and the ones the popup asks to show. */
const MARKS = { flash: 'siyaq-flash', outline: 'siyaq-outline' } as const;
interface Registry {
  get(name: string): HighlightSet | undefined;
  set(name: string, highlight: HighlightSet): void;
  delete(name: string): boolean;
}
type PageWindow = Pick<Window, 'innerHeight' | 'addEventListener' | 'removeEventListener'> & {
  requestAnimationFrame?: (callback: () => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
  CSS?: { highlights?: Registry };
  Highlight?: new () => HighlightSet;
  StaticRange?: new (init: Bounds) => AbstractRange;
};

/**
 * Highlights mentions with the CSS Custom Highlight API, so the page's DOM is never changed. The
 * ranges are static: a live range costs the browser a walk over its siblings to place it, which on
 * a page of thousands of paragraphs adds up to seconds. Later scans add to the same highlights;
 * `clear` leaves the page as it was.
 */
export class Painter {
  readonly painted: Painted[] = [];
  /** How many times the page names each entity, kept as mentions come and go. */
  readonly counts = new Map<string, number>();
  /** Each mention's range, made when it is first shown: most mentions of a long page never are. */
  private readonly ranges = new WeakMap<Painted, AbstractRange>();
  /** The mentions that start or end in each text node, for hit-testing a point: built on the first hover. */
  private readonly byNode = new Map<Text, Painted[]>();
  private indexed = 0;
  private readonly highlights: Partial<Record<HighlightStyle | keyof typeof MARKS, HighlightSet>> = {};
  private readonly registry: Registry | undefined;
  private readonly makeRange: (bounds: Bounds) => AbstractRange;
  /** The mentions whose ranges are in the highlights now. */
  private readonly registered = new Set<Painted>();
  /** Where each scan's mentions begin in `painted`: within one scan they are in document order. */
  private runs: number[] = [];
  private newRun = true;
  /** Only the mentions near the screen are registered (there are too many for all). */
  private windowed = false;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly follow = () => this.scheduleWindow();

  private names: Record<HighlightStyle, string>;

  /**
   * @param shown the styles the user wants to see; mentions of the others are still found and
   *   counted (the log records them) but not painted, nor hovered
   */
  constructor(
    private readonly doc: Document,
    private shown: ReadonlySet<HighlightStyle> = new Set(['state', 'org', 'adjective']),
    look: Look = 'fill',
  ) {
    this.names = namesFor(look);
    const scope = (doc.defaultView ?? {}) as PageWindow;
    const StaticRangeCtor = scope.StaticRange;
    this.makeRange = StaticRangeCtor ? (bounds) => new StaticRangeCtor(bounds) : (bounds) => liveRange(bounds, doc);
    this.registry = scope.CSS?.highlights;
    if (this.registry && scope.Highlight) {
      for (const [style, name] of [...Object.entries(this.names), ...Object.entries(MARKS)]) {
        const highlight = new scope.Highlight();
        this.highlights[style as HighlightStyle | keyof typeof MARKS] = highlight;
        this.registry.set(name, highlight);
      }
    }
  }

  /**
   * Shows the mentions already found in other styles or another look, as the user changed them:
   * nothing is read again, and nothing blinks off while it is.
   */
  restyle(shown: ReadonlySet<HighlightStyle>, look: Look): void {
    for (const name of Object.values(this.names)) this.registry?.delete(name);
    this.names = namesFor(look);
    this.shown = shown;
    for (const [style, name] of Object.entries(this.names) as [HighlightStyle, string][]) {
      const highlight = this.highlights[style];
      highlight?.clear();
      if (highlight) this.registry?.set(name, highlight);
    }
    const before = [...this.registered];
    this.registered.clear();
    if (this.windowed) {
      // Those on screen still shown stay; the window is made again after the next frame.
      for (const p of before) if (shown.has(p.mention.style)) this.register(p);
      this.scheduleWindow();
      return;
    }
    for (const p of this.painted) if (shown.has(p.mention.style)) this.register(p);
    if (this.registered.size > MAX_REGISTERED) this.startWindow();
  }

  /** Paints mentions found in `map`'s text, a slice at a time. */
  async paintInSlices(map: TextMap, mentions: readonly PageMention[], slicer: Slicer): Promise<void> {
    for (let from = 0; from < mentions.length; from += MENTIONS_PER_LOOK) {
      this.paint(map, mentions.slice(from, from + MENTIONS_PER_LOOK));
      await slicer.step();
    }
  }

  private paint(map: TextMap, mentions: readonly PageMention[]): void {
    if (this.newRun) {
      this.runs.push(this.painted.length);
      this.newRun = false;
    }
    for (const mention of mentions) {
      const bounds = boundsFor(map, mention.start, mention.end);
      if (!bounds) continue;
      const p: Painted = { bounds, mention };
      this.painted.push(p);
      this.counts.set(mention.entityId, (this.counts.get(mention.entityId) ?? 0) + 1);
      if (!this.windowed && this.shown.has(mention.style)) this.register(p);
    }
    if (!this.windowed && this.registered.size > MAX_REGISTERED) this.startWindow();
    else if (this.windowed) this.scheduleWindow();
  }

  private rangeOf(p: Painted): AbstractRange {
    let range = this.ranges.get(p);
    if (!range) {
      range = this.makeRange(p.bounds);
      this.ranges.set(p, range);
    }
    return range;
  }

  private register(p: Painted): void {
    this.registered.add(p);
    this.highlights[p.mention.style]?.add(this.rangeOf(p));
  }

  private unregister(p: Painted): void {
    this.registered.delete(p);
    this.highlights[p.mention.style]?.delete(this.rangeOf(p));
  }

  private get view(): PageWindow | null {
    return (this.doc.defaultView as PageWindow | null) ?? null;
  }

  private startWindow(): void {
    this.windowed = true;
    this.view?.addEventListener('scroll', this.follow, { passive: true, capture: true });
    this.view?.addEventListener('resize', this.follow, { passive: true });
    this.scheduleWindow();
  }

  /**
   * Updates the window once the browser has rendered the next frame: where the mentions are is read
   * then, from a layout already done. Read at once, it would make the browser lay out the page in
   * Siyaq's task (on a page of 100,000 elements, the best part of a second).
   */
  private scheduleWindow(): void {
    const view = this.view;
    if (this.frame || this.timer || !view?.requestAnimationFrame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.updateWindow();
      }, 0);
    });
  }

  /**
   * Registers the mentions from a screen above the viewport to two below, and no others; when
   * there are more than can be registered, those on the screen come first, then those below it,
   * then those above.
   */
  private updateWindow(): void {
    const height = this.view?.innerHeight ?? 0;
    // One box per element: the mentions of a long paragraph, hundreds of them, share it.
    const boxes = new Map<Element, { top: number; bottom: number }>();
    const box = (p: Painted) => {
      const element = p.bounds.startContainer.parentElement;
      if (!element) return { top: 0, bottom: 0 };
      let found = boxes.get(element);
      if (!found) {
        found = element.getBoundingClientRect();
        boxes.set(element, found);
      }
      return found;
    };
    const wanted = new Set<Painted>();
    const ends = (r: number) => this.runs[r + 1] ?? this.painted.length;
    // Each run is in document order: where the screen starts in it is found by bisection.
    const screenStarts = this.runs.map((from, r) => {
      let lo = from;
      let hi = ends(r);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (box(this.painted[mid] as Painted).bottom <= 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    });
    /** Takes a run's mentions from `from`, one way, until one is `past` where the window ends. */
    const gather = (r: number, from: number, step: 1 | -1, past: (b: { top: number; bottom: number }) => boolean) => {
      for (let i = from; i >= (this.runs[r] as number) && i < ends(r) && wanted.size < MAX_REGISTERED; i += step) {
        const p = this.painted[i] as Painted;
        if (past(box(p))) return;
        if (this.shown.has(p.mention.style)) wanted.add(p);
      }
    };
    for (const [r, start] of screenStarts.entries()) gather(r, start, 1, (b) => b.top >= height);
    for (const [r, start] of screenStarts.entries()) gather(r, start, 1, (b) => b.top > 2 * height);
    for (const [r, start] of screenStarts.entries()) gather(r, start - 1, -1, (b) => b.bottom < -height);
    for (const p of [...this.registered]) if (!wanted.has(p)) this.unregister(p);
    for (const p of wanted) if (!this.registered.has(p)) this.register(p);
  }

  /** Forgets and unpaints the mentions under `roots`, and those in text the page has since removed. */
  removeWithin(roots: readonly Element[]): void {
    if (this.painted.length === 0) return;
    // Mentions in text the page has since removed go too: they are no longer there to count.
    const inside = (p: Painted) =>
      !p.bounds.startContainer.isConnected || roots.some((root) => root.contains(p.bounds.startContainer));
    this.newRun = true;
    const kept: Painted[] = [];
    const runs: number[] = [];
    let run = 0;
    this.painted.forEach((p, i) => {
      while (run < this.runs.length && (this.runs[run] as number) <= i) {
        run++;
        runs.push(kept.length);
      }
      if (!inside(p)) {
        kept.push(p);
        return;
      }
      this.unregister(p);
      const left = (this.counts.get(p.mention.entityId) ?? 1) - 1;
      if (left > 0) this.counts.set(p.mention.entityId, left);
      else this.counts.delete(p.mention.entityId);
    });
    if (kept.length === this.painted.length) return;
    // A run left empty starts where the next begins: drop the repeats.
    this.runs = runs.filter((start, k) => start < kept.length && start !== runs[k + 1]);
    this.painted.length = 0;
    for (const p of kept) this.painted.push(p);
    this.byNode.clear();
    this.indexed = 0;
  }

  private index(): void {
    for (; this.indexed < this.painted.length; this.indexed++) {
      const p = this.painted[this.indexed] as Painted;
      const { startContainer, endContainer } = p.bounds;
      this.byNode.get(startContainer)?.push(p) ?? this.byNode.set(startContainer, [p]);
      if (endContainer !== startContainer) this.byNode.get(endContainer)?.push(p) ?? this.byNode.set(endContainer, [p]);
    }
  }

  /** The mention under the point (x, y) in viewport coordinates, or null: found from the text under it. */
  at(x: number, y: number): Painted | null {
    const doc = this.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const caret = doc.caretPositionFromPoint?.(x, y);
    const legacy = caret ? null : doc.caretRangeFromPoint?.(x, y);
    const node = caret?.offsetNode ?? legacy?.startContainer;
    const offset = caret?.offset ?? legacy?.startOffset ?? 0;
    if (node?.nodeType !== 3) return null;
    this.index();
    for (const p of this.byNode.get(node as Text) ?? []) {
      if (!this.shown.has(p.mention.style)) continue;
      const { startContainer, startOffset, endContainer, endOffset } = p.bounds;
      const afterStart = node !== startContainer || offset >= startOffset;
      const beforeEnd = node !== endContainer || offset <= endOffset;
      // The caret snaps to the nearest text; the point must be on the name itself.
      if (
        afterStart &&
        beforeEnd &&
        [...liveRange(p.bounds, this.doc).getClientRects()].some(
          (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
        )
      )
        return p;
    }
    return null;
  }

  /** Marks every mention of these entities, over their usual style; an empty set clears the marks. */
  outline(ids: ReadonlySet<string>): void {
    const marks = this.highlights.outline;
    marks?.clear();
    for (const p of this.painted) if (ids.has(p.mention.entityId)) marks?.add(this.rangeOf(p));
  }

  /** Flashes one mention for a moment. */
  flash(p: Painted, ms = 1500): void {
    const marks = this.highlights.flash;
    const range = this.rangeOf(p);
    marks?.clear();
    marks?.add(range);
    setTimeout(() => marks?.delete(range), ms);
  }

  /**
   * Puts back what the page took: a highlight it removed from the registry (CSS.highlights.clear()),
   * replaced with its own, or emptied. True when something was put back.
   */
  restore(): boolean {
    const registry = this.registry;
    if (!registry) return false;
    let restored = false;
    for (const [style, name] of Object.entries(this.names) as [HighlightStyle, string][]) {
      const mine = this.highlights[style];
      if (!mine) continue;
      if (registry.get(name) !== mine) {
        registry.set(name, mine);
        restored = true;
      }
      const ranges = [...this.registered].filter((p) => p.mention.style === style);
      if (mine.size === ranges.length) continue;
      mine.clear();
      for (const p of ranges) mine.add(this.rangeOf(p));
      restored = true;
    }
    return restored;
  }

  clear(): void {
    for (const name of [...Object.values(this.names), ...Object.values(MARKS)]) this.registry?.delete(name);
    this.view?.removeEventListener('scroll', this.follow, { capture: true });
    this.view?.removeEventListener('resize', this.follow);
    if (this.frame) this.view?.cancelAnimationFrame?.(this.frame);
    this.frame = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.windowed = false;
    this.registered.clear();
    this.runs = [];
    this.newRun = true;
    this.painted.length = 0;
    this.counts.clear();
    this.byNode.clear();
    this.indexed = 0;
  }
}
