import * as v from 'valibot';
import { EntityId } from '../entities/id';
import type { MessageKey } from '../i18n';
import type { Fields, MessageType, Reply } from './protocol';

export type { Answers, Fields, Handlers, LogQuery, MessageType, Reply, Request } from './protocol';

/** What the reading log knows of one entity. */
export interface LogSummary {
  count: number;
  last: number | null;
  articles: { title: string; url: string }[];
}

/** How much of a page's text Siyaq reads: far beyond any article (the rest of a larger page is left). */
export const MAX_PAGE_TEXT = 16_000_000;

/** The most text one message may carry: a page's text goes to the background in chunks of this size. */
export const MAX_MESSAGE_TEXT = 32_768;

/** Why something was not done, said in the user's language: a message of the interface and its values. */
export interface Refusal {
  key: MessageKey;
  values: string[];
}

/** An error the user is told of: a handler throws it to refuse, a sender to pass a refusal on. */
export class Refused extends Error {
  readonly values: string[];
  constructor(
    readonly key: MessageKey,
    ...values: (string | number)[]
  ) {
    super(`${key}${values.length > 0 ? `: ${values.join(', ')}` : ''}`);
    this.values = values.map(String);
  }
  get refusal(): Refusal {
    return { key: this.key, values: this.values };
  }
}

/** Where a message came from, as the receiver sees it. */
export type SenderKind = 'content' | 'page' | 'other';

/** What carries a message to the background and back: `browser.runtime.sendMessage`, or a test's fake. */
export type Transport = (message: unknown) => Promise<unknown>;

/**
 * The sender's side: a message by its type and fields, and the background's reply, typed by its
 * type. A background that cannot be reached (restarting, or gone with an update) is a refusal
 * too, never an exception.
 */
export function messenger(transport: Transport) {
  return async <T extends MessageType>(type: T, fields: Fields<T>): Promise<Reply<T>> => {
    let reply: unknown;
    try {
      reply = await transport({ ...fields, type });
    } catch (error) {
      return { ok: false, error: { key: 'noAnswer', values: [String(error)] } };
    }
    // The background is Siyaq's own code answering by this protocol: the shape is checked, the answer trusted.
    return typeof reply === 'object' && reply !== null && 'ok' in reply && typeof reply.ok === 'boolean'
      ? (reply as Reply<T>)
      : { ok: false, error: { key: 'noAnswer', values: [] } };
  };
}

/**
 * What Siyaq's popup asks the content script of the page it is over. (Only Siyaq's own pages can
 * send it: fields it does not know are dropped, not refused, which keeps the page's validator small.)
 */
export const PageRequest = v.variant('type', [
  v.object({ type: v.literal('scan-page') }),
  v.object({ type: v.literal('page-entities') }),
  v.object({ type: v.literal('next-mention'), id: EntityId }),
  v.object({ type: v.literal('show-related'), ids: v.pipe(v.array(EntityId), v.maxLength(600)) }),
]);
export type PageRequest = v.InferOutput<typeof PageRequest>;

/** What the content script answers each of those with (null: no content script in the page). */
export interface PageAnswers {
  'scan-page': true;
  'page-entities': PageEntities;
  'next-mention': boolean;
  'show-related': true;
}

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
  /** Of that wait, the background's own time on the page's text (the rest is the messages' way there and back). */
  backgroundMs: number;
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

/**
 * The popup's side of the page's messages: a request and the content script's answer, typed by
 * the request; null when no content script answers (none in the page, or the tab is gone).
 */
export function pageMessenger(transport: (request: PageRequest) => Promise<unknown>) {
  return async <T extends PageRequest['type']>(request: Extract<PageRequest, { type: T }>) => {
    const answer = await transport(request).catch(() => null);
    // Siyaq's own content script answers by PageAnswers: trusted as the background's replies are.
    return (answer ?? null) as PageAnswers[T] | null;
  };
}
