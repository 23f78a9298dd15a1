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

/** The curated site a URL belongs to, or null. */
export function siteOf(url: URL): NewsSite | null {
  const host = hostOf(url);
  return (
    NEWS_SITES.find(
      (site) =>
        site.hosts.some((h) => host === h || host.endsWith(`.${h}`)) &&
        (!site.pathPrefix || url.pathname === site.pathPrefix || url.pathname.startsWith(`${site.pathPrefix}/`)),
    ) ?? null
  );
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

/** Content-script match patterns for every curated site (what the manifest declares). */
export function matchPatterns(): string[] {
  return NEWS_SITES.flatMap((site) =>
    site.hosts.flatMap((h) => {
      const path = site.pathPrefix ? `${site.pathPrefix}*` : '*';
      return [`*://${h}/${path.replace(/^\//, '')}`, `*://*.${h}/${path.replace(/^\//, '')}`];
    }),
  );
}
