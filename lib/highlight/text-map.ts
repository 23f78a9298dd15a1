/**
 * The visible text of a part of the page as one string for the engine, and the way back from
 * offsets in that string to DOM ranges. Text nodes are read once, in document order; a block
 * element's boundary becomes a line break, so that no name runs across two paragraphs and the
 * engine decides each paragraph's language on its own.
 */
import type { Slicer } from '../schedule/slicer';

/** Elements whose text is not the article's, or must not be touched. */
const SKIP = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'BUTTON',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Siyaq's own UI carries this attribute; its text is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq';

export interface TextMap {
  text: string;
  /** For each text node, in order: the node and where its text starts in `text`. */
  nodes: Text[];
  starts: number[];
}

/** An editor's root (its subtree is skipped with it). Read from the attribute: isContentEditable makes the browser compute styles. */
const isEditable = (element: Element) => {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
};

function skipped(element: Element): boolean {
  return (
    SKIP.has(element.tagName.toUpperCase()) ||
    element.hasAttribute(OWN_UI_ATTRIBUTE) ||
    isEditable(element) ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/** How many nodes, or characters, are read between looks at the clock. */
const NODES_PER_LOOK = 64;
const CHARS_PER_LOOK = 65_536;

/** Where the reading stops for a moment: it may give the thread back, or must (before the last copy of the text). */
type Pause = 'may' | 'must';

/**
 * Reads the text under `roots` (each root once, in the order given) into `out`, yielding every
 * few hundred nodes so a caller can give the thread back. The walk follows sibling and parent
 * links, without recursion: a page nested thousands deep is read like any other.
 */
function* readText(roots: readonly Element[], out: TextMap): Generator<Pause, void, void> {
  // Pieces joined once at the end: growing one string and asking it what it ends with would
  // flatten it again and again (seconds on a long page).
  const pieces: string[] = [];
  const parts: string[] = [];
  let length = 0;
  let atLineStart = true;
  let read = 0;
  let sinceLook = 0;
  const breakLine = () => {
    if (!atLineStart) {
      pieces.push('\n');
      length++;
      atLineStart = true;
    }
  };
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK.has((node as Element).tagName.toUpperCase());
  for (const root of roots) {
    let node: Node | null = root;
    while (node) {
      if (++read % NODES_PER_LOOK === 0 || sinceLook > CHARS_PER_LOOK) {
        sinceLook = 0;
        // Joined a part at a time: one join of a huge page's hundred thousand pieces is a long task.
        if (pieces.length > NODES_PER_LOOK) parts.push(pieces.splice(0).join(''));
        yield 'may';
      }
      let descend = false;
      if (node.nodeType === 3) {
        const value = (node as Text).data;
        if (value.length > 0) {
          out.nodes.push(node as Text);
          out.starts.push(length);
          pieces.push(value);
          length += value.length;
          sinceLook += value.length;
          atLineStart = value.endsWith('\n');
        }
      } else if (node.nodeType === 1 && !skipped(node as Element)) {
        if (isBlock(node)) breakLine();
        descend = node.firstChild !== null;
        if (!descend && isBlock(node)) breakLine();
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Up to the next sibling, closing the blocks left on the way.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && isBlock(node)) breakLine();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    breakLine();
  }
  parts.push(pieces.join(''));
  // The whole text is copied once more here (30 ms for 10 MB): in a slice of its own.
  if (parts.length > 1) yield 'must';
  out.text = parts.join('');
}

const emptyMap = (): TextMap => ({ text: '', nodes: [], starts: [] });

/** Reads the text under `roots` (each root once, in the order given). */
export function mapText(roots: readonly Element[]): TextMap {
  const map = emptyMap();
  for (const _ of readText(roots, map));
  return map;
}

/** As mapText, a slice at a time: the page's own work goes on between slices. */
export async function mapTextInSlices(roots: readonly Element[], slicer: Slicer): Promise<TextMap> {
  const map = emptyMap();
  for (const pause of readText(roots, map)) await (pause === 'must' ? slicer.yield() : slicer.step());
  return map;
}

/**
 * The index of the text node holding offset `at` (the one it starts, or ends at an end boundary),
 * or -1. An index, not a pair: a long page places tens of thousands of mentions, and every object
 * made for one is garbage to collect in the page's time.
 */
function locate(map: TextMap, at: number, end: boolean): number {
  const { starts, nodes } = map;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid] as number;
    if (start < at || (!end && start === at)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return -1;
  const offset = at - (starts[lo] as number);
  return offset >= 0 && offset <= node.data.length ? lo : -1;
}

/** Where text[start, end) begins and ends in the DOM: a StaticRange's fields. */
export interface Bounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The DOM boundaries of text[start, end), which may cross elements (<a>روسيا</a> الاتحادية). */
export function boundsFor(map: TextMap, start: number, end: number): Bounds | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (from < 0 || to < 0) return null;
  return {
    startContainer: map.nodes[from] as Text,
    startOffset: start - (map.starts[from] as number),
    endContainer: map.nodes[to] as Text,
    endOffset: end - (map.starts[to] as number),
  };
}

/** A live DOM range over bounds: for measuring on screen or reading text, one at a time. */
export function liveRange(bounds: Bounds, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}
