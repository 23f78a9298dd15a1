import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardEntity } from '../lib/card/card-entity';
import { entityById } from '../lib/entities/dataset';
import { type ArticleRead, parseRequest, type Response } from '../lib/messages';

/**
 * The background answers the extension's own scripts: it owns the dataset and receives the
 * articles read. Until the reading log (IndexedDB) exists, the articles of this session are kept
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
