/**
 * One way to drive either real browser: Chromium through Playwright, Firefox through puppeteer-core
 * over WebDriver BiDi. The demo and the Firefox suite are written once against it; what each
 * browser does differently stays in its adapter, with the reason.
 * What is asked of pages is source text (probes.ts).
 */
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ArticleRecord } from '../../lib/log/types';
import type { PageEntities } from '../../lib/messages';
import type { Firefox } from './firefox';
import { extensionOrigin, openCard, pageStateIn } from './harness';
import { CARD_IN_SHADOW, type OpenCard, pageState, READ_LOG, TAB_BEFORE, untilDone } from './probes';

export interface Tab {
  /** Runs source text in the page and returns its (awaited) value. */
  evaluate<T>(source: string): Promise<T>;
  /** Waits until source text is true in the page. */
  waitFor(source: string, timeout?: number): Promise<void>;
  hover(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses keys together, as 'Alt', 'Shift', 'KeyN' (DOM key codes or key names). */
  chord(...keys: string[]): Promise<void>;
  /** Types text with the keyboard where the focus is. */
  type(text: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** The context card open in the page (in Siyaq's closed shadow root, read through the driver's protocol). */
  card(): Promise<OpenCard | null>;
  /** What Siyaq's content script says of this page, asked as the popup asks; null where none runs. */
  state(): Promise<PageEntities | null>;
  /** Waits until Siyaq has looked at the page, and on an article painted its first scan. */
  siyaqDone(timeout?: number): Promise<PageEntities>;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Source text run in the page before its own scripts. */
  initScript?: string;
}

export interface Driver {
  readonly name: 'Chromium' | 'Firefox';
  /** Siyaq's own origin: chrome-extension://… or moz-extension://… */
  readonly origin: string;
  /** A new tab at `url` (a web page, or a path of Siyaq's own such as 'popup.html'). */
  open(url: string, options?: OpenOptions): Promise<Tab>;
  close(): Promise<void>;
}
/** The reading log, newest first, as Siyaq's pages get it from the background. */
export async function readLog(driver: Driver): Promise<ArticleRecord[]> {
  const page = await driver.open('popup.html');
  const reply = await page.evaluate<{ articles: ArticleRecord[] }>(READ_LOG);
  await page.close();
  return reply.articles;
}

/** The id of the tab just before one of Siyaq's pages: the page it stands for, as the popup over its tab. */
export const tabBefore = (extensionPage: Tab): Promise<number> => extensionPage.evaluate<number>(TAB_BEFORE);

/** The popup over a tab ("Open in a tab" opens it so), on one of its views, in one language. */
export async function openPopup(
  driver: Driver,
  tabId: number,
  view: 'page' | 'lookup' | 'log' | 'stats',
  lang: 'ar' | 'en',
): Promise<Tab> {
  const page = await driver.open(`popup.html?tab=${tabId}${view === 'page' ? '' : `&view=${view}`}`, {
    width: 460,
    height: 640,
  });
  await page.waitFor(`document.querySelector('.bar select') !== null`);
  await page.evaluate(`(() => {
    const choice = document.querySelector('.bar select');
    choice.value = ${JSON.stringify(lang)};
    choice.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await page.waitFor(`document.querySelector('.app')?.getAttribute('lang') === ${JSON.stringify(lang)}`);
  return page;
}

/**
 * Clicks, as a person does, the element a source expression names (scrolled into view first);
 * false when there is no such element.
 */
export async function clickOn(tab: Tab, element: string): Promise<boolean> {
  const at = await tab.evaluate<{ x: number; y: number } | null>(`(() => {
    const el = ${element};
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`);
  if (at) await tab.click(at.x, at.y);
  return at !== null;
}

const isExtensionPath = (url: string) => !/^[a-z-]+:/.test(url);

export function chromiumDriver(context: BrowserContext, origin: string): Driver {
  const tab = (page: PlaywrightPage): Tab => ({
    card: () => openCard(page),
    state: () => pageStateIn(context, page.url()),
    siyaqDone(timeout) {
      return untilDone(() => this.state(), timeout);
    },
    evaluate: (source) => page.evaluate(source),
    waitFor: async (source, timeout = 15_000) => {
      await page.waitForFunction(source, null, { timeout });
    },
    hover: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    chord: (...keys) => page.keyboard.press(keys.join('+')),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  });
  return {
    name: 'Chromium',
    origin,
    async open(url, { width = 1100, height = 900, initScript } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      if (initScript) await page.addInitScript(initScript);
      await page.goto(isExtensionPath(url) ? `${origin}/${url}` : url);
      return tab(page);
    },
    close: () => context.close(),
  };
}

/** Chromium's driver for a context launched by the harness, once Siyaq's service worker runs. */
export async function chromium(context: BrowserContext): Promise<Driver> {
  return chromiumDriver(context, await extensionOrigin(context));
}

export function firefoxDriver(firefox: Firefox): Driver {
  // One of Siyaq's pages, opened before any other tab (the tabs opened later keep their order),
  // from which tabs are asked what the popup asks.
  let control: Promise<PuppeteerPage> | undefined;
  const controlPage = () => {
    control ??= (async () => {
      const page = await firefox.browser.newPage();
      const target = `${firefox.origin}/popup.html?control`;
      void page.goto(target, { timeout: 60_000 }).catch(() => undefined);
      await tab(page).waitFor(`location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`);
      return page;
    })();
    return control;
  };
  const tab = (page: PuppeteerPage): Tab => ({
    card: () => firefoxCard(firefox, page),
    state: async () => (await (await controlPage()).evaluate(pageState(page.url()))) as PageEntities | null,
    siyaqDone(timeout) {
      return untilDone(() => this.state(), timeout);
    },
    evaluate: <T>(source: string) => page.evaluate(source) as Promise<T>,
    // Polled with evaluate: puppeteer's waitForFunction builds a Function in the page, which the
    // add-on's own pages forbid (their CSP has no 'unsafe-eval').
    waitFor: async (source, timeout = 15_000) => {
      const end = Date.now() + timeout;
      while (!(await page.evaluate(source).catch(() => false))) {
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${source}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    hover: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    chord: async (...keys) => {
      for (const key of keys) await page.keyboard.down(key as never);
      for (const key of [...keys].reverse()) await page.keyboard.up(key as never);
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  });
  return {
    name: 'Firefox',
    origin: firefox.origin,
    async open(url, { width = 1100, height = 900, initScript } = {}) {
      await controlPage();
      const page = await firefox.browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') firefox.errors.push(m.text());
      });
      page.on('pageerror', (e) => firefox.errors.push((e as Error).message));
      await page.setViewport({ width, height });
      if (initScript) await page.evaluateOnNewDocument(initScript);
      if (isExtensionPath(url)) {
        // Over BiDi, Firefox 153 never reports a navigation into the add-on's process as done
        // (the page loads, the command times out): go there, and wait for the page itself.
        const target = `${firefox.origin}/${url}`;
        void page.goto(target, { timeout: 60_000 }).catch(() => undefined);
        const opened = tab(page);
        await opened.waitFor(`location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`);
        return opened;
      }
      await page.goto(url);
      return tab(page);
    },
    close: () => firefox.close(),
  };
}

/**
 * The card open in a Firefox page, read from inside its closed shadow root: WebDriver BiDi gives
 * a closed root to a client that asks for it (includeShadowTree), which puppeteer does not.
 */
async function firefoxCard(firefox: Firefox, page: PuppeteerPage): Promise<OpenCard | null> {
  const bidi = firefox.browser as unknown as {
    connection: { send(method: string, params: object): Promise<BidiReply> };
  };
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await bidi.connection.send('script.evaluate', {
    expression: `document.querySelector('[data-siyaq="card"]')`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = (host.result.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
  if (!root) return null;
  const card = await bidi.connection.send('script.callFunction', {
    functionDeclaration: CARD_IN_SHADOW,
    arguments: [{ sharedId: root }],
    target: { context },
    awaitPromise: false,
  });
  const json = card.result.result?.value;
  return typeof json === 'string' ? (JSON.parse(json) as OpenCard) : null;
}

/** What puppeteer's BiDi connection answers for script.evaluate and script.callFunction. */
interface BidiReply {
  result: { result?: { value?: unknown } };
}
