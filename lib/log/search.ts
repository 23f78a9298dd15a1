import { foldText } from '../text/fold';

const WORD_SPLIT = /[\s|,]+/;
/** Clitics a word may carry in front: و ف then ب ك ل; لل for ل + ال. Folded, as foldText writes them. */
const CLITIC = /^(?:[وف])?(?:[بكل])?/;

/** The forms a folded word is found by: itself, without its clitics, and without ال. */
function forms(word: string): string[] {
  const out = new Set([word]);
  if (/^لل/.test(word) && word.length > 3) out.add(`ال${word.slice(2)}`);
  const bare = word.replace(CLITIC, '');
  if (bare.length >= 2) out.add(bare);
  for (const w of [...out]) if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
  return [...out];
}

/** The words a title is indexed by: folded (no diacritics, hamza or ة/ه differences), lower case. */
export function titleWords(title: string): string[] {
  const words = new Set<string>();
  for (const word of foldText(title).split(WORD_SPLIT)) if (word.length >= 2) for (const f of forms(word)) words.add(f);
  return [...words];
}

/**
 * A search's words, folded the same way, each with its forms (للأمم is also الأمم and أمم): a
 * title matches when, for every word, one of its forms begins one of the title's words.
 */
export function queryWords(query: string): string[][] {
  const words = [
    ...new Set(
      foldText(query)
        .split(WORD_SPLIT)
        .filter((w) => w.length >= 1),
    ),
  ];
  return words.map((w) => (w.length >= 2 ? forms(w) : [w]));
}

/** Does a title, by its indexed words, match every word of a query? */
export function titleMatches(indexed: readonly string[], query: readonly string[][]): boolean {
  return query.every((alternatives) => alternatives.some((q) => indexed.some((w) => w.startsWith(q))));
}
