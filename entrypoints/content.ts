import prebuilt from 'virtual:siyaq-matcher';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOVER_CARD_CSS, renderHoverCard } from '../components/hover-card';
import { articleBody, articleHeadline, readArticle } from '../lib/article/read';
import type { CardEntity } from '../lib/card/card-entity';
import { detectPage } from '../lib/detect/detect';
import { matchPatterns } from '../lib/detect/url';
import { Engine } from '../lib/engine/engine';
import { loadMatcher } from '../lib/engine/prebuilt';
import { watchArticle } from '../lib/highlight/live';
import { HIGHLIGHT_CSS, hitTest, type Painted, Painter } from '../lib/highlight/paint';
import { mapText, OWN_UI_ATTRIBUTE } from '../lib/highlight/text-map';
import type { ArticleRead, Response } from '../lib/messages';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  main() {
    const verdict = detectPage(document, location.href);
    document.documentElement.dataset.siyaqPage = verdict.kind;
    document.documentElement.dataset.siyaqSignals = verdict.signals.join(' ');
    if (verdict.kind !== 'article') return;
    const matcher = loadMatcher(prebuilt);
    const engine = new Engine(matcher);
    const painter = new Painter(document, new Map(matcher.entities.map((e) => [e.id, e])));
    const scan = (elements: readonly Element[]) => {
      const map = mapText(elements);
      painter.add(map, engine.find(map.text));
      document.documentElement.dataset.siyaqMentions = String(painter.painted.length);
    };
    const style = document.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, '');
    style.textContent = HIGHLIGHT_CSS;
    document.head.append(style);
    const roots = [articleHeadline(document), articleBody(document)].filter((e): e is Element => e !== null);
    scan(roots);

    const article = readArticle(document, location.href);
    const counts = new Map<string, number>();
    for (const p of painter.painted) counts.set(p.mention.entityId, (counts.get(p.mention.entityId) ?? 0) + 1);
    const report: ArticleRead = {
      type: 'article-read',
      ...article,
      entities: [...counts].map(([id, n]) => ({ id, mentions: n })),
    };
    browser.runtime.sendMessage(report).catch(() => {
      // The background restarts on its own; a report lost while it does is not worth an error on the page.
    });
    showCards(painter.painted, article.lang);
    let scans = 0;
    watchArticle(roots, (added) => {
      scan(added);
      document.documentElement.dataset.siyaqLiveScans = String(++scans);
    });
  },
});

/** The hover card: shown over a highlight, pinned by a click, closed with Escape or a click elsewhere. */
function showCards(painted: readonly Painted[], lang: 'ar' | 'en'): void {
  const details = new Map<string, CardEntity>();
  const asked = new Set<string>();
  /** Asks the background for the entities not known yet (those found later too); then redraws. */
  const fetchDetails = (redraw: () => void) => {
    const ids = [...new Set(painted.map((p) => p.mention.entityId))].filter((id) => !asked.has(id));
    if (ids.length === 0) return;
    for (const id of ids) asked.add(id);
    browser.runtime
      .sendMessage({ type: 'entity-details', ids })
      .then((response: Response) => {
        if (response && 'entities' in response) for (const e of response.entities) details.set(e.id, e);
        redraw();
      })
      .catch(() => {
        // Without the background the card shows the name only; the highlights stay.
      });
  };
  const mentionsOf = (id: string) => painted.filter((p) => p.mention.entityId === id).length;

  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = document.createElement('style');
  sheet.textContent = HOVER_CARD_CSS;
  const mount = document.createElement('div');
  shadow.append(sheet, mount);
  document.body.append(host);

  let shown: Painted | null = null;
  let pinned = false;
  const hide = () => {
    shown = null;
    pinned = false;
    host.style.display = 'none';
    mount.replaceChildren();
  };
  const show = (p: Painted) => {
    shown = p;
    const id = p.mention.entityId;
    renderHoverCard(mount, { entity: details.get(id) ?? null, lang, mentions: mentionsOf(id), pinned, onClose: hide });
    if (!details.has(id)) fetchDetails(() => shown === p && show(p));
    host.style.display = 'block';
    // Below the name if there is room, else above; never off the screen's edge.
    const rect = p.range.getBoundingClientRect();
    const card = host.getBoundingClientRect();
    const top =
      rect.bottom + 6 + card.height <= innerHeight ? rect.bottom + 6 : Math.max(4, rect.top - 6 - card.height);
    const left = Math.min(
      Math.max(4, lang === 'ar' ? rect.right - card.width : rect.left),
      innerWidth - card.width - 4,
    );
    host.style.top = `${top}px`;
    host.style.left = `${left}px`;
  };

  fetchDetails(() => shown && show(shown));

  let frame = 0;
  document.addEventListener(
    'mousemove',
    (event) => {
      if (pinned || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const hit = hitTest(painted, event.clientX, event.clientY);
        if (hit && hit !== shown) show(hit);
        else if (!hit && shown && !host.matches(':hover')) hide();
      });
    },
    { passive: true },
  );
  document.addEventListener('click', (event) => {
    if (event.composedPath().includes(host)) return;
    const hit = hitTest(painted, event.clientX, event.clientY);
    if (hit) {
      pinned = true;
      show(hit);
    } else if (pinned) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown) hide();
  });
}
