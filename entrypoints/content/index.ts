import prebuilt from 'virtual:siyaq-matcher';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleBody, articleHeadline, readArticle } from '../../lib/article/read';
import { countWordsInSlices } from '../../lib/article/text';
import { detectPage } from '../../lib/detect/detect';
import { excludePatterns, judgeUrl, matchPatterns } from '../../lib/detect/url';
import { textChunks } from '../../lib/engine/chunks';
import { Engine, type FindOptions, type HighlightStyle, type PageMention } from '../../lib/engine/engine';
import { loadMatcher } from '../../lib/engine/prebuilt';
import { watchArticle } from '../../lib/highlight/live';
import { type Painted, Painter } from '../../lib/highlight/paint';
import { mapTextInSlices } from '../../lib/highlight/text-map';
import type { EntityCount } from '../../lib/log/types';
import { MAX_MESSAGE_TEXT, MAX_PAGE_TEXT, type PageEntities, PageRequest, type PageState } from '../../lib/messages';
import { toBackground } from '../../lib/messages/browser';
import { PREFS_KEY, type Prefs, readPrefs } from '../../lib/prefs';
import { Slicer } from '../../lib/schedule/slicer';
import { showCards } from './cards';
import { trackReading } from './reading';
import './highlights.css';

/** What the extension's scripts leave in this page's isolated world (never visible to the page). */
interface SiyaqWorld {
  /** Set by the background just before it injects this script because the user asked for a scan. */
  siyaqAsked?: boolean;
  /** Set by the copy of this script already running in the page: scan now, as asked. */
  siyaqAsk?: () => void;
}

export default defineContentScript({
  matches: matchPatterns(),
  // The curated hosts' editions in languages Siyaq cannot read (sana.sy/fr/…).
  excludeMatches: excludePatterns(),
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
      const article = verdict.kind === 'article' ? readArticle(document, location.href, { words: false }) : null;
      state = { ...freshState(), kind: verdict.kind, signals: verdict.signals, detectMs: performance.now() - started };
      // A new page asks the background again; the background says whether the tab's share allows it.
      englishRefused = false;
      lang = article?.lang ?? (document.documentElement.lang.startsWith('en') ? 'en' : 'ar');
      if (!article && !asked) return;
      prefs ??= await loadPrefs();
      // A curated site the user turned off is left alone, unless they ask for this page.
      if (!asked && siteIsOff(prefs)) return;
      await highlight();
      if (!article || !stop) return;
      const highlighted = stop as Stopper;
      article.wordCount = await countWordsInSlices(readingRoot(), new Slicer());
      if (highlighted === stop && highlighted.active)
        endReading = trackReading(article, entityCounts(highlighted.painted), readingRoot());
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
            ...state,
            url: location.href,
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

/** What Siyaq made of this page and what that cost it, for Siyaq's own pages (never written into the page). */
let state: PageState = freshState();

function freshState(): PageState {
  return {
    kind: null,
    signals: [],
    scanned: false,
    mentions: 0,
    liveScans: 0,
    detectMs: 0,
    scanMs: null,
    loadMs: null,
    longestSliceMs: 0,
    busyMs: 0,
  };
}

let engine: Promise<Engine> | undefined;
/** Set when the background said this tab has had its share of English reading for now. */
let englishRefused = false;

/**
 * The mentions in `text`, one chunk of a page. Arabic text is read here, with the matcher
 * prebuilt into this script; text with English in it goes to the background, which has
 * compromise (too heavy to load into every news page). None when the background cannot answer.
 */
async function findMentions(text: string, options: FindOptions, slicer: Slicer): Promise<PageMention[]> {
  if (!engine) {
    const started = performance.now();
    engine = loadMatcher(prebuilt).then((matcher) => {
      state.loadMs = performance.now() - started;
      return new Engine(matcher);
    });
  }
  const local = (await slicer.wait(engine)).findForPage(text, options);
  if (local) return local;
  if (englishRefused) return [];
  const reply = await slicer.wait(toBackground('find-mentions', { text, ...options }));
  // The background restarts on its own; this chunk shows nothing rather than an error on the page.
  if (!reply.ok) return [];
  englishRefused = reply.shareUsed;
  return reply.mentions;
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
  const painter = new Painter(document, shownStyles(prefs), prefs.highlight.style);
  const slicer = new Slicer();
  const options: FindOptions = { capitals: prefs.highlight.capitals };
  /** Reads elements and paints what they name, a slice at a time; a page of any size never waits long. */
  const scan = async (elements: readonly Element[]) => {
    slicer.begin();
    try {
      const map = await mapTextInSlices(elements, slicer);
      if (!stop.active) return;
      painter.removeWithin(elements);
      const text = map.text.length > MAX_PAGE_TEXT ? map.text.slice(0, MAX_PAGE_TEXT) : map.text;
      for (const chunk of textChunks(text, PAGE_CHUNK)) {
        await slicer.step();
        const mentions = await findMentions(text.slice(chunk.start, chunk.end), options, slicer);
        if (!stop.active) return;
        await painter.paintInSlices(map, mentions, chunk.start, slicer);
        state.mentions = painter.painted.length;
      }
    } finally {
      slicer.end();
      state.longestSliceMs = slicer.longest;
      state.busyMs = slicer.busy;
    }
  };
  // One scan at a time: a burst of new content waits for the scan before it, never interleaves.
  let scanning = Promise.resolve();
  const queueScan = (elements: readonly Element[]) => {
    // A scan that fails (a page torn down under it) does not stop the ones after it.
    scanning = scanning
      .then(() => scan(elements))
      .catch((error: unknown) => console.warn('Siyaq could not read part of this page:', error));
    return scanning;
  };
  let unwatch: () => void = () => undefined;
  let removeCards: () => void = () => undefined;
  // The page may clear the highlight registry; Siyaq's highlights come back.
  const guard = setInterval(() => painter.restore(), REPAINT_CHECK_MS);
  const stop = (() => {
    clearInterval(guard);
    unwatch();
    removeCards();
    painter.clear();
    state = { ...state, scanned: false, mentions: 0, liveScans: 0 };
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
  const scanStart = performance.now();
  // A page that is not an article (scanned because the user asked) is read whole.
  const body = readingRoot();
  const headline = articleHeadline(document);
  const roots = headline && !body.contains(headline) ? [headline, body] : [body];
  // Watched from before the first scan: what the page adds while it runs is scanned after it.
  unwatch = watchArticle(roots, (added) => {
    void queueScan(added).then(() => {
      state.liveScans++;
    });
  });
  await queueScan(roots);
  state.scanMs = performance.now() - scanStart;
  state.scanned = true;
  removeCards = showCards(painter, lang);
  return stop;
}

/**
 * The text matched in one go: the engine reads about a megabyte a second in a busy page, so a
 * chunk stays well inside a slice; text with English in it goes to the background in such chunks.
 */
const PAGE_CHUNK = Math.min(8_192, MAX_MESSAGE_TEXT);

/** How often Siyaq checks that the page has not taken its highlights away. */
const REPAINT_CHECK_MS = 1000;
