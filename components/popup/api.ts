import type { LanguageChoice } from '../../lib/i18n';
import type { LogStats } from '../../lib/log/stats';
import type { ArticleRecord } from '../../lib/log/types';
import type { LogSummary, PageEntities, Refusal } from '../../lib/messages';

/** A filter over the reading log: any mix of entity, site, date range (epoch ms) and title words. */
export interface LogFilter {
  entity?: string;
  site?: string;
  from?: number;
  to?: number;
  text?: string;
}

/**
 * What the popup needs from the browser: the page it is over, the background's log, the user's
 * choices. The real one talks to the extension (entrypoints/popup); tests give a fake.
 */
export interface PopupApi {
  /** The page's entities, or null when Siyaq has not looked at the page (no content script there). */
  pageEntities(): Promise<PageEntities | null>;
  nextMention(id: string): Promise<boolean>;
  showRelated(ids: string[]): Promise<void>;
  scan(): Promise<{ ok: true } | { ok: false; error: Refusal }>;
  logPage(filter: LogFilter, offset: number, limit: number): Promise<ArticleRecord[]>;
  logSummaries(ids: string[]): Promise<Record<string, LogSummary>>;
  stats(entity: string | null): Promise<LogStats>;
  setLanguage(choice: LanguageChoice): Promise<void>;
  /** The page's host and whether it can be scanned / is curated / allowed (for "Scan this page"). */
  site: { host: string | null; curated: boolean; allowed: boolean };
  allowSite(on: boolean): Promise<boolean>;
  popOut?: () => void;
  openSettings(): void;
}
