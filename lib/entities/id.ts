import * as v from 'valibot';

/** An entity's id as the dataset writes it (ISO codes, organisations' slugs): all a message or a file may name. */
export const EntityId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,64}$/));
