import type { Mention } from '../engine/engine';
import type { EntityRef } from '../engine/matcher';
import { rangeFor, type TextMap } from './text-map';

/** The highlight names Siyaq registers, one per style. */
export const HIGHLIGHTS = { state: 'siyaq-state', org: 'siyaq-org', adjective: 'siyaq-adjective' } as const;
type Style = keyof typeof HIGHLIGHTS;

/** A mention on the page: where it is (a live range) and what it names. */
export interface Painted {
  range: Range;
  mention: Mention;
}

interface HighlightSet {
  add(range: Range): void;
}
interface Registry {
  set(name: string, highlight: HighlightSet): void;
  delete(name: string): boolean;
}

/**
 * Highlights mentions with the CSS Custom Highlight API, so the page's DOM is never changed. Later
 * scans add to the same highlights; `clear` leaves the page as it was.
 */
export class Painter {
  readonly painted: Painted[] = [];
  private readonly highlights: Partial<Record<Style, HighlightSet>> = {};
  private readonly registry: Registry | undefined;

  constructor(
    private readonly doc: Document,
    private readonly entities: ReadonlyMap<string, EntityRef>,
  ) {
    const scope = doc.defaultView as unknown as { CSS?: { highlights?: Registry }; Highlight?: new () => HighlightSet };
    this.registry = scope?.CSS?.highlights;
    if (this.registry && scope.Highlight) {
      for (const [style, name] of Object.entries(HIGHLIGHTS)) {
        const highlight = new scope.Highlight();
        this.highlights[style as Style] = highlight;
        this.registry.set(name, highlight);
      }
    }
  }

  /** Paints the mentions found in `map`'s text; returns the ones it could place. */
  add(map: TextMap, mentions: readonly Mention[]): Painted[] {
    const added: Painted[] = [];
    for (const mention of mentions) {
      const range = rangeFor(map, mention.start, mention.end, this.doc);
      if (!range) continue;
      added.push({ range, mention });
      const style: Style =
        mention.form === 'adjective' ? 'adjective' : (this.entities.get(mention.entityId)?.kind ?? 'org');
      this.highlights[style]?.add(range);
    }
    this.painted.push(...added);
    return added;
  }

  clear(): void {
    for (const name of Object.values(HIGHLIGHTS)) this.registry?.delete(name);
    this.painted.length = 0;
  }
}

/** The painted mention under the point (x, y) in viewport coordinates, or null. */
export function hitTest(painted: readonly Painted[], x: number, y: number): Painted | null {
  for (const p of painted) {
    for (const r of p.range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return p;
    }
  }
  return null;
}

/** Styles for the highlights: readable on light and dark pages; adjectives lighter than names. */
export const HIGHLIGHT_CSS = `
::highlight(siyaq-state) { background-color: rgba(255, 196, 0, 0.45); color: inherit; }
::highlight(siyaq-org) { background-color: rgba(0, 170, 255, 0.35); color: inherit; }
::highlight(siyaq-adjective) { background-color: rgba(255, 196, 0, 0.2); color: inherit; text-decoration: underline dotted; }
`;
