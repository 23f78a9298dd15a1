import { foldText } from './fold';

const WORD_SPLIT = /[\s|,]+/;
/** What a word may carry in front, folded as foldText writes it: و ف, then لل (ل + ال), ب/ك + ال, ال, or ب ك ل. */
export const PREFIXES = /^[وف]?(?:لل|[بك]?ال|[بكل])?/;

/**
 * The stem a word is found by: without its clitics and article — للأمم، والأمم، الأمم and أمم all
 * give امم. Words of the search and of what is searched are stemmed alike, so the two agree even
 * where a stem is not a linguist's (لبنان gives بنان on both sides).
 */
export function stem(word: string): string {
  const bare = word.replace(PREFIXES, '');
  return bare.length >= 2 ? bare : word;
}

/** A text's words, folded (no diacritics, hamza, ة/ه or ى/ي differences; Latin in lower case) and stemmed. */
export function stems(text: string): string[] {
  return foldText(text).split(WORD_SPLIT).filter(Boolean).map(stem);
}
