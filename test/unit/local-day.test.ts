import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDayEnd, localDayStart, localDayValue } from '../../lib/log/local-day';

const MODULE = join(import.meta.dirname, '../../lib/log/local-day.ts');
const HOUR = 3_600_000;

/** The functions' answers in another time zone: a process of its own, since a process's zone is set as it starts. */
function inZone(zone: string, days: string[], times: number[]) {
  const script = `import('${MODULE}').then((m) => console.log(JSON.stringify({
    start: ${JSON.stringify(days)}.map(m.localDayStart),
    end: ${JSON.stringify(days)}.map(m.localDayEnd),
    value: ${JSON.stringify(times)}.map(m.localDayValue),
  })))`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { start: number[]; end: number[]; value: string[] };
}

describe('the log’s date filters read days as the reader’s local days', () => {
  it('starts "from 1 May" at midnight in Damascus, not at 03:00, and ends "to 1 May" at its last millisecond', () => {
    const damascus = inZone(
      'Asia/Damascus',
      ['2026-05-01'],
      [Date.UTC(2026, 3, 30, 21, 30), Date.UTC(2026, 3, 30, 20)],
    );
    // Damascus is three hours ahead of UTC all year.
    expect(damascus.start).toEqual([Date.UTC(2026, 4, 1) - 3 * HOUR]);
    expect(damascus.end).toEqual([Date.UTC(2026, 4, 2) - 3 * HOUR - 1]);
    // 00:30 on 1 May in Damascus is still 30 April in UTC.
    expect(damascus.value).toEqual(['2026-05-01', '2026-04-30']);
  });

  it('gives a day of 23 hours its 23 hours (New York, the day clocks go forward)', () => {
    const newYork = inZone('America/New_York', ['2026-03-08'], [Date.UTC(2026, 2, 9, 3, 59)]);
    expect(newYork.start).toEqual([Date.UTC(2026, 2, 8, 5)]);
    expect(newYork.end).toEqual([Date.UTC(2026, 2, 9, 4) - 1]);
    expect(newYork.value).toEqual(['2026-03-08']);
  });

  it('shows again the day it was given, and ignores what is not a date', () => {
    for (const day of ['2026-05-01', '2024-02-29', '0050-12-31']) {
      expect(localDayValue(localDayStart(day) as number)).toBe(day);
      expect(localDayValue(localDayEnd(day) as number)).toBe(day);
    }
    expect(localDayStart('2026-05-01')).toBe(new Date(2026, 4, 1).getTime());
    for (const junk of ['', '1 May', '2026-13-01', '2026-05-00']) {
      expect(localDayStart(junk)).toBeUndefined();
      expect(localDayEnd(junk)).toBeUndefined();
    }
  });
});
