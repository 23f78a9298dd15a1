// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHeadline, readArticle } from '../../lib/article/read';
import { detectPage } from '../../lib/detect/detect';

interface PageFixture {
  file: string;
  url: string;
  kind: 'article' | 'listing' | 'other';
  lang: 'ar' | 'en';
  site: string | null;
  title?: string;
  published?: string;
  dateline?: string | null;
}

const DIR = join(import.meta.dirname, '../fixtures/pages');
const pages = JSON.parse(readFileSync(join(DIR, 'pages.json'), 'utf8')) as PageFixture[];
const load = (file: string) => new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
/** The selectors the document is asked for with querySelectorAll, from now on. */
function queriesOf(doc: Document): string[] {
  const queried: string[] = [];
  const all = doc.querySelectorAll.bind(doc);
  doc.querySelectorAll = ((selector: string) => {
    queried.push(selector);
    return all(selector);
  }) as typeof doc.querySelectorAll;
  return queried;
}

describe('page detection on saved pages modelled on real sites', () => {
  it('serves every page as the demo does: over HTTPS, under its real host name', () => {
    expect(pages.filter((p) => !p.url.startsWith('https://')).map((p) => p.url)).toEqual([]);
  });

  it('has at least 15 pages: articles, listings and pages that are neither', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    for (const kind of ['article', 'listing', 'other'])
      expect(pages.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const verdict = detectPage(load(page.file), page.url);
    expect({ kind: verdict.kind, site: verdict.site }, verdict.signals.join(' ')).toEqual({
      kind: page.kind,
      site: page.site,
    });
  });

  it('reads a real SANA article page (saved from sana.sy) as an article with its dateline', () => {
    const html = readFileSync(join(DIR, 'sana-real-culture-article.html'), 'utf8');
    const verdict = detectPage(
      new DOMParser().parseFromString(html, 'text/html'),
      'https://sana.sy/culture-and-arts/2280593/',
    );
    expect(verdict.kind).toBe('article');
    expect(verdict.dateline?.city).toBe('جاكرتا');
  });

  it('does not judge the hundreds of links of a page its URL and head already make an article', () => {
    const doc = load('sana-real-culture-article.html');
    for (let i = 0; i < 300; i++)
      doc.body.append(Object.assign(doc.createElement('a'), { href: `https://sana.sy/politics/${2_000_000 + i}/` }));
    const queried = queriesOf(doc);
    expect(detectPage(doc, 'https://sana.sy/culture-and-arts/2280593/').kind).toBe('article');
    expect(queried).not.toContain('a[href]');
    // A listing's links are still judged: they are what makes it one.
    const listing =
      pages.find((p) => p.kind === 'listing' && p.site === 'sana') ?? pages.find((p) => p.kind === 'listing');
    expect(listing && detectPage(load(listing.file), listing.url).signals).toContain('article-links');
  });

  it('stops at a head that says "product", before reading the JSON-LD, even on a news site', () => {
    const doc = load('shop-ar.html');
    const queried = queriesOf(doc);
    const verdict = detectPage(doc, 'https://sana.sy/wp-login.php?action=lostpassword');
    expect(verdict).toMatchObject({ kind: 'other', site: 'sana' });
    expect(verdict.signals).toContain('og:not-news');
    expect(queried.filter((s) => s.includes('ld+json'))).toEqual([]);
  });
});

describe('article metadata', () => {
  it.each(pages.filter((p) => p.kind === 'article').map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const meta = readArticle(load(page.file), page.url);
    expect(meta.title).toBe(page.title);
    expect(meta.lang).toBe(page.lang);
    expect(meta.site).toBe(page.site);
    if (page.published)
      expect(new Date(meta.published ?? '').toISOString()).toBe(new Date(page.published).toISOString());
    expect(meta.datelineCity).toBe(page.dateline ?? null);
    expect(meta.wordCount).toBeGreaterThan(100);
  });

  it('reads the real SANA page: canonical URL, title without the site name, date from its header', () => {
    const html = readFileSync(join(DIR, 'sana-real-culture-article.html'), 'utf8');
    const meta = readArticle(new DOMParser().parseFromString(html, 'text/html'), 'https://sana.sy/?p=2280593#comments');
    expect(meta).toMatchObject({
      url: 'https://sana.sy/?p=2280593',
      canonicalUrl: 'https://sana.sy/culture-and-arts/2280593/',
      title: 'وزير الثقافة يبحث مع نظرائه في فلسطين وليبيا وإندونيسيا دور الثقافة في التنمية',
      site: 'sana',
      lang: 'ar',
      published: '2025-09-06T20:26:33+03:00',
      datelineCity: 'جاكرتا',
    });
  });
});

