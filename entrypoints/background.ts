import prebuilt from 'virtual:siyaq-matcher';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardEntity } from '../lib/card/card-entity';
import { Engine } from '../lib/engine/engine';
import { tokenizeEnglish } from '../lib/engine/english';
import { loadMatcher } from '../lib/engine/prebuilt';
import { entityById } from '../lib/entities/dataset';
import { type ArticleRead, parseRequest, type Response } from '../lib/messages';

/** The engine with compromise, for the pages with English text; made on the first. */
let englishEngine: Promise<Engine> | undefined;

/**
 * The background answers the extension's own scripts: it owns the dataset, the matcher and
 * compromise (kept out of the code every news page runs), and receives the articles read. Until the reading log (IndexedDB) exists, the articles of this session are kept
 * in memory, newest last, one per canonical URL with its number of visits.
 */
export default defineBackground(() => {
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
