import * as v from 'valibot';
import type { CardEntity } from '../card/card-entity';
import type { PageMention } from '../engine/engine';
import type { MessageKey } from '../i18n';
import type { NotLogged } from '../log/policy';
import {
  ARTICLE_FACTS,
  articleFault,
  EntityId,
  HttpUrl,
  NewReadingId,
  READING_PROGRESS,
  SettingsChange,
  Text,
  Time,
} from '../log/schema';
import type { LogStats } from '../log/stats';
import type { ArticleRecord, LogSettings } from '../log/types';

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

/**
 * What the popup asks of the reading log: articles by any mix of entity, site, date range (epoch
 * ms) and title words, newest first, a page at a time. (The log view's filter is the only question.)
 */
export const LogQuery = v.strictObject({
  entity: v.optional(EntityId),
  site: v.optional(Text(64)),
  from: v.optional(Time),
  to: v.optional(Time),
  text: v.optional(Text(200)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 50),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
export type LogQuery = v.InferOutput<typeof LogQuery>;

/** Who may send a message: the content script in a web page, Siyaq's own pages, or both. */
type Senders = 'content' | 'page' | 'any';

/** A message's schema: its type and its fields, nothing else. */
const message = <T extends string, E extends v.ObjectEntries>(type: T, fields: E) =>
  v.strictObject({ type: v.literal(type), ...fields });

/**
 * The messages Siyaq's scripts send the background, by type: who may send each and what it
 * carries (checked at the background, whoever sent it); `Answers` says what each is answered.
 */
const PROTOCOL = {
  /** Text with English in it, one chunk of a page, for the background's engine with compromise. */
  'find-mentions': {
    from: 'content',
    schema: message('find-mentions', {
      text: Text(MAX_MESSAGE_TEXT),
      /** Also capitals standing for their state (the user's choice; off when absent). */
      capitals: v.optional(v.boolean()),
    }),
  },
  'scan-tab': { from: 'page', schema: message('scan-tab', { tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }) },
  'entity-details': {
    from: 'any',
    schema: message('entity-details', {
      ids: v.pipe(v.array(EntityId), v.minLength(1), v.maxLength(600)),
      /** The language the card speaks: its words come with the entities. */
      lang: v.optional(v.picklist(['ar', 'en'])),
    }),
  },
  /** One article read, once per article page. */
  'article-read': {
    from: 'content',
    schema: v.pipe(
      message('article-read', {
        /** This reading's id, chosen by the content script: its later progress reports name it. */
        visitId: NewReadingId,
        ...ARTICLE_FACTS,
      }),
      v.rawCheck(({ dataset, addIssue }) => {
        const fault = dataset.typed ? articleFault(dataset.value) : null;
        if (fault) addIssue({ message: fault.join(' ') });
      }),
    ),
  },
  /** How far a reading has got: sent as it goes on and when the tab is hidden or closed. */
  'reading-progress': { from: 'content', schema: message('reading-progress', READING_PROGRESS) },
  'log-query': { from: 'page', schema: message('log-query', { query: LogQuery }) },
  'log-count': { from: 'page', schema: message('log-count', {}) },
  'log-entities': {
    from: 'page',
    schema: message('log-entities', { ids: v.pipe(v.array(EntityId), v.maxLength(600)) }),
  },
  'log-stats': { from: 'page', schema: message('log-stats', { entity: v.optional(EntityId) }) },
  /** A Siyaq page wrote to the log itself (an import, done where the file is, with its progress shown). */
  'log-changed': { from: 'page', schema: message('log-changed', {}) },
  'log-settings': { from: 'page', schema: message('log-settings', { change: v.optional(SettingsChange) }) },
  'log-delete': {
    from: 'page',
    schema: message('log-delete', {
      target: v.variant('kind', [
        v.strictObject({ kind: v.literal('article'), canonicalUrl: HttpUrl }),
        v.strictObject({ kind: v.literal('read-between'), from: Time, to: Time }),
        v.strictObject({ kind: v.literal('all') }),
      ]),
    }),
  },
} as const satisfies { [T in string]: { from: Senders; schema: v.GenericSchema<unknown, { type: T }> } };

export type MessageType = keyof typeof PROTOCOL;
type Schema<T extends MessageType> = (typeof PROTOCOL)[T]['schema'];
/** A message as the background reads it (defaults filled in). */
export type Request<T extends MessageType = MessageType> = v.InferOutput<Schema<T>>;
/** What a sender writes for a message, but its type (defaults may be left out). */
export type Fields<T extends MessageType> = Omit<v.InferInput<Schema<T>>, 'type'>;

/** What the background answers each message with, when it can. */
export interface Answers {
  /** `shareUsed`: this tab has had its share of English reading for now (no mentions then). */
  'find-mentions': { mentions: PageMention[]; shareUsed: boolean };
  'scan-tab': object;
  'entity-details': { entities: CardEntity[]; messages: Partial<Record<MessageKey, string>> };
  'article-read': { logged: true } | { logged: false; reason: NotLogged };
  'reading-progress': { logged: boolean };
  'log-query': { articles: ArticleRecord[] };
  'log-count': { count: number };
  'log-entities': { summaries: Record<string, LogSummary> };
  'log-stats': { stats: LogStats };
  'log-changed': { count: number };
  'log-settings': { settings: LogSettings };
  'log-delete': { count: number };
}

/** Why something was not done, said in the user's language: a message of the interface and its values. */
export interface Refusal {
  key: MessageKey;
  values: string[];
}

/** The reply to a message: its answer, or why there is none. */
export type Reply<T extends MessageType> = ({ ok: true } & Answers[T]) | { ok: false; error: Refusal };

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

const Typed = v.looseObject({ type: v.string() });
const isMessageType = (type: string): type is MessageType => Object.hasOwn(PROTOCOL, type);

const refused = (detail: string) => ({
  ok: false as const,
  error: { key: 'messageRefused' as const, values: [detail] },
});

/**
 * Validates a message at the receiver: a clear refusal for anything malformed, unknown, or sent
 * by what may not send it (a page's content script asking to delete the log).
 */
export function parseRequest(
  message: unknown,
  sender: SenderKind = 'page',
): { ok: true; request: Request } | { ok: false; error: Refusal } {
  const typed = v.safeParse(Typed, message);
  const type = typed.success ? typed.output.type : null;
  if (type === null || !isMessageType(type)) return refused(`no message of type ${JSON.stringify(type)}`);
  const { from, schema } = PROTOCOL[type];
  const result = v.safeParse(schema, message);
  if (!result.success) return refused(`${type}: ${v.summarize(result.issues)}`);
  if (sender === 'other' || (from !== 'any' && from !== sender))
    return refused(
      `${type} may not come from ${sender === 'other' ? 'outside Siyaq' : `a ${sender === 'content' ? 'content script' : 'Siyaq page'}`}`,
    );
  return { ok: true, request: result.output };
}

/** What answers each message, given what the receiver knows of who asked (C). */
export type Handlers<C> = {
  [T in MessageType]: (request: Request<T>, context: C) => Answers[T] | Promise<Answers[T]>;
};

/**
 * The receiver's side: checks a message and routes it to its handler. A handler refuses by
 * throwing Refused; anything else it throws is said as "could not do that", with the cause.
 */
export async function handle<C>(
  handlers: Handlers<C>,
  message: unknown,
  sender: SenderKind,
  context: C,
): Promise<Reply<MessageType>> {
  const parsed = parseRequest(message, sender);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, ...(await answer(handlers, parsed.request.type, parsed.request, context)) };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Refused ? error.refusal : { key: 'couldNotDo', values: [String(error)] },
    };
  }
}

