import nlp from 'compromise/one';

/** One English word as compromise reads it, with its place in the original text. */
export interface EnglishToken {
  start: number;
  /** End of the word itself: a possessive 's is left out (Russia's → Russia). */
  end: number;
  /** compromise's normal form: lower case, accents and acronym dots gone (U.N. → un). */
  norm: string;
  possessive: boolean;
}

/** Tokenises the given ranges of a text; tokens carry offsets into the whole text. */
export type EnglishTokenizer = (text: string, ranges: readonly { start: number; end: number }[]) => EnglishToken[];

/** compromise works on a whole string at once: batches stay under this size, so memory stays flat. */
const BATCH = 20_000;

const POSSESSIVE = /['’]s$/;
const HYPHEN = /(?<=[\p{L}\p{N}.])-(?=[\p{L}\p{N}])/u;

interface CompromiseTerm {
  text: string;
  normal: string;
  offset: { start: number; length: number };
}

/**
 * Tokenises English text with compromise (its tokenizer only: English names need no tagging).
 * Ranges are joined into as few compromise calls as possible, each call costing a fixed setup;
 * a line break between two ranges keeps a name from running across them.
 */
export const tokenizeEnglish: EnglishTokenizer = (text, ranges) => {
  const tokens: EnglishToken[] = [];
  let pieces: { start: number; end: number }[] = [];
  let size = 0;
  const flush = () => {
    if (pieces.length > 0) tokenizeBatch(text, pieces, tokens);
    pieces = [];
    size = 0;
  };
  for (const range of ranges) {
    // A range longer than a batch is cut at spaces.
    for (let a = range.start; a < range.end; ) {
      let b = Math.min(range.end, a + BATCH);
      if (b < range.end) {
        const space = text.lastIndexOf(' ', b);
        if (space > a) b = space;
      }
      if (size + (b - a) > BATCH) flush();
      pieces.push({ start: a, end: b });
      size += b - a + 1;
      a = b;
    }
  }
  flush();
  return tokens;
};

function tokenizeBatch(text: string, pieces: readonly { start: number; end: number }[], tokens: EnglishToken[]): void {
  const joined = pieces.map((p) => text.slice(p.start, p.end)).join('\n');
  // Where each piece starts in `joined`, to map offsets back into the text.
  const at: number[] = [];
  let offset = 0;
  for (const p of pieces) {
    at.push(offset);
    offset += p.end - p.start + 1;
  }
  const sentences = nlp.tokenize(joined).json({ offset: true, terms: { normal: true } }) as {
    terms: CompromiseTerm[];
  }[];
  let piece = 0;
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const start = locate(joined, term);
      // A token of punctuation only (&, a dash, a quote) is part of the gap between words.
      if (start < 0 || !/[\p{L}\p{N}]/u.test(term.text)) continue;
      while (piece + 1 < pieces.length && (at[piece + 1] as number) <= start) piece++;
      const p = pieces[piece] as { start: number; end: number };
      pushWords(tokens, text, p.start + start - (at[piece] as number), term);
    }
  }
}

/**
 * Adds compromise's term as words: split at hyphens, so that pro-Russian holds Russian and
 * U.S.-led coalition still reads as the name "US-led coalition" (a hyphen is a separator there).
 */
function pushWords(tokens: EnglishToken[], text: string, start: number, term: CompromiseTerm): void {
  const parts = term.text.split(HYPHEN);
  const norms = term.normal.split('-');
  let at = start;
  parts.forEach((part, i) => {
    const possessive = POSSESSIVE.test(part);
    // Where compromise's normal form does not split the same way, the scanner folds the raw word.
    const normal = norms.length === parts.length ? (norms[i] as string) : part;
    let end = at + part.length - (possessive ? 2 : 0);
    let norm = possessive ? normal.replace(POSSESSIVE, '') : normal;
    // compromise leaves a trailing + out of the word; OPEC+ and BRICS+ are names of their own.
    if (!possessive && text[end] === '+') {
      end++;
      norm += '+';
    }
    tokens.push({ start: at, end, norm, possessive });
    at += part.length + 1;
  });
}

/** compromise's offsets are trusted only where the text is really there (they drift around astral characters). */
function locate(chunk: string, term: CompromiseTerm): number {
  const { start } = term.offset;
  if (chunk.startsWith(term.text, start)) return start;
  return chunk.indexOf(term.text, Math.max(0, start - 8));
}
