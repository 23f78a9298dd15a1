import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardEntity } from '../lib/card/card-entity';
import { entityById } from '../lib/entities/dataset';
import { parseRequest, type Response } from '../lib/messages';

/** The background answers the extension's own scripts: it owns the dataset (and, later, the reading log). */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse: (response: Response) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      sendResponse(parsed);
      return;
    }
    const entities = parsed.request.ids.flatMap((id) => {
      const entity = entityById(id);
      return entity ? [cardEntity(entity)] : [];
    });
    sendResponse({ ok: true, entities });
  });
});
