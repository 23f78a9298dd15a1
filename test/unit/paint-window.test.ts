// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../lib/engine/engine';
import { MAX_REGISTERED, Painter } from '../../lib/highlight/paint';
import { mapText } from '../../lib/highlight/text-map';
import { Slicer } from '../../lib/schedule/slicer';

const LINE = 20;

/**
 * A page of `n` paragraphs, each naming Syria once, laid out one under the other (jsdom has no
 * layout: each paragraph's box is given by its place and the scroll), with a highlight registry.
 */
function page(n: number, perParagraph = 1) {
  const doc = document;
  doc.body.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p data-i="${i}">${'سورية '.repeat(perParagraph)}${i}</p>`,
  ).join('');
  let scrollY = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const i = Number(this.getAttribute('data-i') ?? 0);
    const top = i * LINE - scrollY;
    return { top, bottom: top + LINE, left: 0, right: 100, width: 100, height: LINE, x: 0, y: top } as DOMRect;
  });
  const view = window;
  const registry = new Map<string, Set<AbstractRange>>();
  Object.assign(view, {
    CSS: { highlights: registry },
    Highlight: Set,
    innerHeight: 800,
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0) as unknown as number,
  });
  const map = mapText([doc.body]);
  const mentions: PageMention[] = [];
  for (let at = map.text.indexOf('سورية'); at >= 0; at = map.text.indexOf('سورية', at + 1))
    mentions.push({ entityId: 'SY', start: at, end: at + 5, style: 'state' });
  const shown = () =>
    [...(registry.get('siyaq-state') ?? [])].map((r) => Number(r.startContainer.parentElement?.getAttribute('data-i')));
  const scrollTo = async (y: number) => {
    scrollY = y;
    view.dispatchEvent(new Event('scroll'));
    // A frame and a task go by: the window follows then.
    await new Promise((resolve) => setTimeout(resolve, 30));
  };
  return { doc, map, mentions, shown, scrollTo };
}

describe('a page with more mentions than the browser renders well', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps every mention of an ordinary article in the highlights', async () => {
    const { doc, map, mentions, shown } = page(500);
    const painter = new Painter(doc);
    await painter.paintInSlices(map, mentions, new Slicer());
    expect(shown()).toHaveLength(500);
  });

  it('paints in the look the user chose, under the names the stylesheet styles', async () => {
    const { map, mentions } = page(10);
    const painter = new Painter(document, new Set(['state']), 'underline');
    await painter.paintInSlices(map, mentions, new Slicer());
    const registry = (window as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
    expect(registry.get('siyaq-state-underline')?.size).toBe(10);
    expect(registry.has('siyaq-state')).toBe(false);
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(`${import.meta.dirname}/../../entrypoints/content/highlights.css`, 'utf8');
    for (const name of registry.keys()) expect(css).toContain(`::highlight(${name})`);
    painter.clear();
  });

  it('follows the user’s change of styles and look with the mentions it has, reading nothing again', async () => {
    const { map, mentions } = page(10);
    const painter = new Painter(document);
    await painter.paintInSlices(map, mentions, new Slicer());
    const registry = (window as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights;
    expect(registry.get('siyaq-state')?.size).toBe(10);
    painter.restyle(new Set(['org', 'adjective']), 'fill');
    expect(registry.get('siyaq-state')?.size).toBe(0);
    painter.restyle(new Set(['state', 'org', 'adjective']), 'underline');
    expect(registry.has('siyaq-state')).toBe(false);
    expect(registry.get('siyaq-state-underline')?.size).toBe(10);
    expect(painter.painted).toHaveLength(10);
    painter.clear();
    expect(registry.has('siyaq-state-underline')).toBe(false);
  });

  it('registers only the mentions near the screen, and follows the scroll', async () => {
    const { doc, map, mentions, shown, scrollTo } = page(8_000);
    const painter = new Painter(doc);
    await painter.paintInSlices(map, mentions, new Slicer());
    await scrollTo(0);
    expect(painter.painted).toHaveLength(8_000);
    expect(shown().length).toBeLessThanOrEqual(MAX_REGISTERED);
    // The screen shows paragraphs 0-39; a screen below is ready too.
    expect(shown()).toEqual(expect.arrayContaining([0, 39, 79]));
    await scrollTo(6_000 * LINE);
    expect(shown()).toEqual(expect.arrayContaining([6_000, 6_039]));
    expect(shown()).not.toContain(0);
    expect(shown().length).toBeLessThanOrEqual(MAX_REGISTERED);
    // What the page takes away comes back, still only near the screen.
    (doc.defaultView as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.clear();
    expect(painter.restore()).toBe(true);
    expect(shown()).toEqual(expect.arrayContaining([6_000, 6_039]));
    painter.clear();
    expect(shown()).toEqual([]);
  });

  it('never makes the browser lay the page out while it paints: where mentions are is read after a frame', async () => {
    const { doc, map, mentions, shown, scrollTo } = page(8_000);
    const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const before = reads.mock.calls.length;
    const painter = new Painter(doc);
    await painter.paintInSlices(map, mentions, new Slicer());
    expect(reads.mock.calls.length).toBe(before);
    await scrollTo(0);
    expect(reads.mock.calls.length).toBeGreaterThan(before);
    expect(shown()).toEqual(expect.arrayContaining([0, 39]));
    painter.clear();
  });

  it('reads each paragraph’s box once, however many mentions it holds', async () => {
    const { doc, map, mentions, shown, scrollTo } = page(200, 30);
    const painter = new Painter(doc);
    await painter.paintInSlices(map, mentions, new Slicer());
    const reads = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const before = reads.mock.calls.length;
    await scrollTo(100 * LINE);
    // A screen above to two below: 120 paragraphs' lines of 20 px, and a binary search's few reads.
    expect(reads.mock.calls.length - before).toBeLessThan(200);
    // More mentions near the screen than can be registered: those on it first, then below it.
    const on = new Set(shown());
    expect(shown()).toHaveLength(MAX_REGISTERED);
    for (let i = 100; i < 140; i++) expect(on.has(i), `paragraph ${i}, on the screen`).toBe(true);
    expect(on.has(140)).toBe(true);
    expect([...on].filter((i) => i < 100)).toEqual([]);
    painter.clear();
  });
});
