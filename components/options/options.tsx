import { useEffect, useId, useState } from 'preact/hooks';
import { SITE_NAMES } from '../../lib/detect/site-names';
import { NEWS_SITES } from '../../lib/detect/sites';
import { format, quoted, t, type UiLang } from '../../lib/i18n';
import { pauseEnd, UNTIL_RESUMED } from '../../lib/log/policy';
import type { LogSettings } from '../../lib/log/types';
import { Refused } from '../../lib/messages';
import type { Prefs } from '../../lib/prefs';
import { type SiteEntry, siteEntry } from '../../lib/sites/site-entry';
import { LanguageSelect } from '../language-select';

/** What the options page needs from the browser; tests give a fake. */
export interface OptionsApi {
  savePrefs(prefs: Prefs): Promise<void>;
  logSettings(): Promise<LogSettings>;
  saveLogSettings(change: Partial<LogSettings>): Promise<LogSettings>;
  /** The sites the user allowed (optional host permissions), as match patterns. */
  allowedSites(): Promise<string[]>;
  removeAllowedSite(pattern: string): Promise<void>;
  /** Asks the browser to allow a site (its own prompt); resolves to whether it did. Call it from the click. */
  allowSite(pattern: string): Promise<boolean>;
  countArticles(): Promise<number>;
  clearLog(): Promise<void>;
  exportLog(kind: 'json' | 'csv', onProgress: (done: number, total: number) => void): Promise<void>;
  /** Imports a file; resolves to the number of articles, or rejects with why (Refused: an ImportError, say). */
  importLog(file: File, onProgress: (done: number, total: number) => void): Promise<number>;
  confirm(message: string): boolean;
  now(): number;
}

const RETENTION = [null, 30, 90, 365, 730] as const;

