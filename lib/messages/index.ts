import * as v from 'valibot';
import type { CardEntity } from '../card/card-entity';
import type { PageMention } from '../engine/engine';

const EntityId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,64}$/));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const HttpUrl = v.pipe(v.string(), v.maxLength(2048), v.url(), v.regex(/^https?:/));

/** One article read, as the content script reports it for the reading log: once per article page. */
export const ArticleRead = v.strictObject({
  type: v.literal('article-read'),
  url: HttpUrl,
  canonicalUrl: HttpUrl,
  title: Text(1000),
  site: v.nullable(Text(64)),
  lang: v.picklist(['ar', 'en']),
  published: v.nullable(Text(64)),
  datelineCity: v.nullable(Text(100)),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  entities: v.pipe(
    v.array(v.strictObject({ id: EntityId, mentions: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    v.maxLength(600),
  ),
});
export type ArticleRead = v.InferOutput<typeof ArticleRead>;

/** How long a page's text may be for the engine: far beyond any article, short of what would stall the background. */
export const MAX_PAGE_TEXT = 16_000_000;

/** The messages content scripts and pages send the background; anything else is refused. */
export const Request = v.variant('type', [
  v.strictObject({ type: v.literal('find-mentions'), text: Text(MAX_PAGE_TEXT) }),
  v.strictObject({ type: v.literal('scan-tab'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({
    type: v.literal('entity-details'),
    ids: v.pipe(v.array(EntityId), v.minLength(1), v.maxLength(600)),
  }),
  ArticleRead,
  v.strictObject({ type: v.literal('recent-articles') }),
]);
export type Request = v.InferOutput<typeof Request>;

export type Response =
  | { ok: true; mentions: PageMention[] }
  | { ok: true; entities: CardEntity[] }
  | { ok: true; articles: (ArticleRead & { visits: number })[] }
  | { ok: true }
  | { ok: false; error: string };

/** Validates a message at the receiver: a clear error for anything malformed or unknown. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(Request, message);
  return result.success
    ? { ok: true, request: result.output }
    : { ok: false, error: `Siyaq refused a message: ${v.summarize(result.issues)}` };
}
