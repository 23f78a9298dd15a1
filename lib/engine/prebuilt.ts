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
  format: 6;
  /** The letter classes the trie was numbered with; a build with other classes must not load it. */
  alphabet: string;
  /** The entities' ids, space-separated, in the matcher's order (ids never hold a space). */
  ids: string;
  /** Each entity's kind as one letter, in the same order: s(tate) or o(rganisation). */
  kinds: string;
  nodes: number;
  /**
   * base64 of the raw deflate of: child count per node, class per node, a terminal bit per node,
   * then the entries. Compressed to a third: the background loads it on every start of its worker.
   */
  data: string;
  unmatchable: string[];
}

export const ALPHABET = LETTER_CHARS.join('');

// An entry packs into 8 bytes: entity + 1 (0 = blocked), flags (adjective, guard, case rule, capital), capitalised words.
export const ENTRY_BYTES = 8;

/** Bytes from base64: the browser's own decoder where it has one (Chrome 140, Firefox 133), else atob. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes through the browser's (or Node's) own DecompressionStream, fed from memory; a damaged stream fails clearly. */
async function inflate(packed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(packed);
      controller.close();
    },
  });
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      length += read.value.length;
    }
  } catch {
    throw new Error('the prebuilt matcher is damaged');
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Unpacks a prebuilt matcher; throws if it was built with another version of the folding, or is damaged. */
export async function loadMatcher(prebuilt: PrebuiltMatcher): Promise<Matcher> {
  if (prebuilt.format !== 6 || prebuilt.alphabet !== ALPHABET)
    throw new Error('the prebuilt matcher is from another version of Siyaq');
  const bytes = await inflate(fromBase64(prebuilt.data));
  const view = new DataView(bytes.buffer);
  const n = prebuilt.nodes;
  // Loaded on every article page with the page's code still cold: plain loops, terminals by their bits.
  const first = new Int32Array(n + 1);
  let children = 1;
  for (let node = 0; node < n; node++) {
    first[node] = children;
    children += bytes[node] as number;
  }
  first[n] = n;
  const terminal = new Int32Array(n).fill(-1);
  const entries: TrieEntry[] = [];
  let at = 2 * n + Math.ceil(n / 8);
  for (let byte = 0; byte * 8 < n; byte++) {
    let bits = bytes[2 * n + byte] as number;
    for (let node = byte * 8; bits !== 0; node++, bits >>= 1) {
      if ((bits & 1) === 0) continue;
      const flags = view.getUint8(at + 4);
      terminal[node] = entries.length;
      entries.push({
        entity: view.getUint32(at) - 1,
        adjective: (flags & 1) === 1,
        capital: (flags & 32) === 32,
        guard: (flags >> 1) & 3,
        caseRule: (flags >> 3) & 3,
        capitalWords: view.getUint16(at + 5),
      });
      at += ENTRY_BYTES;
    }
  }
  if (children !== n || at !== bytes.length) throw new Error('the prebuilt matcher is damaged');
  const trie = new Trie(first, bytes.slice(n, 2 * n), terminal, entries);
  const entities: EntityRef[] = prebuilt.ids
    .split(' ')
    .map((id, i) => ({ id, kind: prebuilt.kinds[i] === 's' ? 'state' : 'org' }));
  return { trie, entities, unmatchable: prebuilt.unmatchable };
}
