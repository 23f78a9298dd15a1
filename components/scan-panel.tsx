import { useState } from 'preact/hooks';
import { quoted, t, type UiLang } from '../lib/i18n';
import type { Refusal } from '../lib/messages';

export interface ScanPanelProps {
  lang: UiLang;
  /** The active tab's host, or null for a page no extension may scan (the browser's own pages). */
  host: string | null;
  /** Is the host one of the curated news sites (always scanned)? */
  curated: boolean;
  /** Has the user allowed Siyaq on this host? */
  allowed: boolean;
  /** Scans the page; or why it could not, in the user's language. */
  scan: () => Promise<{ ok: true } | { ok: false; error: Refusal }>;
  /** Allows (true) or stops allowing (false) the host; resolves to whether it is allowed now. */
  allow: (on: boolean) => Promise<boolean>;
}

/** "Scan this page" and "always scan this site": what the popup offers for the active tab. */
export function ScanPanel({ lang, host, curated, allowed, scan, allow }: ScanPanelProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [isAllowed, setAllowed] = useState(allowed);
  if (!host) return <p class="note">{t(lang, 'unscannable')}</p>;
  return (
    <section class="scan" aria-live="polite">
      <button
        type="button"
        onClick={async () => {
          const result = await scan();
          setStatus(
            result.ok
              ? t(lang, 'scanned')
              : `${t(lang, 'scanFailed')} ${t(lang, result.error.key, ...result.error.values.map(quoted))}`,
          );
        }}
      >
        {t(lang, 'scanThisPage')}
      </button>
      {curated ? (
        <p class="note">{t(lang, 'curatedSite', host)}</p>
      ) : (
        <label>
          <input
            type="checkbox"
            checked={isAllowed}
            onChange={async (event) => {
              const box = event.target as HTMLInputElement;
              const granted = await allow(box.checked);
              // The user may refuse in the browser's own prompt: the box shows what is true.
              box.checked = granted;
              setAllowed(granted);
            }}
          />{' '}
          {t(lang, 'alwaysScan', host)}
        </label>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
