import type { HighlightStyle, PageMention } from '../engine/engine';
import type { Slicer } from '../schedule/slicer';
import { type Bounds, boundsFor, liveRange, type TextMap } from './text-map';

/** How many mentions are painted between looks at the clock. */
const MENTIONS_PER_LOOK = 256;

/** The highlight names Siyaq registers, one per style. */
const HIGHLIGHTS: Record<HighlightStyle, string> = {
  state: 'siyaq-state',
  org: 'siyaq-org',
  adjective: 'siyaq-adjective',
};

/** A mention on the page: where it is and what it names. */
export interface Painted {
  bounds: Bounds;
  mention: PageMention;
  range: AbstractRange;
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
type PageWindow = {
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
  /** The mentions that start or end in each text node, for hit-testing a point: built on the first hover. */
  private readonly byNode = new Map<Text, Painted[]>();
  private indexed = 0;
  private readonly highlights: Partial<Record<HighlightStyle | keyof typeof MARKS, HighlightSet>> = {};
  private readonly registry: Registry | undefined;
  private readonly makeRange: (bounds: Bounds) => AbstractRange;

  /**
   * @param shown the styles the user wants to see; mentions of the others are still found and
   *   counted (the log records them) but not painted, nor hovered
   */
  constructor(
    private readonly doc: Document,
    private readonly shown: ReadonlySet<HighlightStyle> = new Set(['state', 'org', 'adjective']),
  ) {
    const scope = (doc.defaultView ?? {}) as PageWindow;
    const StaticRangeCtor = scope.StaticRange;
    this.makeRange = StaticRangeCtor ? (bounds) => new StaticRangeCtor(bounds) : (bounds) => liveRange(bounds, doc);
    this.registry = scope.CSS?.highlights;
    if (this.registry && scope.Highlight) {
      for (const [style, name] of [...Object.entries(HIGHLIGHTS), ...Object.entries(MARKS)]) {
        const highlight = new scope.Highlight();
        this.highlights[style as HighlightStyle | keyof typeof MARKS] = highlight;
        this.registry.set(name, highlight);
      }
    }
  }

  /**
   * Paints mentions found in `map`'s text from `offset` on (their offsets are counted from it),
   * a slice at a time.
   */
  async paintInSlices(map: TextMap, mentions: readonly PageMention[], offset: number, slicer: Slicer): Promise<void> {
    for (let i = 0; i < mentions.length; i += MENTIONS_PER_LOOK) {
      this.paint(map, mentions.slice(i, i + MENTIONS_PER_LOOK), offset);
      await slicer.step();
    }
  }

  private paint(map: TextMap, mentions: readonly PageMention[], offset = 0): void {
    for (const found of mentions) {
      const mention = offset === 0 ? found : { ...found, start: found.start + offset, end: found.end + offset };
      const bounds = boundsFor(map, mention.start, mention.end);
      if (!bounds) continue;
      const range = this.makeRange(bounds);
      this.painted.push({ bounds, mention, range });
      if (this.shown.has(mention.style)) this.highlights[mention.style]?.add(range);
    }
  }

  /** Forgets and unpaints the mentions under `roots`, and those in text the page has since removed. */
  removeWithin(roots: readonly Element[]): void {
    if (this.painted.length === 0) return;
    // Mentions in text the page has since removed go too: they are no longer there to count.
    const inside = (p: Painted) =>
      !p.bounds.startContainer.isConnected || roots.some((root) => root.contains(p.bounds.startContainer));
    const kept = this.painted.filter((p) => !inside(p));
    if (kept.length === this.painted.length) return;
    for (const p of this.painted) if (inside(p)) this.highlights[p.mention.style]?.delete(p.range);
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
    for (const p of this.painted) if (ids.has(p.mention.entityId)) marks?.add(p.range);
  }

  /** Flashes one mention for a moment. */
  flash(p: Painted, ms = 1500): void {
    const marks = this.highlights.flash;
    marks?.clear();
    marks?.add(p.range);
    setTimeout(() => marks?.delete(p.range), ms);
  }

  /**
   * Puts back what the page took: a highlight it removed from the registry (CSS.highlights.clear()),
   * replaced with its own, or emptied. True when something was put back.
   */
  restore(): boolean {
    const registry = this.registry;
    if (!registry) return false;
    let restored = false;
    for (const [style, name] of Object.entries(HIGHLIGHTS) as [HighlightStyle, string][]) {
      const mine = this.highlights[style];
      if (!mine) continue;
      if (registry.get(name) !== mine) {
        registry.set(name, mine);
        restored = true;
      }
      const ranges = this.shown.has(style) ? this.painted.filter((p) => p.mention.style === style) : [];
      if (mine.size === ranges.length) continue;
      mine.clear();
      for (const p of ranges) mine.add(p.range);
      restored = true;
    }
    return restored;
  }

  clear(): void {
    for (const name of [...Object.values(HIGHLIGHTS), ...Object.values(MARKS)]) this.registry?.delete(name);
    this.painted.length = 0;
    this.byNode.clear();
    this.indexed = 0;
  }
}

/**
 * Styles for the highlights: readable on light and dark pages; adjectives lighter than names.
 * "fill" tints the background; "underline" leaves the text as it is and underlines it.
 */
export function highlightCss(style: 'fill' | 'underline'): string {
  const marks = `
::highlight(siyaq-outline) { text-decoration: underline 3px solid #d93025; text-underline-offset: 4px; }
::highlight(siyaq-flash) { background-color: rgba(255, 110, 0, 0.75); color: inherit; }`;
  if (style === 'underline')
    return `
::highlight(siyaq-state) { text-decoration: underline 2px solid #c98a00; text-underline-offset: 3px; }
::highlight(siyaq-org) { text-decoration: underline 2px solid #0a84c6; text-underline-offset: 3px; }
::highlight(siyaq-adjective) { text-decoration: underline 1px dotted #c98a00; text-underline-offset: 3px; }${marks}`;
  return `
::highlight(siyaq-state) { background-color: rgba(255, 196, 0, 0.45); color: inherit; }
::highlight(siyaq-org) { background-color: rgba(0, 170, 255, 0.35); color: inherit; }
::highlight(siyaq-adjective) { background-color: rgba(255, 196, 0, 0.2); color: inherit; text-decoration: underline dotted; }${marks}`;
}
