import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase, SCHEMAS } from '../../lib/log/db';
import { pauseEnd, siteKey, whyNotLogged } from '../../lib/log/policy';
import { articleRecord } from '../../lib/log/record';
import { LogService } from '../../lib/log/service';
import { logStats } from '../../lib/log/stats';
import {
  clearLog,
  countArticles,
  deleteArticle,
  deleteReadingsBetween,
  forgetOlderThan,
  loadSettings,
  recordProgress,
  recordVisit,
  saveSettings,
  under,
} from '../../lib/log/store';
import { TitleCatalog } from '../../lib/log/title-catalog';
import { exportCsv, exportJson, ImportError, importJson } from '../../lib/log/transfer';
import { type ArticleReport, DEFAULT_SETTINGS } from '../../lib/log/types';
import type { LogQuery } from '../../lib/messages';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 9, 12, 9, 0);
let db: LogDatabase;
let n = 0;

beforeEach(() => {
  db = new LogDatabase(`siyaq-test-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Every article in the log, most recently read first. */
const newestFirst = (log: LogDatabase) => log.articles.orderBy('lastVisit').reverse().toArray();

const report = (id: number, over: Partial<ArticleReport> = {}): ArticleReport => ({
  url: `https://sana.sy/politics/${id}/?utm=x`,
  canonicalUrl: `https://sana.sy/politics/${id}/`,
  title: `مقال رقم ${id}`,
  site: 'sana',
  lang: 'ar',
  published: '2025-10-12T14:35:10+03:00',
  datelineCity: 'دمشق',
  wordCount: 250,
  entities: [{ id: 'SY', mentions: 3 }],
  ...over,
});

describe('the reading log keeps one record per article', () => {
  it('counts a second reading of the same article as a visit, not a new article, and keeps what the page says now', async () => {
    await recordVisit(db, report(1), 'v1', T0);
    await recordVisit(db, report(1, { title: 'عنوان معدّل', entities: [{ id: 'RU', mentions: 2 }] }), 'v2', T0 + DAY);
    expect(await countArticles(db)).toBe(1);
    const [a] = await newestFirst(db);
    expect(a).toMatchObject({
      title: 'عنوان معدّل',
      visits: 2,
      firstVisit: T0,
      lastVisit: T0 + DAY,
      entities: [{ id: 'RU', mentions: 2 }],
    });
  });

  it('keeps a page reloaded all day a small record: the oldest readings are folded into totals', async () => {
    for (let i = 0; i < 105; i++) {
      await recordVisit(db, report(1), `r${i}`, T0 + i * 60_000);
      await recordProgress(db, {
        visitId: `r${i}`,
        canonicalUrl: report(1).canonicalUrl,
        activeMs: 1000,
        maxScroll: i === 2 ? 1 : 0.1,
      });
    }
    const [a] = await newestFirst(db);
    expect(a?.readings).toHaveLength(100);
    expect(a).toMatchObject({
      visits: 105,
      readingMs: 105_000,
      maxScroll: 1,
      firstVisit: T0,
      lastVisit: T0 + 104 * 60_000,
    });
    expect(a?.earlier).toEqual({ visits: 5, firstVisit: T0, readingMs: 5000, maxScroll: 1 });
  });

  it('adds reading time and depth as a reading goes on, once however often a report is repeated, never backwards', async () => {
    await recordVisit(db, report(1), 'v1', T0);
    const progress = { visitId: 'v1', canonicalUrl: report(1).canonicalUrl };
    expect(await recordProgress(db, { ...progress, activeMs: 15_000, maxScroll: 0.4 })).toMatchObject({
      readingMs: 15_000,
    });
    await recordProgress(db, { ...progress, activeMs: 15_000, maxScroll: 0.4 });
    await recordProgress(db, { ...progress, activeMs: 40_000, maxScroll: 0.9 });
    await recordProgress(db, { ...progress, activeMs: 30_000, maxScroll: 0.5 });
    await recordVisit(db, report(1), 'v2', T0 + DAY);
    await recordProgress(db, { visitId: 'v2', canonicalUrl: progress.canonicalUrl, activeMs: 5_000, maxScroll: 0.2 });
    expect((await newestFirst(db))[0]).toMatchObject({ readingMs: 45_000, maxScroll: 0.9, visits: 2 });
    expect(await recordProgress(db, { ...progress, visitId: 'unknown', activeMs: 1, maxScroll: 0 })).toBeNull();
    expect(
      await recordProgress(db, { visitId: 'v1', canonicalUrl: 'https://sana.sy/other/', activeMs: 9e6, maxScroll: 1 }),
    ).toBeNull();
  });
});

describe('questions the log answers', () => {
  beforeEach(async () => {
    await recordVisit(db, report(1, { title: 'الأمم المتحدة تدعو إلى وقف إطلاق النار' }), 'a', T0);
    await recordVisit(
      db,
      report(2, { title: 'وزير الخارجية يلتقي وفد الاتحاد الأوروبي', entities: [{ id: 'eu', mentions: 2 }] }),
      'b',
      T0 + DAY,
    );
    await recordVisit(
      db,
      report(3, {
        title: 'Syria and Jordan discuss border crossings',
        lang: 'en',
        site: 'sana-en',
        canonicalUrl: 'https://sana.sy/en/syria/3/',
        url: 'https://sana.sy/en/syria/3/',
        entities: [
          { id: 'SY', mentions: 4 },
          { id: 'JO', mentions: 2 },
        ],
      }),
      'c',
      T0 + 2 * DAY,
    );
  });

  const query = (f: Partial<LogQuery>) =>
    new LogService(db).query({ limit: 50, offset: 0, ...f }).then((found) => found.map((a) => a.canonicalUrl));

  it('lists the most recent first, a page at a time', async () => {
    expect(await query({ limit: 2 })).toEqual(['https://sana.sy/en/syria/3/', 'https://sana.sy/politics/2/']);
    expect(await query({ limit: 2, offset: 2 })).toEqual(['https://sana.sy/politics/1/']);
  });

  it('finds the articles that name an entity, those of a site, and those read in a date range', async () => {
    expect(await query({ entity: 'SY' })).toEqual(['https://sana.sy/en/syria/3/', 'https://sana.sy/politics/1/']);
    expect(await query({ entity: 'eu' })).toHaveLength(1);
    expect(await query({ site: 'sana-en' })).toHaveLength(1);
    expect(await query({ from: T0 + DAY, to: T0 + 2 * DAY })).toEqual([
      'https://sana.sy/en/syria/3/',
      'https://sana.sy/politics/2/',
    ]);
  });

  it.each([
    ['without hamza', 'الامم', 1],
    ['with diacritics', 'الأُمَمِ المُتَّحِدَة', 1],
    ['with a clitic the title does not have', 'للأمم', 1],
    ['without ال', 'امم', 1],
    ['ة written ه', 'الخارجيه', 2],
    ['a word’s beginning', 'الأورو', 2],
    ['two words, both needed', 'وزير الأوروبي', 2],
    ['English, any case', 'JORDAN border', 3],
  ])('searches titles %s', async (_case, query, id) => {
    const found = await new TitleCatalog(db).search(query);
    expect(found.map((a) => a.canonicalUrl)).toEqual([
      id === 3 ? 'https://sana.sy/en/syria/3/' : `https://sana.sy/politics/${id}/`,
    ]);
  });

  it('finds nothing for words no title has, or for an empty search', async () => {
    expect(await new TitleCatalog(db).search('الأمم الصين')).toEqual([]);
    expect(await new TitleCatalog(db).search('   ')).toEqual([]);
  });
});

describe('the user’s control', () => {
  it('deletes one article, a date range of readings, or everything', async () => {
    await recordVisit(db, report(1), 'a', T0);
    await recordVisit(db, report(1), 'a2', T0 + 5 * DAY);
    await recordVisit(db, report(2), 'b', T0 + DAY);
    await recordVisit(db, report(3), 'c', T0 + 9 * DAY);
    expect(await deleteReadingsBetween(db, T0, T0 + 2 * DAY)).toBe(2);
    // Article 1 was also read later: it stays, with that reading only. Article 2 is gone.
    expect((await newestFirst(db)).map((a) => [a.canonicalUrl, a.visits, a.firstVisit])).toEqual([
      ['https://sana.sy/politics/3/', 1, T0 + 9 * DAY],
      ['https://sana.sy/politics/1/', 1, T0 + 5 * DAY],
    ]);
    await deleteArticle(db, 'https://sana.sy/politics/3/');
    expect(await countArticles(db)).toBe(1);
    await saveSettings(db, { retentionDays: 30 });
    await clearLog(db);
    expect(await countArticles(db)).toBe(0);
    expect((await loadSettings(db)).retentionDays).toBe(30);
  });

  it('forgets what is older than the retention period', async () => {
    await recordVisit(db, report(1), 'a', T0);
    await recordVisit(db, report(2), 'b', T0 + 40 * DAY);
    expect(await forgetOlderThan(db, 30, T0 + 45 * DAY)).toBe(1);
    expect((await newestFirst(db)).map((a) => a.canonicalUrl)).toEqual(['https://sana.sy/politics/2/']);
  });

  it('keeps the settings, and decides what is not logged: paused, incognito, never-logged sites', async () => {
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    const settings = await saveSettings(db, { neverLog: ['aljazeera.net'], pausedUntil: pauseEnd('hour', T0) });
    expect(await loadSettings(db)).toEqual(settings);
    expect(whyNotLogged(settings, 'https://sana.sy/a/', false, T0)).toBe('paused');
    expect(whyNotLogged(settings, 'https://sana.sy/a/', false, T0 + 3_600_001)).toBeNull();
    expect(whyNotLogged(settings, 'https://www.aljazeera.net/news/1', false, T0 + 2 * 3_600_000)).toBe(
      'never-logged-site',
    );
    expect(whyNotLogged(DEFAULT_SETTINGS, 'https://sana.sy/a/', true)).toBe('incognito');
    expect(whyNotLogged({ ...DEFAULT_SETTINGS, logIncognito: true }, 'https://sana.sy/a/', true)).toBeNull();
    const tomorrow = new Date(pauseEnd('tomorrow', T0));
    expect([tomorrow.getHours(), tomorrow.getMinutes(), tomorrow.getTime() > T0]).toEqual([0, 0, true]);
    expect(
      whyNotLogged({ ...DEFAULT_SETTINGS, pausedUntil: pauseEnd('indefinitely') }, 'https://sana.sy/', false),
    ).toBe('paused');
    expect(siteKey('https://www.BBC.com/arabic')).toBe('bbc.com');
    expect(siteKey('news.un.org')).toBe('news.un.org');
    expect(siteKey('not a site')).toBeNull();
  });
});

describe('export and import', () => {
  const fill = async (target: LogDatabase, prefix: string, count: number) => {
    for (let i = 0; i < count; i++) {
      await recordVisit(
        target,
        report(i, { title: `${prefix} ${i} — “سوريا” و=الأردن, "quoted"` }),
        `${prefix}${i}`,
        T0 + i,
      );
      await recordProgress(target, {
        visitId: `${prefix}${i}`,
        canonicalUrl: report(i).canonicalUrl,
        activeMs: 1000 * i,
        maxScroll: 0.5,
      });
    }
  };

  it('round-trips the whole log exactly, and importing the same file twice changes nothing', async () => {
    await fill(db, 'x', 12);
    const first = await exportJson(db, undefined, new Date(T0));
    const before = await newestFirst(db);
    await clearLog(db);
    expect(await importJson(db, first)).toEqual({ articles: 12, readings: 12 });
    expect(await newestFirst(db)).toEqual(before);
    await importJson(db, first);
    expect(await exportJson(db, undefined, new Date(T0))).toBe(first);
  });

  it('leaves the log byte for byte as it was after the first import when the same file comes again', async () => {
    // Each machine read article 0 sixty times: merged, the oldest readings beyond the limit are folded.
    const readOften = async (target: LogDatabase, prefix: string, from: number) => {
      for (let i = 0; i < 60; i++) await recordVisit(target, report(0), `${prefix}${i}`, from + i * 60_000);
    };
    await readOften(db, 'home', T0);
    await fill(db, 'home', 3);
    const other = new LogDatabase(`siyaq-other-${n}`);
    await readOften(other, 'work', T0 + 30_000);
    await fill(other, 'work', 5);
    const file = await exportJson(other);
    other.close();
    await Dexie.delete(other.name);
    await importJson(db, file);
    const once = await exportJson(db, undefined, new Date(T0));
    await importJson(db, file);
    expect(await exportJson(db, undefined, new Date(T0))).toBe(once);
  });

  it('merges another machine’s log: readings add up, articles are not duplicated', async () => {
    await fill(db, 'home', 3);
    const other = new LogDatabase(`siyaq-other-${n}`);
    await fill(other, 'work', 5);
    const progress: number[] = [];
    await importJson(db, await exportJson(other), (done, total) => progress.push(done / total));
    other.close();
    await Dexie.delete(other.name);
    expect(await countArticles(db)).toBe(5);
    const one = (await newestFirst(db)).find((a) => a.canonicalUrl === report(1).canonicalUrl);
    expect(one).toMatchObject({ visits: 2, readingMs: 2000 });
    expect(progress.at(-1)).toBe(1);
  });

  it('writes CSV a spreadsheet opens as Arabic: UTF-8 with a byte-order mark, quoted, no formulas', async () => {
    await fill(db, 'x', 2);
    const csv = await exportCsv(db, (id) => (id === 'SY' ? 'Syria / سورية' : id));
    expect(csv.startsWith('\uFEFFtitle,url,canonical_url,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"x 1 — “سوريا” و=الأردن, ""quoted"""');
    expect(lines[1]).toMatch(/,Syria \/ سورية ×3$/);
    await recordVisit(db, report(9, { title: '=HYPERLINK("http://evil")' }), 'evil', T0 + 99);
    expect(await exportCsv(db, (id) => id)).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  const broken: [string, (good: string) => string, RegExp][] = [
    ['not JSON at all', () => 'PK\u0003\u0004 binary', /not valid JSON/],
    ['cut short', (good) => good.slice(0, good.length / 2), /not valid JSON/],
    ['another program’s JSON', () => '{"articles": []}', /not a Siyaq log export/],
    [
      'from a newer Siyaq',
      (good) => good.replace('"version":1', '"version":7'),
      /newer version of Siyaq \(format 7\); update Siyaq/,
    ],
    [
      'an extra field',
      (good) => good.replace('"wordCount"', '"__proto__":{"x":1},"wordCount"'),
      /damaged at articles\.0/,
    ],
    [
      'a script URL',
      (good) => good.replace(/"url":"https:[^"]+"/, '"url":"javascript:alert(1)"'),
      /damaged at articles\.0\.url/,
    ],
    [
      'a huge title',
      (good) => good.replace('"title":"x 0', `"title":"${'x'.repeat(5000)}`),
      /damaged at articles\.0\.title/,
    ],
    [
      'the same article twice',
      (good) => good.replace(/\n\]\}\n$/, `,\n${good.split('\n')[1]?.replace(/,$/, '')}\n]}\n`),
      /appears twice/,
    ],
    [
      'an article without a reading',
      (good) => good.replace(/"readings":\[[^\]]*\]/, '"readings":[]'),
      /damaged: the article https:\/\/sana\.sy\/politics\/0\/ has no reading\.$/,
    ],
    [
      'a reading twice in one article',
      (good) => good.replace(/"readings":\[([^\]]*)\]/, '"readings":[$1,$1]'),
      /damaged: the article https:\/\/sana\.sy\/politics\/0\/ has the reading x0 twice\.$/,
    ],
    [
      'an entity named zero times',
      (good) => good.replace('"mentions":3', '"mentions":0'),
      /damaged: the article https:\/\/sana\.sy\/politics\/0\/ names SY zero times\.$/,
    ],
    [
      'an entity listed twice in one article',
      (good) =>
        good.replace(
          '"entities":[{"id":"SY","mentions":3}]',
          '"entities":[{"id":"SY","mentions":3},{"id":"SY","mentions":1}]',
        ),
      /damaged: the article https:\/\/sana\.sy\/politics\/0\/ lists SY twice\.$/,
    ],
  ];
  it.each(broken)(
    'refuses a file that is %s with a clear message, leaving the log exactly as it was',
    async (_case, damage, message) => {
      await fill(db, 'x', 3);
      const good = await exportJson(db, undefined, new Date(T0));
      await importJson(db, good);
      const bad = damage(good.replace(/\s+\n/g, '\n'));
      expect(bad).not.toBe(good);
      await expect(importJson(db, bad)).rejects.toThrow(ImportError);
      await expect(importJson(db, bad)).rejects.toThrow(message);
      // The options page says "Nothing was imported:" before the reason; the reason does not say it again.
      await expect(importJson(db, bad)).rejects.not.toThrow(/nothing was imported/i);
      expect(await exportJson(db, undefined, new Date(T0))).toBe(good);
    },
  );
});

