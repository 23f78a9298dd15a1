import * as v from 'valibot';
import type { CardEntity } from '../card/card-entity';
import type { PackedMentions } from '../engine/packed';
import type { MessageKey } from '../i18n';
import { ARTICLE_LIMITS } from '../log/limits';
import type { LogStats } from '../log/stats';
import type { ArticleRecord, LogSettings } from '../log/types';

/** What the reading log knows of one entity. */
export interface LogSummary {
  count: number;
  last: number | null;
  articles: { title: string; url: string }[];
}

const EntityId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,64}$/));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const HttpUrl = v.pipe(v.string(), v.maxLength(ARTICLE_LIMITS.url), v.url(), v.regex(/^https?:/));

/** One article read, as the content script reports it for the reading log: once per article page. */
const VisitId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/));

export const ArticleRead = v.strictObject({
  type: v.literal('article-read'),
  /** This reading's id, chosen by the content script: its later progress reports name it. */
  visitId: VisitId,
  url: HttpUrl,
  canonicalUrl: HttpUrl,
  title: Text(ARTICLE_LIMITS.title),
  site: v.nullable(Text(ARTICLE_LIMITS.site)),
  lang: v.picklist(['ar', 'en']),
  published: v.nullable(Text(ARTICLE_LIMITS.published)),
  datelineCity: v.nullable(Text(ARTICLE_LIMITS.datelineCity)),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(ARTICLE_LIMITS.wordCount)),
  entities: v.pipe(
    v.array(v.strictObject({ id: EntityId, mentions: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    v.maxLength(ARTICLE_LIMITS.entities),
  ),
});
export type ArticleRead = v.InferOutput<typeof ArticleRead>;

/** How far a reading has got, cumulative for the visit: sent as it goes on and when the tab is hidden or closed. */
export const ReadingProgress = v.strictObject({
  type: v.literal('reading-progress'),
  visitId: VisitId,
  canonicalUrl: HttpUrl,
  activeMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
  maxScroll: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});
export type ReadingProgress = v.InferOutput<typeof ReadingProgress>;

const Limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 50);
const Time = v.pipe(v.number(), v.minValue(0), v.maxValue(8.64e15));

/** What the popup and options pages ask of the reading log. */
export const LogQuery = v.variant('kind', [
  v.strictObject({
    kind: v.literal('recent'),
    limit: Limit,
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  }),
  v.strictObject({ kind: v.literal('entity'), id: EntityId, limit: Limit }),
  v.strictObject({ kind: v.literal('site'), site: Text(64), limit: Limit }),
  v.strictObject({ kind: v.literal('read-between'), from: Time, to: Time, limit: Limit }),
  v.strictObject({ kind: v.literal('search'), text: Text(200), limit: Limit }),
  v.strictObject({
    kind: v.literal('filter'),
    entity: v.optional(EntityId),
    site: v.optional(Text(64)),
    from: v.optional(Time),
    to: v.optional(Time),
    text: v.optional(Text(200)),
    limit: Limit,
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  }),
]);
export type LogQuery = v.InferOutput<typeof LogQuery>;

const SettingsChange = v.strictObject({
  pausedUntil: v.optional(v.nullable(v.number())),
  logIncognito: v.optional(v.boolean()),
  neverLog: v.optional(v.pipe(v.array(Text(253)), v.maxLength(1000))),
  retentionDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)))),
});

/** How much of a page's text Siyaq reads: far beyond any article (the rest of a larger page is left). */
export const MAX_PAGE_TEXT = 16_000_000;

/** The most text one message may carry: a page's text goes to the background in chunks of this size. */
export const MAX_MESSAGE_TEXT = 32_768;

/** The background's answer to a tab that has had its share of English reading for now. */
export const TAB_SHARE_USED = 'tab-share-used';

