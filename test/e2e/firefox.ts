/**
 * The real Firefox: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core, no downloaded
 * browser or driver), with the Firefox build of Siyaq installed as a temporary add-on. Every
 * connection the browser makes goes through a local proxy: the fixture pages' hosts reach the
 * fixture server under their real names (no port in the URL, as on the real sites), and every
 * other host is refused and written down, so a test can say that Siyaq asked the network nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { type AddressInfo, connect, createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/browsers';

/** The address the add-on is pinned to, so tests can open its pages. */
const ADDON_UUID = '5a7e6c1e-51a9-4c0e-9f1a-7b9d2c3e4f50';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface Firefox {
  browser: Browser;
  origin: string;
  /** Hosts the browser tried to reach that no fixture page is served from, in order. */
  refused: string[];
  /** Errors Firefox printed from web pages and from the add-on (background, content script, pages). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * The uncaught errors Firefox reports from web pages and from the add-on (its event page included,
 * which BiDi does not show): every "JavaScript error" but those of Firefox's own code (resource://,
 * chrome://). Its console lines name no source, so they are left to the pages' own console events.
 */
function collectErrors(output: NodeJS.ReadableStream, errors: string[]): void {
  let rest = '';
  output.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (/^JavaScript error: (?!resource:|chrome:)/.test(line)) errors.push(line);
  });
}

/**
 * A forward proxy on 127.0.0.1: CONNECTs to the served hosts are piped to the fixture server,
 * everything else is refused and recorded.
 */
async function fixtureProxy(server: Server, hosts: ReadonlySet<string>, refused: string[]): Promise<NetServer> {
  const { port } = server.address() as AddressInfo;
  const proxy = createServer((client) => {
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0] ?? '';
      const [method, target = ''] = line.split(' ');
      const host = method === 'CONNECT' ? (target.split(':')[0] ?? '') : safeHost(target);
      if (method !== 'CONNECT' || !hosts.has(host)) {
        refused.push(host || line);
        client.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

/** The add-on's id, as the build wrote it (wxt.config.ts). */
const addonId = (extension: string): string =>
  JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Debian's Firefox ESR with Siyaq installed, every host of `pages` answered by the fixture server. */
export async function launchFirefox(
  extension: string,
  server: Server,
  pages: readonly string[],
  { headless = true }: { headless?: boolean } = {},
): Promise<Firefox> {
  const hosts = new Set(pages.map((url) => new URL(url).hostname));
  const refused: string[] = [];
  const proxy = await fixtureProxy(server, hosts, refused);
  const { port } = proxy.address() as AddressInfo;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox.binary,
    headless,
    // The fixture server's certificate is self-signed (test/fixtures/tls).
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'siyaq-firefox-')),
    // Lets BiDi open the add-on's own moz-extension:// pages (the popup, the options).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId(extension)]: ADDON_UUID }),
      // A site the user allows is granted without the browser's prompt, which BiDi cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own services kept quiet where a pref allows it (its remote settings still call).
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'app.normandy.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      'browser.region.network.url': '',
      'browser.topsites.contile.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
    },
  });
  const errors: string[] = [];
  const output = browser.process();
  if (output?.stdout) collectErrors(output.stdout, errors);
  if (output?.stderr) collectErrors(output.stderr, errors);
  await browser.installExtension(extension);
  return {
    browser,
    origin: ORIGIN,
    refused,
    errors,
    async close() {
      await browser.close();
      proxy.close();
    },
  };
}
