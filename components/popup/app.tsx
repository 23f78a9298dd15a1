import { useState } from 'preact/hooks';
import { type LanguageChoice, t, type UiLang, uiLanguage } from '../../lib/i18n';
import { LanguageSelect } from '../language-select';
import type { LogFilter, PopupApi } from './api';
import { LogView } from './log-view';
import { LookupView } from './lookup-view';
import { StatsView } from './stats-view';
import { ThisPage } from './this-page';

export type View = 'page' | 'lookup' | 'log' | 'stats';
const VIEWS: View[] = ['page', 'lookup', 'log', 'stats'];
const LABEL = { page: 'thisPage', lookup: 'lookup', log: 'log', stats: 'stats' } as const;

/** The popup: this page's entities, the lookup, the reading log and its charts; in Arabic or English. */
export function App({
  api,
  browserLang,
  choice: initialChoice,
  view: initialView = 'page',
}: {
  api: PopupApi;
  /** The browser's language, as the interface speaks it: what "as the browser" means. */
  browserLang: UiLang;
  choice: LanguageChoice;
  view?: View;
}) {
  const [view, setView] = useState<View>(initialView);
  const [choice, setChoice] = useState(initialChoice);
  const lang = uiLanguage(choice, browserLang);
  const [filter, setFilter] = useState<LogFilter>({});
  const switchTo = (next: View) => {
    setView(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <div class="app" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header class="bar">
        <strong>{t(lang, 'extName')}</strong>
        <span class="tools">
          <LanguageSelect
            lang={lang}
            choice={choice}
            onChoose={(next) => {
              setChoice(next);
              void api.setLanguage(next);
            }}
          />
          {api.popOut && (
            <button type="button" onClick={api.popOut}>
              {t(lang, 'popOut')}
            </button>
          )}
          <button type="button" onClick={api.openSettings}>
            {t(lang, 'settings')}
          </button>
        </span>
      </header>
      <div
        role="tablist"
        aria-label={t(lang, 'extName')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          // Arrows follow the reading direction: in Arabic, left is next.
          const step = (e.key === 'ArrowRight') === (lang === 'ar') ? -1 : 1;
          switchTo(VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length] as View);
        }}
      >
        {VIEWS.map((v) => (
          <button
            key={v}
            id={`tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
          >
            {t(lang, LABEL[v])}
          </button>
        ))}
      </div>
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`}>
        {view === 'page' && <ThisPage api={api} lang={lang} />}
        {view === 'lookup' && (
          <LookupView
            lang={lang}
            onChoose={(id) => {
              setFilter({ entity: id });
              setView('log');
            }}
          />
        )}
        {view === 'log' && <LogView api={api} lang={lang} filter={filter} setFilter={setFilter} />}
        {view === 'stats' && <StatsView api={api} lang={lang} />}
      </main>
    </div>
  );
}
