import { useState } from 'preact/hooks';

export interface ScanPanelProps {
  lang: 'ar' | 'en';
  /** The active tab's host, or null for a page no extension may scan (the browser's own pages). */
  host: string | null;
  /** Is the host one of the curated news sites (always scanned)? */
  curated: boolean;
  /** Has the user allowed Siyaq on this host? */
  allowed: boolean;
  scan: () => Promise<{ ok: true } | { ok: false; error: string }>;
  /** Allows (true) or stops allowing (false) the host; resolves to whether it is allowed now. */
  allow: (on: boolean) => Promise<boolean>;
}

const TEXT = {
  ar: {
    scan: 'افحص هذه الصفحة',
    scanned: 'فُحصت الصفحة: الدول والمنظمات مظللة فيها.',
    failed: 'تعذّر فحص هذه الصفحة.',
    always: (host: string) => `افحص صفحات ${host} دائمًا`,
    curated: (host: string) => `${host} موقع إخباري يفحصه سياق دائمًا.`,
    unscannable: 'لا يمكن لأي إضافة فحص هذه الصفحة.',
  },
  en: {
    scan: 'Scan this page',
    scanned: 'Scanned: the states and organisations on this page are highlighted.',
    failed: 'This page could not be scanned.',
    always: (host: string) => `Always scan pages on ${host}`,
    curated: (host: string) => `${host} is a news site Siyaq always scans.`,
    unscannable: 'No extension may scan this page.',
  },
};

/** "Scan this page" and "always scan this site": what the popup offers for the active tab. */
export function ScanPanel({ lang, host, curated, allowed, scan, allow }: ScanPanelProps) {
  const t = TEXT[lang];
  const [status, setStatus] = useState<string | null>(null);
  const [isAllowed, setAllowed] = useState(allowed);
  if (!host) return <p class="note">{t.unscannable}</p>;
  return (
    <section class="scan" aria-live="polite">
      <button
        type="button"
        onClick={async () => {
          const result = await scan();
          setStatus(result.ok ? t.scanned : `${t.failed} ${result.error}`);
        }}
      >
        {t.scan}
      </button>
      {curated ? (
        <p class="note">{t.curated(host)}</p>
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
          {t.always(host)}
        </label>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
