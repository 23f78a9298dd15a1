import prebuilt from 'virtual:siyaq-matcher';
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { WordCounter } from '../lib/article/text';
import { CARD_MESSAGES, cardEntity } from '../lib/card/card-entity';
import { Engine } from '../lib/engine/engine';
import { tokenizeEnglish } from '../lib/engine/english';
import { packMentions } from '../lib/engine/packed';
import { loadMatcher } from '../lib/engine/prebuilt';
import { ScanQueue } from '../lib/engine/scan-queue';
import { entityById } from '../lib/entities/dataset';
import { messagesFor } from '../lib/i18n';
import { LogDatabase } from '../lib/log/db';
import { LogService } from '../lib/log/service';
import { parseRequest, type Response, type SenderKind, TAB_SHARE_USED } from '../lib/messages';
import {
  ALLOWED_SITES_SCRIPT,
  allowedSitesScript,
  CONTENT_SCRIPT_FILE,
  CONTENT_STYLE_FILE,
} from '../lib/sites/allowed';

/** The engine (with compromise for English) every tab's text is read with, behind a fair queue; made on the first. */
let scanQueue: Promise<ScanQueue> | undefined;

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
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] });
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

/** Who sent a message: Siyaq's content script in a web page, one of Siyaq's own pages, or anything else. */
function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return 'other';
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return 'page';
  return sender.tab ? 'content' : 'other';
}

/**
 * The background answers Siyaq's own scripts: it owns the reading log (IndexedDB, through
 * Dexie), the dataset, and compromise (kept out of the code every news page runs).
 */
export default defineBackground(() => {
  const log = new LogService(new LogDatabase());
  browser.permissions.onAdded.addListener(() => void syncAllowedSites());
  browser.permissions.onRemoved.addListener(() => void syncAllowedSites());
  browser.runtime.onInstalled.addListener(() => void syncAllowedSites());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'scan-page' && tab?.id !== undefined) void scanTab(tab.id);
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse: (response: Response) => void) => {
    const parsed = parseRequest(message, senderKind(sender));
    if (!parsed.ok) {
      sendResponse(parsed);
      return;
    }
    const request = parsed.request;
    const failed = (error: unknown) =>
      sendResponse({ ok: false, error: `Siyaq could not do that: ${(error as Error)?.message ?? error}` });
    switch (request.type) {
      case 'find-mentions':
        scanQueue ??= loadMatcher(prebuilt).then((matcher) => {
          const engine = new Engine(matcher, { tokenizeEnglish });
          return new ScanQueue((text, options) => engine.findForPage(text, options) ?? []);
        });
        scanQueue
          .then((queue) =>
            queue.submit(String(sender.tab?.id ?? sender.url), request.text, { capitals: request.capitals ?? false }),
          )
          .then(
            (mentions) =>
              sendResponse(
                mentions
                  ? { ok: true, found: packMentions(mentions), words: new WordCounter().read(request.text).words }
                  : { ok: false, error: TAB_SHARE_USED },
              ),
            failed,
          );
        return true;
      case 'scan-tab':
        scanTab(request.tabId).then(sendResponse);
        return true;
      case 'entity-details':
        sendResponse({
          ok: true,
          entities: request.ids.flatMap((id) => {
            const entity = entityById(id);
            return entity ? [cardEntity(entity)] : [];
          }),
          messages: messagesFor(request.lang ?? 'en', CARD_MESSAGES),
        });
        return;
      default:
        log.answer(request, { incognito: sender.tab?.incognito ?? false, now: Date.now() }).then(sendResponse, failed);
        return true;
    }
  });
});
