import type { Server } from 'node:https';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/log/types';
import {
  buildExtension,
  launch,
  openCard,
  openExtensionPage,
  pageStateIn,
  readingLog,
  serveFixtures,
  siyaqDone,
  tabBefore,
} from './harness';

/** What an extension page can call: the messaging API the content script and popup use. */
interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

const ARTICLE = 'https://sana.sy/politics/2357149/';
const LIVE_ARTICLE = 'https://sana.sy/politics/2357160/';
const ENGLISH_ARTICLE = 'https://sana.sy/en/syria/2291356/';
const NAVIGATING_ARTICLE = 'https://sana.sy/politics/2357165/';
/** A site that is neither curated nor allowed: Siyaq has no access to it until the user grants it. */
const BLOG = 'https://blog.example.org/2025/10/travel-notes';

/** News that arrives after the page has loaded, as with "load more" and live updates: 51 paragraphs at once. */
const LATE_NEWS = `window.lateNews = () => {
  const body = document.querySelector('.entry-content');
  const add = (text) => body.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  add('وأكدت فنزويلا وكوبا دعمهما لسورية.');
  for (let i = 0; i < 50; i++) add('تحديث ' + i + ': وصل وفد من الصين.');
};`;

/**
 * The page's own scripts, as a news site has them: a click counter, a copy handler, and a link
 * around a name in the story (added before Siyaq looks at the page).
 */
const PAGE_SCRIPTS = `window.pageLog = { clicks: 0, copied: null };
document.addEventListener('click', () => window.pageLog.clicks++);
document.addEventListener('copy', () => { window.pageLog.copied = String(document.getSelection()); });
document.addEventListener('DOMContentLoaded', () => {
  const p = document.createElement('p');
  p.id = 'linked';
  p.innerHTML = 'قال <a href="#un">الأمين العام للأمم المتحدة</a> إن السلام ممكن.';
  document.querySelector('.entry-content').append(p);
});`;

/** A site that moves to its next story without loading a page: the history API and new content. */
const NEXT_STORY = `addEventListener('load', () => setTimeout(() => {
  history.pushState({}, '', '/politics/2357170/');
  document.querySelector('link[rel="canonical"]').href = 'https://sana.sy/politics/2357170/';
  document.title = 'لافروف يبحث مع غوتيريش الوضع في اليمن';
  document.querySelector('h1').textContent = 'لافروف يبحث مع غوتيريش الوضع في اليمن';
  document.querySelector('.entry-content').innerHTML =
    '<p>نيويورك-سانا</p><p>بحث وزير الخارجية الروسي مع الأمين العام للأمم المتحدة الوضع في اليمن وليبيا.</p>';
}, 800));`;

/** A page's own listener for messages, as sites have them: what it hears, any extension's included. */
const LISTENER = `window.heard = [];
addEventListener('message', (event) => window.heard.push(JSON.stringify(event.data)));`;

/** A live page that replaces its story: the old text goes, a short update comes. */
const REPLACED = `window.replaceStory = () => {
  document.querySelector('.entry-content').replaceChildren(
    Object.assign(document.createElement('p'), { textContent: 'تحديث: وصل وفد من الصين.' }),
  );
};`;

let server: Server;
let context: BrowserContext;

beforeAll(async () => {
  const extension = buildExtension('highlight');
  const routes = {
    [ARTICLE]: 'sana-ar-article.html',
    [LIVE_ARTICLE]: 'sana-ar-article.html',
    'https://sana.sy/': 'sana-home.html',
    [BLOG]: 'english-blog.html',
    [ENGLISH_ARTICLE]: 'sana-en-article.html',
    [NAVIGATING_ARTICLE]: 'sana-ar-article.html',
  };
  server = await serveFixtures(routes);
  context = await launch(extension, server, Object.keys(routes));
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/**
 * Opens a page, waits until Siyaq has looked at it (and highlighted it, if an article), and
 * collects what a person would notice going wrong: errors in the console.
 */
async function open(url: string, initScript?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  await siyaqDone(page, 10_000);
  return { page, errors };
}

/** What Siyaq's content script says of the page, asked as the popup asks. */
const state = (page: Page) => pageStateIn(context, page.url());

/** The text of each range of one of Siyaq's highlights, and the centre of the first on screen. */
function highlighted(page: Page, name: string): Promise<{ texts: string[]; size: number }> {
  return page.evaluate((name) => {
    const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    const texts = [...(highlights.get(name) ?? [])].map((s) => {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      return r.toString();
    });
    return { texts, size: highlights.size };
  }, name);
}

/** Scrolls the first range of a highlight whose text matches into view; returns its centre. */
function pointAt(page: Page, name: string, pattern: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([name, pattern]) => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      for (const s of highlights.get(name) ?? []) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        if (!new RegExp(pattern).test(r.toString())) continue;
        s.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    [name, pattern] as const,
  );
}

/** The articles the background has received for one canonical URL. */
async function reported(canonicalUrl: string): Promise<ArticleRecord[]> {
  return (await readingLog(context)).filter((r) => r.canonicalUrl === canonicalUrl);
}

/** What the popup's "Scan this page" does for the page opened last, opened as the popup opens over it. */
async function scanFromPopup(): Promise<() => Promise<unknown>> {
  const popup = await openExtensionPage(context);
  const tabId = await tabBefore(popup);
  return () =>
    popup.evaluate(
      (tabId) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'scan-tab', tabId }),
      tabId,
    );
}

