import type { CardEntity } from '../lib/card/card-entity';

export interface HoverCardProps {
  entity: CardEntity | null;
  /** The page's language: the card speaks it first and lays itself out in its direction. */
  lang: 'ar' | 'en';
  mentions: number;
  pinned: boolean;
  onClose: () => void;
}

const WORDS = {
  ar: {
    state: 'دولة',
    org: 'منظمة',
    since: 'عضو في الأمم المتحدة منذ',
    founded: 'تأسست',
    capital: 'العاصمة',
    hq: 'المقر',
    mentions: (n: number) => `تذكرها هذه الصفحة ${n} ${n === 1 ? 'مرة' : 'مرات'}`,
    close: 'إغلاق',
  },
  en: {
    state: 'State',
    org: 'Organisation',
    since: 'UN member since',
    founded: 'Founded',
    capital: 'Capital',
    hq: 'Headquarters',
    mentions: (n: number) => `Named ${n} ${n === 1 ? 'time' : 'times'} on this page`,
    close: 'Close',
  },
};

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The small card shown in the page over a highlighted name: what it is, in the page's language
 * first. Built with plain DOM and textContent only: in a page, no markup is ever parsed.
 */
export function renderHoverCard(container: Element, { entity, lang, mentions, pinned, onClose }: HoverCardProps): void {
  const doc = container.ownerDocument;
  const w = WORDS[lang];
  const other = lang === 'ar' ? 'en' : 'ar';
  const card = el(doc, 'div', 'card');
  card.dir = lang === 'ar' ? 'rtl' : 'ltr';
  card.lang = lang;
  container.replaceChildren(card);
  if (!entity) {
    card.textContent = '…';
    return;
  }
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', entity.name[lang]);
  const header = el(doc, 'header', '');
  if (entity.flag) header.append(Object.assign(el(doc, 'span', 'flag', entity.flag), { ariaHidden: 'true' }));
  const names = el(doc, 'div', 'names');
  const otherName = el(doc, 'span', 'other', entity.name[other]);
  otherName.lang = other;
  otherName.dir = other === 'ar' ? 'rtl' : 'ltr';
  names.append(el(doc, 'strong', 'name', entity.name[lang]), otherName);
  header.append(names, el(doc, 'span', 'kind', entity.kind === 'state' ? w.state : w.org));
  if (pinned) {
    const close = el(doc, 'button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', w.close);
    close.addEventListener('click', onClose);
    header.append(close);
  }
  const facts = el(doc, 'dl', '');
  if (entity.year !== null)
    facts.append(
      el(doc, 'dt', '', entity.kind === 'state' ? w.since : w.founded),
      el(doc, 'dd', '', String(entity.year)),
    );
  if (entity.seat)
    facts.append(el(doc, 'dt', '', entity.kind === 'state' ? w.capital : w.hq), el(doc, 'dd', '', entity.seat[lang]));
  card.append(
    header,
    el(doc, 'p', 'summary', entity.summary[lang]),
    facts,
    el(doc, 'p', 'count', w.mentions(mentions)),
  );
}

/** The card's styles, isolated in its shadow root; light and dark follow the system. */
export const HOVER_CARD_CSS = `
:host { all: initial; }
.card { font: 14px/1.5 system-ui, "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; max-width: 340px; padding: 10px 12px;
  border-radius: 10px; background: #fff; color: #1b1b1b; box-shadow: 0 6px 24px rgba(0,0,0,.25); border: 1px solid #d8d8d8; }
header { display: flex; align-items: center; gap: 8px; }
.flag { font-size: 24px; line-height: 1; }
.names { display: flex; flex-direction: column; flex: 1; }
.name { font-size: 15px; }
.other { color: #555; font-size: 12px; }
.kind { font-size: 11px; padding: 1px 6px; border-radius: 8px; background: #eef; color: #334; white-space: nowrap; }
.close { border: 0; background: transparent; font-size: 18px; cursor: pointer; color: inherit; }
.summary { margin: 6px 0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
dt { color: #666; } dd { margin: 0; }
.count { margin: 6px 0 0; font-size: 12px; color: #666; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #3c4043; }
  .other, dt, .count { color: #aaa; } .kind { background: #2d3250; color: #dde; }
}
`;
