import prebuilt from 'virtual:siyaq-matcher';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardEntity } from '../lib/card/card-entity';
import { Engine } from '../lib/engine/engine';
import { tokenizeEnglish } from '../lib/engine/english';
import { loadMatcher } from '../lib/engine/prebuilt';
import { entityById } from '../lib/entities/dataset';
import { type ArticleRead, parseRequest, type Response } from '../lib/messages';
import { ALLOWED_SITES_SCRIPT, allowedSitesScript, CONTENT_SCRIPT_FILE } from '../lib/sites/allowed';

/** The engine with compromise, for the pages with English text; made on the first. */
let englishEngine: Promise<Engine> | undefined;

/**
 * The background answers the extension's own scripts: it owns the dataset, the matcher and
 * compromise (kept out of the code every news page runs), and receives the articles read. Until the reading log (IndexedDB) exists, the articles of this session are kept
 * in memory, newest last, one per canonical URL with its number of visits.
 */
/**
 * Scans a tab the user asked for. Where the content script already runs (a curated or allowed
 * site) it is told to; elsewhere it is injected, with the request marked in the tab's isolated
 * world first, through activeTab (granted by the popup or the keyboard command).
 */
async function scanTab(tabId: number): Promise<Response> {
  try {
    const answered: unknown = await browser.tabs.sendMessage(tabId, { type: 'scan-page' }).catch(() => null);
    if (answered === true) return { ok: true };
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as { siyaqAsked?: boolean }).siyaqAsked = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `Siyaq cannot scan this page: ${(error as Error).message}` };
  }
}

/** Keeps the run-time content script in step with the sites the user allowed (optional host permissions). */
async function syncAllowedSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = allowedSitesScript(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ALLOWED_SITES_SCRIPT] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ALLOWED_SITES_SCRIPT] });
  if (wanted) await browser.scripting.registerContentScripts([{ ...wanted, persistAcrossSessions: true }]);
}

export default defineBackground(() => {
  browser.permissions.onAdded.addListener(() => void syncAllowedSites());
  browser.permissions.onRemoved.addListener(() => void syncAllowedSites());
  browser.runtime.onInstalled.addListener(() => void syncAllowedSites());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'scan-page' && tab?.id !== undefined) void scanTab(tab.id);
  });
  const articles = new Map<string, ArticleRead & { visits: number }>();
  browser.runtime.onMessage.addListener((message, sender, sendResponse: (response: Response) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      sendResponse(parsed);
      return;
    }
    const request = parsed.request;
    switch (request.type) {
      case 'scan-tab':
        // Only Siyaq's own pages (the popup) may ask: a content script has no business scanning other tabs.
        if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
          sendResponse({ ok: false, error: 'Siyaq refused a message: scan-tab comes from its own pages only' });
          return;
        }
        scanTab(request.tabId).then(sendResponse);
        return true;
      case 'find-mentions':
        englishEngine ??= loadMatcher(prebuilt).then((matcher) => new Engine(matcher, { tokenizeEnglish }));
        englishEngine.then(
          (engine) => sendResponse({ ok: true, mentions: engine.findForPage(request.text) ?? [] }),
          (error: Error) => sendResponse({ ok: false, error: error.message }),
        );
        return true;
      case 'entity-details':
        sendResponse({
          ok: true,
          entities: request.ids.flatMap((id) => {
            const entity = entityById(id);
            return entity ? [cardEntity(entity)] : [];
          }),
        });
        return;
      case 'article-read': {
        const visits = (articles.get(request.canonicalUrl)?.visits ?? 0) + 1;
        articles.delete(request.canonicalUrl);
        articles.set(request.canonicalUrl, { ...request, visits });
        sendResponse({ ok: true });
        return;
      }
      case 'recent-articles':
        sendResponse({ ok: true, articles: [...articles.values()] });
        return;
    }
  });
});
