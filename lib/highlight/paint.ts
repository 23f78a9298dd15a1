import type { Mention } from '../engine/engine';
import type { EntityRef } from '../engine/matcher';
import { rangeFor, type TextMap } from './text-map';

/** The highlight names Siyaq registers, one per style. */
export const HIGHLIGHTS = { state: 'siyaq-state', org: 'siyaq-org', adjective: 'siyaq-adjective' } as const;

/** A mention on the page: where it is (a live range) and what it names. */
export interface Painted {
  range: Range;
  mention: Mention;
}

/** Highlights each mention with the CSS Custom Highlight API: the page's DOM is never changed. */
export function paint(
  doc: Document,
  map: TextMap,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, EntityRef>,
): Painted[] {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  const groups = { state: [] as Range[], org: [] as Range[], adjective: [] as Range[] };
  const painted: Painted[] = [];
  for (const m of mentions) {
    const range = rangeFor(map, m.start, m.end, doc);
    if (!range) continue;
    painted.push({ range, mention: m });
    const kind = m.form === 'adjective' ? 'adjective' : (entities.get(m.entityId)?.kind ?? 'org');
    groups[kind].push(range);
  }
  if (registry && HighlightCtor) {
    for (const [kind, name] of Object.entries(HIGHLIGHTS))
      registry.set(name, new HighlightCtor(...groups[kind as keyof typeof groups]));
  }
  return painted;
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

/** Removes every Siyaq highlight; the page is as it was. */
export function unpaint(): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  for (const name of Object.values(HIGHLIGHTS)) registry?.delete(name);
}

/** Styles for the highlights: readable on light and dark pages; adjectives lighter than names. */
export const HIGHLIGHT_CSS = `
::highlight(siyaq-state) { background-color: rgba(255, 196, 0, 0.45); color: inherit; }
::highlight(siyaq-org) { background-color: rgba(0, 170, 255, 0.35); color: inherit; }
::highlight(siyaq-adjective) { background-color: rgba(255, 196, 0, 0.2); color: inherit; text-decoration: underline dotted; }
`;