function Section({ title, children }: { title: string; children: preact.ComponentChildren }) {
  const id = `section-${title.replace(/\s+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Why something failed, in the interface's language (the cause's own words only when Siyaq has none). */
const why = (lang: UiLang, error: unknown) =>
  error instanceof Refused
    ? t(lang, error.key, ...error.values.map(quoted))
    : t(lang, 'couldNotDo', quoted(error instanceof Error ? error.message : String(error)));

/** Why a typed site was refused, in the interface's language. */
function refusal(lang: UiLang, entry: Exclude<SiteEntry, { ok: true }>): string {
  if (entry.reason === 'wildcard') return t(lang, 'siteWildcard', quoted(entry.typed));
  if (entry.reason === 'public-suffix')
    return t(lang, 'sitePublicSuffix', quoted(entry.typed), quoted(`example.${entry.suffix}`));
  return t(lang, 'notASite', quoted(entry.typed));
}

/**
 * A site typed by name (or pasted as a URL): its host goes to `onSite`. A wildcard or a name
 * many sites share is refused here, with the reason under the field and the text kept to correct.
 */
function SiteForm({
  lang,
  label,
  action,
  onSite,
}: {
  lang: UiLang;
  label: string;
  action: string;
  onSite: (host: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const errorId = useId();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        const entry = siteEntry(text);
        if (!entry.ok) return setError(refusal(lang, entry));
        setError('');
        setText('');
        onSite(entry.host);
      }}
    >
      <input
        type="text"
        dir="ltr"
        aria-label={label}
        placeholder={label}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setError('');
        }}
      />{' '}
      <button type="submit">{action}</button>
      {error && (
        <p id={errorId} class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Siyaq's settings: sites, highlighting, language, and the reading log's privacy and data. */
export function Options({ api, prefs: initial, browserLang }: { api: OptionsApi; prefs: Prefs; browserLang: UiLang }) {
  const [prefs, setPrefs] = useState(initial);
  const [log, setLog] = useState<LogSettings | null>(null);
  const [allowed, setAllowed] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const lang: UiLang = prefs.language === 'auto' ? browserLang : prefs.language;
  useEffect(() => {
    void api.logSettings().then(setLog);
    void api.allowedSites().then(setAllowed);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  const save = (next: Prefs) => {
    setPrefs(next);
    void api.savePrefs(next);
  };
  const saveLog = async (change: Partial<LogSettings>) => setLog(await api.saveLogSettings(change));
  const onProgress = (done: number, total: number) => setProgress([done, total]);
  const paused = log?.pausedUntil != null && log.pausedUntil > api.now();

  return (
    <main class="options" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <h1>{t(lang, 'extName')}</h1>
      <Section title={t(lang, 'language')}>
        <LanguageSelect lang={lang} choice={prefs.language} onChoose={(language) => save({ ...prefs, language })} />
      </Section>

      <Section title={t(lang, 'highlighting')}>
        {(
          [
            ['state', 'highlightStates'],
            ['org', 'highlightOrgs'],
            ['adjectives', 'highlightAdjectives'],
            ['capitals', 'highlightCapitals'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} class="row">
            <input
              type="checkbox"
              checked={prefs.highlight[kind]}
              onChange={(e) =>
                save({ ...prefs, highlight: { ...prefs.highlight, [kind]: (e.target as HTMLInputElement).checked } })
              }
            />{' '}
            {t(lang, label)}
          </label>
        ))}
        <fieldset>
          <legend>{t(lang, 'highlightStyle')}</legend>
          {(['fill', 'underline'] as const).map((style) => (
            <label key={style}>
              <input
                type="radio"
                name="style"
                checked={prefs.highlight.style === style}
                onChange={() => save({ ...prefs, highlight: { ...prefs.highlight, style } })}
              />{' '}
              {t(lang, style === 'fill' ? 'styleFill' : 'styleUnderline')}
            </label>
          ))}
        </fieldset>
      </Section>

      <Section title={t(lang, 'sites')}>
        <h3>{t(lang, 'curatedSites')}</h3>
        <ul class="sites">
          {NEWS_SITES.map((site) => (
            <li key={site.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!prefs.disabledSites.includes(site.id)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const disabledSites = on
                      ? prefs.disabledSites.filter((id) => id !== site.id)
                      : [...prefs.disabledSites, site.id];
                    save({ ...prefs, disabledSites });
                  }}
                />{' '}
                {SITE_NAMES[site.id]?.[lang] ?? site.id} <span class="host">({site.hosts[0]})</span>
              </label>
            </li>
          ))}
        </ul>
        <h3>{t(lang, 'allowedSites')}</h3>
        {allowed.length === 0 ? (
          <p class="note">{t(lang, 'noAllowedSites')}</p>
        ) : (
          <ul>
            {allowed.map((pattern) => (
              <li key={pattern}>
                {pattern}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await api.removeAllowedSite(pattern);
                    setAllowed(await api.allowedSites());
                  }}
                >
                  {t(lang, 'remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <SiteForm
          lang={lang}
          label={t(lang, 'siteToAllow')}
          action={t(lang, 'allowSite')}
          onSite={(host) =>
            void api.allowSite(`*://${host}/*`).then(async (granted) => {
              setStatus(granted ? '' : t(lang, 'notAllowed', host));
              setAllowed(await api.allowedSites());
            })
          }
        />
      </Section>

      <Section title={t(lang, 'privacy')}>
        {log && (
          <>
            <div class="row">
              <p aria-live="polite">
                {paused
                  ? log.pausedUntil === UNTIL_RESUMED
                    ? t(lang, 'pausedIndefinitely')
                    : t(
                        lang,
                        'pausedUntil',
                        new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
                          log.pausedUntil ?? 0,
                        ),
                      )
                  : ''}
              </p>
              <fieldset class="buttons">
                <legend>{t(lang, 'pause')}</legend>
                {paused ? (
                  <button type="button" onClick={() => void saveLog({ pausedUntil: null })}>
                    {t(lang, 'pauseOff')}
                  </button>
                ) : (
                  (['hour', 'tomorrow', 'indefinitely'] as const).map((kind) => (
                    <button
                      key={kind}
                      type="button"
                      onClick={() => void saveLog({ pausedUntil: pauseEnd(kind, api.now()) })}
                    >
                      {t(
                        lang,
                        kind === 'hour' ? 'pauseHour' : kind === 'tomorrow' ? 'pauseTomorrow' : 'pauseIndefinitely',
                      )}
                    </button>
                  ))
                )}
              </fieldset>
            </div>
            <label class="row">
              <input
                type="checkbox"
                checked={log.logIncognito}
                onChange={(e) => void saveLog({ logIncognito: (e.target as HTMLInputElement).checked })}
              />{' '}
              {t(lang, 'logIncognito')}
            </label>
            <label class="row">
              {t(lang, 'retention')}{' '}
              <select
                value={String(log.retentionDays)}
                onChange={(e) => {
                  const value = (e.target as HTMLSelectElement).value;
                  void saveLog({ retentionDays: value === 'null' ? null : Number(value) });
                }}
              >
                {RETENTION.map((days) => (
                  <option key={String(days)} value={String(days)}>
                    {days === null ? t(lang, 'retentionForever') : t(lang, 'retentionDays', format.number(lang, days))}
                  </option>
                ))}
              </select>
            </label>
            <h3>{t(lang, 'neverLog')}</h3>
            <ul>
              {log.neverLog.map((site) => (
                <li key={site}>
                  {site}{' '}
                  <button
                    type="button"
                    onClick={() => void saveLog({ neverLog: log.neverLog.filter((s) => s !== site) })}
                  >
                    {t(lang, 'remove')}
                  </button>
                </li>
              ))}
            </ul>
            <SiteForm
              lang={lang}
              label={t(lang, 'siteToAdd')}
              action={t(lang, 'addSite')}
              onSite={(site) => {
                if (!log.neverLog.includes(site)) void saveLog({ neverLog: [...log.neverLog, site] });
              }}
            />
          </>
        )}
        <div class="buttons data">
          <button type="button" onClick={() => void api.exportLog('json', onProgress).then(() => setProgress(null))}>
            {t(lang, 'exportJson')}
          </button>
          <button type="button" onClick={() => void api.exportLog('csv', onProgress).then(() => setProgress(null))}>
            {t(lang, 'exportCsv')}
          </button>
          <label class="file">
            {t(lang, 'importJson')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                try {
                  const count = await api.importLog(file, onProgress);
                  setStatus(t(lang, 'importDone', format.number(lang, count)));
                } catch (error) {
                  setStatus(t(lang, 'importFailed', why(lang, error)));
                }
                setProgress(null);
              }}
            />
          </label>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              const count = await api.countArticles();
              if (!api.confirm(t(lang, 'clearConfirm', format.number(lang, count)))) return;
              try {
                await api.clearLog();
                setStatus(t(lang, 'cleared'));
              } catch (error) {
                setStatus(why(lang, error));
              }
            }}
          >
            {t(lang, 'clearLog')}
          </button>
        </div>
        {progress && (
          <p>
            <progress
              value={progress[0]}
              max={progress[1]}
              aria-label={t(lang, 'progress', progress[0], progress[1])}
            />{' '}
            {t(lang, 'progress', format.number(lang, progress[0]), format.number(lang, progress[1]))}
          </p>
        )}
        <p role="status">{status}</p>
      </Section>
    </main>
  );
}
