import type { CardEntity } from '../lib/card/card-entity';
import { type CardTree, toCardTree } from '../lib/card/tree';
import { type MessageKey, t, type UiLang } from '../lib/i18n';
import { ContextCard } from './context-card';

/**
 * The page's hover card of an entity, rendered in the background for the content script to build
 * (`buildCardTree`). The close button is always there: the page shows it only on a pinned card.
 */
export function pageCardTree(entity: CardEntity, lang: UiLang, counts: ReadonlyMap<string, number>): CardTree {
  const say = (key: MessageKey, ...values: (string | number)[]) => t(lang, key, ...values);
  const [tree] = toCardTree(
    <ContextCard
      entity={entity}
      lang={lang}
      say={say}
      compact
      mentions={counts.get(entity.id) ?? 0}
      onPage={new Set(counts.keys())}
      onClose={() => {}}
    />,
  );
  if (tree === undefined) throw new Error(`no card for ${entity.id}`);
  return tree;
}
