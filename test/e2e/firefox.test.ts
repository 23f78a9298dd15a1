/**
 * Siyaq in a real Firefox (Debian's firefox-esr over WebDriver BiDi), the Firefox build installed
 * as users get it: the promises the Chromium suites check, kept in the browser whose content
 * scripts live behind Xray wrappers and whose background is an event page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOn, type Driver, firefoxDriver, openPopup, readLog, type Tab, tabBefore } from './driver';
import { type Firefox, launchFirefox } from './firefox';
import { buildExtension, PAGES, serveFixtures } from './harness';
import { CHART_FAULTS, highlighted, pointAt, UNCHANGED } from './probes';

const ARTICLE = 'https://sana.sy/politics/2357149/';
const ENGLISH_ARTICLE = 'https://sana.sy/en/syria/2291356/';
const OTHER_ARTICLE = 'https://tass.com/politics/2031245';
/**
 * The article again, served as sites with a strict Content-Security-Policy serve theirs: the page
 * may load nothing at all, so whatever reaches the network while it is open is Siyaq's.
 */
const SEALED_ARTICLE = 'https://sana.sy/politics/2357150/';
/** The SANA home page: a listing, highlighted only when the user asks. */
const LISTING = 'https://sana.sy/';
/** A site that is neither curated nor allowed, until the user allows it. */
const OTHER_SITE_STORY = 'https://news.example.org/2025/10/12/talks/';
const OTHER_SITE_NEXT = 'https://news.example.org/2025/10/13/more-talks/';
const SHOTS = join(import.meta.dirname, '../../test-output/screenshots/firefox');

let server: Server;
let firefox: Firefox;
let driver: Driver;
/** Every path the fixture server was asked for. */
const served: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const routes = {
    [ARTICLE]: 'sana-ar-article.html',
    [ENGLISH_ARTICLE]: 'sana-en-article.html',
    [OTHER_ARTICLE]: 'tass-arabic-article.html',
    [LISTING]: 'sana-home.html',
    [OTHER_SITE_STORY]: 'sana-ar-article.html',
    [OTHER_SITE_NEXT]: 'sana-ar-article.html',
    [SEALED_ARTICLE]: { file: 'sana-ar-article.html', headers: { 'content-security-policy': "default-src 'none'" } },
  };
  server = await serveFixtures(routes);
  server.on('request', (req: { headers: { host?: string }; url?: string }) =>
    served.push(`${req.headers.host}${req.url}`),
  );
  firefox = await launchFirefox(buildExtension('firefox', 'firefox'), server, Object.keys(routes));
  driver = firefoxDriver(firefox);
}, 180_000);

afterAll(async () => {
  await driver?.close();
  server?.close();
});

/** Opens a page and waits until Siyaq has looked at it (and highlighted it, if an article). */
async function open(url: string): Promise<Tab> {
  const tab = await driver.open(url);
  await tab.siyaqDone();
  return tab;
}

const texts = async (tab: Tab, name: string) => (await tab.evaluate<{ texts: string[] }>(highlighted(name))).texts;

