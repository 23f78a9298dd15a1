// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ScanPanel, type ScanPanelProps } from '../../components/scan-panel';
import { detectPage } from '../../lib/detect/detect';
import { ALLOWED_SITES_SCRIPT, allowedSitesScript, sitePattern } from '../../lib/sites/allowed';

const load = (file: string) =>
  new DOMParser().parseFromString(
    readFileSync(join(import.meta.dirname, '../fixtures/pages', file), 'utf8'),
    'text/html',
  );

describe('sites the user allows', () => {
  it('asks for exactly the site of the page, and nothing for pages no extension may touch', () => {
    expect(sitePattern('https://www.example.org/news/1?x=2#top')).toBe('*://www.example.org/*');
    expect(sitePattern('http://localhost:8080/a')).toBe('*://localhost/*');
    expect(sitePattern('chrome://extensions/')).toBeNull();
    expect(sitePattern('file:///home/me/a.html')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('registers the content script for the granted sites only, not again for the curated ones', () => {
    expect(allowedSitesScript([])).toBeNull();
    expect(allowedSitesScript(['*://sana.sy/*', '*://www.sana.sy/*'])).toBeNull();
    // Firefox reports the curated sites' patterns among the granted origins, their paths cut:
    // the BBC's Arabic pages are curated, the rest of the BBC is not Siyaq's to read.
    expect(
      allowedSitesScript(['*://bbc.com/*', '*://www.bbc.com/*', '*://aa.com.tr/*', '*://news.un.org/*']),
    ).toBeNull();
    expect(allowedSitesScript(['*://www.dw.com/*', '*://news.example.org/*'])?.matches).toEqual([
      '*://news.example.org/*',
    ]);
    expect(
      allowedSitesScript(['*://www.example.org/*', '*://sana.sy/*', '*://news.example.com/*', '*://www.example.org/*']),
    ).toEqual({
      id: ALLOWED_SITES_SCRIPT,
      matches: ['*://news.example.com/*', '*://www.example.org/*'],
      js: ['/content-scripts/content.js'],
      css: ['/content-scripts/content.css'],
      runAt: 'document_idle',
    });
    // What the user granted in the browser's own settings is honoured; anything that is not a site pattern is not.
    expect(allowedSitesScript(['https://*/*', '<all_urls>'])).toEqual(
      expect.objectContaining({ matches: ['https://*/*'] }),
    );
  });

  it('reads an article on an allowed site as news, since the user vouched for the site', () => {
    const url = 'https://www.example.org/2025/10/story';
    expect(detectPage(load('wikipedia-ar.html'), url).kind).toBe('other');
    expect(detectPage(load('wikipedia-ar.html'), url, { vouched: true }).kind).toBe('article');
    // A shop stays a shop, whoever vouches for it.
    expect(detectPage(load('shop-ar.html'), url, { vouched: true }).kind).toBe('other');
    // As the content script asks: off the curated sites it runs only where the user vouched.
    expect(detectPage(load('wikipedia-ar.html'), url, { vouchedOffCurated: true }).kind).toBe('article');
  });
});

describe('the popup’s “Scan this page”', () => {
  const mount = (props: Partial<ScanPanelProps>) => {
    const host = document.createElement('div');
    const all: ScanPanelProps = {
      lang: 'en',
      host: 'www.example.org',
      curated: false,
      allowed: false,
      scan: vi.fn(async () => ({ ok: true as const })),
      allow: vi.fn(async (on: boolean) => on),
      ...props,
    };
    render(<ScanPanel {...all} />, host);
    return { host, props: all };
  };

  it('scans when asked and says so', async () => {
    const { host, props } = mount({});
    await act(async () => host.querySelector('button')?.click());
    expect(props.scan).toHaveBeenCalledOnce();
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/highlighted/);
  });

  const refused = async () => ({
    ok: false as const,
    error: { key: 'scanRefused' as const, values: ['Missing host permission for the tab'] },
  });

  it('says why a scan failed', async () => {
    const { host } = mount({ scan: refused });
    await act(async () => host.querySelector('button')?.click());
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'This page could not be scanned. The browser’s reason: \u2068Missing host permission for the tab\u2069',
    );
  });

  it('says it in Arabic, with only the browser’s own words left in English', async () => {
    const { host } = mount({ lang: 'ar', scan: refused });
    await act(async () => host.querySelector('button')?.click());
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'تعذّر فحص هذه الصفحة. سبب المتصفح: \u2068Missing host permission for the tab\u2069',
    );
  });

  it('offers to always scan a site that is not curated, and shows what the browser granted', async () => {
    const { host, props } = mount({ allow: vi.fn(async () => false) });
    const box = host.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(host.textContent).toContain('Always scan pages on www.example.org');
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    });
    expect(props.allow).toHaveBeenCalledWith(true);
    // The user said no in the browser's prompt: the box does not claim otherwise.
    expect(box.checked).toBe(false);
  });

  it('speaks Arabic, and says a curated site is always scanned', () => {
    const { host } = mount({ lang: 'ar', host: 'sana.sy', curated: true });
    expect(host.textContent).toContain('افحص هذه الصفحة');
    expect(host.textContent).toContain('sana.sy موقع إخباري يفحصه سياق دائمًا');
    expect(host.querySelector('input')).toBeNull();
  });

  it('says when no extension may scan the page', () => {
    const { host } = mount({ host: null });
    expect(host.querySelector('button')).toBeNull();
    expect(host.textContent).toMatch(/No extension may scan/);
  });
});
