import { LETTER_CHARS } from '../text/fold';
import type { EntityRef, Matcher } from './matcher';
import { Trie, type TrieEntry } from './trie';

/**
 * A compiled matcher in a compact, JSON-safe form, made ahead of time (at build) so that a page
 * load only unpacks arrays instead of folding every name. The trie is stored in breadth-first
 * order, where a node's children are consecutive, so a node needs only its child count and the
 * class of the edge into it; terminal nodes carry their entry.
 */
export interface PrebuiltMatcher {
  format: 1;
  /** The letter classes the trie was numbered with; a build with other classes must not load it. */
  alphabet: string;
  entities: EntityRef[];
  nodes: number;
  /** base64 of: child count per node, class per node, a terminal bit per node, then the entries. */
  data: string;
  unmatchable: string[];
}

const ALPHABET = LETTER_CHARS.join('');

// An entry packs into 8 bytes: entity + 1 (0 = blocked), flags, capitalised words.
const ENTRY_BYTES = 8;

export function prebuildMatcher(matcher: Matcher): PrebuiltMatcher {
  const { trie } = matcher;
  const n = trie.nodeCount;
  const children: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [parent, cls, child] of trie.edges()) (children[parent] as [number, number][]).push([cls, child]);
  const order = [trie.root];
  const classOf = new Uint8Array(n);
  for (let i = 0; i < order.length; i++) {
    for (const [cls, child] of (children[order[i] as number] as [number, number][]).sort((a, b) => a[0] - b[0])) {
      classOf[child] = cls;
      order.push(child);
    }
  }
  const terminals = order.filter((node) => (trie.terminal[node] ?? -1) >= 0);
  const bytes = new Uint8Array(2 * n + Math.ceil(n / 8) + ENTRY_BYTES * terminals.length);
  const view = new DataView(bytes.buffer);
  order.forEach((node, i) => {
    bytes[i] = (children[node] as unknown[]).length;
    bytes[n + i] = classOf[node] as number;
    if ((trie.terminal[node] ?? -1) >= 0)
      bytes[2 * n + (i >> 3)] = (bytes[2 * n + (i >> 3)] as number) | (1 << (i & 7));
  });
  let at = 2 * n + Math.ceil(n / 8);
  for (const node of terminals) {
    const e = trie.entries[trie.terminal[node] as number] as TrieEntry;
    if (e.capitalWords > 0xffff) throw new Error('a name with more than 16 words cannot be prebuilt');
    view.setUint32(at, e.entity + 1);
    view.setUint8(at + 4, (e.adjective ? 1 : 0) | (e.guard << 1) | (e.caseRule << 3));
    view.setUint16(at + 5, e.capitalWords);
    at += ENTRY_BYTES;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {
    format: 1,
    alphabet: ALPHABET,
    entities: [...matcher.entities],
    nodes: n,
    data: btoa(binary),
    unmatchable: matcher.unmatchable,
  };
}

/** Unpacks a prebuilt matcher; throws if it was built with another version of the folding. */
export function loadMatcher(prebuilt: PrebuiltMatcher): Matcher {
  if (prebuilt.format !== 1 || prebuilt.alphabet !== ALPHABET)
    throw new Error('the prebuilt matcher is from another version of Siyaq');
  const binary = atob(prebuilt.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const n = prebuilt.nodes;
  const trie = new Trie(n);
  let nextChild = 1;
  let at = 2 * n + Math.ceil(n / 8);
  for (let node = 0; node < n; node++) {
    const count = bytes[node] as number;
    for (let k = 0; k < count; k++, nextChild++) trie.link(node, bytes[n + nextChild] as number, nextChild);
    if (((bytes[2 * n + (node >> 3)] as number) >> (node & 7)) & 1) {
      const flags = view.getUint8(at + 4);
      trie.setTerminal(node, {
        entity: view.getUint32(at) - 1,
        adjective: (flags & 1) === 1,
        guard: (flags >> 1) & 3,
        caseRule: (flags >> 3) & 3,
        capitalWords: view.getUint16(at + 5),
      });
      at += ENTRY_BYTES;
    }
  }
  return { trie, entities: prebuilt.entities, unmatchable: prebuilt.unmatchable };
}
