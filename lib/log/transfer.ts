import * as v from 'valibot';
import { type MessageKey, t } from '../i18n';
import { Refused } from '../messages';
import type { LogDatabase } from './db';
import { articleRecord } from './record';
import { ARTICLE_FACTS, articleFault, EarlierReadings, foldReadings, mergeReading, Reading } from './schema';
import type { ArticleRecord } from './types';

/** The export format's name and version; a file of a later version is refused with a clear message. */
export const EXPORT_FORMAT = 'siyaq-reading-log';
export const EXPORT_VERSION = 1;

export type Progress = (done: number, total: number) => void;

const CHUNK = 500;

/** An article as exported: what it says and its readings (totals and indexes are derived again). */
const ExportedArticle = v.strictObject({
  ...ARTICLE_FACTS,
  readings: v.pipe(v.array(Reading), v.maxLength(100_000)),
  earlier: v.nullable(EarlierReadings),
});
const ExportFile = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  articles: v.array(ExportedArticle),
});
export type ExportFile = v.InferOutput<typeof ExportFile>;
type ExportedArticle = v.InferOutput<typeof ExportedArticle>;

/** What an export keeps of an article: what it says and its readings; totals and indexes are derived again. */
function exported(a: ArticleRecord): ExportedArticle {
  return {
    canonicalUrl: a.canonicalUrl,
    url: a.url,
    title: a.title,
    site: a.site,
    lang: a.lang,
    published: a.published,
    datelineCity: a.datelineCity,
    wordCount: a.wordCount,
    entities: a.entities,
    readings: a.readings,
    earlier: a.earlier,
  };
}

/** The whole log as one versioned JSON document, one article per line (lossless: importing it gives back the same log). */
export async function exportJson(db: LogDatabase, onProgress?: Progress, now = new Date()): Promise<string> {
  return db.transaction('r', db.articles, async () => {
    const total = await db.articles.count();
    const lines: string[] = [];
    await db.articles.each((a) => {
      lines.push(JSON.stringify(exported(a)));
      if (lines.length % CHUNK === 0) onProgress?.(lines.length, total);
    });
    onProgress?.(total, total);
    return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}","articles":[\n${lines.join(',\n')}\n]}\n`;
  });
}

/** A spreadsheet cell: quoted, and never read as a formula (a title starting with = or +). */
function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = [
  'title',
  'url',
  'canonical_url',
  'site',
  'language',
  'published',
  'dateline',
  'first_read',
  'last_read',
  'visits',
  'reading_seconds',
  'deepest_scroll_percent',
  'words',
  'entities',
];

/**
 * The log as CSV, one row per article, newest first: UTF-8 with a byte-order mark so that
 * spreadsheets read the Arabic as Arabic; the entities in one column ("Syria / سورية ×7; …").
 */
export async function exportCsv(
  db: LogDatabase,
  nameOf: (id: string) => string,
  onProgress?: Progress,
): Promise<string> {
  const total = await db.articles.count();
  const rows = [CSV_COLUMNS.join(',')];
  await db.articles
    .orderBy('lastVisit')
    .reverse()
    .each((a) => {
      rows.push(
        [
          a.title,
          a.url,
          a.canonicalUrl,
          a.site,
          a.lang,
          a.published,
          a.datelineCity,
          new Date(a.firstVisit).toISOString(),
          new Date(a.lastVisit).toISOString(),
          a.visits,
          Math.round(a.readingMs / 1000),
          Math.round(a.maxScroll * 100),
          a.wordCount,
          a.entities.map((e) => `${nameOf(e.id)} ×${e.mentions}`).join('; '),
        ]
          .map(cell)
          .join(','),
      );
      if (rows.length % CHUNK === 0) onProgress?.(rows.length - 1, total);
    });
  onProgress?.(total, total);
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * Why a file cannot be imported, in words a user can act on: a message of the interface and its
 * values, so the options page says it in the user's language; `message` is the English.
 * The interface says that nothing was imported (none of these messages does).
 */
export class ImportError extends Refused {
  constructor(key: MessageKey, ...values: (string | number)[]) {
    super(key, ...values);
    this.message = t('en', key, ...values);
  }
}

/** Reads and checks an export file; throws ImportError with a clear message. */
function parseExport(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError('importNotJson');
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT)
    throw new ImportError('importNotExport');
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION)
    throw new ImportError('importNewer', head.version);
  const result = v.safeParse(ExportFile, data);
  if (!result.success) {
    const issue = result.issues[0];
    // The root is an object here, so every issue has a path.
    throw new ImportError('importDamaged', v.getDotPath(issue) ?? '', issue.message);
  }
  const seen = new Set<string>();
  for (const a of result.output.articles) {
    if (seen.has(a.canonicalUrl)) throw new ImportError('importArticleTwice', a.canonicalUrl);
    seen.add(a.canonicalUrl);
    const fault = articleFault(a);
    if (fault) throw new ImportError(...fault);
  }
  return result.output;
}

/**
 * Merges an export into the log in one transaction: articles by canonical URL, readings by their
 * id, so importing the same file twice changes nothing and two machines' logs add up. An article
 * keeps what its most recent reading saw. Either all of it is imported or none.
 */
export async function importJson(
  db: LogDatabase,
  text: string,
  onProgress?: Progress,
): Promise<{ articles: number; readings: number }> {
  const file = parseExport(text);
  const total = file.articles.length;
  await db.transaction('rw', db.articles, async () => {
    // Into an empty log (a new machine, a restore) there is nothing to merge with.
    const empty = (await db.articles.count()) === 0;
    for (let at = 0; at < total; at += CHUNK) {
      const chunk = file.articles.slice(at, at + CHUNK);
      const existing = empty ? [] : await db.articles.bulkGet(chunk.map((a) => a.canonicalUrl));
      const records = chunk.flatMap((incoming, i) => {
        const old = existing[i];
        if (!old) return [articleRecord(incoming, incoming.readings, incoming.earlier)];
        const readings = new Map<string, Reading>(old.readings.map((r) => [r.visitId, r]));
        // Folded readings cannot be matched one by one: the larger fold stands for both. Readings
        // as old as those the log has folded away cannot be told from them either (a file imported
        // again brings back the very readings its first import folded): they count with their fold.
        const foldedUpTo = old.earlier ? Math.min(...old.readings.map((r) => r.start)) : Number.NEGATIVE_INFINITY;
        const folded = (r: Reading) => r.start <= foldedUpTo && !readings.has(r.visitId);
        const theirs = foldReadings(incoming.earlier, incoming.readings.filter(folded));
        for (const r of incoming.readings.filter((r) => !folded(r))) {
          const mine = readings.get(r.visitId);
          readings.set(r.visitId, mine ? mergeReading(mine, r) : r);
        }
        const newest = Math.max(...incoming.readings.map((r) => r.start));
        const earlier = (theirs?.visits ?? 0) > (old.earlier?.visits ?? 0) ? theirs : old.earlier;
        const merged = articleRecord(old.lastVisit > newest ? old : incoming, [...readings.values()], earlier);
        // A file imported again changes nothing: such articles are not written again.
        return JSON.stringify(exported(merged)) === JSON.stringify(exported(old)) ? [] : [merged];
      });
      await db.articles.bulkPut(records);
      onProgress?.(Math.min(at + CHUNK, total), total);
    }
  });
  return { articles: total, readings: file.articles.reduce((n, a) => n + a.readings.length, 0) };
}