/** The page as the server sent it, and whether Siyaq left its text and markup as they were. */
function unchanged(page: Page): Promise<{ sameText: boolean; sameBody: boolean; ownElements: number }> {
  return page.evaluate(async () => {
    const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return {
      sameText: document.body.textContent === original.body.textContent,
      sameBody: document.body.innerHTML === original.body.innerHTML,
      ownElements: document.querySelectorAll('[data-siyaq]').length,
    };
  });
}

describe('Siyaq in Debian’s Chromium, on a SANA article', () => {
  it('highlights the states and organisations of the article without changing its text', async () => {
    const { page, errors } = await open(ARTICLE);
    expect((await state(page))?.kind).toBe('article');
    const states = await highlighted(page, 'siyaq-state');
    const orgs = await highlighted(page, 'siyaq-org');
    expect(states.texts.join(' ')).toMatch(/سوري/);
    expect(orgs.texts.length).toBeGreaterThan(0);
    expect((await unchanged(page)).sameText).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a card over a highlighted state, pins it with a click, and closes it with Escape or its close button', async () => {
    const { page, errors } = await open(ARTICLE);
    const target = await pointAt(page, 'siyaq-state', 'سوري');
    expect(target).not.toBeNull();
    const { x, y } = target as { x: number; y: number };
    await page.mouse.move(x, y);
    await expect
      .poll(async () => (await openCard(page))?.text, { timeout: 5_000 })
      .toMatch(/سورية[\s\S]*Syria[\s\S]*دولة/);
    expect((await openCard(page))?.text).toMatch(/دمشق/);
    expect((await openCard(page))?.close).toBeNull();
    await page.mouse.click(x, y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    expect((await openCard(page))?.visible).toBe(true);
    const close = (await openCard(page))?.close;
    expect(close).not.toBeNull();
    // The page's own scripts cannot reach into the card.
    expect(await page.evaluate(() => document.querySelector('[data-siyaq="card"]')?.shadowRoot ?? null)).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    // Pinned again, its close button closes it.
    await page.mouse.click(x, y);
    await expect.poll(async () => (await openCard(page))?.close ?? null).not.toBeNull();
    const button = (await openCard(page))?.close as { x: number; y: number };
    await page.mouse.click(button.x, button.y);
    await expect.poll(() => openCard(page)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('reports the article to the background once per reading, with its metadata and the entities it names', async () => {
    const visitsBefore = (await reported(ARTICLE))[0]?.visits ?? 0;
    const { page } = await open(ARTICLE);
    await page.waitForTimeout(300);
    const ours = await reported(ARTICLE);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.visits).toBe(visitsBefore + 1);
    expect(ours[0]).toMatchObject({
      canonicalUrl: ARTICLE,
      site: 'sana',
      lang: 'ar',
      datelineCity: 'دمشق',
      published: '2025-10-12T14:35:10+03:00',
    });
    expect(ours[0]?.wordCount).toBeGreaterThan(100);
    expect(ours[0]?.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'SY' }), expect.objectContaining({ id: 'eu' })]),
    );
  });

  it('highlights news that arrives later, in one batch per burst, without rescanning the rest', async () => {
    const { page, errors } = await open(LIVE_ARTICLE, LATE_NEWS);
    const before = (await state(page))?.mentions ?? 0;
    // The news arrives once the article is highlighted (the site's script, in one burst).
    await page.evaluate('lateNews()');
    await expect.poll(async () => (await state(page))?.liveScans, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const now = await state(page);
    const after = { mentions: now?.mentions, scans: now?.liveScans };
    const states = (await highlighted(page, 'siyaq-state')).texts;
    // Venezuela, Cuba and Syria, then China fifty times: 53 new mentions, in one scan.
    expect(after).toEqual({ mentions: before + 53, scans: 1 });
    expect(states).toEqual(expect.arrayContaining(['فنزويلا', 'وكوبا', 'لسورية']));
    expect(states.filter((s) => s === 'الصين')).toHaveLength(50);
    expect(errors).toEqual([]);
  });

  it('reaches every mention from the keyboard: Alt+Shift+N opens the next one’s card, focused', async () => {
    const { page, errors } = await open(ARTICLE);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(async () => (await openCard(page))?.label, { timeout: 5_000 }).toBeTruthy();
    expect((await openCard(page))?.focused).toBe(true);
    const first = (await openCard(page))?.label;
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(async () => (await openCard(page))?.label).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('turns highlights off leaving the page exactly as it was, and on again without doubling them', async () => {
    const { page, errors } = await open(ARTICLE);
    const mentions = async () => {
      const now = await state(page);
      return now?.highlighted ? now.mentions : null;
    };
    const before = await mentions();
    // Three styles, and the marks "next mention" and "show members" use.
    expect((await highlighted(page, 'siyaq-state')).size).toBe(5);
    await page.keyboard.press('Alt+Shift+KeyH');
    expect((await highlighted(page, 'siyaq-state')).size).toBe(0);
    expect(await unchanged(page)).toEqual({ sameText: true, sameBody: true, ownElements: 0 });
    expect(await mentions()).toBeNull();
    await page.keyboard.press('Alt+Shift+KeyH');
    await expect.poll(mentions).toBe(before);
    expect(errors).toEqual([]);
  });

  it("keeps its verdict and timings from the page, and paints again what the page's scripts take away", async () => {
    const { page, errors } = await open(ARTICLE, LISTENER);
    const states = (await highlighted(page, 'siyaq-state')).texts;
    expect(states.length).toBeGreaterThan(5);
    // Nothing of Siyaq's on the page's root element for its scripts to read, nor in its messages.
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).not.toContainEqual(
      expect.stringMatching(/siyaq/i),
    );
    expect(await page.evaluate('window.heard')).toEqual([]);
    await page.evaluate(() => (CSS as unknown as { highlights: { clear(): void } }).highlights.clear());
    expect((await highlighted(page, 'siyaq-state')).size).toBe(0);
    await expect.poll(async () => (await highlighted(page, 'siyaq-state')).texts, { timeout: 5_000 }).toEqual(states);
    // Emptied in place, or replaced by a highlight of the page's own: back again too.
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, { clear(): void }> }).highlights;
      registry.get('siyaq-state')?.clear();
      registry.set('siyaq-org', new (window as unknown as { Highlight: new () => { clear(): void } }).Highlight());
    });
    await expect.poll(async () => (await highlighted(page, 'siyaq-state')).texts, { timeout: 5_000 }).toEqual(states);
    await expect.poll(async () => (await highlighted(page, 'siyaq-org')).texts.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('makes no network request of its own: the service worker fetches nothing', async () => {
    const fromExtension: string[] = [];
    const listen = (request: { url(): string; serviceWorker(): unknown }) => {
      if (request.serviceWorker() && !request.url().startsWith('chrome-extension:')) fromExtension.push(request.url());
    };
    context.on('request', listen);
    const { page } = await open(ARTICLE);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(500);
    context.off('request', listen);
    expect(fromExtension).toEqual([]);
  });

  it('leaves a listing page unhighlighted until the user asks: “Scan this page” highlights it, once', async () => {
    const { page, errors } = await open('https://sana.sy/');
    expect((await state(page))?.kind).toBe('listing');
    expect((await highlighted(page, 'siyaq-state')).size).toBe(0);
    const scan = await scanFromPopup();
    expect(await scan()).toEqual({ ok: true });
    await expect.poll(async () => (await state(page))?.scanned).toBe(true);
    const mentions = (await state(page))?.mentions;
    expect(Number(mentions)).toBeGreaterThan(0);
    expect((await highlighted(page, 'siyaq-state')).texts.length).toBe(
      Number(mentions) -
        (await highlighted(page, 'siyaq-org')).texts.length -
        (await highlighted(page, 'siyaq-adjective')).texts.length,
    );
    expect(await scan()).toEqual({ ok: true });
    await page.waitForTimeout(300);
    expect((await state(page))?.mentions).toBe(mentions);
    expect((await unchanged(page)).sameText).toBe(true);
    expect(errors).toEqual([]);
  });

  it('has no access to other sites: asked to scan one without the user’s grant, it says so and leaves it alone', async () => {
    const page = await context.newPage();
    await page.goto(BLOG);
    const scan = await scanFromPopup();
    expect(await scan()).toEqual({
      ok: false,
      error: { key: 'scanRefused', values: [expect.stringMatching(/permission/i)] },
    });
    expect(await state(page)).toBeNull();
    expect((await highlighted(page, 'siyaq-state')).size).toBe(0);
  });

  it('leaves links, selection, copy and the page’s own scripts working as before', async () => {
    const { page, errors } = await open(ARTICLE, PAGE_SCRIPTS);
    expect((await highlighted(page, 'siyaq-org')).texts).toContain('للأمم المتحدة');
    const link = page.locator('#linked a');
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe('#un');
    expect(await page.evaluate(() => (window as unknown as { pageLog: { clicks: number } }).pageLog.clicks)).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('#linked').click({ clickCount: 3 });
    expect(await page.evaluate(() => String(document.getSelection()).trim())).toBe(
      'قال الأمين العام للأمم المتحدة إن السلام ممكن.',
    );
    await page.keyboard.press('Control+C');
    expect(
      await page.evaluate(() => (window as unknown as { pageLog: { copied: string } }).pageLog.copied?.trim()),
    ).toBe('قال الأمين العام للأمم المتحدة إن السلام ممكن.');
    // Siyaq's state lives in its own world: the page sees none of it.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /siyaq/i.test(k)))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads an English article through the background’s English tokeniser', async () => {
    const { page, errors } = await open(ENGLISH_ARTICLE);
    const states = (await highlighted(page, 'siyaq-state')).texts;
    expect(states).toEqual(expect.arrayContaining(['Syria', 'Jordan', 'Iraq']));
    expect(errors).toEqual([]);
  });

  it('follows a site to its next story without a page load: detects, highlights and reports the new one', async () => {
    const { page, errors } = await open(NAVIGATING_ARTICLE, NEXT_STORY);
    await page.waitForFunction(() => location.pathname === '/politics/2357170/');
    // The headline names Yemen, and so does the story; the old story's names are gone.
    await expect
      .poll(async () => (await highlighted(page, 'siyaq-state')).texts, { timeout: 5_000 })
      .toEqual(['اليمن', 'اليمن', 'وليبيا']);
    expect((await highlighted(page, 'siyaq-org')).texts).toEqual(['للأمم المتحدة']);
    // The reading is reported once the highlights are shown: wait for the log to have it.
    await expect.poll(async () => (await reported('https://sana.sy/politics/2357170/')).length).toBe(1);
    const next = await reported('https://sana.sy/politics/2357170/');
    expect(next[0]?.entities.map((e) => e.id).sort()).toEqual(['LY', 'RU', 'YE', 'un']);
    expect(next[0]?.datelineCity).toBe('نيويورك');
    expect(errors).toEqual([]);
  });

  it('forgets the mentions of text the page removes, and highlights what replaced it', async () => {
    const { page, errors } = await open(LIVE_ARTICLE, REPLACED);
    await page.evaluate('replaceStory()');
    await expect.poll(async () => (await state(page))?.liveScans, { timeout: 10_000 }).toBeGreaterThan(0);
    const mentions = (await state(page))?.mentions;
    const seen = await page.evaluate((mentions) => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const ranges = ['siyaq-state', 'siyaq-org', 'siyaq-adjective'].flatMap((n) => [...(highlights.get(n) ?? [])]);
      return {
        mentions,
        ranges: ranges.length,
        detached: ranges.filter((r) => !r.startContainer.isConnected).length,
        inStory: ranges.filter((r) => r.startContainer.parentElement?.closest('.entry-content')).length,
      };
    }, mentions);
    // The headline keeps its own; the story is now one update naming China.
    expect(seen).toMatchObject({ detached: 0, inStory: 1 });
    expect(seen.mentions).toBe(seen.ranges);
    expect(errors).toEqual([]);
  });
});
