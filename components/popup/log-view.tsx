import { useEffect, useRef, useState } from 'preact/hooks';
import { SITE_NAMES } from '../../lib/detect/site-names';
import { entityById } from '../../lib/entities/dataset';
import { format, t, type UiLang } from '../../lib/i18n';
import { localDayEnd, localDayStart, localDayValue } from '../../lib/log/local-day';
import type { ArticleRecord, EntityCount } from '../../lib/log/types';
import type { LogFilter, PopupApi } from './api';

const ROW = 76;
const PAGE = 100;

const dateInput = (ms: number | undefined) => (ms === undefined ? '' : localDayValue(ms));

/**
 * The reading log, newest first, filtered by entity, site, dates and title words. Only the rows in
 * view are in the page (a list of 10,000 scrolls as one of 10), and pages of the log are fetched
 * as the reader scrolls towards them.
 */
export function LogView({
  api,
  lang,
  filter,
  setFilter,
}: {
  api: PopupApi;
  lang: UiLang;
  filter: LogFilter;
  setFilter: (f: LogFilter) => void;
}) {
  const [rows, setRows] = useState<ArticleRecord[]>([]);
  const [done, setDone] = useState(false);
  const [top, setTop] = useState(0);
  const [text, setText] = useState(filter.text ?? '');
  const box = useRef<HTMLDivElement>(null);
  /** The page being fetched, as "generation:offset": one request at a time per filter. */
  const loading = useRef('');
  const generation = useRef(0);

  const more = async (from: number, gen: number) => {
    const key = `${gen}:${from}`;
    if (loading.current === key) return;
    loading.current = key;
    const page = await api.logPage(filter, from, PAGE);
    if (loading.current === key) loading.current = '';
    // A page for a filter the user has since changed is dropped.
    if (gen !== generation.current) return;
    setRows((old) => [...old.slice(0, from), ...page]);
    setDone(page.length < PAGE);
  };
  useEffect(() => {
    generation.current++;
    setRows([]);
    setDone(false);
    setTop(0);
    if (box.current) box.current.scrollTop = 0;
    void more(0, generation.current);
  }, [JSON.stringify(filter)]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.text ?? '') !== text) setFilter({ ...filter, ...(text ? { text } : { text: undefined }) });
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

  const height = 360;
  const first = Math.max(0, Math.floor(top / ROW) - 4);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW) + 4);
  if (!done && last >= rows.length - 10 && rows.length > 0) void more(rows.length, generation.current);
  const entity = filter.entity ? entityById(filter.entity) : undefined;

  return (
    <section class="log">
      <div class="filters">
        <input
          type="search"
          dir="auto"
          aria-label={t(lang, 'searchTitles')}
          placeholder={t(lang, 'searchTitles')}
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <select
          aria-label={t(lang, 'allSites')}
          value={filter.site ?? ''}
          onChange={(e) => {
            const site = (e.target as HTMLSelectElement).value;
            setFilter({ ...filter, site: site || undefined });
          }}
        >
          <option value="">{t(lang, 'allSites')}</option>
          {Object.entries(SITE_NAMES).map(([id, name]) => (
            <option key={id} value={id}>
              {name[lang]}
            </option>
          ))}
        </select>
        {/* Local days, as the rows' dates are shown; the fields in the interface's language and direction. */}
        <label>
          {t(lang, 'from')}{' '}
          <input
            type="date"
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            value={dateInput(filter.from)}
            onChange={(e) => setFilter({ ...filter, from: localDayStart((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label>
          {t(lang, 'to')}{' '}
          <input
            type="date"
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            value={dateInput(filter.to)}
            onChange={(e) => setFilter({ ...filter, to: localDayEnd((e.target as HTMLInputElement).value) })}
          />
        </label>
        {entity && (
          <button type="button" class="chip here" onClick={() => setFilter({ ...filter, entity: undefined })}>
            {t(lang, 'filteredBy', entity.name[lang])} ×
          </button>
        )}
        {Object.values(filter).some((v) => v !== undefined) && (
          <button
            type="button"
            onClick={() => {
              setText('');
              setFilter({});
            }}
          >
            {t(lang, 'clearFilters')}
          </button>
        )}
      </div>
      {done && rows.length === 0 ? (
        <p class="note">{t(lang, 'noArticles')}</p>
      ) : (
        <div
          class="rows"
          ref={box}
          style={{ height: `${height}px` }}
          onScroll={(e) => setTop((e.target as HTMLElement).scrollTop)}
        >
          <ul style={{ height: `${rows.length * ROW}px`, position: 'relative' }} aria-label={t(lang, 'log')}>
            {rows.slice(first, last).map((a, i) => (
              <li key={a.canonicalUrl} class="row" style={{ top: `${(first + i) * ROW}px`, height: `${ROW}px` }}>
                <a href={a.url} target="_blank" rel="noreferrer noopener" dir="auto" class="title">
                  {a.title}
                </a>
                <span class="meta">
                  {(a.site && SITE_NAMES[a.site]?.[lang]) ?? a.site ?? ''} · {format.date(lang, a.lastVisit)} ·{' '}
                  {format.minutes(lang, a.readingMs)}
                </span>
                <span class="chips">
                  {mostNamed(a.entities).map((e) => (
                    <button
                      key={e.id}
                      type="button"
                      class="chip"
                      onClick={() => setFilter({ ...filter, entity: e.id })}
                    >
                      {entityById(e.id)?.name[lang] ?? e.id}
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="note" aria-live="polite">
        {t(lang, 'articlesLoaded', format.number(lang, rows.length))}
        {done ? '' : '+'}
      </p>
    </section>
  );
}

/** The five entities an article names most, most first: its chips. */
const mostNamed = (entities: readonly EntityCount[]) =>
  [...entities].sort((x, y) => y.mentions - x.mentions).slice(0, 5);
