import { type CardEntity, cardEntity } from '../lib/card/card-entity';
import { type CardTree, toCardTree } from '../lib/card/tree';
import { entityById } from '../lib/entities/dataset';
import { type MessageKey, t, type UiLang } from '../lib/i18n';
import type { Answers, Request } from '../lib/messages';
import type { Slicer } from '../lib/schedule/slicer';
import { ContextCard } from './context-card';
import { CONTEXT_CARD_CSS } from './context-card-css';

/**
 * The page's hover card of an entity, rendered in the background for the content script to build
 * (`buildCardTree`). The close button is always there: the page shows it only on a pinned card.
 */
export function pageCardTree(
  entity: CardEntity,
  lang: UiLang,
  counts: ReadonlyMap<string, number>,
  onPage: ReadonlySet<string> = new Set(counts.keys()),
): CardTree {
  const say = (key: MessageKey, ...values: (string | number)[]) => t(lang, key, ...values);
  const [tree] = toCardTree(
    <ContextCard
      entity={entity}
      lang={lang}
      say={say}
      compact
      mentions={counts.get(entity.id) ?? 0}
      onPage={onPage}
      onClose={() => {}}
    />,
  );
  if (tree === undefined) throw new Error(`no card for ${entity.id}`);
  return tree;
}

/** The cards a page asks for (unknown ids left out), with their styles, rendered a slice at a time. */
export async function renderPageCards(
  { render, onPage, lang }: Request<'page-cards'>,
  slicer: Slicer,
): Promise<Answers['page-cards']> {
  const counts = new Map(onPage.map((e) => [e.id, e.mentions]));
  const named = new Set(counts.keys());
  const cards: Answers['page-cards']['cards'] = [];
  slicer.begin();
  for (const id of render) {
    const entity = entityById(id);
    if (entity) cards.push({ id, tree: pageCardTree(cardEntity(entity), lang, counts, named) });
    await slicer.step();
  }
  slicer.end();
  return { cards, style: CONTEXT_CARD_CSS };
}