/** A request to its own handler, which its type picks. */
function answer<T extends MessageType, C>(handlers: Handlers<C>, type: T, request: Request<T>, context: C) {
  const handler: Handlers<C>[T] = handlers[type];
  return handler(request, context);
}

/** What carries a message to the background and back: `browser.runtime.sendMessage`, or a test's fake. */
export type Transport = (message: unknown) => Promise<unknown>;

/** A reply as sent: an object saying whether it is an answer. */
const ReplyShape = v.looseObject({ ok: v.boolean() });

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
    return v.is(ReplyShape, reply) ? (reply as Reply<T>) : { ok: false, error: { key: 'noAnswer', values: [] } };
  };
}

/** Sends a message to the background. */
export type Send = ReturnType<typeof messenger>;

/** What Siyaq's popup asks the content script of the page it is over. */
export const PageRequest = v.variant('type', [
  v.strictObject({ type: v.literal('scan-page') }),
  v.strictObject({ type: v.literal('page-entities') }),
  v.strictObject({ type: v.literal('next-mention'), id: EntityId }),
  v.strictObject({ type: v.literal('show-related'), ids: v.pipe(v.array(EntityId), v.maxLength(600)) }),
]);
export type PageRequest = v.InferOutput<typeof PageRequest>;

/** What the content script answers each of those with (null: no content script in the page). */
export interface PageAnswers {
  'scan-page': true;
  'page-entities': PageEntities;
  'next-mention': boolean;
  'show-related': true;
}

/**
 * What Siyaq made of a page and what that cost the page's main thread (ms): the content script's
 * own account, given only to Siyaq's pages, never written where the page could read it.
 */
export interface PageState {
  /** Null until Siyaq has looked at the page. */
  kind: 'article' | 'listing' | 'other' | null;
  /** What the verdict rests on (detectPage's signals). */
  signals: string[];
  /** The first scan is painted. */
  scanned: boolean;
  /** Mentions found, painted or not (the styles the user hides are still counted). */
  mentions: number;
  /** Scans of content the page added after the first. */
  liveScans: number;
  /** Judging the page and reading its metadata (one task). */
  detectMs: number;
  /** From the start of the first scan to its last mention painted (the page ran between slices). */
  scanMs: number | null;
  /** Unpacking the matcher, once per page. */
  loadMs: number | null;
  /** The longest slice of Siyaq's work in the page so far. */
  longestSliceMs: number;
  /** All of Siyaq's scanning work on the page's main thread so far (its slices, not the waits between them). */
  busyMs: number;
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
