import * as v from 'valibot';

/** The user's choices that are not the log's: kept in the extension's storage, read by every part. */
export const Prefs = v.object({
  language: v.optional(v.picklist(['auto', 'ar', 'en']), 'auto'),
  highlight: v.optional(
    v.object({
      state: v.optional(v.boolean(), true),
      org: v.optional(v.boolean(), true),
      adjectives: v.optional(v.boolean(), true),
      /** Capitals read as their state (Moscow says…): off unless the user asks, as the rule can err. */
      capitals: v.optional(v.boolean(), false),
      style: v.optional(v.picklist(['fill', 'underline']), 'fill'),
    }),
    {},
  ),
  /** Curated news sites the user turned off (by site id). */
  disabledSites: v.optional(v.array(v.string()), []),
});
export type Prefs = v.InferOutput<typeof Prefs>;

export const PREFS_KEY = 'prefs';

/** The preferences from what storage holds: anything missing or damaged falls back to the default. */
export function readPrefs(stored: unknown): Prefs {
  const parsed = v.safeParse(Prefs, stored ?? {});
  return parsed.success ? parsed.output : v.parse(Prefs, {});
}
