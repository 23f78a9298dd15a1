import { stems } from '../text/stem';

/** The stems a title is indexed by (see lib/text/stem.ts). */
export function titleWords(title: string): string[] {
  return [...new Set(stems(title))];
}

/** A search's stems; a title matches when each begins one of the title's stems. */
export function queryWords(query: string): string[] {
  return [...new Set(stems(query))];
}

/** Does a title, by its stems, match every stem of a query? */
export function titleMatches(indexed: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => indexed.some((w) => w.startsWith(q)));
}
