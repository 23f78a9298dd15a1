import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRecord, LogSettings } from './types';

const DATABASE_NAME = 'siyaq-log';

/**
 * The reading log's IndexedDB database, in the extension's own origin (never a page's). Every
 * schema the log has had is declared here, oldest first, so Dexie can upgrade any earlier one.
 */
export class LogDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'canonicalUrl'>;
  settings!: EntityTable<LogSettings & { key: 'settings' }, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
  }
}

/** The stores of each schema version (what a test opens to prove the upgrade from it). */
export const SCHEMAS: Record<1, Record<string, string>> = {
  1: {
    articles: 'canonicalUrl, lastVisit, siteKey, *entityKeys',
    settings: 'key',
  },
};
