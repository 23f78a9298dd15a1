import type { LogDatabase } from './db';
import { queryWords, titleMatches, titleWords } from './search';
import { type ArticleRecord, DEFAULT_SETTINGS, type EntityCount, type LogSettings, type VisitRecord } from './types';

/** What the content script reports of an article when a reading starts. */
export interface ArticleReport {
  url: string;
  canonicalUrl: string;
  title: string;
  site: string | null;
  lang: 'ar' | 'en';
  published: string | null;
  datelineCity: string | null;
  wordCount: number;
  entities: EntityCount[];
}

/** How far a reading has got: sent as it goes on, and when the tab is hidden or closed. */
export interface ReadingProgress {
  visitId: string;
  canonicalUrl: string;
  activeMs: number;
  maxScroll: number;
}

/** An article's visit totals, from its visits (at least one). */
export function totals(visits: readonly VisitRecord[]) {
  return {
    visits: visits.length,
    firstVisit: Math.min(...visits.map((v) => v.start)),
    lastVisit: Math.max(...visits.map((v) => v.start)),
    readingMs: visits.reduce((sum, v) => sum + v.activeMs, 0),
    maxScroll: Math.max(0, ...visits.map((v) => v.maxScroll)),
  };
}

/** The record as stored: its index fields derived from what it says. */
export function withIndexes(article: Omit<ArticleRecord, 'entityIds' | 'titleWords'>): ArticleRecord {
  return { ...article, entityIds: article.entities.map((e) => e.id), titleWords: titleWords(article.title) };
}

/** Recomputes an article's totals from its visits; forgets the article if none is left. */
async function refresh(db: LogDatabase, canonicalUrl: string): Promise<void> {
  const visits = await db.visits.where('canonicalUrl').equals(canonicalUrl).toArray();
  if (visits.length === 0) {
    await db.articles.delete(canonicalUrl);
    return;
  }
  await db.articles.update(canonicalUrl, totals(visits));
}

/** A reading starts: the article is stored (or updated to what the page says now) with a new visit. */
export async function recordVisit(
  db: LogDatabase,
  report: ArticleReport,
  visitId: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.articles, db.visits, async () => {
    const existing = await db.visits.get(visitId);
    if (!existing)
      await db.visits.put({ visitId, canonicalUrl: report.canonicalUrl, start: now, activeMs: 0, maxScroll: 0 });
    const visits = await db.visits.where('canonicalUrl').equals(report.canonicalUrl).toArray();
    await db.articles.put(withIndexes({ ...report, ...totals(visits) }));
  });
}

/**
 * A reading goes on. Progress is cumulative per visit, so a report sent twice (a retry, a
 * restarted background) counts once; it never goes backwards.
 */
export async function recordProgress(db: LogDatabase, progress: ReadingProgress): Promise<boolean> {
  return db.transaction('rw', db.articles, db.visits, async () => {
    const visit = await db.visits.get(progress.visitId);
    if (!visit || visit.canonicalUrl !== progress.canonicalUrl) return false;
    await db.visits.put({
      ...visit,
      activeMs: Math.max(visit.activeMs, progress.activeMs),
      maxScroll: Math.max(visit.maxScroll, progress.maxScroll),
    });
    await refresh(db, visit.canonicalUrl);
    return true;
  });
}

export function recentArticles(db: LogDatabase, limit = 50, offset = 0): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastVisit').reverse().offset(offset).limit(limit).toArray();
}

/** The articles that name an entity, most recently read first. */
export async function articlesNaming(db: LogDatabase, entityId: string, limit = 50): Promise<ArticleRecord[]> {
  const found = await db.articles.where('entityIds').equals(entityId).toArray();
  return found.sort((a, b) => b.lastVisit - a.lastVisit).slice(0, limit);
}

export async function articlesOnSite(db: LogDatabase, site: string, limit = 50): Promise<ArticleRecord[]> {
  const found = await db.articles.where('site').equals(site).toArray();
  return found.sort((a, b) => b.lastVisit - a.lastVisit).slice(0, limit);
}

/** The articles last read in [from, to] (epoch ms), most recent first. */
export function articlesReadBetween(db: LogDatabase, from: number, to: number, limit = 50): Promise<ArticleRecord[]> {
  return db.articles.where('lastVisit').between(from, to, true, true).reverse().limit(limit).toArray();
}

/** Title search, Arabic folded the engine's way: without diacritics or hamza, with or without clitics. */
export async function searchTitles(db: LogDatabase, query: string, limit = 50): Promise<ArticleRecord[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  // The index narrows by the query's longest word; the others are checked on what it finds.
  const longest = [...words].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0] as string[];
  const found = await db.articles
    .where('titleWords')
    .startsWithAnyOf(longest)
    .distinct()
    .filter((a) => titleMatches(a.titleWords, words))
    .toArray();
  return found.sort((a, b) => b.lastVisit - a.lastVisit).slice(0, limit);
}

export function countArticles(db: LogDatabase): Promise<number> {
  return db.articles.count();
}

/** Forgets one article and its visits. */
export async function deleteArticle(db: LogDatabase, canonicalUrl: string): Promise<void> {
  await db.transaction('rw', db.articles, db.visits, async () => {
    await db.visits.where('canonicalUrl').equals(canonicalUrl).delete();
    await db.articles.delete(canonicalUrl);
  });
}

/** Forgets the readings made in [from, to]; an article read at other times too keeps those. Returns the visits forgotten. */
export async function deleteReadingsBetween(db: LogDatabase, from: number, to: number): Promise<number> {
  return db.transaction('rw', db.articles, db.visits, async () => {
    const visits = await db.visits.where('start').between(from, to, true, true).toArray();
    await db.visits.bulkDelete(visits.map((v) => v.visitId));
    for (const url of new Set(visits.map((v) => v.canonicalUrl))) await refresh(db, url);
    return visits.length;
  });
}

/** Forgets everything read; the settings stay. */
export async function clearLog(db: LogDatabase): Promise<void> {
  await db.transaction('rw', db.articles, db.visits, async () => {
    await db.visits.clear();
    await db.articles.clear();
  });
}

/** Forgets the articles last read more than `days` days before `now`. Returns how many. */
export async function forgetOlderThan(db: LogDatabase, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * 86_400_000;
  return db.transaction('rw', db.articles, db.visits, async () => {
    const old = await db.articles.where('lastVisit').below(cutoff).primaryKeys();
    await db.visits.where('canonicalUrl').anyOf(old).delete();
    await db.articles.bulkDelete(old);
    return old.length;
  });
}

export async function loadSettings(db: LogDatabase): Promise<LogSettings> {
  const stored = await db.settings.get('settings');
  if (!stored) return { ...DEFAULT_SETTINGS };
  const { key: _key, ...settings } = stored;
  return { ...DEFAULT_SETTINGS, ...settings };
}

export async function saveSettings(db: LogDatabase, change: Partial<LogSettings>): Promise<LogSettings> {
  return db.transaction('rw', db.settings, async () => {
    const settings = { ...(await loadSettings(db)), ...change };
    await db.settings.put({ key: 'settings', ...settings });
    return settings;
  });
}
