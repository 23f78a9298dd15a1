/**
 * The visible text of a part of the page, in chunks for the engine, and the way back from
 * offsets in a chunk to DOM ranges. Text nodes are read once, in document order; a block
 * element's boundary becomes a line break, so that no name runs across two paragraphs and the
 * engine decides each paragraph's language on its own.
 */
import { cutBefore } from '../engine/chunks';

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

/** A part of the page's text as the engine reads it, and the text nodes it was read from. */
export interface TextMap {
  text: string;
  /** For each text node, in order: the node and where its text starts in `text` (before 0 for one begun in the part before). */
  nodes: Text[];
  starts: number[];
}

/** One chunk of the page's text: a TextMap, and where it starts in the whole. */
export interface TextChunk extends TextMap {
  start: number;
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

/** Where the reading stops for a moment, so that a caller can give the thread back. */
export const PAUSE = 'pause';

/**
 * The text under `roots` (each root once, in the order given), in chunks of at most `max`
 * characters cut where a name cannot run across (see cutBefore), up to `limit` characters in all;
 * between chunks, pauses every few hundred nodes. The page's whole text is never one string:
 * copying 10 MB of it took one 30 ms step, and its hundred thousand text nodes, held to the end,
 * made the collector's work long. The walk follows sibling and parent links, without recursion:
 * a page nested thousands deep is read like any other.
 */
export function* readChunks(
  roots: readonly Element[],
  max: number,
  limit = Number.POSITIVE_INFINITY,
): Generator<TextChunk | typeof PAUSE, void, void> {
  // The chunk being read: its pieces, joined when it is full, and its nodes.
  let pieces: string[] = [];
  let chunk: TextChunk = { start: 0, text: '', nodes: [], starts: [] };
  let length = 0;
  let atLineStart = true;
  let read = 0;
  let sinceLook = 0;
  const add = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
    sinceLook += piece.length;
  };
  const breakLine = () => {
    if (!atLineStart) {
      add('\n');
      atLineStart = true;
    }
  };
  /** Cuts the chunks that are full from what was read; with `all`, the rest too. */
  function* full(all: boolean): Generator<TextChunk, void, void> {
    if (!all && length - chunk.start < max) return;
    let text = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    pieces = [];
    while (chunk.start < limit && (all ? text.length > 0 : text.length >= max)) {
      const room = Math.min(max, limit - chunk.start);
      const end = text.length > room ? cutBefore(text, 0, room) : text.length;
      const done: TextChunk = { ...chunk, text: text.slice(0, end), nodes: [], starts: [] };
      const next: TextChunk = { start: chunk.start + end, text: '', nodes: [], starts: [] };
      chunk.nodes.forEach((node, i) => {
        const from = chunk.starts[i] as number;
        if (from < end) {
          done.nodes.push(node);
          done.starts.push(from);
        }
        // A node cut in two is in both chunks: in the second, it starts before 0.
        if (from + node.data.length > end) {
          next.nodes.push(node);
          next.starts.push(from - end);
        }
      });
      yield done;
      chunk = next;
      text = text.slice(end);
    }
    if (text.length > 0) pieces.push(text);
  }
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK.has((node as Element).tagName.toUpperCase());
  for (const root of roots) {
    let node: Node | null = root;
    while (node) {
      if (chunk.start >= limit) return;
      if (++read % NODES_PER_LOOK === 0 || sinceLook > CHARS_PER_LOOK) {
        sinceLook = 0;
        yield* full(false);
        yield PAUSE;
      }
      let descend = false;
      if (node.nodeType === 3) {
        const value = (node as Text).data;
        if (value.length > 0) {
          chunk.nodes.push(node as Text);
          chunk.starts.push(length - chunk.start);
          add(value);
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
  yield* full(true);
}

/** The whole text under `roots` (each root once, in the order given), at once: for tests and tools. */
export function mapText(roots: readonly Element[]): TextMap {
  for (const step of readChunks(roots, Number.POSITIVE_INFINITY)) if (step !== PAUSE) return step;
  return { text: '', nodes: [], starts: [] };
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
