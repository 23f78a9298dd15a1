import { ARTICLE_LIMITS } from '../log/schema';
import type { EntityCount } from '../log/types';
import type { ArticleMeta } from './read';

/** A field of the report that did not fit and what was done with it, for the console. */
export interface FieldCut {
  field: 'url' | 'canonicalUrl' | 'title' | 'published' | 'datelineCity' | 'site' | 'wordCount' | 'entities';
  /** Its length as read (characters, or entities). */
  length: number;
  done: 'shortened' | 'dropped' | 'replaced by the page URL';
}

const isHttp = (url: string) => /^https?:\/\//i.test(url) && URL.canParse(url);

/** `text` cut to `max` UTF-16 units with an ellipsis, never through a surrogate pair. */
function shorten(text: string, max: number): string {
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * An article as read from the page, fitted to what the reading log keeps: a title or a date that
 * would break the report is cut or dropped, a canonical link that is not http(s) gives way to the
 * page's own URL, and the entities are the most named. Null when even the page's URL cannot be
 * logged (not http(s), or too long without its query).
 */
export function fitArticle(
  meta: ArticleMeta,
  entities: readonly EntityCount[],
): { article: ArticleMeta; entities: EntityCount[]; cuts: FieldCut[] } | null {
  const cuts: FieldCut[] = [];
  let url = meta.url;
  if (url.length > ARTICLE_LIMITS.url) {
    cuts.push({ field: 'url', length: url.length, done: 'shortened' });
    url = url.split('?')[0] as string;
  }
  if (!isHttp(url) || url.length > ARTICLE_LIMITS.url) return null;
  let canonicalUrl = meta.canonicalUrl;
  if (!isHttp(canonicalUrl) || canonicalUrl.length > ARTICLE_LIMITS.url) {
    cuts.push({ field: 'canonicalUrl', length: canonicalUrl.length, done: 'replaced by the page URL' });
    canonicalUrl = url;
  }
  let title = meta.title;
  if (title.length > ARTICLE_LIMITS.title) {
    cuts.push({ field: 'title', length: title.length, done: 'shortened' });
    title = shorten(title, ARTICLE_LIMITS.title);
  }
  // A date or a place cut short would be wrong; better none.
  const optional = (field: 'published' | 'datelineCity' | 'site', value: string | null) => {
    if (value === null || value.length <= ARTICLE_LIMITS[field]) return value;
    cuts.push({ field, length: value.length, done: 'dropped' });
    return null;
  };
  let wordCount = meta.wordCount;
  if (wordCount > ARTICLE_LIMITS.wordCount) {
    cuts.push({ field: 'wordCount', length: wordCount, done: 'shortened' });
    wordCount = ARTICLE_LIMITS.wordCount;
  }
  let named = [...entities];
  if (named.length > ARTICLE_LIMITS.entities) {
    cuts.push({ field: 'entities', length: named.length, done: 'shortened' });
    named = named.sort((a, b) => b.mentions - a.mentions).slice(0, ARTICLE_LIMITS.entities);
  }
  return {
    article: {
      ...meta,
      url,
      canonicalUrl,
      title,
      site: optional('site', meta.site),
      published: optional('published', meta.published),
      datelineCity: optional('datelineCity', meta.datelineCity),
      wordCount,
    },
    entities: named,
    cuts,
  };
}
