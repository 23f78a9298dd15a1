/**
 * Makes a reading log for benchmarks and trials: N articles (default 10,000) with about ten entity
 * links each, one to four readings each, titles built from real Arabic news sentences; written as
 * a Siyaq export file (the format the log imports).
 *   npm run --silent generate-log -- 10000 > log.json
 */
import { ENTITIES } from '../lib/entities/dataset';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../lib/log/transfer';
import { arabicNewsTexts } from '../test/corpus';

/** A small, seeded generator: the same log every time. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateLog(count: number, seed = 1): ExportFile {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const sentences = arabicNewsTexts()
    .flatMap((text) => text.split(/[.\n؟!]+/))
    .map((s) => s.trim().split(/\s+/).slice(0, 14).join(' '))
    .filter((s) => s.length > 30);
  // Some entities are in the news far more than others (Zipf-like): squaring favours the first.
  const ids = ENTITIES.map((e) => e.id);
  const entity = () => ids[Math.floor(next() ** 2.5 * ids.length)] as string;
  const sites = ['sana', 'rt-arabic', 'tass', 'aljazeera', 'almayadeen', 'un-news', 'bbc-arabic', 'alwatan'];
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const articles: ExportFile['articles'] = [];
  for (let i = 0; i < count; i++) {
    const canonicalUrl = `https://${pick(['sana.sy', 'arabic.rt.com', 'tass.com', 'www.aljazeera.net'])}/news/${100000 + i}/`;
    const named = new Map<string, number>();
    const links = 5 + Math.floor(next() * 11);
    while (named.size < links) named.set(entity(), 1 + Math.floor(next() * 6));
    const read = start + Math.floor(next() * span);
    const readings = Array.from({ length: 1 + Math.floor(next() ** 3 * 3) }, (_, r) => ({
      visitId: `v${i}-${r}`,
      start: read + r * 3_600_000,
      activeMs: Math.floor(next() * 300_000),
      maxScroll: Math.round(next() * 1000) / 1000,
    }));
    articles.push({
      canonicalUrl,
      url: `${canonicalUrl}?from=home`,
      title: pick(sentences),
      site: pick(sites),
      lang: next() < 0.85 ? 'ar' : 'en',
      published: new Date(read - Math.floor(next() * 86_400_000)).toISOString(),
      datelineCity: pick(['دمشق', 'موسكو', 'نيويورك', 'بيروت', null]),
      wordCount: 150 + Math.floor(next() * 900),
      entities: [...named].map(([id, mentions]) => ({ id, mentions })),
      readings,
      earlier: null,
    });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(start + span).toISOString(),
    articles,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const count = Number(process.argv[2] ?? 10_000);
  process.stdout.write(`${JSON.stringify(generateLog(count))}\n`);
}
