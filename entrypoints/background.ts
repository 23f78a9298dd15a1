import prebuilt from 'virtual:siyaq-matcher';
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { renderPageCards } from '../components/page-card';
import { WordCounter } from '../lib/article/text';
import { Engine } from '../lib/engine/engine';
import { tokenizeEnglish } from '../lib/engine/english';
import { packMentions } from '../lib/engine/packed';
import { loadMatcher } from '../lib/engine/prebuilt';
import { BACKGROUND_LIMITS, ScanQueue } from '../lib/engine/scan-queue';
import { LogDatabase } from '../lib/log/db';
import { LogService, logRoutes, type ReadingContext } from '../lib/log/service';
import { type Answers, type Handlers, Refused, type SenderKind } from '../lib/messages';
import { toPage } from '../lib/messages/browser';
import { handle } from '../lib/messages/protocol';
import { afterQueuedTasks, Slicer } from '../lib/schedule/slicer';
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
async function scanTab(tabId: number): Promise<Answers['scan-tab']> {
  if ((await toPage(tabId)({ type: 'scan-page' })) === true) return {};
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as { siyaqAsked?: boolean }).siyaqAsked = true;
      },
    });
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return {};
  } catch (error) {
    // The browser's own words (a page it keeps to itself, a site not granted), after Siyaq's own.
    throw new Refused('scanRefused', error instanceof Error ? error.message : String(error));
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

/** What the background knows of who asked: the tab (its fair share of the background's time), and the reading's context. */
interface Asker extends ReadingContext {
  tab: string;
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
    if (command === 'scan-page' && tab?.id !== undefined) void scanTab(tab.id).catch(() => undefined);
  });
  const handlers: Handlers<Asker> = {
    ...logRoutes(log),
    'find-mentions': async ({ text, capitals }, { tab }) => {
      const received = performance.now();
      scanQueue ??= loadMatcher(prebuilt).then((matcher) => {
        const engine = new Engine(matcher, { tokenizeEnglish });
        return new ScanQueue((text, options) => engine.findForPage(text, options) ?? []);
      });
      const mentions = await (await scanQueue).submit(tab, text, { capitals: capitals ?? false });
      const answer = mentions
        ? { found: packMentions(mentions), words: new WordCounter().read(text).words, shareUsed: false }
        : { found: packMentions([]), words: 0, shareUsed: true };
      return { ...answer, ms: performance.now() - received };
    },
    'scan-tab': ({ tabId }) => scanTab(tabId),
    // A page naming a hundred entities asks for a hundred cards: the popup is answered between slices.
    'page-cards': (request) =>
      renderPageCards(request, new Slicer(BACKGROUND_LIMITS.budgetMs, undefined, afterQueuedTasks)),
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const asker = {
      tab: String(sender.tab?.id ?? sender.url),
      incognito: sender.tab?.incognito ?? false,
      now: Date.now(),
    };
    void handle(handlers, message, senderKind(sender), asker).then(sendResponse);
    return true;
  });
});
