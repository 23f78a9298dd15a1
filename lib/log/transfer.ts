import * as v from 'valibot';
import type { LogDatabase } from './db';
import { totals, withIndexes } from './store';
import type { ArticleRecord, VisitRecord } from './types';

/** The export format's name and version; a file of a later version is refused with a clear message. */
export const EXPORT_FORMAT = 'siyaq-reading-log';
export const EXPORT_VERSION = 1;

export type Progress = (done: number, total: number) => void;

const CHUNK = 500;
const Url = v.pipe(v.string(), v.maxLength(2048), v.url(), v.regex(/^https?:/));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const ExportedArticle = v.strictObject({
  canonicalUrl: Url,
  url: Url,
  title: v.pipe(v.string(), v.maxLength(1000)),
  site: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  lang: v.picklist(['ar', 'en']),
  published: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  datelineCity: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  wordCount: Count,
  entities: v.pipe(
    v.array(v.strictObject({ id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,64}$/)), mentions: Count })),
    v.maxLength(600),
  ),
});
const ExportedVisit = v.strictObject({
  visitId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  canonicalUrl: Url,
  start: Time,
  activeMs: Count,
  maxScroll: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});
const ExportFile = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  articles: v.array(ExportedArticle),
  visits: v.array(ExportedVisit),
});
export type ExportFile = v.InferOutput<typeof ExportFile>;
type ExportedArticle = v.InferOutput<typeof ExportedArticle>;

/** What an export keeps of an article: what it says, not the totals (its visits give those) nor the indexes. */
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
  };
}

/** The whole log as one versioned JSON document (lossless: importing it gives back the same log). */
export async function exportJson(db: LogDatabase, onProgress?: Progress, now = new Date()): Promise<string> {
  return db.transaction('r', db.articles, db.visits, async () => {
    const total = await db.articles.count();
    const articles: string[] = [];
    let done = 0;
    await db.articles.each((a) => {
      articles.push(JSON.stringify(exported(a)));
      if (++done % CHUNK === 0) onProgress?.(done, total);
    });
    const visits = (await db.visits.toArray()).map((visit) => JSON.stringify(visit));
    onProgress?.(total, total);
    return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${now.toISOString()}",\n"articles":[\n${articles.join(',\n')}\n],\n"visits":[\n${visits.join(',\n')}\n]}\n`;
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
  let done = 0;
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
      if (++done % CHUNK === 0) onProgress?.(done, total);
    });
  onProgress?.(total, total);
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Why a file cannot be imported, in words a user can act on. */
export class ImportError extends Error {}

/** Reads and checks an export file; throws ImportError with a clear message. */
export function parseExport(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError('This file is not a Siyaq log export: it is not valid JSON (it may be cut short).');
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT)
    throw new ImportError('This file is not a Siyaq log export.');
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION)
    throw new ImportError(
      `This export was made by a newer version of Siyaq (format ${head.version}); update Siyaq to import it.`,
    );
  const result = v.safeParse(ExportFile, data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'the file';
    throw new ImportError(`This export is damaged at ${where}: ${issue.message}. Nothing was imported.`);
  }
  const urls = new Set(result.output.articles.map((a) => a.canonicalUrl));
  const read = new Set(result.output.visits.map((visit) => visit.canonicalUrl));
  const orphan = result.output.visits.find((visit) => !urls.has(visit.canonicalUrl));
  if (orphan)
    throw new ImportError(
      `This export is damaged: a reading of ${orphan.canonicalUrl} has no article. Nothing was imported.`,
    );
  const unread = result.output.articles.find((a) => !read.has(a.canonicalUrl));
  if (unread)
    throw new ImportError(`This export is damaged: ${unread.canonicalUrl} has no reading. Nothing was imported.`);
  return result.output;
}

/**
 * Merges an export into the log in one transaction: articles by canonical URL, readings by their
 * id, so importing the same file twice changes nothing and two machines' logs add up. An article
 * keeps what its most recent reading said of it. Either all of it is imported or none.
 */
export async function importJson(
  db: LogDatabase,
  text: string,
  onProgress?: Progress,
): Promise<{ articles: number; visits: number }> {
  const file = parseExport(text);
  const total = file.articles.length;
  await db.transaction('rw', db.articles, db.visits, async () => {
    const known = await db.visits.bulkGet(file.visits.map((visit) => visit.visitId));
    const merged: VisitRecord[] = file.visits.map((visit, i) => {
      const old = known[i];
      return old
        ? {
            ...old,
            activeMs: Math.max(old.activeMs, visit.activeMs),
            maxScroll: Math.max(old.maxScroll, visit.maxScroll),
          }
        : visit;
    });
    await db.visits.bulkPut(merged);
    const lastInFile = new Map<string, number>();
    for (const visit of file.visits)
      lastInFile.set(visit.canonicalUrl, Math.max(lastInFile.get(visit.canonicalUrl) ?? 0, visit.start));
    for (let at = 0; at < total; at += CHUNK) {
      const chunk = file.articles.slice(at, at + CHUNK);
      const urls = chunk.map((a) => a.canonicalUrl);
      const [existing, visits] = await Promise.all([
        db.articles.bulkGet(urls),
        db.visits.where('canonicalUrl').anyOf(urls).toArray(),
      ]);
      const byUrl = new Map<string, VisitRecord[]>();
      for (const visit of visits) {
        const list = byUrl.get(visit.canonicalUrl);
        if (list) list.push(visit);
        else byUrl.set(visit.canonicalUrl, [visit]);
      }
      const records = chunk.map((incoming, i) => {
        const old = existing[i];
        const base = old && old.lastVisit > (lastInFile.get(incoming.canonicalUrl) ?? 0) ? exported(old) : incoming;
        return withIndexes({ ...base, ...totals(byUrl.get(incoming.canonicalUrl) ?? []) });
      });
      await db.articles.bulkPut(records);
      onProgress?.(Math.min(at + CHUNK, total), total);
    }
  });
  return { articles: file.articles.length, visits: file.visits.length };
}