describe('schema versions', () => {
  /** A row as each schema version wrote it (add the next version's shape here when the schema changes). */
  const ROW_OF: Record<string, object> = {
    1: articleRecord(report(1), [{ visitId: 'old', start: T0, activeMs: 5000, maxScroll: 0.5 }], null),
  };

  it('opens a log written by every earlier schema with its rows intact', async () => {
    expect(Object.keys(ROW_OF)).toEqual(Object.keys(SCHEMAS));
    for (const [version, stores] of Object.entries(SCHEMAS)) {
      const name = `siyaq-upgrade-${version}-${n}`;
      const old = new Dexie(name);
      old.version(Number(version)).stores(stores);
      await old.open();
      await old.table('articles').put(ROW_OF[version]);
      old.close();
      const current = new LogDatabase(name);
      expect((await under(current, 'entityKeys', 'SY').toArray()).map((a) => a.readingMs)).toEqual([5000]);
      expect(await new TitleCatalog(current).search('مقال')).toHaveLength(1);
      await recordVisit(current, report(1), 'new', T0 + DAY);
      expect((await newestFirst(current))[0]?.visits).toBe(2);
      current.close();
      await Dexie.delete(name);
    }
  });
});

describe('the log behind the background’s messages', () => {
  const read = (log: LogService, id: number, context: { incognito: boolean; now: number }, over = {}) =>
    log.read(report(id, over), `visit-000${id}`, context);

  it('logs a reading unless the user paused, is in a private window, or never logs the site', async () => {
    const log = new LogService(db);
    const at = { incognito: false, now: T0 };
    expect(await read(log, 1, at)).toBeNull();
    expect(await read(log, 2, { incognito: true, now: T0 })).toBe('incognito');
    await log.settings({ pausedUntil: pauseEnd('hour', T0) }, T0);
    expect(await read(log, 3, at)).toBe('paused');
    await log.settings({ pausedUntil: null, neverLog: ['sana.sy'] }, T0);
    expect(await read(log, 4, at)).toBe('never-logged-site');
    expect(await log.count()).toBe(1);
  });

  it('applies a new retention period at once, and answers the log’s questions', async () => {
    const log = new LogService(db);
    await read(log, 1, { incognito: false, now: T0 });
    await read(log, 2, { incognito: false, now: T0 + 40 * DAY });
    expect(
      await log.progress({
        visitId: 'visit-0002',
        canonicalUrl: report(2).canonicalUrl,
        activeMs: 9000,
        maxScroll: 0.7,
      }),
    ).toBe(true);
    expect(await log.query({ limit: 50, offset: 0 })).toMatchObject([{ readingMs: 9000 }, { readingMs: 0 }]);
    await log.settings({ retentionDays: 30 }, T0 + 41 * DAY);
    expect(await log.count()).toBe(1);
    expect(await log.delete({ kind: 'all' })).toBe(0);
  });

  it('searches titles as they are now: after readings, deletions, and an import made by a Siyaq page', async () => {
    const log = new LogService(db);
    const at = { incognito: false, now: T0 };
    const search = async (text: string) => (await log.query({ text, limit: 50, offset: 0 })).map((a) => a.canonicalUrl);
    await read(log, 1, at, { title: 'روسيا والصين تبحثان التعاون' });
    expect(await search('الصين')).toEqual([report(1).canonicalUrl]);
    await read(log, 2, { incognito: false, now: T0 + 1 }, { title: 'الصين تستضيف قمة' });
    expect(await search('الصين')).toEqual([report(2).canonicalUrl, report(1).canonicalUrl]);
    await log.delete({ kind: 'article', canonicalUrl: report(1).canonicalUrl });
    expect(await search('الصين')).toEqual([report(2).canonicalUrl]);
    const other = new LogDatabase(`siyaq-import-${n}`);
    await recordVisit(other, report(7, { title: 'الصين والهند' }), 'x', T0 + 5);
    await importJson(db, await exportJson(other));
    other.close();
    await Dexie.delete(other.name);
    await log.changed();
    expect(await search('الصين')).toEqual([report(7).canonicalUrl, report(2).canonicalUrl]);
  });
});

