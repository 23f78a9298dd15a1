/**
 * The days of the log's date filters are the reader's own, as its dates are shown: "from 1 May"
 * starts at local midnight, not at midnight UTC (03:00 in Damascus). A date field's value
 * ("2026-05-01") is read here as that local day.
 */

/** The local midnight that starts `day` days after the date "YYYY-MM-DD"; undefined for anything else. */
function localMidnight(value: string, day = 0): number | undefined {
  const parts = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return undefined;
  const [year, month, date] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  // setFullYear, not the Date constructor, which reads years below 100 as 19xx.
  const time = new Date(2000, 0, 1).setFullYear(year, month - 1, date + day);
  return Number.isNaN(time) ? undefined : time;
}

/** The first millisecond of a date field's local day. */
export const localDayStart = (value: string): number | undefined => localMidnight(value);

/** The last millisecond of a date field's local day (days are not all 24 hours long). */
export function localDayEnd(value: string): number | undefined {
  const next = localMidnight(value, 1);
  return next === undefined ? undefined : next - 1;
}

/** The value a date field shows for the local day of `time`. */
export function localDayValue(time: number): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
