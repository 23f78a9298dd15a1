import { CLASS, COMMA, FIRST_LETTER, MARK, SEP } from '../text/fold';

/** Where a guarded name counts (see lib/entities/data/README.md). */
export enum Guard {
  None = 0,
  Quoted = 1,
  Listed = 2,
  Place = 3,
}

/** How the original text must be cased for a Latin-script name to count. */
export enum CaseRule {
  None = 0,
  /** The words the name itself capitalises start with a capital: China, not china; US-led coalition. */
  Capitalised = 1,
  /** An acronym: all capitals (US, not us); Nato-style capitalisation from four letters up. */
  Acronym = 2,
}

/** What a terminal node means: a name or adjective of one entity, or a phrase that names nothing. */
export interface TrieEntry {
  /** Index into the matcher's entity list; -1 for a phrase that blocks every match inside it. */
  entity: number;
  adjective: boolean;
  guard: Guard;
  caseRule: CaseRule;
  /** With CaseRule.Capitalised: bit i set when word i of the name must start with a capital. */
  capitalWords: number;
}

const ROOT = 0;
const NO_NODE = -1;
const EMPTY = -1;
const hash = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

/**
 * A trie over folded character classes, kept in one open-addressing table keyed by
 * (node, class): a step is a multiply, a shift and usually one probe, with no allocation while
 * scanning, and building it is as cheap as walking the names once.
 */
export class Trie {
  readonly root = ROOT;
  private keys: Int32Array;
  private vals: Int32Array;
  private shift: number;
  private edgeCount = 0;
  private nodes = 1;
  /** Per node: index into `entries`, or -1. */
  private terminals: Int32Array;
  private readonly list: TrieEntry[] = [];

  /** `expectedNodes` sizes the tables up front (a prebuilt trie knows its size); they grow as needed. */
  constructor(expectedNodes = 1 << 15) {
    let bits = 4;
    while (1 << bits < expectedNodes * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.vals = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.terminals = new Int32Array(Math.max(expectedNodes, 1)).fill(NO_NODE);
  }

  get terminal(): Int32Array {
    return this.terminals;
  }

  get entries(): readonly TrieEntry[] {
    return this.list;
  }

  get nodeCount(): number {
    return this.nodes;
  }

  /** The child of `node` along letter class `cls` (or SEP for a space, COMMA for a comma), or -1. */
  next(node: number, cls: number): number {
    const key = node * 256 + cls;
    const keys = this.keys;
    const mask = keys.length - 1;
    let h = hash(key, this.shift);
    for (;;) {
      const k = keys[h] as number;
      if (k === key) return this.vals[h] as number;
      if (k === EMPTY) return NO_NODE;
      h = (h + 1) & mask;
    }
  }

  /**
   * Adds a name, folded as the scanner folds text. Returns its terminal node, or -1 if the name
   * has a character no name can contain (punctuation, another script). `merge` decides what a
   * node already claimed by another entry becomes.
   */
  add(text: string, entry: TrieEntry, merge: (old: TrieEntry, added: TrieEntry) => TrieEntry): number {
    let node = ROOT;
    let space = false;
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = CLASS[text.charCodeAt(i)] as number;
      if (cls === MARK) continue;
      if (cls === SEP) {
        space = letters > 0;
        continue;
      }
      if (cls < FIRST_LETTER && cls !== COMMA) return NO_NODE;
      if (space) node = this.child(node, SEP);
      space = false;
      node = this.child(node, cls);
      letters++;
    }
    if (letters === 0) return NO_NODE;
    const old = this.terminals[node] as number;
    if (old === NO_NODE) this.setTerminal(node, entry);
    else this.list[old] = merge(this.list[old] as TrieEntry, entry);
    return node;
  }

  /** Marks `node` as the end of a name (used when loading a prebuilt trie). */
  setTerminal(node: number, entry: TrieEntry): void {
    this.terminals[node] = this.list.length;
    this.list.push(entry);
  }

  /** The child of `node` along `cls`, made if it does not exist yet. */
  private child(node: number, cls: number): number {
    const found = this.next(node, cls);
    if (found !== NO_NODE) return found;
    this.link(node, cls, this.nodes);
    return this.nodes - 1;
  }

  /** Adds the edge parent --cls--> child, child being a new node's id (also how a prebuilt trie loads). */
  link(parent: number, cls: number, child: number): void {
    if ((this.edgeCount + 1) * 2 > this.keys.length) this.grow();
    const key = parent * 256 + cls;
    const mask = this.keys.length - 1;
    let h = hash(key, this.shift);
    while (this.keys[h] !== EMPTY) h = (h + 1) & mask;
    this.keys[h] = key;
    this.vals[h] = child;
    this.edgeCount++;
    if (child >= this.nodes) this.nodes = child + 1;
    if (child >= this.terminals.length) {
      // Every node has a terminal slot, so the scanners read it without a bounds check.
      const grown = new Int32Array(Math.max(this.terminals.length * 2, child + 1)).fill(NO_NODE);
      grown.set(this.terminals);
      this.terminals = grown;
    }
  }

  /** Every edge as [parent, class, child], in no particular order. */
  *edges(): Generator<[number, number, number]> {
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i] as number;
      if (key !== EMPTY) yield [Math.floor(key / 256), key % 256, this.vals[i] as number];
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    this.shift--;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.vals = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === EMPTY) continue;
      let h = hash(key, this.shift);
      while (this.keys[h] !== EMPTY) h = (h + 1) & mask;
      this.keys[h] = key;
      this.vals[h] = vals[i] as number;
    }
  }
}