/** Polls `read` until `check` holds (or fails with what was read last). */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 8_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!check(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The id of the tab opened last. */
async function lastTab(): Promise<number> {
  const probe = await driver.open('popup.html?view=lookup');
  const tabId = await tabBefore(probe);
  await probe.close();
  return tabId;
}

/** The popup over a tab ("Open in a tab" opens it so), the one opened last unless told, on one view, in one language. */
async function popup(
  view: 'page' | 'lookup' | 'log' | 'stats',
  lang: 'ar' | 'en' = 'en',
  tabId?: number,
): Promise<Tab> {
  tabId ??= await lastTab();
  return openPopup(driver, tabId, view, lang);
}

describe('Siyaq in Debian’s Firefox ESR', () => {
  it('highlights the states and organisations of an Arabic SANA article without changing its text', async () => {
    const tab = await open(ARTICLE);
    expect((await tab.state())?.kind).toBe('article');
    expect((await texts(tab, 'siyaq-state')).join(' ')).toMatch(/سوري/);
    expect((await texts(tab, 'siyaq-org')).length).toBeGreaterThan(0);
    expect((await tab.evaluate<{ sameText: boolean }>(UNCHANGED)).sameText).toBe(true);
    await tab.screenshot(join(SHOTS, 'article-ar.png'));
  });

  it('reads an English SANA article through the background’s English tokeniser', async () => {
    const tab = await open(ENGLISH_ARTICLE);
    expect(await texts(tab, 'siyaq-state')).toEqual(expect.arrayContaining(['Syria', 'Jordan', 'Iraq']));
    expect((await tab.evaluate<{ sameText: boolean }>(UNCHANGED)).sameText).toBe(true);
    await tab.screenshot(join(SHOTS, 'article-en.png'));
  });

  it('shows a card over a highlighted state, pins it with a click, and closes it with Escape or its close button', async () => {
    const tab = await open(ARTICLE);
    const target = await tab.evaluate<{ x: number; y: number } | null>(pointAt('siyaq-state', 'سوري'));
    expect(target).not.toBeNull();
    const { x, y } = target as { x: number; y: number };
    await tab.hover(x, y);
    const card = await until(
      async () => (await tab.card())?.text ?? null,
      (text) => text !== null,
    );
    expect(card).toMatch(/سورية[\s\S]*Syria[\s\S]*دولة[\s\S]*دمشق/);
    expect((await tab.card())?.close).toBeNull();
    await tab.screenshot(join(SHOTS, 'card-ar.png'));
    await tab.click(x, y);
    await tab.hover(5, 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await tab.card()).not.toBeNull();
    expect((await tab.card())?.close).not.toBeNull();
    await tab.chord('Escape');
    const closed = () =>
      until(
        () => tab.card(),
        (card) => card === null,
      );
    expect(await closed()).toBeNull();
    // Pinned again, its close button closes it.
    await tab.click(x, y);
    const button = await until(
      async () => (await tab.card())?.close ?? null,
      (at) => at !== null,
    );
    expect(button).not.toBeNull();
    await tab.click(button?.x ?? 0, button?.y ?? 0);
    expect(await closed()).toBeNull();
  });

  it('reaches the mentions from the keyboard, and Alt+Shift+H leaves the page exactly as served', async () => {
    const tab = await open(ARTICLE);
    await tab.chord('Alt', 'Shift', 'KeyN');
    expect(
      await until(
        async () => (await tab.card())?.label ?? null,
        (l) => l !== null,
      ),
    ).toBeTruthy();
    await tab.chord('Escape');
    const mentions = async () => {
      const state = await tab.state();
      return state?.highlighted && state.scanned ? state.mentions : null;
    };
    const before = await mentions();
    await tab.chord('Alt', 'Shift', 'KeyH');
    expect((await tab.evaluate<{ size: number }>(highlighted('siyaq-state'))).size).toBe(0);
    expect(await tab.evaluate(UNCHANGED)).toEqual({ sameText: true, sameBody: true, ownElements: 0 });
    await tab.chord('Alt', 'Shift', 'KeyH');
    expect(await until(mentions, (m) => m === before)).toBe(before);
  });

  it("keeps its verdict from the page, and paints again the highlights the page's scripts clear", async () => {
    const tab = await open(ARTICLE);
    const states = await texts(tab, 'siyaq-state');
    expect(states.length).toBeGreaterThan(5);
    expect(await tab.evaluate<string[]>('document.documentElement.getAttributeNames()')).not.toContainEqual(
      expect.stringMatching(/siyaq/i),
    );
    expect(await tab.evaluate(`document.querySelector('[data-siyaq="card"]')?.shadowRoot ?? null`)).toBeNull();
    await tab.evaluate('CSS.highlights.clear()');
    expect(
      await until(
        () => texts(tab, 'siyaq-state'),
        (t) => t.length === states.length,
      ),
    ).toEqual(states);
  });

  it('keeps one reading-log record per article, one more visit per reading', async () => {
    const visits = async () => (await readLog(driver)).filter((r) => r.canonicalUrl === ARTICLE);
    const before = (await visits())[0]?.visits ?? 0;
    await open(ARTICLE);
    const records = await until(visits, (r) => (r[0]?.visits ?? 0) > before);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ visits: before + 1, site: 'sana', lang: 'ar', datelineCity: 'دمشق' });
    expect(records[0]?.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'SY' }), expect.objectContaining({ id: 'eu' })]),
    );
    const english = (await readLog(driver)).filter((r) => r.canonicalUrl === ENGLISH_ARTICLE);
    expect(english).toHaveLength(1);
    expect(english[0]?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['SY', 'JO', 'IQ']));
  });

  it('shows, in the popup, the page’s entities as cards with what the log knows', async () => {
    await open(OTHER_ARTICLE);
    await open(ARTICLE);
    const articleTab = await lastTab();
    const page = await popup('page', 'en', articleTab);
    const first = `document.querySelector('.cards > li > article')`;
    await page.waitFor(`${first}?.textContent.includes('In your log')`);
    expect(await page.evaluate(`${first}.getAttribute('aria-label')`)).toBe('Syria');
    expect(await page.evaluate(`${first}.textContent`)).toMatch(
      /Named 7 times on this page[\s\S]*In your log: \d+ articles, last on/,
    );
    expect(await page.evaluate(`document.querySelectorAll('.cards > li > article').length`)).toBeGreaterThan(10);
    await page.screenshot(join(SHOTS, 'popup-page-en.png'));
    const arabic = await popup('page', 'ar', articleTab);
    await arabic.waitFor(`${first}?.getAttribute('aria-label') === 'سورية'`);
    expect(await arabic.evaluate(`document.querySelector('.app').getAttribute('dir')`)).toBe('rtl');
    await arabic.screenshot(join(SHOTS, 'popup-page-ar.png'));
  });

  it('draws the reading log’s charts in Arabic with every label inside its chart and the screen-reader tables hidden', async () => {
    const page = await popup('stats', 'ar');
    await page.waitFor(`document.querySelectorAll('.chart .ranking .name').length > 5`);
    expect(await page.evaluate(CHART_FAULTS)).toEqual({ outside: [], shown: [] });
    await page.screenshot(join(SHOTS, 'popup-stats-ar.png'));
  });

  it('finds the CSTO in the lookup from Arabic without hamza and from its acronym', async () => {
    const page = await popup('lookup');
    for (const query of ['الامن الجماعي', 'CSTO']) {
      await page.evaluate(`document.querySelector('input[type=search]').value = ''`);
      await clickOn(page, `document.querySelector('input[type=search]')`);
      await page.type(query);
      const top = `document.querySelector('#lookup-results article')?.getAttribute('aria-label')`;
      expect(
        await until(
          () => page.evaluate(top),
          (label) => label === 'Collective Security Treaty Organization',
        ),
      ).toBe('Collective Security Treaty Organization');
    }
    await page.screenshot(join(SHOTS, 'popup-lookup-en.png'));
  });

  it('lists the articles read in the reading log, and filters them by an entity’s chip', async () => {
    const page = await popup('log');
    const rows = `document.querySelectorAll('li.row').length`;
    const all = await until(
      () => page.evaluate<number>(rows),
      (n) => n >= 3,
    );
    expect(all).toBe(3);
    const englishRow = `[...document.querySelectorAll('li.row')].find((r) => r.textContent.includes('Syria, Jordan and Iraq'))`;
    expect(
      await clickOn(page, `[...${englishRow}.querySelectorAll('.chip')].find((c) => c.textContent === 'Jordan')`),
    ).toBe(true);
    // The list empties while the filtered one loads: wait for the filtered rows themselves.
    expect(
      await until(
        () => page.evaluate<number>(rows),
        (n) => n > 0 && n < all,
      ),
    ).toBeLessThan(all);
    expect(await page.evaluate(`${englishRow} !== undefined`)).toBe(true);
    await page.screenshot(join(SHOTS, 'popup-log-en.png'));
  });

  it('turns organisation highlights off from the options page, and the open page follows at once', async () => {
    const article = await open(ARTICLE);
    const orgs = `CSS.highlights.get('siyaq-org')?.size ?? -1`;
    expect(await article.evaluate(orgs)).toBeGreaterThan(0);
    const options = await driver.open('options.html');
    const box = `[...document.querySelectorAll('label')].find((l) => l.textContent.includes('Highlight organisations'))`;
    await options.waitFor(`${box} !== undefined`);
    expect(await clickOn(options, box)).toBe(true);
    expect(
      await until(
        () => article.evaluate(orgs),
        (n) => n === 0,
      ),
    ).toBe(0);
    // The states never went away: the page is restyled with what was found, not read again.
    expect(await article.evaluate(`CSS.highlights.get('siyaq-state')?.size`)).toBeGreaterThan(5);
    await options.screenshot(join(SHOTS, 'options-en.png'));
    await clickOn(options, box);
    expect(
      await until(
        () => article.evaluate<number>(orgs),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
  });

  it('scans a listing when asked (“Scan this page”), and refuses a site it was not granted, saying so', async () => {
    const listing = await open(LISTING);
    expect((await listing.state())?.kind).toBe('listing');
    expect((await listing.evaluate<{ size: number }>(highlighted('siyaq-state'))).size).toBe(0);
    const scan = async () => {
      const page = await driver.open('popup.html');
      const tabId = await tabBefore(page);
      return page.evaluate(`browser.runtime.sendMessage({ type: 'scan-tab', tabId: ${tabId} })`);
    };
    expect(await scan()).toEqual({ ok: true });
    expect(
      await until(
        async () => (await listing.state())?.mentions ?? 0,
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    const other = await driver.open(OTHER_SITE_STORY);
    expect(await scan()).toEqual({
      ok: false,
      error: { key: 'scanRefused', values: [expect.stringMatching(/permission/i)] },
    });
    expect(await other.state()).toBeNull();
  });

  it('reads every story of a site the user allows (an optional host permission, a registered content script)', async () => {
    const options = await driver.open('options.html');
    // As the user does: the site's name typed into "a site to scan always", then Allow.
    const form = `document.querySelector('input[aria-label^="A site to scan always"]')?.form`;
    await options.waitFor(`${form} != null`);
    expect(await clickOn(options, `${form}.querySelector('input')`)).toBe(true);
    await options.type('news.example.org');
    expect(await clickOn(options, `${form}.querySelector('button')`)).toBe(true);
    // The background registers the content script for the site once the grant arrives.
    const registered = `browser.scripting.getRegisteredContentScripts().then((s) => s.flatMap((c) => c.matches))`;
    expect(
      await until(
        () => options.evaluate<string[]>(registered),
        (m) => m.length > 0,
      ),
    ).toEqual(['*://news.example.org/*']);
    const story = await open(OTHER_SITE_NEXT);
    expect((await story.state())?.kind).toBe('article');
    expect((await texts(story, 'siyaq-state')).join(' ')).toMatch(/سوري/);
    expect(await options.evaluate(`browser.permissions.remove({ origins: ['*://news.example.org/*'] })`)).toBe(true);
    expect(
      await until(
        () => options.evaluate<string[]>(registered),
        (m) => m.length === 0,
      ),
    ).toEqual([]);
  });

  it('makes no network request of its own, even on a page that may load nothing', async () => {
    const refusedBefore = firefox.refused.length;
    const servedBefore = served.length;
    const tab = await open(SEALED_ARTICLE);
    expect((await texts(tab, 'siyaq-state')).length).toBeGreaterThan(5);
    const target = await tab.evaluate<{ x: number; y: number }>(pointAt('siyaq-org', '.'));
    await tab.hover(target.x, target.y);
    await until(
      () => tab.card(),
      (card) => card !== null,
    );
    const page = await popup('page');
    await page.waitFor(`document.querySelector('.cards > li > article') !== null`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Firefox's own services (remote settings) are Firefox's, not Siyaq's: they call with no add-on too.
    const ours = firefox.refused.slice(refusedBefore).filter((host) => !/(^|\.)mozilla\.(com|net|org)$/.test(host));
    expect(ours).toEqual([]);
    expect(served.slice(servedBefore)).toEqual(['sana.sy/politics/2357150/']);
    await tab.screenshot(join(SHOTS, 'article-strict-csp.png'));
  });

  it('printed no error, from the pages or from Siyaq (background, content script, popup, options)', () => {
    // The sealed page's own styles, scripts and images are refused by its policy, as they must be;
    // anything of Siyaq's refused (its highlight styles, say) would name no resource of the page.
    const sealedPage = readFileSync(join(PAGES, 'sana-ar-article.html'), 'utf8');
    const refusedOwn = (error: string) => {
      const resource = /Content-Security-Policy: .* at (\S+) /.exec(error)?.[1];
      return resource !== undefined && (sealedPage.includes(resource) || new URL(resource).pathname === '/favicon.ico');
    };
    expect(firefox.errors.filter((error) => !refusedOwn(error))).toEqual([]);
  });
});
