// The readerable check alone: the full Readability is not needed to decide, and it writes markup into the document.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { articleBody } from '../article/read';
import { arabicShareOf, textSample } from '../article/text';
import { type Dateline, findDateline } from './dateline';
import { absoluteUrl, isMasthead, jsonLdObjects, metaContent } from './head';
import { judgeUrl, onCuratedHost } from './url';

export type PageKind = 'article' | 'listing' | 'other';

/** What the detector decided, on which curated site, and the signals it read (for tests and the demo). */
export interface PageVerdict {
  kind: PageKind;
  site: string | null;
  dateline: Dateline | null;
  signals: string[];
}

const NEWS_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle)$/;
const LISTING_TYPES = /^(?:CollectionPage|ItemList)$/;
const NOT_NEWS_TYPES = /^(?:Product|Recipe|DiscussionForumPosting|QAPage|SearchResultsPage|Offer)$/;
/** Open Graph types no news page has: a shop's product, a person's profile, a book, a song. */
const NOT_NEWS_OG = /^(?:product|profile|book|music\.)/;

/** Every @type in the page's JSON-LD, and whether any object gives a publication date. */
function jsonLdTypes(doc: Document): { types: Set<string>; published: boolean } {
  const types = new Set<string>();
  let published = false;
  for (const record of jsonLdObjects(doc)) {
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.add(t);
    if (typeof record.datePublished === 'string') published = true;
  }
  return { types, published };
}

/** What many links to articles add to a page's case for being a listing. */
const ARTICLE_LINK_POINTS = 2;

/** How many different articles the page links to (up to 10: enough to say it is a listing). */
function linksToArticles(doc: Document, href: string): number {
  const links = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const link = absoluteUrl(a.getAttribute('href'), href);
    if (link && judgeUrl(link).shape === 'article') links.add(link);
    if (links.size >= 10) break;
  }
  return links.size;
}

/** Share of Arabic letters among the letters of the first few thousand characters of text. */
function arabicShare(doc: Document): number {
  return doc.body ? arabicShareOf(textSample(doc.body, 4000)) : 0;
}

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Does the page have one headline? The site's logo set as an <h1> is no headline. Of several
 * <h1>s (a section's name, the next story appended below), the one the page's title starts with
 * is the headline, if only one is; several that it does not name are a listing's teasers.
 */
function hasOneHeadline(doc: Document): boolean {
  const headings = [...doc.querySelectorAll('h1')].filter((h1) => !isMasthead(h1));
  if (headings.length <= 1) return headings.length === 1;
  const title = spaced(metaContent(doc, 'og:title') ?? doc.title);
  return headings.filter((h1) => title.startsWith(spaced(h1.textContent))).length === 1;
}

/**
 * Classifies a page as a news article, a news listing or anything else, from the signals real
 * sites give: the curated site and its URL shapes, og:type, JSON-LD, <article>, <h1>, <time>,
 * the dateline, the share of Arabic, and Readability's isProbablyReaderable. An article needs
 * evidence of news (a curated site, a NewsArticle, a dateline, or Arabic text with a publication
 * date, or the user's word), so an encyclopedia entry or a cooking blog is not one.
 */
export interface DetectOptions {
  /** The user asked for this page, or allowed its site: it counts as news, as a curated site does. */
  vouched?: boolean;
  /**
   * Any page off the curated sites is vouched for: the content script runs there only because
   * the user allowed the site or asked.
   */
  vouchedOffCurated?: boolean;
}

export function detectPage(doc: Document, href: string, options: DetectOptions = {}): PageVerdict {
  const signals: string[] = [];
  const { site, shape } = judgeUrl(href);
  // A curated host's page outside its Arabic and English editions (france24.com/fr/…) is in a
  // language Siyaq cannot read: only the user's asking makes it worth a look.
  if (site === null && options.vouched !== true && onCuratedHost(href)) {
    return { kind: 'other', site: null, dateline: null, signals: ['other-language-edition'] };
  }
  const vouched = options.vouched === true || (options.vouchedOffCurated === true && site === null);
  const say = (signal: string, points: number) => {
    signals.push(signal);
    return points;
  };
  let article = 0;
  let listing = 0;
  if (site) signals.push(`site:${site.id}`);
  if (shape === 'article') article += say('url:article', 3);
  if (shape === 'listing') listing += say('url:listing', 3);

  const ogType = (metaContent(doc, 'og:type') ?? '').toLowerCase();
  // Said in the head's first words: no need to read the JSON-LD, often the page's largest script.
  if (NOT_NEWS_OG.test(ogType))
    return { kind: 'other', site: site?.id ?? null, dateline: null, signals: [...signals, 'og:not-news'] };
  if (ogType === 'article') article += say('og:article', 2);
  if (ogType === 'website') listing += say('og:website', 1);
  const ld = jsonLdTypes(doc);
  const ldTypes = [...ld.types];
  const newsType = ldTypes.some((t) => NEWS_TYPES.test(t));
  if (newsType) article += say('jsonld:news', 3);
  else if (ld.types.has('Article') || ld.types.has('BlogPosting')) article += say('jsonld:article', 1);
  if (ldTypes.some((t) => LISTING_TYPES.test(t))) listing += say('jsonld:listing', 2);
  const notNews = ldTypes.some((t) => NOT_NEWS_TYPES.test(t));
  if (notNews) signals.push('jsonld:not-news');
  const metaPublished = metaContent(doc, 'article:published_time') !== null;
  if (metaPublished || ld.published) article += say('published', 1);

  // The head says this is not news (a product, a forum thread), or nothing in the URL or the head
  // says news (a login page): stop before reading the body, so such pages pay next to nothing.
  // A site the user allowed has no URL rules, so its body is always read.
  if (notNews || (!vouched && shape === 'unknown' && article === 0 && listing === 0)) {
    return { kind: 'other', site: site?.id ?? null, dateline: null, signals };
  }

  const articles = doc.querySelectorAll('article').length;
  if (hasOneHeadline(doc)) article += say('one-h1', 1);
  if (articles >= 4) listing += say('many-articles', 2);
  if (doc.querySelector('time[datetime]')) article += say('time', 1);
  const dateline = findDateline(articleBody(doc) ?? doc.body);
  if (dateline) article += say(`dateline:${dateline.city}`, 2);
  if (article >= 2 && article < 6 && isProbablyReaderable(doc)) article += say('readerable', 2);
  // Links to articles are judged only where their points could turn the verdict: a news page
  // has hundreds, and one already well ahead as an article would judge them all for nothing.
  if (site && !(article >= 5 && article > listing + ARTICLE_LINK_POINTS) && linksToArticles(doc, href) >= 10)
    listing += say('article-links', ARTICLE_LINK_POINTS);

  // The share of Arabic is read only when nothing else says news (it walks the page's text).
  const arabicText = () => {
    const arabic = arabicShare(doc) >= 0.5;
    if (arabic) signals.push('arabic');
    return arabic;
  };
  // An encyclopedia's JSON-LD has a datePublished too: only a news page's own meta counts here.
  const news = Boolean(site) || vouched || newsType || Boolean(dateline) || (metaPublished && arabicText());
  const kind: PageKind =
    !notNews && news && article >= 5 && article > listing
      ? 'article'
      : !notNews && (site !== null || ld.types.has('CollectionPage')) && listing >= 4
        ? 'listing'
        : 'other';
  return { kind, site: site?.id ?? null, dateline, signals };
}
