import type { LogDatabase } from './db';
import { articleRecord, recencyKey } from './record';
import { mergeReading, type ReadingProgress } from './schema';
import { type ArticleRecord, type ArticleReport, DEFAULT_SETTINGS, type LogSettings } from './types';

/** The articles under `name` in a recency-keyed index, last read in [from, to], newest first. */
export function under(db: LogDatabase, index: 'entityKeys' | 'siteKey', name: string, from = 0, to = 8.64e15) {
  return db.articles.where(index).between(recencyKey(name, from), recencyKey(name, to), true, true).reverse();
}

/** A reading starts: the article is stored (or updated to what the page says now) with a new reading. */
export async function recordVisit(
  db: LogDatabase,
  report: ArticleReport,
  visitId: string,
  now = Date.now(),
): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles.get(report.canonicalUrl);
    const readings = old?.readings ?? [];
    const fresh = readings.some((r) => r.visitId === visitId)
      ? readings
      : [...readings, { visitId, start: now, activeMs: 0, maxScroll: 0 }];
    const record = articleRecord(report, fresh, old?.earlier ?? null);
    await db.articles.put(record);
    return record;
  });
}

/**
 * A reading goes on. Progress is cumulative per reading, so a report sent twice (a retry, a
 * restarted background) counts once; it never goes backwards.
 */
export async function recordProgress(db: LogDatabase, progress: ReadingProgress): Promise<ArticleRecord | null> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(progress.canonicalUrl);
    const reading = article?.readings.find((r) => r.visitId === progress.visitId);
    if (!article || !reading) return null;
    const updated = article.readings.map((r) => (r === reading ? mergeReading(r, progress) : r));
    const record = articleRecord(article, updated, article.earlier);
    await db.articles.put(record);
    return record;
  });
}

/** What the log knows of an entity: how many articles name it, the last read, and the latest few. */
export async function entitySummary(
  db: LogDatabase,
  entityId: string,
  latest = 5,
): Promise<{ count: number; last: number | null; articles: { title: string; url: string }[] }> {
  const [count, newest] = await Promise.all([
    under(db, 'entityKeys', entityId).count(),
    under(db, 'entityKeys', entityId).limit(latest).toArray(),
  ]);
  return { count, last: newest[0]?.lastVisit ?? null, articles: newest.map((a) => ({ title: a.title, url: a.url })) };
}

export function countArticles(db: LogDatabase): Promise<number> {
  return db.articles.count();
}

/** Forgets one article and its readings. */
export async function deleteArticle(db: LogDatabase, canonicalUrl: string): Promise<void> {
  await db.articles.delete(canonicalUrl);
}

/**
 * Forgets the readings made in [from, to]; an article read at other times too keeps those (its
 * folded-away earliest readings go with it if they began in the range). Returns the readings forgotten.
 */
export async function deleteReadingsBetween(db: LogDatabase, from: number, to: number): Promise<number> {
  return db.transaction('rw', db.articles, async () => {
    const touched = await db.articles
      .where('lastVisit')
      .aboveOrEqual(from)
      .filter((a) => a.firstVisit <= to)
      .toArray();
    let forgotten = 0;
    for (const article of touched) {
      const kept = article.readings.filter((r) => r.start < from || r.start > to);
      const earlier = article.earlier && article.earlier.firstVisit >= from ? null : article.earlier;
      forgotten += article.readings.length - kept.length + (article.earlier && !earlier ? article.earlier.visits : 0);
      if (kept.length === 0) await db.articles.delete(article.canonicalUrl);
      else await db.articles.put(articleRecord(article, kept, earlier));
    }
    return forgotten;
  });
}

/** Forgets everything read; the settings stay. */
export async function clearLog(db: LogDatabase): Promise<void> {
  await db.articles.clear();
}

/** Forgets the articles last read more than `days` days before `now`. Returns how many. */
export function forgetOlderThan(db: LogDatabase, days: number, now = Date.now()): Promise<number> {
  return db.articles
    .where('lastVisit')
    .below(now - days * 86_400_000)
    .delete();
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
