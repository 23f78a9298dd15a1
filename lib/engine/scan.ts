import { CLASS, COMMA, FIRST_LETTER, isCombiningMark, MARK, OTHER, QUOTES, SEP, undot } from '../text/fold';
import { CaseRule, Guard, type Trie, type TrieEntry } from './trie';

/** Marks after a name's last letter that are still part of its last word (الصحراء، سُورِيَّةُ). */
const belongsToWord = (code: number) => isCombiningMark(code) || code === 0x0621 || code === 0x0640;

/** Does text[start, end) hold an odd number of quote marks? */
function hasOpenQuote(text: string, start: number, end: number): boolean {
  let quotes = 0;
  for (let i = start; i < end; i++) if (QUOTES.has(text[i] as string)) quotes++;
  return quotes % 2 === 1;
}

/** A match before guards are checked: [start, end) in the original text and the trie entry. */
export interface RawMatch {
  start: number;
  end: number;
  entry: number;
}

const cls = (text: string, i: number) => CLASS[text.charCodeAt(i)] as number;
const WAW = CLASS['و'.charCodeAt(0)] as number;
const FA = CLASS['ف'.charCodeAt(0)] as number;
const BA = CLASS['ب'.charCodeAt(0)] as number;
const KAF = CLASS['ك'.charCodeAt(0)] as number;
const LAM = CLASS['ل'.charCodeAt(0)] as number;
const ALEF = CLASS['ا'.charCodeAt(0)] as number;

/** Words a name never needs capitalised (al-Nusra Front, the Holy See). */
export const FUNCTION_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'to',
  'at',
  'de',
  'du',
  'la',
  'le',
  'des',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
]);

/** The words of a Latin-script span, as case rules count them. */
export function latinWords(span: string): string[] {
  return undot(span)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Does the original span satisfy a Latin name's case rule? (Arabic has no case: always true.) */
export function caseAllows(text: string, start: number, end: number, entry: TrieEntry): boolean {
  if (entry.caseRule === CaseRule.None) return true;
  const span = text.slice(start, end);
  if (entry.caseRule === CaseRule.Acronym) {
    const letters = span.replace(/[^\p{L}]/gu, '');
    if (letters === letters.toUpperCase()) return true;
    // "Nato", "Unesco": newspapers capitalise long acronyms like names; never "Us" or "Un".
    return letters.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(letters);
  }
  const words = latinWords(span);
  for (let i = 0; i < words.length; i++) {
    if (entry.capitalWords & (1 << i) && /^\p{Ll}/u.test(words[i] as string)) return false;
  }
  return true;
}

/** Is the span [start, end) directly between quote marks or brackets: “الأمن الجماعي”، (ألبا)? */
function isQuoted(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && cls(text, i) === MARK) i--;
  let j = end;
  while (j < text.length && cls(text, j) === MARK) j++;
  const before = text[i] ?? '';
  const after = text[j] ?? '';
  return (
    (QUOTES.has(before) && QUOTES.has(after)) ||
    ((before === '(' || before === '[') && (after === ')' || after === ']'))
  );
}

/**
 * Finds names in text[from, to) by walking the trie from every word start, and from after each
 * attached clitic (و ف, then ب ك ل; ل before ال drops the alef: للأمم). Leftmost, then longest.
 * No allocation except for the matches themselves.
 */
export class Scanner {
  private bestEnd = -1;
  private bestEntry = -1;

  constructor(private readonly trie: Trie) {}

  scan(text: string, from: number, to: number, out: RawMatch[]): void {
    let i = from;
    while (i < to) {
      const c = cls(text, i);
      if (c < OTHER) {
        i++;
        continue;
      }
      if (c >= FIRST_LETTER && this.matchWord(text, i, to, c)) {
        let end = this.bestEnd;
        while (end < to && belongsToWord(text.charCodeAt(end))) end++;
        // A quote opened inside the name (تنظيم "داعش") is closed inside it too.
        if (end < to && QUOTES.has(text[end] as string) && hasOpenQuote(text, i, end)) end++;
        if (this.bestEntry >= 0) out.push({ start: i, end, entry: this.bestEntry });
        i = end;
        continue;
      }
      i++;
      while (i < to) {
        const d = cls(text, i);
        if (d >= OTHER || d === MARK) i++;
        else break;
      }
    }
  }

  /** Tries the word starting at `start` with and without its clitics; sets bestEnd and bestEntry. */
  private matchWord(text: string, start: number, to: number, first: number): boolean {
    this.bestEnd = -1;
    this.bestEntry = -1;
    const root = this.trie.root;
    this.walk(text, start, start, to, root);
    let p = start;
    let c = first;
    if (c === WAW || c === FA) {
      p = this.nextLetter(text, p, to);
      if (p < 0) return this.bestEnd >= 0;
      this.walk(text, start, p, to, root);
      c = cls(text, p);
    }
    if (c === BA || c === KAF || c === LAM) {
      const q = this.nextLetter(text, p, to);
      if (q >= 0) {
        this.walk(text, start, q, to, root);
        if (c === LAM && cls(text, q) === LAM) {
          const alef = this.trie.next(root, ALEF);
          if (alef >= 0) this.walk(text, start, q, to, alef);
        }
      }
    }
    return this.bestEnd >= 0;
  }

  /** The position of the letter after the one at `p` within the same word, or -1. */
  private nextLetter(text: string, p: number, to: number): number {
    let q = p + 1;
    while (q < to && cls(text, q) === MARK) q++;
    return q < to && cls(text, q) >= FIRST_LETTER ? q : -1;
  }

  private walk(text: string, wordStart: number, from: number, to: number, startNode: number): void {
    const trie = this.trie;
    const terminal = trie.terminal;
    let node = startNode;
    let i = from;
    while (i < to) {
      const c = cls(text, i);
      if (c >= FIRST_LETTER) {
        node = trie.next(node, c);
        if (node < 0) return;
        i++;
        const entry = terminal[node] as number;
        if (entry >= 0 && i > this.bestEnd && this.endsWord(text, i, to) && this.accepts(text, wordStart, i, entry)) {
          this.bestEnd = i;
          this.bestEntry = trie.entries[entry]?.entity === -1 ? -1 : entry;
        }
      } else if (c === MARK) {
        i++;
      } else if (c === COMMA) {
        node = trie.next(node, COMMA);
        if (node < 0) return;
        i++;
      } else if (c === SEP) {
        node = trie.next(node, SEP);
        if (node < 0) return;
        i++;
        while (i < to) {
          const d = cls(text, i);
          if (d === SEP || d === MARK) i++;
          else break;
        }
      } else {
        return;
      }
    }
  }

  private endsWord(text: string, i: number, to: number): boolean {
    while (i < to && cls(text, i) === MARK) i++;
    return i >= to || cls(text, i) < OTHER;
  }

  private accepts(text: string, start: number, end: number, entryIndex: number): boolean {
    const entry = this.trie.entries[entryIndex];
    if (!entry || entry.entity < 0) return true;
    if (!caseAllows(text, start, end, entry)) return false;
    return entry.guard !== Guard.Quoted || isQuoted(text, start, end);
  }
}
