import { deflateRawSync } from 'node:zlib';
import type { Matcher } from './matcher';
import { ALPHABET, ENTRY_BYTES, type PrebuiltMatcher } from './prebuilt';
import type { TrieEntry } from './trie';

/** Packs a compiled matcher into its prebuilt form (at build time; pages only load it, prebuilt.ts). */
export function prebuildMatcher(matcher: Matcher): PrebuiltMatcher {
  const { trie } = matcher;
  const n = trie.nodeCount;
  const terminals: TrieEntry[] = [];
  for (let node = 0; node < n; node++) {
    const entry = trie.terminal[node] as number;
    if (entry >= 0) terminals.push(trie.entries[entry] as TrieEntry);
  }
  const bytes = new Uint8Array(2 * n + Math.ceil(n / 8) + ENTRY_BYTES * terminals.length);
  const view = new DataView(bytes.buffer);
  for (let node = 0; node < n; node++) {
    bytes[node] = trie.childCount(node);
    bytes[n + node] = trie.classes[node] as number;
    if ((trie.terminal[node] as number) >= 0)
      bytes[2 * n + (node >> 3)] = (bytes[2 * n + (node >> 3)] as number) | (1 << (node & 7));
  }
  let at = 2 * n + Math.ceil(n / 8);
  for (const e of terminals) {
    if (e.capitalWords > 0xffff) throw new Error('a name with more than 16 words cannot be prebuilt');
    view.setUint32(at, e.entity + 1);
    view.setUint8(at + 4, (e.adjective ? 1 : 0) | (e.guard << 1) | (e.caseRule << 3) | (e.capital ? 32 : 0));
    view.setUint16(at + 5, e.capitalWords);
    at += ENTRY_BYTES;
  }
  const packed = deflateRawSync(bytes, { level: 9 });
  let binary = '';
  for (let i = 0; i < packed.length; i += 0x8000) binary += String.fromCharCode(...packed.subarray(i, i + 0x8000));
  return {
    format: 6,
    alphabet: ALPHABET,
    ids: matcher.entities.map((e) => e.id).join(' '),
    kinds: matcher.entities.map((e) => (e.kind === 'state' ? 's' : 'o')).join(''),
    nodes: n,
    data: btoa(binary),
    unmatchable: matcher.unmatchable,
  };
}
