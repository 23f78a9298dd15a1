import prebuilt from 'virtual:siyaq-matcher';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleBody, articleHeadline, readArticle } from '../../lib/article/read';
import { detectPage } from '../../lib/detect/detect';
import { judgeUrl, matchPatterns } from '../../lib/detect/url';
import { Engine, type FindOptions, type HighlightStyle, type PageMention } from '../../lib/engine/engine';
import { loadMatcher } from '../../lib/engine/prebuilt';
import { watchArticle } from '../../lib/highlight/live';
import { highlightCss, type Painted, Painter } from '../../lib/highlight/paint';
import { mapText, OWN_UI_ATTRIBUTE } from '../../lib/highlight/text-map';
import type { EntityCount } from '../../lib/log/types';
import { MAX_PAGE_TEXT, type PageEntities, PageRequest, type Response } from '../../lib/messages';
import { PREFS_KEY, type Prefs, readPrefs } from '../../lib/prefs';
import { showCards } from './cards';
import { trackReading } from './reading';

/** What the extension's scripts leave in this page's isolated world (never visible to the page). */
interface SiyaqWorld {
  /** Set by the background just before it injects this script because the user asked for a scan. */
  siyaqAsked?: boolean;
  /** Set by the copy of this script already running in the page: scan now, as asked. */
  siyaqAsk?: () => void;
}

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const world = globalThis as SiyaqWorld;
    const asked = world.siyaqAsked === true;
    delete world.siyaqAsked;
    // Injected into a page Siyaq already runs in: that copy scans, once.
    if (world.siyaqAsk) {
      if (asked) world.siyaqAsk();
      return;
    }
    const root = document.documentElement;
    let stop: Stopper | null = null;
    let lang: 'ar' | 'en' = 'ar';
    let prefs: Prefs | null = null;
    const highlight = async () => {
      if (stop?.active) return;
      prefs ??= await loadPrefs();
      stop = await highlightArticle(lang, prefs);
    };
    // A change in the settings shows at once: the highlights are painted again as asked.
    browser.storage.onChanged.addListener((changes) => {
      if (!changes[PREFS_KEY]) return;
      prefs = readPrefs(changes[PREFS_KEY].newValue);
      if (!stop?.active) return;
      stop();
      if (!siteIsOff(prefs)) void highlight();
    });
    let endReading: (() => void) | null = null;
    /** Looks at the page as it is now: detects it, and highlights and reports it if it is an article. */
    const visit = async (asked: boolean) => {
      if (stop?.active) stop();
      stop = null;
      endReading?.();
      endReading = null;
      const started = performance.now();
      const verdict = detectPage(document, location.href, { vouched: asked, vouchedOffCurated: true });
      root.dataset.siyaqPage = verdict.kind;
      root.dataset.siyaqSignals = verdict.signals.join(' ');
      // What this page paid for Siyaq so far: the benchmark reads it.
      root.dataset.siyaqDetectMs = (performance.now() - started).toFixed(3);
      const article = verdict.kind === 'article' ? readArticle(document, location.href) : null;
      lang = article?.lang ?? (root.lang.startsWith('en') ? 'en' : 'ar');
      if (!article && !asked) return;
      prefs ??= await loadPrefs();
      // A curated site the user turned off is left alone, unless they ask for this page.
      if (!asked && siteIsOff(prefs)) return;
      await highlight();
      if (article && stop) endReading = trackReading(article, entityCounts((stop as Stopper).painted), readingRoot());
    };
    world.siyaqAsk = () => void highlight();
    browser.runtime.onMessage.addListener((message: unknown) => {
      const parsed = v.safeParse(PageRequest, message);
      if (!parsed.success) return;
      const request = parsed.output;
      switch (request.type) {
        case 'scan-page':
          void highlight();
          return Promise.resolve(true);
        case 'page-entities': {
          const answer: PageEntities = {
            kind: (root.dataset.siyaqPage as PageEntities['kind'] | undefined) ?? 'other',
            highlighted: stop?.active ?? false,
            entities: stop?.active ? entityCounts(stop.painted).sort((a, b) => b.mentions - a.mentions) : [],
          };
          return Promise.resolve(answer);
        }
        case 'next-mention':
          return Promise.resolve(stop?.active ? stop.nextMention(request.id) : false);
        case 'show-related':
          if (stop?.active) stop.outline(request.ids);
          return Promise.resolve(true);
      }
    });
    // Alt+Shift+H turns the highlights off (the page is as it was) and on again.
    document.addEventListener('keydown', (event) => {
      if (!(event.altKey && event.shiftKey && event.code === 'KeyH') || !stop) return;
      event.preventDefault();
      if (stop.active) stop();
      else void highlight();
    });
    // A site that moves to another story without loading a page (history API): the new page is
    // looked at afresh once it has had a moment to render.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void visit(false), NAVIGATION_SETTLE_MS);
    });
    await visit(asked);
  },
});

