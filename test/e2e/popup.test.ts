import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtension,
  launch,
  openExtensionPage,
  extensionOrigin as originOf,
  serveFixtures,
  siyaqDone,
  tabBefore,
} from './harness';
import { CHART_FAULTS } from './probes';

const ARTICLE = 'https://sana.sy/politics/2357149/';
const OTHER = 'https://tass.com/politics/2031245';
/** Screenshots of every view, in both languages, for a reviewer to look at. */
const SHOTS = join(import.meta.dirname, '../../test-output/screenshots');
const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

let server: Server;
let context: BrowserContext;
let article: Page;
let extensionOrigin: string;
let tabId: number;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFixtures({ [ARTICLE]: 'sana-ar-article.html', [OTHER]: 'tass-arabic-article.html' });
  context = await launch(buildExtension('popup'), server, [ARTICLE, OTHER]);
  extensionOrigin = await originOf(context);
  for (const url of [OTHER, ARTICLE]) {
    article = await context.newPage();
    await article.goto(url);
    await siyaqDone(article);
  }
  // The popup opens over the article: the tab just opened, the one before the extension page.
  const probe = await openExtensionPage(context, 'popup.html?view=lookup');
  tabId = await tabBefore(probe);
  await probe.close();
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
});

/** The popup for the article's tab ("Open in a tab" opens it so), on one view, in one language. */
async function popup(view: 'page' | 'lookup' | 'log' | 'stats', lang: 'ar' | 'en' = 'en'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 460, height: 640 });
  await page.goto(`${extensionOrigin}/popup.html?tab=${tabId}${view === 'page' ? '' : `&view=${view}`}`);
  const choice = page.locator('.bar select');
  await choice.waitFor();
  await choice.selectOption(lang);
  await page.waitForFunction((lang) => document.querySelector('.app')?.getAttribute('lang') === lang, lang);
  return page;
}

/** axe-core over the page: the serious and critical problems it finds (none expected). */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the popup and the options page in Chromium', () => {
  it('lists the entities of the page it is over, most named first, as context cards', async () => {
    const page = await popup('page');
    const cards = page.locator('.cards > li > article');
    await cards.first().waitFor();
    expect(await cards.first().getAttribute('aria-label')).toBe('Syria');
    expect(await cards.count()).toBeGreaterThan(10);
    expect(await cards.first().textContent()).toMatch(/Named 7 times on this page/);
    // Both articles read in this session name Syria.
    expect(await cards.first().textContent()).toMatch(/In your log: 2 articles, last on/);
    await page.screenshot({ path: join(SHOTS, 'this-page-en.png') });
  });

  it('moves the page to the next mention and flashes it', async () => {
    const page = await popup('page');
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const scrolled = await article.evaluate(() => window.scrollY);
    /** Where the flashed mention is on the article's screen, or null when nothing is flashed. */
    const flashed = () =>
      article.evaluate(() => {
        const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        const [range] = [...(highlights.get('siyaq-flash') ?? [])];
        if (!range) return null;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const box = live.getBoundingClientRect();
        return { text: live.toString(), onScreen: box.top >= 0 && box.bottom <= innerHeight };
      });
    const card = page.locator('.cards > li > article[aria-label="Syria"]');
    await card.getByRole('button', { name: 'Next mention' }).click();
    await expect.poll(flashed).toEqual({ text: expect.stringMatching(/سوري/), onScreen: true });
    expect(await article.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
  });

  it('shows an organisation’s members on the page', async () => {
    const page = await popup('page');
    const card = page.locator('.cards > li > article[aria-label="Arab League"]');
    await card.getByRole('button', { name: 'Show members on this page' }).click();
    const outlined = () =>
      article.evaluate(
        () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('siyaq-outline')?.size ?? 0,
      );
    await expect.poll(outlined).toBeGreaterThan(5);
    await card.getByRole('button', { name: 'Stop showing' }).click();
    await expect.poll(outlined).toBe(0);
  });

  it('finds the CSTO from “الامن الجماعي”, “CSTO” and “معاهدة الامن”', async () => {
    const page = await popup('lookup');
    const box = page.getByRole('searchbox');
    for (const query of ['الامن الجماعي', 'CSTO', 'معاهدة الامن']) {
      await box.fill(query);
      await expect
        .poll(() => page.locator('#lookup-results article').first().getAttribute('aria-label'))
        .toBe('Collective Security Treaty Organization');
    }
    await box.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Collective Security Treaty Organization',
    );
    await page.screenshot({ path: join(SHOTS, 'lookup-en.png') });
  });

  it('shows the articles read in this session in the log, and filters them by entity', async () => {
    const page = await popup('log');
    const rows = page.locator('li.row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().locator('.title').textContent()).toContain('وزير الخارجية');
    await page.locator('li.row', { hasText: 'الخارجية الروسية' }).getByRole('button', { name: 'Russia' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'log-en.png') });
  });

  it('draws the log as charts, and one entity over time when its chip is chosen', async () => {
    const page = await popup('stats');
    await page.locator('figure svg').first().waitFor();
    expect(await page.locator('figure').count()).toBe(2);
    await page.getByRole('button', { name: 'Syria' }).click();
    await expect.poll(() => page.locator('figure').count()).toBe(3);
    expect(await page.locator('figure').nth(2).textContent()).toContain('Mentions of Syria per week');
    await page.screenshot({ path: join(SHOTS, 'stats-en.png') });
  });

  it('speaks Arabic right to left when asked, and every view has no serious accessibility problem', async () => {
    for (const lang of ['ar', 'en'] as const)
      for (const view of ['page', 'lookup', 'log', 'stats'] as const) {
        const page = await popup(view, lang);
        await page.waitForTimeout(300);
        if (lang === 'ar') {
          expect(await page.locator('.app').getAttribute('dir')).toBe('rtl');
          expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/[\u0600-\u06ff]/);
        }
        expect(await accessibilityProblems(page), `${view} in ${lang}`).toEqual([]);
        if (view === 'stats') expect(await page.evaluate(CHART_FAULTS), lang).toEqual({ outside: [], shown: [] });
        if (lang === 'ar') await page.screenshot({ path: join(SHOTS, `${view}-ar.png`) });
        await page.close();
      }
  });

  it('turns organisation highlights off from the options page, and the page follows at once', async () => {
    const options = await context.newPage();
    await options.goto(`${extensionOrigin}/options.html`);
    await options.getByLabel('Highlight organisations').uncheck();
    const orgs = () =>
      article.evaluate(
        () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('siyaq-org')?.size ?? -1,
      );
    await expect.poll(orgs).toBe(0);
    // The states never went away: the page is restyled with what was found, not read again.
    expect(
      await article.evaluate(
        () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('siyaq-state')?.size,
      ),
    ).toBeGreaterThan(5);
    expect(await accessibilityProblems(options)).toEqual([]);
    await options.screenshot({ path: join(SHOTS, 'options-en.png') });
    await options.getByLabel('Highlight organisations').check();
    await expect.poll(orgs).toBeGreaterThan(0);
    await options.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await expect.poll(() => options.locator('main').getAttribute('dir')).toBe('rtl');
    expect(await options.locator('h2').first().textContent()).toBe('اللغة');
    expect(await accessibilityProblems(options)).toEqual([]);
    await options.screenshot({ path: join(SHOTS, 'options-ar.png'), fullPage: true });
    await options.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
  });
});
