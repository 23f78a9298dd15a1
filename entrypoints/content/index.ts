import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type ArticleMeta, readArticle, readingRoot } from '../../lib/article/read';
import { WordCounter } from '../../lib/article/text';
import { detectPage } from '../../lib/detect/detect';
import { excludePatterns, judgeUrl, matchPatterns } from '../../lib/detect/url';
import { type PageEntities, PageRequest, type PageState } from '../../lib/messages';
import { toBackground } from '../../lib/messages/browser';
import { PREFS_KEY, type Prefs, readPrefs } from '../../lib/prefs';
import { nextTask } from '../../lib/schedule/slicer';
import './highlights.css';
import { trackReading } from './reading';
import { type MentionSource, notScanned, PageSession } from './session';

/** What the extension's scripts leave in this page's isolated world (never visible to the page). */
interface SiyaqWorld {
  /** Set by the background just before it injects this script because the user asked for a scan. */
  siyaqAsked?: boolean;
  /** Set by the copy of this script already running in the page: scan now, as asked. */
  siyaqAsk?: () => void;
}

/** How long after an in-page navigation the new story is read. */
const NAVIGATION_SETTLE_MS = 400;

/**
 * The page side of Siyaq: judges the page, and for an article (or a page the user asks for)
 * starts a PageSession that highlights it, and a reading report. The matcher is not here: the
 * background keeps it warm for every tab, and this script sends it the page's text.
 */
