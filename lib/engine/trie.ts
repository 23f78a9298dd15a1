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
  /** The state's capital, standing for it only where the capital rules say so (capitals.ts). */
  capital: boolean;
  guard: Guard;
  caseRule: CaseRule;
  /** With CaseRule.Capitalised: bit i set when word i of the name must start with a capital. */
  capitalWords: number;
}

const ROOT = 0;
const NO_NODE = -1;
const EMPTY = -1;
const DENSE_FROM = 8;
const hash = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

/**
 * The trie the scanners walk, over folded character classes. Nodes are numbered breadth first,
 * so a node's children are consecutive nodes, in class order: a step reads the class of a few
 * children, or one table entry where there are many, with no hashing and no allocation. The
 * same arrays are the prebuilt form, so a page loads it without rebuilding anything.
 */
export class Trie {
  readonly root = ROOT;
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;

  /**
   * @param first node i's children are the nodes first[i] .. first[i + 1] - 1 (length: nodes + 1)
   * @param classes the class of the edge into each node, ascending among siblings
   * @param terminal per node: index into `entries`, or -1
   */
  constructor(
    private readonly first: Int32Array,
    readonly classes: Uint8Array,
    readonly terminal: Int32Array,
    readonly entries: readonly TrieEntry[],
  ) {
    // Nodes with many children (the root, ال) get a direct table: most steps start there.
    this.denseRow = new Int32Array(classes.length).fill(NO_NODE);
    const wide: number[] = [];
    for (let node = 0; node < classes.length; node++)
      if ((first[node + 1] as number) - (first[node] as number) > DENSE_FROM) wide.push(node);
    this.dense = new Int32Array(wide.length * 256).fill(NO_NODE);
    wide.forEach((node, k) => {
      this.denseRow[node] = k * 256;
      for (let child = first[node] as number; child < (first[node + 1] as number); child++)
        this.dense[k * 256 + (classes[child] as number)] = child;
    });
  }

  get nodeCount(): number {
    return this.classes.length;
  }

  /** How many children `node` has. */
  childCount(node: number): number {
    return (this.first[node + 1] as number) - (this.first[node] as number);
  }

  /** The child of `node` along letter class `cls` (or SEP for a space, COMMA for a comma), or -1. */
  next(node: number, cls: number): number {
    const row = this.denseRow[node] as number;
    if (row >= 0) return this.dense[row + cls] as number;
    const classes = this.classes;
    const end = this.first[node + 1] as number;
    for (let i = this.first[node] as number; i < end; i++) {
      const c = classes[i] as number;
      if (c === cls) return i;
      if (c > cls) return NO_NODE;
    }
    return NO_NODE;
  }
}

/**
 * Builds a trie from names: an open-addressing table keyed by (node, class) while names are
 * added, then `freeze` renumbers the nodes breadth first into a Trie.
 */
export class TrieBuilder {
  private keys: Int32Array;
  private vals: Int32Array;
  private shift: number;
  private edgeCount = 0;
  private nodes = 1;
  private terminals: number[] = [NO_NODE];
  private readonly list: TrieEntry[] = [];

  constructor() {
    const bits = 16;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.vals = new Int32Array(1 << bits);
    this.shift = 32 - bits;
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
    if (old === NO_NODE) {
      this.terminals[node] = this.list.length;
      this.list.push(entry);
    } else this.list[old] = merge(this.list[old] as TrieEntry, entry);
    return node;
  }

  /** The trie, its nodes renumbered breadth first with siblings in class order. */
  freeze(): Trie {
    const n = this.nodes;
    // The builder's edges grouped by parent (a counting sort), each group in class order.
    const start = new Int32Array(n + 1);
    for (const key of this.keys) if (key !== EMPTY) (start[(key >> 8) + 1] as number)++;
    for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const edges = new Int32Array(this.edgeCount);
    const fill = start.slice(0, n);
    this.keys.forEach((key, i) => {
      if (key === EMPTY) return;
      const parent = key >> 8;
      edges[fill[parent] as number] = ((key & 255) << 23) | (this.vals[i] as number);
      fill[parent] = (fill[parent] as number) + 1;
    });
    for (let i = 0; i < n; i++) edges.subarray(start[i], start[i + 1]).sort();
    const order = new Int32Array(n);
    const first = new Int32Array(n + 1);
    const classes = new Uint8Array(n);
    let next = 1;
    for (let i = 0; i < n; i++) {
      const old = order[i] as number;
      first[i] = next;
      for (let e = start[old] as number; e < (start[old + 1] as number); e++, next++) {
        classes[next] = (edges[e] as number) >> 23;
        order[next] = (edges[e] as number) & 0x7fffff;
      }
    }
    first[n] = n;
    const terminal = new Int32Array(n);
    for (let i = 0; i < n; i++) terminal[i] = this.terminals[order[i] as number] as number;
    return new Trie(first, classes, terminal, this.list);
  }

  private next(node: number, cls: number): number {
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

  /** The child of `node` along `cls`, made if it does not exist yet. */
  private child(node: number, cls: number): number {
    const found = this.next(node, cls);
    if (found !== NO_NODE) return found;
    if ((this.edgeCount + 1) * 2 > this.keys.length) this.grow();
    const key = node * 256 + cls;
    const mask = this.keys.length - 1;
    let h = hash(key, this.shift);
    while (this.keys[h] !== EMPTY) h = (h + 1) & mask;
    this.keys[h] = key;
    this.vals[h] = this.nodes;
    this.edgeCount++;
    this.terminals.push(NO_NODE);
    return this.nodes++;
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
