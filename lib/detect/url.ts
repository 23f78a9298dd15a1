import { NEWS_SITES, type NewsSite } from './sites';

/** What a URL alone says: which curated site it is on, and whether its shape is an article's or a listing's. */
export interface UrlVerdict {
  site: NewsSite | null;
  shape: 'article' | 'listing' | 'unknown';
}

function hostOf(url: URL): string {
  return url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The path and query as people read them (percent-escapes decoded; a broken escape is kept). */
function readablePath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname) + url.search;
  } catch {
    return url.pathname + url.search;
  }
}

/** Is the path the section itself or inside it ('/ar', '/ar/…'; not '/arts')? */
const inSection = (path: string, section: string) => path === section || path.startsWith(`${section}/`);

/** Is the path in the site's Arabic or English edition (not in another language's, on the same host)? */
function inEditions(site: NewsSite, path: string): boolean {
  if (site.sections) return site.sections.some((s) => inSection(path, s));
  return !site.foreign?.some((s) => inSection(path, s));
}

/** The curated site a URL belongs to, or null (also for its pages in languages Siyaq cannot read). */
export function siteOf(url: URL): NewsSite | null {
  const host = hostOf(url);
  return NEWS_SITES.find((site) => site.hosts.includes(host) && inEditions(site, url.pathname)) ?? null;
}

/** Is the URL on a curated site's host, in whatever edition? False for URLs that do not parse. */
export function onCuratedHost(href: string): boolean {
  try {
    const host = hostOf(new URL(href));
    return NEWS_SITES.some((site) => site.hosts.includes(host));
  } catch {
    return false;
  }
}

/** Classifies a URL by its site's rules; URLs that do not parse are `unknown` on no site. */
export function judgeUrl(href: string): UrlVerdict {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { site: null, shape: 'unknown' };
  }
  const site = siteOf(url);
  if (!site) return { site: null, shape: 'unknown' };
  const path = readablePath(url);
  if (site.article.test(path)) return { site, shape: 'article' };
  return { site, shape: site.listing.test(path) ? 'listing' : 'unknown' };
}

/**
 * Match patterns for the given paths of every host of a site, with and without "www.". A section
 * is matched as itself and below it ('/ar', '/ar/*'), so that '/arts' stays out.
 */
function patternsFor(site: NewsSite, paths: readonly string[] | null): string[] {
  return site.hosts.flatMap((host) =>
    [host, `www.${host}`].flatMap((h) =>
      paths ? paths.flatMap((p) => [`*://${h}${p}`, `*://${h}${p}/*`]) : [`*://${h}/*`],
    ),
  );
}

/** Content-script match patterns: the Arabic and English editions of every curated site (what the manifest declares). */
export function matchPatterns(): string[] {
  return NEWS_SITES.flatMap((site) => patternsFor(site, site.sections ?? null));
}

/**
 * Content-script exclude patterns: the other languages' editions on hosts whose root is Arabic
 * (a match pattern cannot say "all but /fr").
 */
export function excludePatterns(): string[] {
  return NEWS_SITES.flatMap((site) => (site.foreign ? patternsFor(site, site.foreign) : []));
}
