// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { trackReading } from '../../entrypoints/content/reading';
import { fitArticle } from '../../lib/article/fit';
import { readArticle } from '../../lib/article/read';
import { parseRequest } from '../../lib/messages/protocol';

const STORY = '<p>قال وزير الخارجية السوري إن روسيا والصين تدعمان الحل السياسي في سورية.</p>'.repeat(5);

function page(head: string, headline: string): Document {
  return new DOMParser().parseFromString(
    `<html lang="ar"><head>${head}</head><body><h1 class="entry-title">${headline}</h1><div class="entry-content">${STORY}</div></body></html>`,
    'text/html',
  );
}

/** The report the content script sends for an article read from `doc`. */
function report(doc: Document, href: string, fit: boolean): unknown {
  const meta = readArticle(doc, href);
  const entities = [{ id: 'SY', mentions: 1 }];
  const fitted = fit ? fitArticle(meta, entities) : { article: meta, entities };
  return { type: 'article-read', visitId: 'visit-0001', ...fitted?.article, entities: fitted?.entities };
}

describe('a page whose fields would break the reading report is still logged', () => {
  const href = 'https://sana.sy/?p=2245671';

  it.each([
    ['a 1.2 MB headline', page('', 'خبر '.repeat(300_000))],
    ['a 1 MB og:title and no headline', page(`<meta property="og:title" content="${'عنوان '.repeat(170_000)}">`, '')],
    ['a javascript: canonical link', page('<link rel="canonical" href="javascript:alert(1)">', 'عنوان الخبر')],
    [
      'a canonical link of 3,000 characters',
      page(`<link rel="canonical" href="https://sana.sy/${'a'.repeat(3000)}">`, 'عنوان'),
    ],
    [
      'a published date of 100 KB',
      page(`<meta property="article:published_time" content="${'2'.repeat(100_000)}">`, 'عنوان'),
    ],
  ])('%s: the raw report is refused, the fitted one accepted', (_what, doc) => {
    expect(parseRequest(report(doc, href, false), 'content').ok).toBe(false);
    const parsed = parseRequest(report(doc, href, true), 'content');
    if (!parsed.ok || parsed.request.type !== 'article-read') throw new Error('the fitted report was refused');
    const sent = parsed.request;
    expect(sent.canonicalUrl).toMatch(/^https:\/\/sana\.sy\//);
    expect(sent.title.length).toBeGreaterThan(0);
  });

  it('cuts a title to the limit with an ellipsis, never through a surrogate pair, and says what it cut', () => {
    const title = `${'😀'.repeat(800)}`;
    const fitted = fitArticle({ ...readArticle(page('', 'x'), href), title }, []);
    expect(fitted?.article.title.length).toBeLessThanOrEqual(1000);
    expect(fitted?.article.title.endsWith('…')).toBe(true);
    expect(fitted?.article.title.isWellFormed()).toBe(true);
    expect(fitted?.cuts).toEqual([{ field: 'title', length: 1600, done: 'shortened' }]);
  });

  it('falls back to the page URL for a non-http canonical link', () => {
    const doc = page('<link rel="canonical" href="data:text/html,hi">', 'عنوان');
    expect(fitArticle(readArticle(doc, `${href}#top`), [])?.article.canonicalUrl).toBe(href);
  });

  it('does not log a page whose own address cannot be kept', () => {
    expect(fitArticle({ ...readArticle(page('', 'x'), href), url: 'file:///home/me/story.html' }, [])).toBeNull();
  });
});

describe('reading time counts the reader, not the page', () => {
  afterEach(() => vi.useRealTimers());

  it('synthetic scroll and key events fired by the page do not extend the reading', async () => {
    vi.useFakeTimers({ toFake: ['performance', 'setInterval', 'clearInterval', 'setTimeout', 'Date'] });
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
    });
    const doc = page('', 'عنوان');
    const end = trackReading(readArticle(doc, 'https://sana.sy/?p=1'), [{ id: 'SY', mentions: 2 }], document.body);
    // Ten minutes of a page faking a reader every 20 seconds.
    for (let i = 0; i < 30; i++) {
      vi.advanceTimersByTime(20_000);
      window.dispatchEvent(new Event('scroll'));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    }
    end();
    const last = sent.filter((m) => (m as { type: string }).type === 'reading-progress').at(-1) as { activeMs: number };
    // Only the first idle minute after the page opened counts.
    expect(last.activeMs).toBeLessThanOrEqual(60_000);
  });
});

