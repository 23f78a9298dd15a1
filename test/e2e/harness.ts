/**
 * The real browser: builds the extension, serves fixture pages on 127.0.0.1 under their real
 * host names (Chromium's --host-resolver-rules), and starts Debian's Chromium with Siyaq loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ArticleRecord } from '../../lib/log/types';
import type { PageEntities } from '../../lib/messages';
import { BROWSERS } from '../../scripts/browsers';
import { CARD_IN_SHADOW, type OpenCard, pageState, READ_LOG, TAB_BEFORE, untilDone } from './probes';

const ROOT = join(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, '.output-e2e');
export const PAGES = join(ROOT, 'test/fixtures/pages');

/**
 * Builds the extension as users get it, into a folder of its own per caller (`name`), so that
 * test files running side by side never build over each other. The same name gives the same
 * path, hence the same extension id: building again is installing a new version over the old.
 */
export function buildExtension(name = 'default', browser: 'chrome' | 'firefox' = 'chrome'): string {
  const out = join(OUT_DIR, name);
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', SIYAQ_OUT_DIR: out },
    stdio: 'pipe',
  });
  return join(out, `${browser}-mv3`);
}

/** A fixture page, and the headers it is served with (a Content-Security-Policy, say). */
export type Route = string | { file: string; headers: Record<string, string> };

/** Serves `routes` (page URL → file, absolute or in test/fixtures/pages) over HTTPS, under each URL's host name. */
export async function serveFixtures(routes: Record<string, Route>): Promise<Server> {
  const files = new Map(Object.entries(routes).map(([url, route]) => [new URL(url).href, route]));
  const tls = join(ROOT, 'test/fixtures/tls');
  const options = { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) };
  const server = createServer(options, (req, res) => {
    const route = files.get(new URL(req.url ?? '/', `https://${req.headers.host}`).href);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const { file, headers } = typeof route === 'string' ? { file: route, headers: {} } : route;
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers })
      .end(readFileSync(isAbsolute(file) ? file : join(PAGES, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Chromium with the extension, every host of `pages` answered by the fixture server. */
export async function launch(
  extension: string,
  server: Server,
  pages: readonly string[],
  {
    headless = true,
    profile = mkdtempSync(join(tmpdir(), 'siyaq-profile-')),
  }: { headless?: boolean; profile?: string } = {},
): Promise<BrowserContext> {
  const { port } = server.address() as AddressInfo;
  const served = new Set(pages.map((url) => new URL(url).href));
  const hosts = [...new Set(pages.map((url) => new URL(url).hostname.replace(/^www\./, '')))];
  const rules = hosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${port}`, `MAP *.${h} 127.0.0.1:${port}`]).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium.binary,
    headless,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The fixture server's certificate is self-signed (test/fixtures/tls).
      '--ignore-certificate-errors',
    ],
  });
  // The saved pages still name their images, styles and trackers, which are not saved: those
  // answer empty, so that the console shows only what the pages and Siyaq do.
  // Only the web: Siyaq's own pages load their scripts from the extension untouched.
  await context.route(/^https?:/, (route) =>
    served.has(route.request().url()) ? route.continue() : route.fulfill({ status: 204, body: '' }),
  );
  return context;
}

/** Siyaq's origin, chrome-extension://<id>, once its service worker runs. */
export async function extensionOrigin(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/** One of Siyaq's own pages (the popup unless told), from which to ask what the popup asks. */
export async function openExtensionPage(context: BrowserContext, path = 'popup.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${await extensionOrigin(context)}/${path}`);
  return page;
}

/** The reading log, newest first, as Siyaq's pages get it from the background. */
export async function readingLog(context: BrowserContext): Promise<ArticleRecord[]> {
  const page = await openExtensionPage(context);
  const reply = (await page.evaluate(READ_LOG)) as { articles: ArticleRecord[] };
  await page.close();
  return reply.articles;
}

/** The id of the tab just before an extension page: the page it stands for, as the popup over its tab. */
export const tabBefore = async (extensionPage: Page): Promise<number> =>
  (await extensionPage.evaluate(TAB_BEFORE)) as number;

/** What Siyaq's content script says of the page at `url`, asked from Siyaq's service worker as the popup asks. */
export async function pageStateIn(context: BrowserContext, url: string): Promise<PageEntities | null> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return (await worker.evaluate(pageState(url))) as PageEntities | null;
}

/** Waits until Siyaq has looked at the page, and on an article painted its first scan; what it says then. */
export const siyaqDone = (page: Page, timeout = 15_000): Promise<PageEntities> =>
  untilDone(() => pageStateIn(page.context(), page.url()), timeout);

/**
 * The context card open in the page, read from inside its closed shadow root through the
 * DevTools protocol (which sees closed roots; the page's scripts do not).
 */
export async function openCard(page: Page): Promise<OpenCard | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (n) => attribute(n, 'data-siyaq') === 'card');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: `function () { return (${CARD_IN_SHADOW})(this); }`,
      returnByValue: true,
    });
    return typeof result.value === 'string' ? (JSON.parse(result.value) as OpenCard) : null;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes?.[at + 1] : undefined;
};

function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Bundles a module of Siyaq's code and runs it in a page: a benchmark of lib code in Chromium. */
export async function runInPage(page: Page, entry: string): Promise<void> {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'chrome120' });
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
}
