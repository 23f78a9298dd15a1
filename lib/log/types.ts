import type { Lang } from '../entities/types';

/** An entity an article names, and how many times. */
export interface EntityCount {
  id: string;
  mentions: number;
}

/** One article in the reading log: what it is, and what the user did with it (from its visits). */
export interface ArticleRecord {
  canonicalUrl: string;
  url: string;
  title: string;
  site: string | null;
  lang: Lang;
  published: string | null;
  datelineCity: string | null;
  wordCount: number;
  entities: EntityCount[];
  /** Epoch milliseconds. */
  firstVisit: number;
  lastVisit: number;
  visits: number;
  /** Time the tab was visible and the reader active, over all visits. */
  readingMs: number;
  /** The deepest point of the article reached, 0 to 1. */
  maxScroll: number;
  /** Index only: the entities' ids. */
  entityIds: string[];
  /** Index only: the title's words, folded as the engine folds text, with and without clitics. */
  titleWords: string[];
}

/** One reading of an article in one tab. */
export interface VisitRecord {
  visitId: string;
  canonicalUrl: string;
  start: number;
  activeMs: number;
  maxScroll: number;
}

/** What the user decided about logging. */
export interface LogSettings {
  /** Logging is paused until this time (epoch ms); null when not paused, Infinity until turned back on. */
  pausedUntil: number | null;
  logIncognito: boolean;
  /** Host names never logged (a sub-domain is covered by its domain). */
  neverLog: string[];
  /** Articles last read longer ago than this are forgotten; null keeps them forever. */
  retentionDays: number | null;
}

export const DEFAULT_SETTINGS: LogSettings = {
  pausedUntil: null,
  logIncognito: false,
  neverLog: [],
  retentionDays: null,
};