describe('reading a huge page without copying its text', () => {
  const pagesDir = `${import.meta.dirname}/../fixtures/pages`;

  it('counts the words of every saved page as splitting its whole text would', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { countWords } = await import('../../lib/article/text');
    for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html'))) {
      const doc = new DOMParser().parseFromString(readFileSync(`${pagesDir}/${file}`, 'utf8'), 'text/html');
      const expected = (doc.body.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(countWords(doc.body), file).toBe(expected);
    }
  });

  it('counts the same words in a text sent in pieces (the background counts each chunk a page sends)', async () => {
    const { readFileSync } = await import('node:fs');
    const { WordCounter } = await import('../../lib/article/text');
    const { textChunks } = await import('../../lib/engine/chunks');
    const doc = new DOMParser().parseFromString(
      readFileSync(`${pagesDir}/sana-real-culture-article.html`, 'utf8'),
      'text/html',
    );
    const text = doc.body.textContent ?? '';
    const whole = new WordCounter().read(text).words;
    expect(whole).toBeGreaterThan(200);
    let pieces = 0;
    for (const chunk of textChunks(text, 500))
      pieces += new WordCounter().read(text.slice(chunk.start, chunk.end)).words;
    expect(pieces).toBe(whole);
    // A word split between two text nodes read by one counter is one word.
    expect(new WordCounter().read('سور').read('يا و ').read('Rus').read('sia').words).toBe(3);
  });

  it('reads a page nested 3,000 elements deep, and gives the thread back while it reads', async () => {
    const { mapText, readChunks, PAUSE } = await import('../../lib/highlight/text-map');
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 3_000; i++) {
      const div = doc.createElement('div');
      div.append(i % 100 === 0 ? 'سورية ' : '');
      parent.append(div);
      parent = div;
    }
    const map = mapText([doc.body]);
    expect(map.nodes).toHaveLength(30);
    const steps = [...readChunks([doc.body], 1000)];
    expect(steps.filter((s) => s === PAUSE).length).toBeGreaterThan(3);
    expect(steps.flatMap((s) => (s === PAUSE ? [] : [s.text])).join('')).toBe(map.text);
  });

  it('reads a long page in chunks cut between paragraphs, each mapping its own offsets back to the page', async () => {
    const { boundsFor, liveRange, mapText, readChunks, PAUSE } = await import('../../lib/highlight/text-map');
    const doc = document.implementation.createHTMLDocument('long');
    for (let i = 0; i < 500; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: `سورية ${i}` }));
    const chunks = [...readChunks([doc.body], 100)].filter((s) => s !== PAUSE);
    expect(chunks.length).toBeGreaterThan(40);
    expect(chunks.map((c) => c.text).join('')).toBe(mapText([doc.body]).text);
    let found = 0;
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(100);
      expect(chunk.text.endsWith('\n')).toBe(true);
      for (let at = chunk.text.indexOf('سورية'); at >= 0; at = chunk.text.indexOf('سورية', at + 1), found++) {
        const bounds = boundsFor(chunk, at, at + 5);
        expect(bounds && liveRange(bounds, doc).toString()).toBe('سورية');
      }
    }
    expect(found).toBe(500);
  });

  it('cuts one text node longer than a chunk at spaces, and finds its words in every chunk it spans', async () => {
    const { boundsFor, liveRange, readChunks, PAUSE } = await import('../../lib/highlight/text-map');
    const doc = document.implementation.createHTMLDocument('one node');
    const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'روسيا' : `كلمة${i}`));
    doc.body.append(`مقدمة `, Object.assign(doc.createElement('b'), { textContent: words.join(' ') }));
    const chunks = [...readChunks([doc.body], 256)].filter((s) => s !== PAUSE);
    expect(chunks.length).toBeGreaterThan(4);
    let found = 0;
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(256);
      for (let at = chunk.text.indexOf('روسيا'); at >= 0; at = chunk.text.indexOf('روسيا', at + 1), found++) {
        const bounds = boundsFor(chunk, at, at + 5);
        expect(bounds && liveRange(bounds, doc).toString()).toBe('روسيا');
      }
    }
    expect(found).toBe(words.filter((w) => w === 'روسيا').length);
    // No more than the limit is read.
    const limited = [...readChunks([doc.body], 256, 600)].filter((s) => s !== PAUSE);
    expect(limited.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(600);
    expect(limited.reduce((n, c) => n + c.text.length, 0)).toBeGreaterThan(500);
  });
});
