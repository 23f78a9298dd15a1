import { CLASS, COMMA, FIRST_LETTER, MARK, SEP } from '../text/fold';
import type { EnglishToken } from './english';
import { caseAllows, type RawMatch } from './scan';
import type { Trie } from './trie';

/** A short abbreviation whose dot does not end a name: St. Lucia. */
const ABBREVIATION = /^(St|Ste|Mt|Ft)$/;

/**
 * Finds names in English text by walking the trie over compromise's words, whose normal forms
 * fold away possessives, accents and acronym dots (Russia's, U.N.). Leftmost, then longest.
 */
export class EnglishScanner {
  constructor(private readonly trie: Trie) {}

  scan(text: string, tokens: readonly EnglishToken[], out: RawMatch[]): void {
    const trie = this.trie;
    let t = 0;
    while (t < tokens.length) {
      let node = trie.root;
      let bestEnd = -1;
      let bestEntry = -1;
      let bestToken = t;
      for (let k = t; k < tokens.length; k++) {
        const token = tokens[k] as EnglishToken;
        node = this.feed(node, token.norm);
        if (node < 0) break;
        const e = trie.terminal[node] as number;
        const entry = trie.entries[e];
        const start = (tokens[t] as EnglishToken).start;
        if (entry && (entry.entity < 0 || caseAllows(text, start, token.end, entry))) {
          bestEnd = token.end;
          bestEntry = entry.entity < 0 ? -1 : e;
          bestToken = k;
        }
        const next = tokens[k + 1];
        if (!next) break;
        // A possessive inside a name (People's Republic) goes on as the data writes it: "people s".
        if (token.possessive) node = this.feed(this.trie.next(node, SEP), 's');
        if (node >= 0) node = this.feedGap(node, text, token.possessive ? token.end + 2 : token.end, next.start, token);
        if (node < 0) break;
      }
      if (bestEnd >= 0) {
        if (bestEntry >= 0) out.push({ start: (tokens[t] as EnglishToken).start, end: bestEnd, entry: bestEntry });
        t = bestToken + 1;
      } else {
        t++;
      }
    }
  }

  private feed(node: number, norm: string): number {
    let n = node;
    let sep = false;
    for (let i = 0; i < norm.length && n >= 0; i++) {
      const c = CLASS[norm.charCodeAt(i)] as number;
      if (c >= FIRST_LETTER) {
        if (sep) n = this.trie.next(n, SEP);
        sep = false;
        if (n >= 0) n = this.trie.next(n, c);
      } else if (c === SEP) sep = true;
      else if (c !== MARK && norm[i] !== '.') return -1; // u.s.-led: acronym dots inside a word
    }
    return n;
  }

  /** Two words join into one name only across spaces, quotes, dashes, or a comma the name has. */
  private feedGap(node: number, text: string, from: number, to: number, before: EnglishToken): number {
    let n = node;
    let sep = false;
    for (let i = from; i < to; i++) {
      const c = CLASS[text.charCodeAt(i)] as number;
      if (c === SEP) sep = true;
      else if (c === COMMA && !sep) n = this.trie.next(n, COMMA);
      else if (text[i] === '.' && i === from && ABBREVIATION.test(text.slice(before.start, before.end))) continue;
      else if (c !== MARK) return -1;
      if (n < 0) return -1;
    }
    return sep ? this.trie.next(n, SEP) : n;
  }
}
