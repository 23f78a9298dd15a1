import { describe, expect, it } from 'vitest';
import { NEWS_SITES } from '../../lib/detect/sites';
import { judgeUrl, matchPatterns } from '../../lib/detect/url';

describe('the curated news sites', () => {
  it('number at least 26: SANA and 25 outlets in its style', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(26);
    expect(new Set(NEWS_SITES.map((s) => s.id)).size).toBe(NEWS_SITES.length);
  });

  it.each(NEWS_SITES.map((s) => [s.id, s] as const))('%s: its example URLs classify as its rules say', (_id, site) => {
    for (const url of site.examples.article) expect(judgeUrl(url), url).toEqual({ site, shape: 'article' });
    for (const url of site.examples.listing) expect(judgeUrl(url), url).toEqual({ site, shape: 'listing' });
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
    expect(judgeUrl('https://notsana.sy/politics/1234567/').site).toBeNull();
    expect(judgeUrl('not a url')).toEqual({ site: null, shape: 'unknown' });
  });

  it('declares match patterns for those sites only, never <all_urls>', () => {
    const patterns = matchPatterns();
    expect(patterns).toContain('*://sana.sy/*');
    expect(patterns).toContain('*://*.sana.sy/*');
    expect(patterns).toContain('*://bbc.com/arabic*');
    expect(patterns.some((p) => p.includes('<all_urls>') || p.startsWith('*://*/'))).toBe(false);
  });
});
