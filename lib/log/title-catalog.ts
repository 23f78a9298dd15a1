import type { LogDatabase } from './db';
import { queryWords, titleMatches } from './search';
import type { ArticleRecord } from './types';

interface Entry {
  words: readonly string[];
  lastVisit: number;
}

/**
 * Every title's stems in memory, for search as you type. A multi-entry index over title words
 * would make every write of the log twice as slow (an import of 10,000 articles past 3 s), so the
 * catalog is read from the log once, on the first search, and kept current by the writes, which
 * all go through the background's LogService.
 */
export class TitleCatalog {
  private entries: Promise<Map<string, Entry>> | null = null;

  constructor(private readonly db: LogDatabase) {}

  /** The articles whose titles match every word of `query` (folded, clitics and article stripped), most recent first. */
  async search(query: string, limit = 50): Promise<ArticleRecord[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const hits: [string, number][] = [];
    for (const [url, entry] of await this.load())
      if (titleMatches(entry.words, words)) hits.push([url, entry.lastVisit]);
    hits.sort((a, b) => b[1] - a[1]);
    const found = await this.db.articles.bulkGet(hits.slice(0, limit).map(([url]) => url));
    return found.filter((a): a is ArticleRecord => a !== undefined);
  }

  /** An article was written. */
  async put(article: ArticleRecord): Promise<void> {
    if (this.entries)
      (await this.entries).set(article.canonicalUrl, { words: article.titleWords, lastVisit: article.lastVisit });
  }

  /** An article was forgotten. */
  async delete(canonicalUrl: string): Promise<void> {
    if (this.entries) (await this.entries).delete(canonicalUrl);
  }

  /** Many articles changed at once (an import, a deletion by date): read the log again on the next search. */
  invalidate(): void {
    this.entries = null;
  }

  private load(): Promise<Map<string, Entry>> {
    this.entries ??= (async () => {
      const entries = new Map<string, Entry>();
      await this.db.articles.each((a) => {
        entries.set(a.canonicalUrl, { words: a.titleWords, lastVisit: a.lastVisit });
      });
      return entries;
    })();
    return this.entries;
  }
}