describe('the log’s charts and the popup’s filters', () => {
  const at = (days: number) => T0 + days * DAY;

  it('counts articles per week, the entities most named in 30 days, and one entity’s mentions per week', async () => {
    await recordVisit(db, report(1, { entities: [{ id: 'SY', mentions: 3 }] }), 'a', at(-40));
    await recordVisit(
      db,
      report(2, {
        entities: [
          { id: 'SY', mentions: 2 },
          { id: 'RU', mentions: 1 },
        ],
      }),
      'b',
      at(-3),
    );
    await recordVisit(db, report(3, { entities: [{ id: 'RU', mentions: 4 }] }), 'c', at(-2));
    await recordVisit(db, report(4, { entities: [{ id: 'RU', mentions: 1 }] }), 'd', at(0));
    const stats = await logStats(db, at(0), 'SY', 8);
    expect(stats.perWeek).toHaveLength(8);
    expect(stats.perWeek.map((w) => w.count).reduce((a, b) => a + b)).toBe(4);
    expect(new Date(stats.perWeek[0]?.week ?? 0).getUTCDay()).toBe(1);
    expect(stats.topEntities).toEqual([
      { id: 'RU', articles: 3, mentions: 6 },
      { id: 'SY', articles: 1, mentions: 2 },
    ]);
    expect(stats.entity?.perWeek.map((w) => w.mentions).reduce((a, b) => a + b)).toBe(5);
  });

  it('filters by entity, site, dates and title words together, a page at a time', async () => {
    const log = new LogService(db);
    const titles = ['الأمم المتحدة وسوريا', 'روسيا والأمم المتحدة', 'الأمم المتحدة في جنيف', 'روسيا والصين'];
    for (const [i, title] of titles.entries())
      await log.read(
        report(i, { title, site: i === 2 ? 'un-news' : 'sana', entities: [{ id: i % 2 ? 'RU' : 'SY', mentions: 1 }] }),
        `visit-${i}0000`,
        { incognito: false, now: at(i) },
      );
    const filter = async (f: Partial<LogQuery>) =>
      (await log.query({ limit: 50, offset: 0, ...f })).map((a) => a.title);
    expect(await filter({ text: 'الامم' })).toEqual([titles[2], titles[1], titles[0]]);
    expect(await filter({ text: 'الامم', entity: 'RU' })).toEqual([titles[1]]);
    expect(await filter({ entity: 'SY', site: 'sana' })).toEqual([titles[0]]);
    expect(await filter({ from: at(1), to: at(2) })).toEqual([titles[2], titles[1]]);
    expect(await filter({ site: 'sana', limit: 1, offset: 1 })).toEqual([titles[1]]);
    expect(await log.summaries(['SY', 'RU', 'US'])).toMatchObject({
      SY: { count: 2, last: at(2), articles: [{ title: titles[2] }, { title: titles[0] }] },
      RU: { count: 2, last: at(3) },
      US: { count: 0, last: null, articles: [] },
    });
  });
});
