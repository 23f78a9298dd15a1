import type { ArticleMeta } from '../article/read';
import type { EarlierReadings, EntityCount, LogSettings, Reading } from './schema';

export type { EarlierReadings, EntityCount, LogSettings, Reading } from './schema';

/** What the content script reports of an article when a reading starts: what the page says of it. */
export interface ArticleReport extends ArticleMeta {
  entities: EntityCount[];
}

/** One article in the reading log: what it is, and what the user did with it (from its readings). */
export interface ArticleRecord extends ArticleReport {
  /** Its readings, oldest first (at most MAX_READINGS; older ones are folded into `earlier`). */
  readings: Reading[];
  /** The readings folded away to keep the record small, as totals. */
  earlier: EarlierReadings | null;
  /** Epoch milliseconds. */
  firstVisit: number;
  lastVisit: number;
  visits: number;
  /** Time the tab was visible and the reader active, over all visits. */
  readingMs: number;
  /** The deepest point of the article reached, 0 to 1. */
  maxScroll: number;
  /** The entities' ids. */
  entityIds: string[];
  /** Index only: "id lastVisit" for each entity, so the index itself lists an entity's articles newest first. */
  entityKeys: string[];
  /** Index only: "site lastVisit", likewise. */
  siteKey: string;
  /** The title's stems, folded as the engine folds text (for search; see search.ts). */
  titleWords: string[];
}

export const DEFAULT_SETTINGS: LogSettings = {
  pausedUntil: null,
  logIncognito: false,
  neverLog: [],
  retentionDays: null,
};
