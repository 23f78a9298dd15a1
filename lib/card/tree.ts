/**
 * A rendered card as plain data: the background renders the page's hover cards (Preact stays out
 * of the content script) and the page builds them with createElement, never parsing HTML, so no
 * markup the data might hold is ever read as markup.
 */
export type CardTree = string | [tag: string, attributes: Record<string, string>, children: CardTree[]];

/** A Preact element as it is shaped at run time (the tree is built from any such element). */
interface ElementLike {
  type: unknown;
  props: Record<string, unknown>;
}

const isElement = (node: unknown): node is ElementLike =>
  typeof node === 'object' && node !== null && 'type' in node && 'props' in node;

/** Attribute names as the DOM spells them (Preact's JSX takes both spellings). */
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', tabIndex: 'tabindex', htmlFor: 'for' };

/**
 * An element rendered to a tree. Components are called (the card's are pure functions of their
 * props, with no hooks); event handlers are left out, and the page attaches its own.
 */
export function toCardTree(node: unknown): CardTree[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(toCardTree);
  if (!isElement(node)) return [];
  const { type, props } = node;
  if (typeof type === 'function') return toCardTree(type(props));
  if (typeof type !== 'string') return [];
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key' || name === 'ref' || /^on/i.test(name)) continue;
    // As Preact renders them: false leaves an attribute out, but for aria-* and data-*.
    if (value === null || value === undefined || typeof value === 'function') continue;
    if (value === false && name[4] !== '-') continue;
    attributes[ATTRIBUTE_NAMES[name] ?? name] = value === true && name[4] !== '-' ? '' : String(value);
  }
  return [[type, attributes, toCardTree(props.children)]];
}

/**
 * The elements a card is made of. Nothing else is built, whatever sent the tree: a script, a frame
 * or an image put into the page by a content script would load or run in the page.
 */
const CARD_TAGS = new Set([
  'a',
  'article',
  'button',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'footer',
  'h3',
  'header',
  'li',
  'p',
  'section',
  'span',
  'strong',
  'summary',
  'ul',
]);

/** The attributes a card's elements have: none that runs code, loads anything or styles the page. */
const CARD_ATTRIBUTES = /^(?:class|dir|lang|type|target|rel|tabindex|href|aria-[a-z]+)$/;

/**
 * The tree as the page's nodes: only the card's own elements and attributes (anything else is left
 * out, an element with what it holds), and links only to web pages, whatever sent it.
 */
export function buildCardTree(tree: CardTree, doc: Document): Node {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const [tag, attributes, children] = tree;
  if (!CARD_TAGS.has(tag)) return doc.createDocumentFragment();
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (CARD_ATTRIBUTES.test(name) && !(name === 'href' && !/^https?:/i.test(value))) element.setAttribute(name, value);
  for (const child of children) element.append(buildCardTree(child, doc));
  return element;
}