/** How many times the page names each entity. */
function entityCounts(painted: readonly Painted[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const p of painted) counts.set(p.mention.entityId, (counts.get(p.mention.entityId) ?? 0) + 1);
  return [...counts].map(([id, mentions]) => ({ id, mentions }));
}

/** The part of the page that is the story: its depth is how far the reader got. */
const readingRoot = () => articleBody(document) ?? document.body ?? document.documentElement;

/** How long after an in-page navigation the new story is read. */
const NAVIGATION_SETTLE_MS = 400;

interface Stopper {
  (): void;
  active: boolean;
  painted: readonly Painted[];
  /** Scrolls to the next mention of an entity and flashes it; false when the page has none. */
  nextMention: (id: string) => boolean;
  /** Marks every mention of these entities (none: stops marking). */
  outline: (ids: readonly string[]) => void;
}

let engine: Promise<Engine> | undefined;

/**
 * The mentions in `text`. Arabic text is read here, with the matcher prebuilt into this script;
 * text with English in it goes to the background, which has compromise (too heavy to load into
 * every news page). None when the background cannot answer.
 */
async function findMentions(text: string, options: FindOptions): Promise<PageMention[]> {
  if (text.length > MAX_PAGE_TEXT) return [];
  if (!engine) {
    const started = performance.now();
    engine = loadMatcher(prebuilt).then((matcher) => {
      document.documentElement.dataset.siyaqLoadMs = (performance.now() - started).toFixed(2);
      return new Engine(matcher);
    });
  }
  const local = (await engine).findForPage(text, options);
  if (local) return local;
  try {
    const response: Response = await browser.runtime.sendMessage({ type: 'find-mentions', text, ...options });
    return response && 'mentions' in response ? response.mentions : [];
  } catch {
    // The background restarts on its own; this scan shows nothing rather than an error on the page.
    return [];
  }
}

/** Highlights the article's headline and body, watches them for later content, shows the cards. */
/** The user's preferences; the defaults when storage cannot be read. */
const loadPrefs = async (): Promise<Prefs> =>
  readPrefs(
    await browser.storage.local.get(PREFS_KEY).then(
      (stored) => stored[PREFS_KEY],
      () => undefined,
    ),
  );

/** Is this page on a curated site the user turned off? */
const siteIsOff = (prefs: Prefs) => {
  const site = judgeUrl(location.href).site;
  return site !== null && prefs.disabledSites.includes(site.id);
};

/** The highlight styles the user wants to see. */
function shownStyles(prefs: Prefs): Set<HighlightStyle> {
  const shown = new Set<HighlightStyle>();
  if (prefs.highlight.state) shown.add('state');
  if (prefs.highlight.org) shown.add('org');
  if (prefs.highlight.adjectives) shown.add('adjective');
  return shown;
}

async function highlightArticle(lang: 'ar' | 'en', prefs: Prefs): Promise<Stopper> {
  const painter = new Painter(document, shownStyles(prefs));
  const root = document.documentElement;
  const scan = async (elements: readonly Element[]) => {
    const map = mapText(elements);
    const mentions = await findMentions(map.text, { capitals: prefs.highlight.capitals });
    if (!stop.active) return;
    painter.replaceWithin(elements, map, mentions);
    root.dataset.siyaqMentions = String(painter.painted.length);
  };
  const style = document.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = highlightCss(prefs.highlight.style);
  let unwatch: () => void = () => undefined;
  let removeCards: () => void = () => undefined;
  const stop = (() => {
    unwatch();
    removeCards();
    painter.clear();
    style.remove();
    delete root.dataset.siyaqMentions;
    delete root.dataset.siyaqLiveScans;
    delete root.dataset.siyaqScanMs;
    stop.active = false;
  }) as Stopper;
  stop.active = true;
  stop.painted = painter.painted;
  const cursors = new Map<string, number>();
  stop.nextMention = (id) => {
    const mentions = painter.painted.filter((p) => p.mention.entityId === id);
    if (mentions.length === 0) return false;
    const at = ((cursors.get(id) ?? -1) + 1) % mentions.length;
    cursors.set(id, at);
    const p = mentions[at] as Painted;
    p.bounds.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    painter.flash(p);
    return true;
  };
  stop.outline = (ids) => painter.outline(new Set(ids));
  document.head.append(style);
  const scanStart = performance.now();
  // A page that is not an article (scanned because the user asked) is read whole.
  const body = readingRoot();
  const headline = articleHeadline(document);
  const roots = headline && !body.contains(headline) ? [headline, body] : [body];
  await scan(roots);
  root.dataset.siyaqScanMs = (performance.now() - scanStart).toFixed(2);
  let scans = 0;
  unwatch = watchArticle(roots, async (added) => {
    await scan(added);
    root.dataset.siyaqLiveScans = String(++scans);
  });
  removeCards = showCards(painter, lang);
  return stop;
}
