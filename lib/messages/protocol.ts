/**
 * The receiver's side of the messages to the background: what each carries, who may send it and
 * what it is answered with, and the check and routing at the background. (Kept apart from the
 * senders' side, so that the content script is built without it.)
 */
import * as v from 'valibot';
import type { CardTree } from '../card/tree';
import type { PackedMentions } from '../engine/packed';
import { EntityId } from '../entities/id';
import type { NotLogged } from '../log/policy';
import {
  ARTICLE_FACTS,
  articleFault,
  EntityCount,
  HttpUrl,
  NewReadingId,
  READING_PROGRESS,
  SettingsChange,
  Text,
  Time,
} from '../log/schema';
import type { LogStats } from '../log/stats';
import type { ArticleRecord, LogSettings } from '../log/types';
import { type LogSummary, MAX_MESSAGE_TEXT, type Refusal, Refused, type SenderKind } from '.';

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

/** Who may send a message: the content script in a web page, or Siyaq's own pages. */
type Senders = 'content' | 'page';

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
  /** The page's hover cards, rendered: those of `render`, counted and marked as the page names them. */
  'page-cards': {
    from: 'content',
    schema: message('page-cards', {
      render: v.pipe(v.array(EntityId), v.minLength(1), v.maxLength(600)),
      /** Every entity the page names, with its mentions. */
      onPage: v.pipe(v.array(EntityCount), v.maxLength(600)),
      lang: v.picklist(['ar', 'en']),
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
  /**
   * The mentions in the text, packed (offsets into it), and how many words it has (counted in the
   * background, off the page); `shareUsed`: this tab has had its share of the background's time for
   * now (no mentions then); `ms`: the background's own time on it, its wait for its turn included.
   */
  'find-mentions': { found: PackedMentions; words: number; shareUsed: boolean; ms: number };
  'scan-tab': object;
  /** The cards, and their styles (the popup's: one card, two places). */
  'page-cards': { cards: { id: string; tree: CardTree }[]; style: string };
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

/** The reply to a message: its answer, or why there is none. */
export type Reply<T extends MessageType> = ({ ok: true } & Answers[T]) | { ok: false; error: Refusal };

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
  if (sender === 'other' || from !== sender)
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
