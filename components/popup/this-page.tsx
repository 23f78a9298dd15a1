import { useEffect, useState } from 'preact/hooks';
import { type CardEntity, cardEntity } from '../../lib/card/card-entity';
import { entityById } from '../../lib/entities/dataset';
import { t, type UiLang } from '../../lib/i18n';
import type { LogSummary, PageEntities } from '../../lib/messages';
import { ContextCard } from '../context-card';
import { ScanPanel } from '../scan-panel';
import type { PopupApi } from './api';

/** The entities found in the page, most named first, each as a context card with what the log knows. */
export function ThisPage({ api, lang }: { api: PopupApi; lang: UiLang }) {
  const [page, setPage] = useState<PageEntities | null | undefined>(undefined);
  const [summaries, setSummaries] = useState<Record<string, LogSummary>>({});
  const [shown, setShown] = useState<string | null>(null);
  /** Asks the page what it names; after a scan, again until the scan is done (a long page takes a moment). */
  const load = async (tries = 1) => {
    let found = await api.pageEntities();
    for (let i = 1; i < tries && !found?.highlighted; i++) {
      await new Promise((r) => setTimeout(r, 200));
      found = await api.pageEntities();
    }
    // The cards show with what the log knows, never first with "not in your log" and then with it.
    if (found && found.entities.length > 0) setSummaries(await api.logSummaries(found.entities.map((e) => e.id)));
    setPage(found);
  };
  useEffect(() => {
    void load();
  }, []);
  if (page === undefined) return <p class="note">…</p>;
  const scan = async () => {
    const result = await api.scan();
    if (result.ok) void load(25);
    return result;
  };
  const scanPanel = (
    <ScanPanel
      lang={lang}
      host={api.site.host}
      curated={api.site.curated}
      allowed={api.site.allowed}
      scan={scan}
      allow={api.allowSite}
    />
  );
  if (!page?.highlighted)
    return (
      <section>
        <p class="note">{t(lang, 'notScanned')}</p>
        {scanPanel}
      </section>
    );
  if (page.entities.length === 0) return <p class="note">{t(lang, 'nothingFound')}</p>;
  const onPage = new Set(page.entities.map((e) => e.id));
  return (
    <ul class="cards">
      {page.entities.flatMap(({ id, mentions }) => {
        const entity = entityById(id);
        if (!entity) return [];
        const card: CardEntity = cardEntity(entity);
        const related = (card.kind === 'org' ? card.members : card.memberOf)
          .map((r) => r.id)
          .filter((r) => onPage.has(r));
        return [
          <li key={id}>
            <ContextCard
              entity={card}
              lang={lang}
              say={(key, ...values) => t(lang, key, ...values)}
              mentions={mentions}
              onPage={onPage}
              log={summaries[id] ?? null}
              onNextMention={() => void api.nextMention(id)}
              {...(related.length > 0
                ? {
                    relatedShown: shown === id,
                    onShowRelated: () => {
                      const next = shown === id ? null : id;
                      setShown(next);
                      void api.showRelated(next ? related : []);
                    },
                  }
                : {})}
            />
          </li>,
        ];
      })}
    </ul>
  );
}
