import type { Answers, Handlers, LogQuery, LogSummary, Request } from '../messages';
import type { LogDatabase } from './db';
import { type NotLogged, whyNotLogged } from './policy';
import type { ReadingProgress } from './schema';
import { type LogStats, logStats } from './stats';
import {
  clearLog,
  countArticles,
  deleteArticle,
  deleteReadingsBetween,
  entitySummary,
  forgetOlderThan,
  loadSettings,
  recordProgress,
  recordVisit,
  saveSettings,
  under,
} from './store';
import { TitleCatalog } from './title-catalog';
import type { ArticleRecord, ArticleReport, LogSettings } from './types';

/** What the background knows of where a reading happens. */
export interface ReadingContext {
  incognito: boolean;
  now: number;
}

const DAY = 86_400_000;

/**
 * The reading log behind the background's messages: records readings the user's settings allow,
 * answers the popup's questions, and applies the retention period at most once a day.
 */
export class LogService {
  private retentionAppliedAt = 0;
  private readonly titles: TitleCatalog;

  constructor(private readonly db: LogDatabase) {
    this.titles = new TitleCatalog(db);
  }

  /** A reading starts, if the user's settings let it into the log; else why not. */
  async read(report: ArticleReport, visitId: string, context: ReadingContext): Promise<NotLogged> {
    const settings = await loadSettings(this.db);
    const skipped = whyNotLogged(settings, report.url, context.incognito, context.now);
    if (skipped) return skipped;
    await this.titles.put(await recordVisit(this.db, report, visitId, context.now));
    await this.applyRetention(settings.retentionDays, context.now);
    return null;
  }

  /** A reading goes on; false when the log does not have it (it was not logged, or has been forgotten). */
  async progress(progress: ReadingProgress): Promise<boolean> {
    const record = await recordProgress(this.db, progress);
    if (record) await this.titles.put(record);
    return record !== null;
  }

  count(): Promise<number> {
    return countArticles(this.db);
  }

  /** What the log knows of each entity. */
  async summaries(ids: readonly string[]): Promise<Record<string, LogSummary>> {
    const summaries: Record<string, LogSummary> = {};
    await Promise.all(ids.map(async (id) => (summaries[id] = await entitySummary(this.db, id))));
    return summaries;
  }

  stats(entity: string | null, now: number): Promise<LogStats> {
    return logStats(this.db, now, entity);
  }

  /** A Siyaq page wrote to the log itself (an import): the title search reads it again. */
  changed(): Promise<number> {
    this.titles.invalidate();
    return this.count();
  }

  /** The settings, after the change if there is one (a shorter retention period applies at once). */
  async settings(change: Partial<LogSettings> | undefined, now: number): Promise<LogSettings> {
    const settings = change ? await saveSettings(this.db, change) : await loadSettings(this.db);
    if (change?.retentionDays !== undefined) {
      this.retentionAppliedAt = 0;
      await this.applyRetention(settings.retentionDays, now);
    }
    return settings;
  }

  /** Forgets an article, the readings made in a time range, or everything read; returns the articles left. */
  async delete(target: Request<'log-delete'>['target']): Promise<number> {
    if (target.kind === 'article') {
      await deleteArticle(this.db, target.canonicalUrl);
      await this.titles.delete(target.canonicalUrl);
    } else {
      if (target.kind === 'read-between') await deleteReadingsBetween(this.db, target.from, target.to);
      else await clearLog(this.db);
      this.titles.invalidate();
    }
    return this.count();
  }

  /** Articles by any mix of entity, site, date range and title words, newest first, a page at a time. */
  async query(f: LogQuery): Promise<ArticleRecord[]> {
    const from = f.from ?? 0;
    const to = f.to ?? 8.64e15;
    const accept = (a: ArticleRecord) =>
      (f.entity === undefined || a.entityIds.includes(f.entity)) &&
      (f.site === undefined || a.site === f.site) &&
      a.lastVisit >= from &&
      a.lastVisit <= to;
    if (f.text) {
      const found = await this.titles.search(f.text, Number.POSITIVE_INFINITY);
      return found.filter(accept).slice(f.offset, f.offset + f.limit);
    }
    const collection = f.entity
      ? under(this.db, 'entityKeys', f.entity, from, to)
      : f.site
        ? under(this.db, 'siteKey', f.site, from, to)
        : this.db.articles.where('lastVisit').between(from, to, true, true).reverse();
    return collection.filter(accept).offset(f.offset).limit(f.limit).toArray();
  }

  private async applyRetention(days: number | null, now: number): Promise<void> {
    if (days === null || now - this.retentionAppliedAt < DAY) return;
    this.retentionAppliedAt = now;
    if ((await forgetOlderThan(this.db, days, now)) > 0) this.titles.invalidate();
  }
}

type LogMessage = Extract<
  keyof Answers,
  | 'article-read'
  | 'reading-progress'
  | 'log-query'
  | 'log-count'
  | 'log-changed'
  | 'log-entities'
  | 'log-stats'
  | 'log-settings'
  | 'log-delete'
>;

/** The background's routes to the reading log: each message of the log to its method. */
export function logRoutes(log: LogService): Pick<Handlers<ReadingContext>, LogMessage> {
  return {
    'article-read': async ({ type: _type, visitId, ...report }, context) => {
      const reason = await log.read(report, visitId, context);
      return reason ? { logged: false, reason } : { logged: true };
    },
    'reading-progress': async ({ type: _type, ...progress }) => ({ logged: await log.progress(progress) }),
    'log-query': async ({ query }) => ({ articles: await log.query(query) }),
    'log-count': async () => ({ count: await log.count() }),
    'log-changed': async () => ({ count: await log.changed() }),
    'log-entities': async ({ ids }) => ({ summaries: await log.summaries(ids) }),
    'log-stats': async ({ entity }, { now }) => ({ stats: await log.stats(entity ?? null, now) }),
    'log-settings': async ({ change }, { now }) => ({ settings: await log.settings(change, now) }),
    'log-delete': async ({ target }) => ({ count: await log.delete(target) }),
  };
}
