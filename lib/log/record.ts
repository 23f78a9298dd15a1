/**
 * The article as the log stores it: its readings (the oldest folded by the schema's rule) and the
 * index fields derived from them. Kept apart from the schema, which the content script loads for
 * its limits: the title's words need the text folding tables, which a page has no use for.
 */
import { type EarlierReadings, foldReadings, MAX_READINGS, type Reading } from './schema';
import { titleWords } from './search';
import type { ArticleRecord, ArticleReport } from './types';

/** "name time", the time written to a fixed width, so that keys sort by name and then by time. */
export const recencyKey = (name: string, time: number) => `${name} ${String(time).padStart(16, '0')}`;

/**
 * The article as stored, from what it says and its readings: the oldest readings beyond
 * MAX_READINGS folded into `earlier`, the totals and the index fields derived.
 */
export function articleRecord(
  facts: ArticleReport,
  all: readonly Reading[],
  earlier: EarlierReadings | null,
): ArticleRecord {
  const sorted = [...all].sort((a, b) => a.start - b.start);
  const folded = sorted.slice(0, Math.max(0, sorted.length - MAX_READINGS));
  const readings = sorted.slice(folded.length);
  const past = foldReadings(earlier, folded);
  const lastVisit = Math.max(...readings.map((r) => r.start));
  return {
    url: facts.url,
    canonicalUrl: facts.canonicalUrl,
    title: facts.title,
    site: facts.site,
    lang: facts.lang,
    published: facts.published,
    datelineCity: facts.datelineCity,
    wordCount: facts.wordCount,
    entities: facts.entities,
    readings,
    earlier: past,
    visits: readings.length + (past?.visits ?? 0),
    firstVisit: Math.min(past?.firstVisit ?? Number.POSITIVE_INFINITY, ...readings.map((r) => r.start)),
    lastVisit,
    readingMs: readings.reduce((sum, r) => sum + r.activeMs, past?.readingMs ?? 0),
    maxScroll: Math.max(past?.maxScroll ?? 0, ...readings.map((r) => r.maxScroll)),
    entityIds: facts.entities.map((e) => e.id),
    entityKeys: facts.entities.map((e) => recencyKey(e.id, lastVisit)),
    siteKey: recencyKey(facts.site ?? '', lastVisit),
    titleWords: titleWords(facts.title),
  };
}
