import { findDateline } from '../detect/dateline';
import { absoluteUrl, isMasthead, jsonLdObjects, metaContent } from '../detect/head';
import { siteOf } from '../detect/url';
import type { Lang } from '../entities/types';
import { arabicShareOf, countWords, hasText, textSample } from './text';

/** How much of the body tells its language. */
const LANGUAGE_SAMPLE = 20_000;

/** What the reading log keeps of an article, read from the page. */
export interface ArticleMeta {
  url: string;
  canonicalUrl: string;
  title: string;
  site: string | null;
  lang: Lang;
  published: string | null;
  datelineCity: string | null;
  wordCount: number;
}

// Where news themes put the story: SANA's Foxiz and older TieLabs themes first, then the usual markup.
const BODY_SELECTORS = [
  '.single-post-outer.activated .entry-content',
  '.entry-content.rbct',
  '.entry-content',
  '[itemprop="articleBody"]',
  '.article-body',
  '.article-content',
  '.story-body',
  '.post-content',
  'article .entry',
  '.entry',
  'article',
  'main',
];
const HEADLINE_SELECTORS = ['h1.s-title', 'h1.entry-title', 'article h1', 'main h1', 'h1'];

/** The element holding the article's body text, or null; the one with the most paragraph text if no known markup. */
export function articleBody(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    const found = doc.querySelector(selector);
    if (found && hasText(found, 80)) return found;
  }
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** The part of the page that is the story (the whole page when none is marked): its depth is how far the reader got. */
export const readingRoot = (doc: Document): Element => articleBody(doc) ?? doc.body ?? doc.documentElement;

/** The story's headline: the first <h1> in the usual places that is not the site's logo. */
export function articleHeadline(doc: Document): Element | null {
  for (const selector of HEADLINE_SELECTORS) {
    const found = [...doc.querySelectorAll(selector)].find((h1) => !isMasthead(h1));
    if (found) return found;
  }
  return null;
}

/** The publication date from JSON-LD. */
function jsonLdPublished(doc: Document): string | null {
  const dated = jsonLdObjects(doc).find((o) => typeof o.datePublished === 'string');
  return (dated?.datePublished as string | undefined) ?? null;
}

/** The article's own <time>: SANA pages carry five (related cards, sidebar), so the header's comes first. */
function articleTime(doc: Document): string | null {
  for (const selector of [
    '.single-meta time[datetime]',
    'header time[datetime]',
    'article time[datetime]',
    'time[datetime]',
  ]) {
    const datetime = doc.querySelector(selector)?.getAttribute('datetime');
    if (datetime) return datetime;
  }
  return null;
}

/** The title without the site's name the page appends to it ("… - S A N A – الوكالة العربية السورية للأنباء"). */
function cleanTitle(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[-|–—]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.slice(1).join(' - ');
  const isSiteName =
    (siteName && last.includes(siteName)) ||
    /S\s?A\s?N\s?A|سانا|الوكالة|RT|TASS|Al Jazeera|الجزيرة|BBC|أخبار الأمم المتحدة/i.test(last);
  return (isSiteName ? (parts[0] as string) : title).trim();
}

/**
 * Reads the article's metadata from the page (pure over a Document and its URL). The words are
 * counted unless told not to: the content script counts them in slices, after the highlights.
 */
export function readArticle(doc: Document, href: string, { words = true } = {}): ArticleMeta {
  const url = href.split('#')[0] as string;
  const canonicalUrl =
    absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), href) ??
    absoluteUrl(metaContent(doc, 'og:url'), href) ??
    url;
  const headline = articleHeadline(doc)?.textContent?.replace(/\s+/g, ' ').trim();
  const title =
    headline || cleanTitle(metaContent(doc, 'og:title') ?? doc.title ?? '', metaContent(doc, 'og:site_name'));
  const body = articleBody(doc);
  const datelineCity = findDateline(body)?.city ?? null;
  const declared = doc.documentElement.getAttribute('lang')?.toLowerCase() ?? '';
  const lang: Lang = declared.startsWith('ar')
    ? 'ar'
    : declared.startsWith('en')
      ? 'en'
      : body && arabicShareOf(textSample(body, LANGUAGE_SAMPLE)) < 0.5
        ? 'en'
        : 'ar';
  let site: string | null = null;
  try {
    site = siteOf(new URL(canonicalUrl))?.id ?? siteOf(new URL(href))?.id ?? null;
  } catch {
    site = null;
  }
  const published = metaContent(doc, 'article:published_time') ?? jsonLdPublished(doc) ?? articleTime(doc);
  return {
    url,
    canonicalUrl,
    title,
    site,
    lang,
    published,
    datelineCity,
    wordCount: body && words ? countWords(body) : 0,
  };
}
