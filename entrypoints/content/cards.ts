import { buildCardTree, type CardTree } from '../../lib/card/tree';
import type { Painted, Painter } from '../../lib/highlight/paint';
import { liveRange, OWN_UI_ATTRIBUTE } from '../../lib/highlight/text-map';
import { toBackground } from '../../lib/messages/browser';

const loadingMark = () => {
  const mark = document.createElement('div');
  mark.className = 'loading';
  mark.textContent = '…';
  return mark;
};

/**
 * A card as the background rendered it (null: it has none for that id, as for a page read before
 * an update of its data), and the page's count of the entity it was rendered with.
 */
interface RenderedCard {
  tree: CardTree | null;
  mentions: number;
}

/**
 * The hover card: shown over a highlight, pinned by a click, closed with Escape, its close button
 * or a click elsewhere. From the keyboard, Alt+Shift+N and Alt+Shift+P go to the next and previous
 * mention and open its card, focused. The background renders the cards (all those of the page at
 * once, and again those the page has since named more often); the page builds them. Returns what
 * removes it all.
 */
export function showCards(painter: Painter, lang: 'ar' | 'en'): () => void {
  const painted = painter.painted;
  const rendered = new Map<string, RenderedCard>();
  const asking = new Set<string>();
  const mentionsOf = (id: string) => painter.counts.get(id) ?? 0;
  /** Asks the background for the cards not rendered yet or rendered with an older count; then redraws the one shown. */
  const fetchCards = () => {
    const render = [...painter.counts.keys()].filter(
      (id) => !asking.has(id) && rendered.get(id)?.mentions !== mentionsOf(id),
    );
    if (render.length === 0) return;
    for (const id of render) asking.add(id);
    const onPage = [...painter.counts].map(([id, mentions]) => ({ id, mentions }));
    void toBackground('page-cards', { render, onPage, lang }).then((reply) => {
      for (const id of render) asking.delete(id);
      // Without the background the card shows what it had, or the loading mark; the highlights stay.
      if (!reply.ok) return;
      const counts = new Map(onPage.map((e) => [e.id, e.mentions]));
      const trees = new Map(reply.cards.map((card) => [card.id, card.tree]));
      for (const id of render) rendered.set(id, { tree: trees.get(id) ?? null, mentions: counts.get(id) ?? 0 });
      cardSheet.textContent = reply.style;
      // Whichever card is shown now: the reader may have moved on while the cards came.
      if (shown) show(shown);
    });
  };

  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;';
  // Closed: the page cannot reach into the card (nor read what it says of the page's entities).
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = document.createElement('style');
  sheet.textContent =
    ':host { all: initial; } .loading { padding: 6px 10px; background: Canvas; color: CanvasText; border-radius: 8px; } div:not(.pinned) > .card .close { display: none; }';
  // The card's own styles come with the cards.
  const cardSheet = document.createElement('style');
  const mount = document.createElement('div');
  shadow.append(sheet, cardSheet, mount);

  let shown: Painted | null = null;
  let pinned = false;
  let cursor = -1;
  const hide = () => {
    shown = null;
    pinned = false;
    host.style.display = 'none';
    mount.replaceChildren();
  };
  const show = (p: Painted) => {
    shown = p;
    const id = p.mention.entityId;
    const ready = rendered.get(id);
    if (ready?.tree === null) {
      hide();
      return;
    }
    mount.replaceChildren(ready ? buildCardTree(ready.tree, document) : loadingMark());
    mount.classList.toggle('pinned', pinned);
    if (ready?.mentions !== mentionsOf(id)) fetchCards();
    // Put in the page on the first card, not before (adding to the body can restyle the page),
    // and again if the page took it out.
    if (!host.isConnected) document.body.append(host);
    host.style.display = 'block';
    // Below the name if there is room, else above; never off the screen's edge.
    const rect = liveRange(p.bounds, document).getBoundingClientRect();
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
  fetchCards();

  let frame = 0;
  const onMove = (event: MouseEvent) => {
    if (pinned || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const hit = painter.at(event.clientX, event.clientY);
      if (hit && hit !== shown) show(hit);
      else if (!hit && shown && !host.matches(':hover')) hide();
    });
  };
  // Inside the closed root: a listener on the document never sees which of the card's buttons it was.
  shadow.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.close')) hide();
  });
  const onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(host)) return;
    const hit = painter.at(event.clientX, event.clientY);
    if (hit) {
      pinned = true;
      show(hit);
    } else if (pinned) hide();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && shown) {
      hide();
      return;
    }
    if (!(event.altKey && event.shiftKey && (event.code === 'KeyN' || event.code === 'KeyP')) || painted.length === 0)
      return;
    event.preventDefault();
    cursor = (cursor + (event.code === 'KeyN' ? 1 : -1) + painted.length) % painted.length;
    const p = painted[cursor] as Painted;
    p.bounds.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    pinned = true;
    show(p);
    const card = mount.querySelector<HTMLElement>('.card');
    card?.setAttribute('tabindex', '-1');
    card?.focus();
  };
  document.addEventListener('mousemove', onMove, { passive: true });
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('mousemove', onMove);
    document.removeEventListener('click', onClick);
    document.removeEventListener('keydown', onKey);
    cancelAnimationFrame(frame);
    host.remove();
  };
}
