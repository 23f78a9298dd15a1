import { useEffect, useState } from 'preact/hooks';
import { entityById } from '../../lib/entities/dataset';
import { format, t, type UiLang } from '../../lib/i18n';
import type { LogStats } from '../../lib/log/stats';
import { BarChart } from '../bar-chart';
import type { PopupApi } from './api';

const shortDate = (lang: UiLang, ms: number) =>
  new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' }).format(ms);

/** The log as charts: articles per week, the entities most named lately, and one entity over time. */
export function StatsView({ api, lang }: { api: PopupApi; lang: UiLang }) {
  const [entity, setEntity] = useState<string | null>(null);
  const [stats, setStats] = useState<LogStats | null>(null);
  useEffect(() => {
    void api.stats(entity).then(setStats);
  }, [entity]);
  if (!stats) return <p class="note">…</p>;
  const name = (id: string) => entityById(id)?.name[lang] ?? id;
  return (
    <section class="stats">
      <BarChart
        caption={t(lang, 'articlesPerWeek')}
        lang={lang}
        bars={stats.perWeek.map((w) => ({
          label: shortDate(lang, w.week),
          value: w.count,
          title: `${shortDate(lang, w.week)}: ${format.number(lang, w.count)}`,
        }))}
      />
      <BarChart
        caption={t(lang, 'topEntities')}
        horizontal
        lang={lang}
        bars={stats.topEntities.map((e) => ({
          label: name(e.id),
          value: e.articles,
          title: `${name(e.id)}: ${format.number(lang, e.articles)}`,
        }))}
      />
      <ul class="chips" aria-label={t(lang, 'chooseEntity')}>
        {stats.topEntities.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              class={entity === e.id ? 'chip here' : 'chip'}
              aria-pressed={entity === e.id}
              onClick={() => setEntity(entity === e.id ? null : e.id)}
            >
              {name(e.id)}
            </button>
          </li>
        ))}
      </ul>
      {stats.entity ? (
        <BarChart
          caption={t(lang, 'entityOverTime', name(stats.entity.id))}
          lang={lang}
          bars={stats.entity.perWeek.map((w) => ({
            label: shortDate(lang, w.week),
            value: w.mentions,
            title: `${shortDate(lang, w.week)}: ${format.number(lang, w.mentions)}`,
          }))}
        />
      ) : (
        <p class="note">{t(lang, 'chooseEntity')}</p>
      )}
    </section>
  );
}
