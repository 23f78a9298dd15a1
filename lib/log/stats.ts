import type { LogDatabase } from './db';
import { under } from './store';
import type { ArticleRecord } from './types';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** What the log's charts show. */
export interface LogStats {
  /** Articles read each week (by last reading), oldest first, the current week last. */
  perWeek: { week: number; count: number }[];
  /** The entities named most in the articles read in the last 30 days. */
  topEntities: { id: string; articles: number; mentions: number }[];
  /** For one entity: its mentions in the articles read each week. */
  entity: { id: string; perWeek: { week: number; mentions: number }[] } | null;
}

/** The Monday 00:00 UTC that starts the week of `time`. */
function weekOf(time: number): number {
  const day = Math.floor(time / DAY);
  // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
  return (day - ((day + 3) % 7)) * DAY;
}

/** The log's statistics over the last `weeks` weeks, read from its indexes. */
export async function logStats(db: LogDatabase, now: number, entityId: string | null, weeks = 26): Promise<LogStats> {
  const first = weekOf(now) - (weeks - 1) * WEEK;
  const buckets = () => Array.from({ length: weeks }, (_, i) => first + i * WEEK);
  const readTimes = (await db.articles.where('lastVisit').aboveOrEqual(first).keys()) as number[];
  const counts = new Map<number, number>();
  for (const time of readTimes) counts.set(weekOf(time), (counts.get(weekOf(time)) ?? 0) + 1);
  const recent = await db.articles
    .where('lastVisit')
    .aboveOrEqual(now - 30 * DAY)
    .toArray();
  const named = new Map<string, { articles: number; mentions: number }>();
  for (const a of recent)
    for (const e of a.entities) {
      const n = named.get(e.id) ?? { articles: 0, mentions: 0 };
      named.set(e.id, { articles: n.articles + 1, mentions: n.mentions + e.mentions });
    }
  let entity: LogStats['entity'] = null;
  if (entityId) {
    const articles: ArticleRecord[] = await under(db, 'entityKeys', entityId, first).toArray();
    const mentions = new Map<number, number>();
    for (const a of articles) {
      const m = a.entities.find((e) => e.id === entityId)?.mentions ?? 0;
      mentions.set(weekOf(a.lastVisit), (mentions.get(weekOf(a.lastVisit)) ?? 0) + m);
    }
    entity = { id: entityId, perWeek: buckets().map((week) => ({ week, mentions: mentions.get(week) ?? 0 })) };
  }
  return {
    perWeek: buckets().map((week) => ({ week, count: counts.get(week) ?? 0 })),
    topEntities: [...named]
      .map(([id, n]) => ({ id, ...n }))
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions)
      .slice(0, 10),
    entity,
  };
}
