import * as v from 'valibot';
import type { CardEntity } from '../card/card-entity';

/** The messages content scripts and pages send the background; anything else is refused. */
export const Request = v.variant('type', [
  v.strictObject({
    type: v.literal('entity-details'),
    ids: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,64}$/))), v.minLength(1), v.maxLength(600)),
  }),
]);
export type Request = v.InferOutput<typeof Request>;

export type Response = { ok: true; entities: CardEntity[] } | { ok: false; error: string };

/** Validates a message at the receiver: a clear error for anything malformed or unknown. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = v.safeParse(Request, message);
  return result.success
    ? { ok: true, request: result.output }
    : { ok: false, error: `Siyaq refused a message: ${v.summarize(result.issues)}` };
}
