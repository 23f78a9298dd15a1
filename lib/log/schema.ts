/**
 * The reading log's record rules, stated once: what each field may hold, what a reading is, how
 * readings reported twice merge and old ones fold, and what a record's fields cannot say alone.
 * The messages from the content script, the export's import and the store all build on these.
 */
import * as v from 'valibot';
import { EntityId } from '../entities/id';
import type { MessageKey } from '../i18n';

/**
 * The most each field of an article's record may hold: the messages and the import refuse more,
 * and the page cuts what it reads to them before it reports, so an odd page is still logged.
 */
export const ARTICLE_LIMITS = {
  url: 2048,
  title: 1000,
  site: 64,
  published: 64,
  datelineCity: 100,
  entities: 600,
  wordCount: 10_000_000,
} as const;

/** How many readings an article keeps one by one: a page reloaded all day stays a small record. */
export const MAX_READINGS = 100;

/** The latest time there is (epoch ms), as JavaScript dates know it. */
const MAX_TIME = 8.64e15;

export const HttpUrl = v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.url), v.url(), v.regex(/^https?:/));
export const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A moment, epoch ms. */
export const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
/** How far down an article the reader got, 0 to 1. */
const Share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** A reading's id as the log keeps it (an export from any machine). */
const ReadingId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
/** The id a content script gives a new reading: what crypto.randomUUID makes, and nothing that could carry more. */
export const NewReadingId = v.pipe(ReadingId, v.regex(/^[A-Za-z0-9-]{8,64}$/));

/** An entity an article names, and how many times (at least once: see articleFault). */
export const EntityCount = v.strictObject({ id: EntityId, mentions: Count });
export type EntityCount = v.InferOutput<typeof EntityCount>;

/** What an article says of itself: as the page reports it, and as its record and an export keep it. */
export const ARTICLE_FACTS = {
  url: HttpUrl,
  canonicalUrl: HttpUrl,
  title: Text(ARTICLE_LIMITS.title),
  site: v.nullable(Text(ARTICLE_LIMITS.site)),
  lang: v.picklist(['ar', 'en']),
  published: v.nullable(Text(ARTICLE_LIMITS.published)),
  datelineCity: v.nullable(Text(ARTICLE_LIMITS.datelineCity)),
  wordCount: v.pipe(Count, v.maxValue(ARTICLE_LIMITS.wordCount)),
  entities: v.pipe(v.array(EntityCount), v.maxLength(ARTICLE_LIMITS.entities)),
};

/** One reading of an article in one tab. */
export const Reading = v.strictObject({ visitId: ReadingId, start: Time, activeMs: Count, maxScroll: Share });
export type Reading = v.InferOutput<typeof Reading>;

/** Readings folded into totals. */
export const EarlierReadings = v.strictObject({ visits: Count, firstVisit: Time, readingMs: Count, maxScroll: Share });
export type EarlierReadings = v.InferOutput<typeof EarlierReadings>;

/** How far a reading has got, cumulative for the reading: the content script reports it as it goes on. */
export const READING_PROGRESS = {
  visitId: NewReadingId,
  canonicalUrl: HttpUrl,
  activeMs: Count,
  maxScroll: Share,
};
export type ReadingProgress = v.InferOutput<v.StrictObjectSchema<typeof READING_PROGRESS, undefined>>;

/** What the user decided about logging. */
export const LogSettings = v.strictObject({
  /** Logging is paused until this time (epoch ms); null when not paused; UNTIL_RESUMED until turned back on. */
  pausedUntil: v.nullable(Time),
  logIncognito: v.boolean(),
  /** Host names never logged (a sub-domain is covered by its domain). */
  neverLog: v.pipe(v.array(Text(253)), v.maxLength(1000)),
  /** Articles last read longer ago than this are forgotten; null keeps them forever. */
  retentionDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
});
export type LogSettings = v.InferOutput<typeof LogSettings>;

/** What the user may change of the settings, any part at a time. */
export const SettingsChange = v.partial(LogSettings);

/** Why a record cannot be kept, as a message of the interface and its values. */
export type Fault = [MessageKey, ...string[]];

/**
 * What the fields cannot say alone: each entity once and named at least once, and (for a record
 * with its readings) each reading once and at least one (a reading repeated would count twice
 * here and once after a merge, so a second import would change the log). Null when it holds.
 */
export function articleFault(a: {
  canonicalUrl: string;
  entities: readonly EntityCount[];
  readings?: readonly Reading[];
}): Fault | null {
  if (a.readings?.length === 0) return ['importNoReading', a.canonicalUrl];
  const readings = new Set<string>();
  for (const r of a.readings ?? []) {
    if (readings.has(r.visitId)) return ['importReadingTwice', a.canonicalUrl, r.visitId];
    readings.add(r.visitId);
  }
  const entities = new Set<string>();
  for (const e of a.entities) {
    if (e.mentions === 0) return ['importNoMentions', a.canonicalUrl, e.id];
    if (entities.has(e.id)) return ['importEntityTwice', a.canonicalUrl, e.id];
    entities.add(e.id);
  }
  return null;
}

/**
 * One reading reported again (a retry, a restarted background, an import of a log that has it):
 * it counts once, as far as it got in either report; a reading never goes backwards.
 */
export function mergeReading(mine: Reading, theirs: Pick<Reading, 'activeMs' | 'maxScroll'>): Reading {
  return {
    ...mine,
    activeMs: Math.max(mine.activeMs, theirs.activeMs),
    maxScroll: Math.max(mine.maxScroll, theirs.maxScroll),
  };
}

/** Readings added to the totals of those folded before them. */
export function foldReadings(earlier: EarlierReadings | null, folded: readonly Reading[]): EarlierReadings | null {
  if (folded.length === 0) return earlier;
  return {
    visits: (earlier?.visits ?? 0) + folded.length,
    firstVisit: Math.min(earlier?.firstVisit ?? Number.POSITIVE_INFINITY, ...folded.map((r) => r.start)),
    readingMs: (earlier?.readingMs ?? 0) + folded.reduce((sum, r) => sum + r.activeMs, 0),
    maxScroll: Math.max(earlier?.maxScroll ?? 0, ...folded.map((r) => r.maxScroll)),
  };
}