export default defineContentScript({
  // For the manifest: the build reads them in Node (import.meta.env.SSR); a page would only pay for
  // working them out again.
  matches: import.meta.env.SSR ? matchPatterns() : [],
  // The curated hosts' editions in languages Siyaq cannot read (sana.sy/fr/…).
  excludeMatches: import.meta.env.SSR ? excludePatterns() : [],
  runAt: 'document_idle',
  // WXT also announces a new script with window.postMessage, which every page script hears: Siyaq's
  // presence would be the page's to read. The event it sends in the isolated world is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const startedAt = performance.now();
    const world = globalThis as SiyaqWorld;
    const asked = world.siyaqAsked === true;
    delete world.siyaqAsked;
    // Injected into a page Siyaq already runs in: that copy scans, once.
    if (world.siyaqAsk) {
      if (asked) world.siyaqAsk();
      return;
    }
    let verdict: Pick<PageState, 'kind' | 'signals' | 'detectMs'> = { kind: null, signals: [], detectMs: 0 };
    /** The page's highlighting, stopped or not; none until the page is one to highlight. */
    let session: PageSession | null = null;
    let lang: 'ar' | 'en' = 'ar';
    let prefs: Prefs | null = null;
    // Asked for at once, so storage answers while the page is judged; read only for a page Siyaq
    // works on (checking it is code running for the first time, in every page: 1–3 ms).
    const stored = storedPrefs();
    let endReading: (() => void) | null = null;
    ctx.onInvalidated(() => {
      endReading?.();
      session?.stop();
    });
    const highlight = async (): Promise<PageSession | null> => {
      if (session?.active) return session;
      prefs ??= readPrefs(await stored);
      if (ctx.isInvalid) return null;
      const started = new PageSession(document, lang, prefs, askBackground());
      session = started;
      await started.start();
      return started.active ? started : null;
    };
    /** Looks at the page as it is now: detects it, and highlights and reports it if it is an article. */
    const visit = async (asked: boolean) => {
      session?.stop();
      session = null;
      endReading?.();
      endReading = null;
      let started = performance.now();
      const judged = detectPage(document, location.href, { vouched: asked, vouchedOffCurated: true });
      let detectMs = performance.now() - started;
      let article: ArticleMeta | null = null;
      if (judged.kind === 'article') {
        // Judging and reading the metadata each walk a huge page: two tasks, not one.
        await nextTask();
        started = performance.now();
        article = readArticle(document, location.href, { words: false });
        detectMs += performance.now() - started;
      }
      verdict = { kind: judged.kind, signals: judged.signals, detectMs };
      lang = article?.lang ?? (document.documentElement.lang.startsWith('en') ? 'en' : 'ar');
      if (!article && !asked) return;
      prefs ??= readPrefs(await stored);
      // A curated site the user turned off is left alone, unless they ask for this page.
      if (!asked && siteIsOff(prefs)) return;
      const highlighted = await highlight();
      if (!article || !highlighted) return;
      article.wordCount = highlighted.words;
      // A session stopped meanwhile (the user, the settings, another page) reports nothing.
      if (highlighted.active) endReading = trackReading(article, highlighted.entityCounts(), readingRoot(document));
    };
    world.siyaqAsk = () => void highlight();
    // A change in the settings shows at once: the highlights are painted again as asked.
    const onPrefs = (changes: Record<string, { newValue?: unknown }>) => {
      if (!changes[PREFS_KEY]) return;
      prefs = readPrefs(changes[PREFS_KEY].newValue);
      if (!session?.active) return;
      if (siteIsOff(prefs)) session.stop();
      else if (!session.restyle(prefs)) {
        session.stop();
        void highlight();
      }
    };
    browser.storage.onChanged.addListener(onPrefs);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onPrefs));
    const onRequest = (message: unknown) => {
      const parsed = v.safeParse(PageRequest, message);
      if (!parsed.success) return;
      const request = parsed.output;
      const active = session?.active ? session : null;
      switch (request.type) {
        case 'scan-page':
          void highlight();
          return Promise.resolve(true);
        case 'page-entities': {
          const answer: PageEntities = {
            ...(active?.report ?? notScanned()),
            ...verdict,
            startedAt,
            url: location.href,
            highlighted: active !== null,
            entities: active ? active.entityCounts().sort((a, b) => b.mentions - a.mentions) : [],
          };
          return Promise.resolve(answer);
        }
        case 'next-mention':
          return Promise.resolve(active?.nextMention(request.id) ?? false);
        case 'show-related':
          active?.outline(request.ids);
          return Promise.resolve(true);
      }
    };
    browser.runtime.onMessage.addListener(onRequest);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRequest));
    // Alt+Shift+H turns the highlights off (the page is as it was) and on again.
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyH') || !session) return;
      event.preventDefault();
      if (session.active) session.stop();
      else void highlight();
    });
    // A site that moves to another story without loading a page (history API): the new page is
    // looked at afresh once it has had a moment to render.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void visit(false), NAVIGATION_SETTLE_MS);
    });
    // The page is judged in a task of its own: the one that loads the script is long enough.
    await nextTask();
    await visit(asked);
  },
});

/**
 * The background, which holds the matcher, finds the mentions in each piece of text this page
 * sends, and counts its words. Once it says this page has had its share of its time for now,
 * nothing more is asked (the page keeps what was painted, and counts words itself); a page that
 * cannot reach it shows nothing, never an error.
 */
function askBackground(): MentionSource {
  let refused = false;
  const alone = (text: string) => ({ found: { ids: [], spans: [] }, words: new WordCounter().read(text).words, ms: 0 });
  return async (text, options) => {
    if (refused) return alone(text);
    // A background that cannot answer (restarting) leaves this piece unpainted, never an error on the page.
    const reply = await toBackground('find-mentions', { text, ...options });
    if (!reply.ok) return alone(text);
    refused = reply.shareUsed;
    return refused ? alone(text) : { found: reply.found, words: reply.words, ms: reply.ms };
  };
}

/** The user's preferences as stored, unchecked (readPrefs checks them); nothing when storage cannot be read. */
const storedPrefs = (): Promise<unknown> =>
  browser.storage.local.get(PREFS_KEY).then(
    (stored) => stored[PREFS_KEY],
    () => undefined,
  );

/** Is this page on a curated site the user turned off? */
const siteIsOff = (prefs: Prefs) => {
  const site = judgeUrl(location.href).site;
  return site !== null && prefs.disabledSites.includes(site.id);
};
