import type { UiLang } from './index';

/** Numbers, dates and durations written for the language (Arabic-Indic digits in Arabic). */
export const format = {
  number: (lang: UiLang, n: number) => new Intl.NumberFormat(lang).format(n),
  /** Names joined as the language joins a list ("A, B and C"; «أ وب وج»), each isolated for mixed directions. */
  list: (lang: UiLang, items: readonly string[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.map(quoted)),
  date: (lang: UiLang, ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(ms),
  /** A date of the dataset, "2025" or "2025-10", as a year or a month and year. */
  dataDate: (lang: UiLang, date: string) => {
    const [year, month] = date.split('-').map(Number);
    if (!month) return new Intl.NumberFormat(lang, { useGrouping: false }).format(year ?? 0);
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year ?? 0, month - 1),
    );
  },
  minutes: (lang: UiLang, ms: number) =>
    new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    }).format(Math.max(1, Math.round(ms / 60_000))),
};

/** A message's `$1`, `$2` replaced, as chrome.i18n does. */
export function fill(message: string, values: readonly (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, i) => String(values[Number(i) - 1] ?? ''));
}

/** Text the interface quotes inside a sentence, isolated so that a Latin name keeps its order in Arabic. */
export const quoted = (text: string) => `\u2068${text}\u2069`;
