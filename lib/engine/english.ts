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

export type EnglishTokenizer = (text: string, from: number, to: number) => EnglishToken[];

/** compromise works on a whole string at once: cut long blocks at a space so memory stays flat. */
const CHUNK = 20_000;

const POSSESSIVE = /['’]s$/;

interface CompromiseTerm {
  text: string;
  normal: string;
  offset: { start: number; length: number };
}

/** Tokenises English text with compromise (tokenizer only: no tagging, which English names do not need). */
export const tokenizeEnglish: EnglishTokenizer = (text, from, to) => {
  const tokens: EnglishToken[] = [];
  let a = from;
  while (a < to) {
    let b = Math.min(to, a + CHUNK);
    if (b < to) {
      const space = text.lastIndexOf(' ', b);
      if (space > a) b = space;
    }
    const chunk = text.slice(a, b);
    const sentences = nlp.tokenize(chunk).json({ offset: true, terms: { normal: true } }) as {
      terms: CompromiseTerm[];
    }[];
    for (const sentence of sentences) {
      for (const term of sentence.terms) {
        const start = locate(chunk, term);
        // A token of punctuation only (&, a dash, a quote) is part of the gap between words.
        if (start < 0 || !/[\p{L}\p{N}]/u.test(term.text)) continue;
        const possessive = POSSESSIVE.test(term.text);
        let end = a + start + term.text.length - (possessive ? 2 : 0);
        let norm = possessive ? term.normal.replace(POSSESSIVE, '') : term.normal;
        // compromise leaves a trailing + out of the word; OPEC+ and BRICS+ are names of their own.
        if (!possessive && text[end] === '+') {
          end++;
          norm += '+';
        }
        tokens.push({ start: a + start, end, norm, possessive });
      }
    }
    a = b;
  }
  return tokens;
};

/** compromise's offsets are trusted only where the text is really there (they drift around astral characters). */
function locate(chunk: string, term: CompromiseTerm): number {
  const { start } = term.offset;
  if (chunk.startsWith(term.text, start)) return start;
  return chunk.indexOf(term.text, Math.max(0, start - 8));
}
