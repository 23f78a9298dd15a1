import type { UiLang } from './index';

/**
 * One formatter per language and kind, made on first use: making one costs a tenth of a
 * millisecond or more, and a page of cards or the reading log formats hundreds of values.
 */
function formatter<F>(make: (lang: UiLang) => F): (lang: UiLang) => F {
  const made = new Map<UiLang, F>();
  return (lang) => {
    let f = made.get(lang);
    if (f === undefined) {
      f = make(lang);
      made.set(lang, f);
    }
    return f;
  };
}

const numbers = formatter((lang) => new Intl.NumberFormat(lang));
const years = formatter((lang) => new Intl.NumberFormat(lang, { useGrouping: false }));
const lists = formatter((lang) => new Intl.ListFormat(lang, { type: 'conjunction' }));
const dates = formatter((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
const months = formatter((lang) => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const minutes = formatter(
  (lang) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }),
);

/** Numbers, dates and durations written for the language (Arabic-Indic digits in Arabic). */
export const format = {
  number: (lang: UiLang, n: number) => numbers(lang).format(n),
  /** Names joined as the language joins a list ("A, B and C"; «أ وب وج»), each isolated for mixed directions. */
  list: (lang: UiLang, items: readonly string[]) => lists(lang).format(items.map(quoted)),
  date: (lang: UiLang, ms: number) => dates(lang).format(ms),
  /** A date of the dataset, "2025" or "2025-10", as a year or a month and year. */
  dataDate: (lang: UiLang, date: string) => {
    const [year, month] = date.split('-').map(Number);
    if (!month) return years(lang).format(year ?? 0);
    return months(lang).format(Date.UTC(year ?? 0, month - 1));
  },
  minutes: (lang: UiLang, ms: number) => minutes(lang).format(Math.max(1, Math.round(ms / 60_000))),
};

/** A message's `$1`, `$2` replaced, as chrome.i18n does. */
export function fill(message: string, values: readonly (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, i) => String(values[Number(i) - 1] ?? ''));
}

/** Text the interface quotes inside a sentence, isolated so that a Latin name keeps its order in Arabic. */
export const quoted = (text: string) => `\u2068${text}\u2069`;
