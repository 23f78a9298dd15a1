import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launch, openExtensionPage, readingLog, serveFixtures, siyaqDone } from './harness';

/** Three articles from three outlets, and the entities each must be logged with. */
const ARTICLES = [
  { url: 'https://sana.sy/politics/2357149/', file: 'sana-ar-article.html', names: ['SY', 'eu', 'unicef'] },
  { url: 'https://tass.com/politics/2031245', file: 'tass-arabic-article.html', names: ['RU', 'SY', 'brics'] },
  { url: 'https://news.un.org/ar/story/2025/10/1144872', file: 'un-news-arabic-article.html', names: ['SY', 'unsc'] },
];
/** Twenty stories of a site, each its own article (the page's canonical link follows its URL). */
const MANY = Array.from({ length: 20 }, (_, i) => `https://sana.sy/politics/${2400000 + i}/`);
const OWN_CANONICAL = `document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('link[rel="canonical"]').href = location.href;
});`;

let server: Server;
let context: BrowserContext;
let extension: string;
const profile = mkdtempSync(join(tmpdir(), 'siyaq-log-profile-'));
const routes: Record<string, string> = Object.fromEntries([
  ...ARTICLES.map((a) => [a.url, a.file]),
  ...MANY.map((url) => [url, 'sana-ar-article.html']),
]);

beforeAll(async () => {
  extension = buildExtension('reading-log');
  server = await serveFixtures(routes);
  context = await launch(extension, server, Object.keys(routes), { profile });
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** The reading log as the popup sees it (newest first). */
const logged = (on = context) => readingLog(on);

/** Opens an article and waits until Siyaq has highlighted it (and so reported it). */
async function read(url: string, initScript?: string): Promise<Page> {
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  await siyaqDone(page, 20_000);
  return page;
}

describe('the reading log in Debian’s Chromium', () => {
  it('logs three articles read in three tabs, each with the entities it names', async () => {
    const pages = await Promise.all(ARTICLES.map((a) => read(a.url)));
    await expect.poll(async () => (await logged()).length, { timeout: 10_000 }).toBe(3);
    const log = await logged();
    for (const a of ARTICLES) {
      const record = log.find((r) => r.canonicalUrl === a.url);
      expect(record, a.url).toBeDefined();
      expect(record?.visits).toBe(1);
      expect(record?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(a.names));
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  it('adds the time a page was read, and how far down, when the reader leaves it', async () => {
    const page = await read(ARTICLES[0]?.url as string);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(400);
    }
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await logged()).find((r) => r.canonicalUrl === ARTICLES[0]?.url)?.visits, { timeout: 10_000 })
      .toBe(2);
    await expect
      .poll(async () => (await logged()).find((r) => r.canonicalUrl === ARTICLES[0]?.url)?.readingMs ?? 0, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2000);
    const record = (await logged()).find((r) => r.canonicalUrl === ARTICLES[0]?.url);
    // The first visit's tab was closed at once; this one was read for about 2.4 s.
    expect(record?.readingMs).toBeLessThan(30_000);
    expect(record?.maxScroll).toBeGreaterThan(0.3);
  });

  it('loses nothing when twenty tabs report at once', async () => {
    const pages = await Promise.all(MANY.map((url) => read(url, OWN_CANONICAL)));
    await expect
      .poll(async () => (await logged()).filter((r) => MANY.includes(r.canonicalUrl)).length, { timeout: 20_000 })
      .toBe(20);
    expect((await logged()).filter((r) => MANY.includes(r.canonicalUrl)).every((r) => r.visits === 1)).toBe(true);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('loses nothing when the service worker is stopped between two messages', async () => {
    const first = await read(MANY[0] as string, OWN_CANONICAL);
    await first.mouse.wheel(0, 600);
    await expect.poll(async () => (await logged()).find((r) => r.canonicalUrl === MANY[0])?.visits).toBe(2);
    const admin = await openExtensionPage(context);
    const cdp = await context.newCDPSession(admin);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    const before = (await logged()).find((r) => r.canonicalUrl === MANY[0])?.readingMs ?? 0;
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // The next messages wake it: a new reading in another tab, then the first tab's progress
    // report (sent every 15 s while it is read).
    const second = await read(MANY[1] as string, OWN_CANONICAL);
    await expect
      .poll(async () => (await logged()).find((r) => r.canonicalUrl === MANY[1])?.visits, { timeout: 10_000 })
      .toBe(2);
    await expect
      .poll(async () => (await logged()).find((r) => r.canonicalUrl === MANY[0])?.readingMs ?? 0, {
        timeout: 25_000,
        interval: 1_000,
      })
      .toBeGreaterThan(before + 5_000);
    await Promise.all([first.close(), second.close(), admin.close()]);
  }, 60_000);

  it('keeps the log when the extension is installed again over the same profile', async () => {
    const before = await logged();
    expect(before.length).toBeGreaterThanOrEqual(23);
    await context.close();
    expect(buildExtension('reading-log')).toBe(extension);
    context = await launch(extension, server, Object.keys(routes), { profile });
    expect(await logged()).toEqual(before);
  });
});
