import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cardEntity } from '../../lib/card/card-entity';
import { ENTITIES } from '../../lib/entities/dataset';
import { t, type UiLang } from '../../lib/i18n';
import { Lookup } from '../../lib/lookup/lookup';
import { ContextCard } from '../context-card';

let shared: Lookup | undefined;

/** One search box over every known entity, offline, as you type; results as cards, reachable by arrow keys. */
export function LookupView({ lang, onChoose }: { lang: UiLang; onChoose?: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // The lookup is for typing: its box takes the focus when the view opens.
  useEffect(() => input.current?.focus(), []);
  const hits = useMemo(() => {
    shared ??= new Lookup(ENTITIES);
    return shared.find(query, 8);
  }, [query]);
  const focusResult = (i: number) => {
    setActive(i);
    list.current?.querySelectorAll<HTMLElement>('li > article')[i]?.focus();
  };
  return (
    <section class="lookup">
      <label class="sr-only" for="lookup-input">
        {t(lang, 'lookupLabel')}
      </label>
      <input
        id="lookup-input"
        ref={input}
        type="search"
        dir="auto"
        placeholder={t(lang, 'lookupPlaceholder')}
        value={query}
        aria-controls="lookup-results"
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length > 0) {
            e.preventDefault();
            focusResult(0);
          }
        }}
      />
      {query.trim() && hits.length === 0 && <p class="note">{t(lang, 'noMatch')}</p>}
      <ul
        id="lookup-results"
        class="cards"
        ref={list}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            focusResult(Math.max(0, Math.min(hits.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1))));
          }
        }}
      >
        {hits.map((hit, i) => (
          <li key={hit.entity.id}>
            <ContextCard
              entity={cardEntity(hit.entity)}
              lang={lang}
              say={(key, ...values) => t(lang, key, ...values)}
              focusable={i === active}
              {...(onChoose ? { onChip: onChoose } : {})}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
