import type { Server } from 'node:https';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRead } from '../../lib/messages';
import { buildExtension, launch, serveFixtures } from './harness';

/** What an extension page can call: the messaging API the content script and popup use. */
interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

let server: Server;
let context: BrowserContext;

beforeAll(async () => {
  const extension = buildExtension();
  const routes = {
    'https://sana.sy/politics/2357149/': 'sana-ar-article.html',
    'https://sana.sy/politics/2357160/': 'sana-live-article.html',
    'https://sana.sy/': 'sana-home.html',
  };
  server = await serveFixtures(routes);
  context = await launch(extension, server, Object.keys(routes));
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** Opens a page and collects what a person would notice going wrong: errors in the console. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

describe('Siyaq in Debian’s Chromium, on a SANA article', () => {
  it('highlights the states and organisations of the article without changing its text', async () => {
    const { page, errors } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    const seen = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const live = (s: AbstractRange) => {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      };
      const texts = (name: string) => [...(highlights.get(name) ?? [])].map((r) => live(r).toString());
      return {
        kind: document.documentElement.dataset.siyaqPage,
        states: texts('siyaq-state'),
        orgs: texts('siyaq-org'),
        adjectives: texts('siyaq-adjective'),
        textUnchanged: document.body.textContent === original.body.textContent,
      };
    });
    expect(seen.kind).toBe('article');
    expect(seen.states.length).toBeGreaterThan(0);
    expect(seen.orgs.length).toBeGreaterThan(0);
    expect(seen.states.join(' ')).toMatch(/سوري/);
    expect(seen.textUnchanged).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a card over a highlighted state, pins it with a click, and closes it with Escape', async () => {
    const { page, errors } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    const target = await page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const live = (s: AbstractRange) => {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      };
      const range = [...(highlights.get('siyaq-state') ?? [])].map(live).find((r) => /سوري/.test(r.toString()));
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(target).not.toBeNull();
    const card = page.locator('[data-siyaq="card"] .card');
    await page.mouse.move((target as { x: number }).x, (target as { y: number }).y);
    await expect.poll(() => card.textContent(), { timeout: 5_000 }).toMatch(/سورية[\s\S]*Syria[\s\S]*دولة/);
    expect(await card.textContent()).toMatch(/دمشق/);
    await page.mouse.click((target as { x: number }).x, (target as { y: number }).y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('reports the article to the background once, with its metadata and the entities it names', async () => {
    const { page } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${new URL(worker.url()).host}/manifest.json`);
    const reply = await extensionPage.evaluate(() =>
      (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'recent-articles' }),
    );
    const reports = (reply as { articles: ArticleRead[] }).articles;
    const ours = reports.filter((r) => r.canonicalUrl === 'https://sana.sy/politics/2357149/');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
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
    const { page, errors } = await open('https://sana.sy/politics/2357160/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    const before = Number(await page.evaluate(() => document.documentElement.dataset.siyaqMentions));
    await page.waitForFunction(() => document.documentElement.dataset.siyaqLiveScans !== undefined, null, {
      timeout: 10_000,
    });
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const live = (s: AbstractRange) => {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        return r;
      };
      return {
        mentions: Number(document.documentElement.dataset.siyaqMentions),
        scans: Number(document.documentElement.dataset.siyaqLiveScans),
        states: [...(highlights.get('siyaq-state') ?? [])].map((r) => live(r).toString()),
      };
    });
    // 51 paragraphs arrived at once: Venezuela, Cuba and Syria, then China fifty times.
    expect(after.mentions).toBe(before + 53);
    expect(after.scans).toBe(1);
    expect(after.states).toEqual(expect.arrayContaining(['فنزويلا', 'وكوبا', 'لسورية']));
    expect(after.states.filter((s) => s === 'الصين')).toHaveLength(50);
    expect(errors).toEqual([]);
  });

  it('reaches every mention from the keyboard: Alt+Shift+N opens the next one’s card, focused', async () => {
    const { page, errors } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = page.locator('[data-siyaq="card"] .card');
    await expect.poll(() => card.getAttribute('aria-label'), { timeout: 5_000 }).toBeTruthy();
    const focused = await page.evaluate(
      () => document.querySelector('[data-siyaq="card"]')?.shadowRoot?.activeElement?.className ?? null,
    );
    expect(focused).toBe('card');
    const first = await card.getAttribute('aria-label');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => card.getAttribute('aria-label')).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('turns highlights off leaving the page exactly as it was, and on again without doubling them', async () => {
    const { page, errors } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    const state = () =>
      page.evaluate(async () => {
        const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return {
          highlights: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.size,
          ownElements: document.querySelectorAll('[data-siyaq]').length,
          mentions: document.documentElement.dataset.siyaqMentions ?? null,
          sameText: document.body.textContent === original.body.textContent,
          sameBody:
            document.body.innerHTML.replace(/<div data-siyaq="card"[^>]*><\/div>/, '') === original.body.innerHTML,
        };
      });
    const on = await state();
    expect(on.highlights).toBe(3);
    await page.keyboard.press('Alt+Shift+KeyH');
    expect(await state()).toEqual({ highlights: 0, ownElements: 0, mentions: null, sameText: true, sameBody: true });
    await page.keyboard.press('Alt+Shift+KeyH');
    expect((await state()).mentions).toBe(on.mentions);
    expect(errors).toEqual([]);
  });

  it('makes no network request of its own: the service worker fetches nothing', async () => {
    const fromExtension: string[] = [];
    const listen = (request: { url(): string; serviceWorker(): unknown }) => {
      if (request.serviceWorker() && !request.url().startsWith('chrome-extension:')) fromExtension.push(request.url());
    };
    context.on('request', listen);
    const { page } = await open('https://sana.sy/politics/2357149/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqMentions !== undefined, null, {
      timeout: 10_000,
    });
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(500);
    context.off('request', listen);
    expect(fromExtension).toEqual([]);
  });

  it('leaves a listing page unhighlighted', async () => {
    const { page } = await open('https://sana.sy/');
    await page.waitForFunction(() => document.documentElement.dataset.siyaqPage !== undefined, null, {
      timeout: 10_000,
    });
    const seen = await page.evaluate(() => ({
      kind: document.documentElement.dataset.siyaqPage,
      highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
    }));
    expect(seen).toEqual({ kind: 'listing', highlights: 0 });
  });
});
