import { describe, expect, it } from 'vitest';
import { SITE_EXAMPLES, type SiteExamples } from '../../lib/detect/site-examples';
import { SITE_NAMES } from '../../lib/detect/site-names';
import { NEWS_SITES } from '../../lib/detect/sites';
import { excludePatterns, judgeUrl, matchPatterns, onCuratedHost } from '../../lib/detect/url';

/** Does a match pattern (`*://host/path`, '*' anywhere in the path) take in this URL, as a browser reads it? */
function matches(pattern: string, href: string): boolean {
  const m = /^\*:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, host, path] = m as unknown as [string, string, string];
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : url.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(url.pathname + url.search);
}

/** Would the content script run on this URL: matched and not excluded. */
const declared = (href: string) =>
  matchPatterns().some((p) => matches(p, href)) && !excludePatterns().some((p) => matches(p, href));

const examples = (id: string): SiteExamples => SITE_EXAMPLES[id] ?? { article: [], listing: [] };
const rows = NEWS_SITES.flatMap((site) => [
  ...examples(site.id).article.map((url) => [site.id, url, 'article'] as const),
  ...examples(site.id).listing.map((url) => [site.id, url, 'listing'] as const),
]);
const foreignRows = NEWS_SITES.flatMap((site) =>
  (examples(site.id).foreign ?? []).map((url) => [site.id, url] as const),
);

describe('the curated news sites', () => {
  it('number at least 26: SANA and 25 outlets in its style', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(26);
    expect(new Set(NEWS_SITES.map((s) => s.id)).size).toBe(NEWS_SITES.length);
  });

  it('each have example URLs of articles and listings, and no examples belong to a site not listed', () => {
    for (const site of NEWS_SITES) {
      expect(examples(site.id).article.length, site.id).toBeGreaterThan(0);
      expect(examples(site.id).listing.length, site.id).toBeGreaterThan(0);
    }
    expect(Object.keys(SITE_EXAMPLES).sort()).toEqual(NEWS_SITES.map((s) => s.id).sort());
  });

  it('names every curated site, and only those, in Arabic and English', () => {
    expect(Object.keys(SITE_NAMES).sort()).toEqual(NEWS_SITES.map((s) => s.id).sort());
    for (const [id, name] of Object.entries(SITE_NAMES)) {
      expect(name.ar, id).toMatch(/[\u0600-\u06ff]/);
      expect(name.en, id).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('give each host to one site only, written as the address bar shows it', () => {
    const hosts = NEWS_SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  it.each(rows)('%s: %s is a %s', (id, url, shape) => {
    expect(judgeUrl(url), url).toEqual({ site: NEWS_SITES.find((s) => s.id === id), shape });
  });

  it.each(foreignRows)('%s: %s, in a language Siyaq cannot read, is on no curated site', (_id, url) => {
    expect(judgeUrl(url)).toEqual({ site: null, shape: 'unknown' });
  });

  it('recognises SANA behind its other hosts: www, a trailing dot, archive mirrors', () => {
    for (const url of [
      'https://www.sana.sy/politics/2357149/',
      'https://sana.sy./politics/2357149/',
      'https://sananews.online/en/?p=12345',
    ]) {
      expect(judgeUrl(url).site?.id, url).toBe('sana');
    }
  });

  it('knows nothing of other sites, of paths outside an edition, or of broken URLs', () => {
    expect(judgeUrl('https://example.com/news/2024/11/22/syria')).toEqual({ site: null, shape: 'unknown' });
    expect(judgeUrl('https://www.bbc.com/news/world-middle-east-12345678').site).toBeNull();
    expect(judgeUrl('https://www.bbc.com/arabicfoo').site).toBeNull();
    expect(judgeUrl('https://www.dw.com/arts/a-123').site).toBeNull();
    expect(judgeUrl('https://notsana.sy/politics/1234567/').site).toBeNull();
    expect(judgeUrl('https://cdn.sana.sy/politics/1234567/').site).toBeNull();
    expect(judgeUrl('not a url')).toEqual({ site: null, shape: 'unknown' });
  });

  it('tells a curated host, in any edition, from the rest of the web', () => {
    expect(onCuratedHost('https://www.france24.com/fr/20241122-abc')).toBe(true);
    expect(onCuratedHost('https://sana.sy/fr/')).toBe(true);
    expect(onCuratedHost('https://tass.ru/politika/22451234')).toBe(false);
    expect(onCuratedHost('https://example.com/')).toBe(false);
    expect(onCuratedHost('not a url')).toBe(false);
  });
});

describe('where the content script is declared', () => {
  it('only on those sites, never <all_urls>, and as Chrome writes match patterns', () => {
    const patterns = [...matchPatterns(), ...excludePatterns()];
    expect(patterns).toContain('*://sana.sy/*');
    expect(patterns).toContain('*://www.sana.sy/*');
    expect(patterns).toContain('*://bbc.com/arabic/*');
    expect(patterns.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/'))).toBe(false);
    // '*' only in the path: no host wildcard at all, so no other language's sub-domain slips in.
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/[a-z0-9.-]+\.[a-z]+\/[^*]*\*?$/);
  });

  it.each(rows)('%s: runs on %s (a %s)', (_id, url) => {
    expect(declared(url)).toBe(true);
  });

  it.each(foreignRows)('%s: never runs on %s', (_id, url) => {
    expect(declared(url)).toBe(false);
  });

  it('runs on the Arabic and English editions of a shared host, not beside them', () => {
    expect(declared('https://www.france24.com/ar')).toBe(true);
    expect(declared('https://www.france24.com/en/')).toBe(true);
    expect(declared('https://www.dw.com/arts/a-123')).toBe(false);
    expect(declared('https://sana.sy/he/')).toBe(false);
    expect(declared('https://sana.sy/health/2301234/')).toBe(true);
  });
});
