import type { LogQuery, LogSummary, Request, Response } from '../messages';
import type { LogDatabase } from './db';
import { whyNotLogged } from './policy';
import { logStats } from './stats';
import {
  articlesNaming,
  articlesOnSite,
  articlesReadBetween,
  clearLog,
  countArticles,
  deleteArticle,
  deleteReadingsBetween,
  entitySummary,
  forgetOlderThan,
  loadSettings,
  recentArticles,
  recordProgress,
  recordVisit,
  saveSettings,
  under,
} from './store';
import { TitleCatalog } from './title-catalog';
import type { ArticleRecord } from './types';

type LogRequest = Extract<
  Request,
  {
    type:
      | 'article-read'
      | 'reading-progress'
      | 'log-query'
      | 'log-count'
      | 'log-changed'
      | 'log-entities'
      | 'log-stats'
      | 'log-settings'
      | 'log-delete';
  }
>;

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

  async answer(request: LogRequest, context: ReadingContext): Promise<Response> {
    const { db } = this;
    switch (request.type) {
      case 'article-read': {
        const settings = await loadSettings(db);
        const skipped = whyNotLogged(settings, request.url, context.incognito, context.now);
        if (skipped) return { ok: true, logged: false, reason: skipped };
        const { type: _type, visitId, ...report } = request;
        await this.titles.put(await recordVisit(db, report, visitId, context.now));
        await this.applyRetention(settings.retentionDays, context.now);
        return { ok: true, logged: true };
      }
      case 'reading-progress': {
        const { type: _type, ...progress } = request;
        const record = await recordProgress(db, progress);
        if (record) await this.titles.put(record);
        return { ok: true, logged: record !== null };
      }
      case 'log-query': {
        const q = request.query;
        const articles =
          q.kind === 'recent'
            ? await recentArticles(db, q.limit, q.offset)
            : q.kind === 'entity'
              ? await articlesNaming(db, q.id, q.limit)
              : q.kind === 'site'
                ? await articlesOnSite(db, q.site, q.limit)
                : q.kind === 'read-between'
                  ? await articlesReadBetween(db, q.from, q.to, q.limit)
                  : q.kind === 'search'
                    ? await this.titles.search(q.text, q.limit)
                    : await this.filter(q);
        return { ok: true, articles };
      }
      case 'log-count':
        return { ok: true, count: await countArticles(db) };
      case 'log-entities': {
        const summaries: Record<string, LogSummary> = {};
        await Promise.all(request.ids.map(async (id) => (summaries[id] = await entitySummary(db, id))));
        return { ok: true, summaries };
      }
      case 'log-stats':
        return { ok: true, stats: await logStats(db, context.now, request.entity ?? null) };
      case 'log-changed':
        this.titles.invalidate();
        return { ok: true, count: await countArticles(db) };
      case 'log-settings': {
        const settings = request.change ? await saveSettings(db, request.change) : await loadSettings(db);
        if (request.change?.retentionDays !== undefined) {
          this.retentionAppliedAt = 0;
          await this.applyRetention(settings.retentionDays, context.now);
        }
        return { ok: true, settings };
      }
      case 'log-delete': {
        const t = request.target;
        if (t.kind === 'article') {
          await deleteArticle(db, t.canonicalUrl);
          await this.titles.delete(t.canonicalUrl);
        } else {
          if (t.kind === 'read-between') await deleteReadingsBetween(db, t.from, t.to);
          else await clearLog(db);
          this.titles.invalidate();
        }
        return { ok: true, count: await countArticles(db) };
      }
    }
  }

  /** Articles by any mix of entity, site, date range and title words, newest first, a page at a time. */
  private async filter(f: Extract<LogQuery, { kind: 'filter' }>): Promise<ArticleRecord[]> {
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
