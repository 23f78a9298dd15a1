/**
 * The reading log's code as the benchmark runs it in a Chromium page (bundled by log.bench.ts):
 * IndexedDB in Chromium, through Dexie, exactly as the extension's background uses it.
 */
import { LogDatabase } from '../../lib/log/db';
import { LogService } from '../../lib/log/service';
import { recordVisit } from '../../lib/log/store';
import { TitleCatalog } from '../../lib/log/title-catalog';
import { exportJson, importJson } from '../../lib/log/transfer';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function time(runs: number, task: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task(i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function run(file: string, entities: string[], words: string[]) {
  const db = new LogDatabase(`siyaq-bench-${Date.now()}`);
  const usageBefore = (await navigator.storage.estimate()).usage ?? 0;
  let t0 = performance.now();
  const imported = await importJson(db, file);
  const importMs = performance.now() - t0;
  const usageAfter = (await navigator.storage.estimate()).usage ?? 0;
  // The popup's questions, through the background's LogService as it asks them.
  const log = new LogService(db);
  const page = { limit: 50, offset: 0 };
  const sample = (await log.query({ ...page, limit: 1 }))[0];
  const results = {
    articles: imported.articles,
    links: (await db.articles.toArray()).reduce((n, a) => n + a.entities.length, 0),
    importMs,
    recordVisit: await time(41, (i) =>
      recordVisit(
        db,
        {
          ...(sample as NonNullable<typeof sample>),
          canonicalUrl: `https://sana.sy/bench/${i}/`,
          url: `https://sana.sy/bench/${i}/`,
        },
        `bench-${i}`,
      ),
    ),
    recent50: await time(41, () => log.query(page)),
    byEntity: await time(41, (i) => log.query({ ...page, entity: entities[i % entities.length] as string })),
    firstSearch: 0,
    search: 0,
    exportMs: 0,
    mergeMs: 0,
    exportBytes: 0,
    bytesPerArticle: (usageAfter - usageBefore) / imported.articles,
  };
  const titles = new TitleCatalog(db);
  t0 = performance.now();
  await titles.search(words[0] as string);
  results.firstSearch = performance.now() - t0;
  results.search = await time(41, (i) => titles.search(words[i % words.length] as string));
  t0 = performance.now();
  const exported = await exportJson(db);
  results.exportMs = performance.now() - t0;
  results.exportBytes = exported.length;
  // The same file again, over the full log: every article merged, none added.
  t0 = performance.now();
  await importJson(db, file);
  results.mergeMs = performance.now() - t0;
  db.close();
  return results;
}

(globalThis as { siyaqLogBench?: typeof run }).siyaqLogBench = run;