describe('headlines', () => {
  /** A short story page on a site the user allowed, whose verdict its <h1>s can tip. */
  const page = (header: string, story: string, ogTitle = 'قافلة أممية تدخل ريف حلب') =>
    new DOMParser().parseFromString(
      `<html lang="ar"><head><meta property="og:title" content="${ogTitle} | حلب اليوم"></head><body>
        <header>${header}</header>
        <main>${story}<p>دخلت صباح اليوم قافلة مساعدات تابعة للأمم المتحدة إلى ريف حلب الشمالي.</p></main>
      </body></html>`,
      'text/html',
    );
  const headline = '<h1>قافلة أممية تدخل ريف حلب</h1>';
  const signals = (doc: Document) =>
    detectPage(doc, 'https://www.halab-alyawm.example/news/48213/', { vouchedOffCurated: true }).signals;

  it.each([
    ['an image in a link home', '<h1><a href="/"><img src="logo.png" alt="حلب اليوم"></a></h1>'],
    ['the site name in a logo box', '<div class="logo"><h1>حلب اليوم</h1></div>'],
    ['the site name linking home', '<h1><a href="https://www.halab-alyawm.example/">حلب اليوم</a></h1>'],
    ['the site name in the navigation', '<nav><h1>حلب اليوم</h1></nav>'],
    ['a hidden site title', '<h1 class="logo-title is-hidden">حلب اليوم</h1>'],
  ])('a logo set as an <h1> (%s) leaves the story one headline', (_case, logo) => {
    expect(signals(page(logo, headline))).toContain('one-h1');
  });

  it('a WordPress page (its body marked "wp-custom-logo") keeps its headline', () => {
    const doc = page('', headline);
    doc.body.className = 'rtl single wp-custom-logo';
    expect(articleHeadline(doc)?.textContent).toBe('قافلة أممية تدخل ريف حلب');
    const sana = new DOMParser().parseFromString(readFileSync(join(DIR, 'sana-ar-article.html'), 'utf8'), 'text/html');
    expect(articleHeadline(sana)?.className).toBe('s-title');
  });

  it('of two real <h1>s, the one the page title starts with is the headline', () => {
    // A section's name above the story, and the next story appended below it.
    expect(signals(page('<h1>محليات</h1>', headline))).toContain('one-h1');
    expect(signals(page('', `${headline}<article><h1>افتتاح مدرسة جديدة في مدينة الباب</h1></article>`))).toContain(
      'one-h1',
    );
  });

  it('two <h1>s the title does not name are no headline: a listing sets its teasers so', () => {
    const teasers = '<h1>افتتاح مدرسة جديدة في مدينة الباب</h1><h1>ارتفاع أسعار المحروقات في أسواق ريف حلب</h1>';
    expect(signals(page('', teasers, 'حلب اليوم'))).not.toContain('one-h1');
  });

  it('takes the headline, not the logo, as the title the reading log keeps', () => {
    // No <article> or <main> to look in: the first <h1> with text was taken, the logo's.
    const doc = new DOMParser().parseFromString(
      `<div class="site-title"><h1>حلب اليوم</h1></div><div class="post">${headline}<p>دخلت قافلة.</p></div>`,
      'text/html',
    );
    expect(readArticle(doc, 'https://www.halab-alyawm.example/news/48213/').title).toBe('قافلة أممية تدخل ريف حلب');
  });
});

describe('a curated host in a language Siyaq cannot read', () => {
  const french = new DOMParser().parseFromString(
    `<html lang="fr"><head><meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-22T10:00:00Z"}</script></head>
      <body><article><h1>Syrie : reprise des discussions à Genève</h1><time datetime="2024-11-22T10:00:00Z"></time>
      <p>GENÈVE (AFP) - Les discussions ont repris vendredi à Genève.</p></article></body></html>`,
    'text/html',
  );
  const url = 'https://www.france24.com/fr/moyen-orient/20241122-syrie-discussions-geneve';

  it('is no article, even where the content script is running', () => {
    expect(detectPage(french, url, { vouchedOffCurated: true })).toMatchObject({ kind: 'other', site: null });
  });

  it('is looked at when the user asks', () => {
    expect(detectPage(french, url, { vouched: true }).kind).toBe('article');
  });
});
