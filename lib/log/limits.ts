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
