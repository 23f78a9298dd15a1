import { foldText } from '../text/fold';

const WORD_SPLIT = /[\s|,]+/;
/** What a word may carry in front, folded as foldText writes it: و ف, then لل (ل + ال), ب/ك + ال, ال, or ب ك ل. */
const PREFIXES = /^[وف]?(?:لل|[بك]?ال|[بكل])?/;

/**
 * The stem a word is indexed and searched by: folded (no diacritics, hamza, ة/ه or ى/ي
 * differences; Latin in lower case), without its clitics and article — للأمم، والأمم، الأمم and
 * أمم all give امم. One form per word keeps the index small; a search strips its words the same
 * way, so both sides agree.
 */
function stem(word: string): string {
  const bare = word.replace(PREFIXES, '');
  return bare.length >= 2 ? bare : word;
}

const words = (text: string) => foldText(text).split(WORD_SPLIT).filter(Boolean);

/** The stems a title is indexed by. */
export function titleWords(title: string): string[] {
  return [...new Set(words(title).map(stem))];
}

/** A search's stems; a title matches when each begins one of the title's stems. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query).map(stem))];
}

/** Does a title, by its indexed stems, match every stem of a query? */
export function titleMatches(indexed: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => indexed.some((w) => w.startsWith(q)));
}
