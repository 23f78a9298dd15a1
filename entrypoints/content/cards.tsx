import { render } from 'preact';
import { CONTEXT_CARD_CSS, ContextCard } from '../../components/context-card';
import type { CardEntity } from '../../lib/card/card-entity';
import type { Painted, Painter } from '../../lib/highlight/paint';
import { liveRange, OWN_UI_ATTRIBUTE } from '../../lib/highlight/text-map';
import type { MessageKey, Say } from '../../lib/i18n';
import { fill } from '../../lib/i18n/format';
import { toBackground } from '../../lib/messages/browser';

/**
 * The hover card: shown over a highlight, pinned by a click, closed with Escape or a click
 * elsewhere. From the keyboard, Alt+Shift+N and Alt+Shift+P go to the next and previous mention
 * and open its card, focused. Returns what removes it all.
 */
export function showCards(painter: Painter, lang: 'ar' | 'en'): () => void {
  const painted = painter.painted;
  const details = new Map<string, CardEntity>();
  let messages: Partial<Record<MessageKey, string>> = {};
  const say: Say = (key, ...values) => fill(messages[key] ?? '', values);
  const asked = new Set<string>();
  /** Asks the background for the entities not known yet (those found later too); then redraws. */
  const fetchDetails = (redraw: () => void) => {
    const ids = [...painter.counts.keys()].filter((id) => !asked.has(id));
    if (ids.length === 0) return;
    for (const id of ids) asked.add(id);
    void toBackground('entity-details', { ids, lang }).then((reply) => {
      // Without the background the card shows the name only; the highlights stay.
      if (!reply.ok) return;
      for (const e of reply.entities) details.set(e.id, e);
      messages = reply.messages;
      redraw();
    });
  };
  const mentionsOf = (id: string) => painter.counts.get(id) ?? 0;

  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:none;';
  // Closed: the page cannot reach into the card (nor read what it says of the page's entities).
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = document.createElement('style');
  sheet.textContent = `:host { all: initial; } .loading { padding: 6px 10px; background: Canvas; color: CanvasText; border-radius: 8px; } ${CONTEXT_CARD_CSS}`;
  const mount = document.createElement('div');
  shadow.append(sheet, mount);

  let shown: Painted | null = null;
  let pinned = false;
  let cursor = -1;
  const hide = () => {
    shown = null;
    pinned = false;
    host.style.display = 'none';
    render(null, mount);
  };
  const show = (p: Painted) => {
    shown = p;
    const id = p.mention.entityId;
    const entity = details.get(id);
    render(
      entity ? (
        <ContextCard
          entity={entity}
          lang={lang}
          say={say}
          compact
          mentions={mentionsOf(id)}
          onPage={new Set(painter.counts.keys())}
          {...(pinned ? { onClose: hide } : {})}
        />
      ) : (
        <div class="loading">…</div>
      ),
      mount,
    );
    if (!details.has(id)) fetchDetails(() => shown === p && show(p));
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
  fetchDetails(() => shown && show(shown));

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
