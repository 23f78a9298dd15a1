import { fitArticle } from '../../lib/article/fit';
import type { ArticleMeta } from '../../lib/article/read';
import { ReadingClock } from '../../lib/log/reading-clock';
import type { ReadingProgress } from '../../lib/log/schema';
import type { EntityCount } from '../../lib/log/types';
import { toBackground } from '../../lib/messages/browser';

/** How often a reading in progress is reported (and always when the tab is hidden or closed). */
const REPORT_EVERY_MS = 15_000;
const SIGNS_OF_THE_READER = ['scroll', 'keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Reports one reading of an article to the reading log: the article once, then, as the reading
 * goes on, the active reading time and the deepest point of the article reached. Returns what
 * ends the reading (a last report, and no more listening).
 */
export function trackReading(meta: ArticleMeta, named: EntityCount[], body: Element): () => void {
  const fitted = fitArticle(meta, named);
  if (!fitted) {
    console.warn(`Siyaq does not log this page: its address is not one the reading log can keep.`);
    return () => undefined;
  }
  const { article, entities, cuts } = fitted;
  for (const cut of cuts)
    console.warn(`Siyaq logged this article with its ${cut.field} (${cut.length} long) ${cut.done}.`);
  const visitId = crypto.randomUUID();
  // Unanswered reports are not retried: the background restarts on its own, and progress is
  // cumulative, so the next report makes up for a lost one.
  void toBackground('article-read', { visitId, ...article, entities });
  const clock = new ReadingClock(document.visibilityState === 'visible', performance.now());
  let maxScroll = 0;
  let reported = '';
  const depth = () => {
    const rect = body.getBoundingClientRect();
    return rect.height > 0 ? Math.min(1, Math.max(0, (innerHeight - rect.top) / rect.height)) : 0;
  };
  const report = () => {
    maxScroll = Math.max(maxScroll, depth());
    const progress: ReadingProgress = {
      visitId,
      canonicalUrl: article.canonicalUrl,
      activeMs: clock.activeMs(performance.now()),
      maxScroll: Math.round(maxScroll * 1000) / 1000,
    };
    const key = `${progress.activeMs}/${progress.maxScroll}`;
    if (key === reported) return;
    reported = key;
    void toBackground('reading-progress', progress);
  };
  let lastSign = 0;
  const onSign = (event: Event) => {
    // The page can fire scroll and key events of its own; only the reader's count.
    if (!event.isTrusted) return;
    const now = performance.now();
    // A moving pointer fires often; once a second is sign enough.
    if (now - lastSign < 1000) return;
    lastSign = now;
    clock.activity(now);
    maxScroll = Math.max(maxScroll, depth());
  };
  const onVisibility = () => {
    clock.visibility(document.visibilityState === 'visible', performance.now());
    if (document.visibilityState === 'hidden') report();
  };
  for (const type of SIGNS_OF_THE_READER) addEventListener(type, onSign, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', report);
  const timer = setInterval(report, REPORT_EVERY_MS);
  return () => {
    report();
    for (const type of SIGNS_OF_THE_READER) removeEventListener(type, onSign, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', report);
    clearInterval(timer);
  };
}