/** The messages content scripts and pages send the background; anything else is refused. */
export const Request = v.variant('type', [
  v.strictObject({
    type: v.literal('find-mentions'),
    text: Text(MAX_MESSAGE_TEXT),
    /** Also capitals standing for their state (the user's choice; off when absent). */
    capitals: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('scan-tab'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({
    type: v.literal('entity-details'),
    ids: v.pipe(v.array(EntityId), v.minLength(1), v.maxLength(600)),
    /** The language the card speaks: its words come with the entities. */
    lang: v.optional(v.picklist(['ar', 'en'])),
  }),
  ArticleRead,
  ReadingProgress,
  v.strictObject({ type: v.literal('log-query'), query: LogQuery }),
  v.strictObject({ type: v.literal('log-count') }),
  v.strictObject({ type: v.literal('log-entities'), ids: v.pipe(v.array(EntityId), v.maxLength(600)) }),
  v.strictObject({ type: v.literal('log-stats'), entity: v.optional(EntityId) }),
  /** A Siyaq page wrote to the log itself (an import, done where the file is, with its progress shown). */
  v.strictObject({ type: v.literal('log-changed') }),
  v.strictObject({ type: v.literal('log-settings'), change: v.optional(SettingsChange) }),
  v.strictObject({
    type: v.literal('log-delete'),
    target: v.variant('kind', [
      v.strictObject({ kind: v.literal('article'), canonicalUrl: HttpUrl }),
      v.strictObject({ kind: v.literal('read-between'), from: Time, to: Time }),
      v.strictObject({ kind: v.literal('all') }),
    ]),
  }),
]);

/** Who may send each message: the content script in a web page, Siyaq's own pages, or both. */
const SENDERS: Record<Request['type'], 'content' | 'page' | 'any'> = {
  'find-mentions': 'content',
  'article-read': 'content',
  'reading-progress': 'content',
  'entity-details': 'any',
  'scan-tab': 'page',
  'log-query': 'page',
  'log-count': 'page',
  'log-entities': 'page',
  'log-stats': 'page',
  'log-changed': 'page',
  'log-settings': 'page',
  'log-delete': 'page',
};
export type Request = v.InferOutput<typeof Request>;

export type Response =
  /** find-mentions: the mentions in the text, and how many words it has (counted here, off the page). */
  | { ok: true; found: PackedMentions; words: number }
  | { ok: true; entities: CardEntity[]; messages: Partial<Record<MessageKey, string>> }
  | { ok: true; articles: ArticleRecord[] }
  | { ok: true; count: number }
  | { ok: true; summaries: Record<string, LogSummary> }
  | { ok: true; stats: LogStats }
  | { ok: true; settings: LogSettings }
  | { ok: true; logged: boolean; reason?: string }
  | { ok: true }
  | { ok: false; error: string };

/** Where a message came from, as the receiver sees it. */
export type SenderKind = 'content' | 'page' | 'other';

/**
 * Validates a message at the receiver: a clear error for anything malformed, unknown, or sent
 * by what may not send it (a page's content script asking to delete the log).
 */
export function parseRequest(
  message: unknown,
  sender: SenderKind = 'page',
): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(Request, message);
  if (!result.success) return { ok: false, error: `Siyaq refused a message: ${v.summarize(result.issues)}` };
  const allowed = SENDERS[result.output.type];
  if (sender === 'other' || (allowed !== 'any' && allowed !== sender))
    return {
      ok: false,
      error: `Siyaq refused a message: ${result.output.type} may not come from ${sender === 'other' ? 'outside Siyaq' : `a ${sender === 'content' ? 'content script' : 'Siyaq page'}`}`,
    };
  return { ok: true, request: result.output };
}

/** What Siyaq's popup asks the content script of the page it is over. */
export const PageRequest = v.variant('type', [
  v.strictObject({ type: v.literal('scan-page') }),
  v.strictObject({ type: v.literal('page-entities') }),
  v.strictObject({ type: v.literal('next-mention'), id: EntityId }),
  v.strictObject({ type: v.literal('show-related'), ids: v.pipe(v.array(EntityId), v.maxLength(600)) }),
]);
export type PageRequest = v.InferOutput<typeof PageRequest>;

/** What one highlighting of a page has done, and what it cost the page's main thread (ms). */
export interface ScanReport {
  /** The first scan is painted. */
  scanned: boolean;
  /** Mentions found, painted or not (the styles the user hides are still counted). */
  mentions: number;
  /** Scans of content the page added after the first. */
  liveScans: number;
  /** From the start of the first scan to its last mention painted (the page ran between slices). */
  scanMs: number | null;
  /** When the first mention was painted (the page's performance.now()), or null. */
  firstPaintAt: number | null;
  /** Time spent waiting for the background's answers: not the page's (it ran meanwhile). */
  waitMs: number;
  /** The longest slice of Siyaq's work in the page so far. */
  longestSliceMs: number;
  /** All of Siyaq's scanning work on the page's main thread so far (its slices, not the waits between them). */
  busyMs: number;
}

/**
 * What Siyaq made of a page and what that cost the page's main thread (ms): the content script's
 * own account, given only to Siyaq's pages, never written where the page could read it.
 */
export interface PageState extends ScanReport {
  /** Null until Siyaq has looked at the page. */
  kind: 'article' | 'listing' | 'other' | null;
  /** What the verdict rests on (detectPage's signals). */
  signals: string[];
  /** When the content script started (the page's performance.now(), about document_idle). */
  startedAt: number;
  /** Judging the page and reading its metadata (one task). */
  detectMs: number;
}

/** The content script's answer to `page-entities`: what the page is and what it names, most named first. */
export interface PageEntities extends PageState {
  url: string;
  highlighted: boolean;
  entities: { id: string; mentions: number }[];
}
