import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { LogDatabase } from '../../lib/log/db';
import { LogService, logRoutes, type ReadingContext } from '../../lib/log/service';
import { type Handlers, messenger, Refused, type SenderKind } from '../../lib/messages';
import { handle } from '../../lib/messages/protocol';

const T0 = Date.UTC(2026, 4, 1, 9);

let db: LogDatabase;
let n = 0;
beforeEach(() => {
  db = new LogDatabase(`siyaq-protocol-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** The background's routes as it wires them: the log's, and the three of its own (their work is not what is tested here). */
function routes(log: LogService, scanTab: Handlers<ReadingContext>['scan-tab'] = () => ({})): Handlers<ReadingContext> {
  return {
    ...logRoutes(log),
    'find-mentions': ({ text }) => ({ found: { ids: [], spans: [] }, words: 0, shareUsed: text.length > 10, ms: 0 }),
    'scan-tab': scanTab,
    'page-cards': () => ({ cards: [], style: '' }),
  };
}

/** A sender talking to a receiver directly, as the browser carries messages between them (by copy). */
function wire(handlers: Handlers<ReadingContext>, sender: SenderKind, now = T0) {
  return messenger(async (message) =>
    structuredClone(await handle(handlers, structuredClone(message), sender, { incognito: false, now })),
  );
}

const reading = {
  visitId: 'a1b2c3d4-0000-4000-8000-000000000000',
  url: 'https://sana.sy/politics/1/',
  canonicalUrl: 'https://sana.sy/politics/1/',
  title: 'روسيا والصين',
  site: 'sana',
  lang: 'ar' as const,
  published: null,
  datelineCity: null,
  wordCount: 120,
  entities: [{ id: 'RU', mentions: 2 }],
};

describe('the typed protocol between Siyaq’s scripts and the background', () => {
  it('carries a reading from the content script into the log and the popup’s questions back, each answer typed by its message', async () => {
    const log = new LogService(db);
    const content = wire(routes(log), 'content');
    const popup = wire(routes(log), 'page');
    expect(await content('article-read', reading)).toEqual({ ok: true, logged: true });
    expect(await content('reading-progress', { ...reading, activeMs: 4000, maxScroll: 0.5 })).toEqual({
      ok: false,
      error: { key: 'messageRefused', values: [expect.stringMatching(/^reading-progress: /)] },
    });
    const { visitId, canonicalUrl } = reading;
    expect(await content('reading-progress', { visitId, canonicalUrl, activeMs: 4000, maxScroll: 0.5 })).toEqual({
      ok: true,
      logged: true,
    });
    const found = await popup('log-query', { query: { text: 'الصين' } });
    expect(found.ok && found.articles.map((a) => [a.title, a.readingMs])).toEqual([['روسيا والصين', 4000]]);
    const summaries = await popup('log-entities', { ids: ['RU'] });
    expect(summaries.ok && summaries.summaries.RU?.count).toBe(1);
    expect(await popup('log-count', {})).toEqual({ ok: true, count: 1 });
    expect(await popup('log-delete', { target: { kind: 'all' } })).toEqual({ ok: true, count: 0 });
  });

  it('says why a reading is not logged', async () => {
    const log = new LogService(db);
    await wire(routes(log), 'page')('log-settings', { change: { neverLog: ['sana.sy'] } });
    expect(await wire(routes(log), 'content')('article-read', reading)).toEqual({
      ok: true,
      logged: false,
      reason: 'never-logged-site',
    });
  });

  it('keeps the sender rules: a news page’s content script may not read or delete the log', async () => {
    const content = wire(routes(new LogService(db)), 'content');
    const reply = await content('log-delete', { target: { kind: 'all' } });
    expect(reply).toEqual({
      ok: false,
      error: { key: 'messageRefused', values: ['log-delete may not come from a content script'] },
    });
  });

  it('passes a handler’s refusal on as a message key, and any other failure as “could not do that”', async () => {
    const log = new LogService(db);
    const refusing = wire(
      routes(log, () => {
        throw new Refused('scanRefused', 'Missing host permission for the tab');
      }),
      'page',
    );
    const refused = await refusing('scan-tab', { tabId: 4 });
    expect(refused).toEqual({
      ok: false,
      error: { key: 'scanRefused', values: ['Missing host permission for the tab'] },
    });
    expect(!refused.ok && t('ar', refused.error.key, ...refused.error.values)).toBe(
      'سبب المتصفح: Missing host permission for the tab',
    );
    const failing = wire(
      routes(log, () => {
        throw new TypeError('tabs is undefined');
      }),
      'page',
    );
    expect(await failing('scan-tab', { tabId: 4 })).toEqual({
      ok: false,
      error: { key: 'couldNotDo', values: ['TypeError: tabs is undefined'] },
    });
  });

  it('answers find-mentions with the tab’s share, as a field of the answer', async () => {
    const content = wire(routes(new LogService(db)), 'content');
    const none = { found: { ids: [], spans: [] }, words: 0, ms: 0 };
    expect(await content('find-mentions', { text: 'short' })).toEqual({ ok: true, ...none, shareUsed: false });
    expect(await content('find-mentions', { text: 'a longer text' })).toEqual({ ok: true, ...none, shareUsed: true });
  });

  it('turns a background that cannot be reached, or that says nothing, into a refusal rather than an exception', async () => {
    const gone = messenger(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    expect(await gone('log-count', {})).toEqual({
      ok: false,
      error: { key: 'noAnswer', values: ['Error: Could not establish connection. Receiving end does not exist.'] },
    });
    const silent = messenger(async () => undefined);
    expect(await silent('page-cards', { render: ['SY'], onPage: [], lang: 'en' })).toEqual({
      ok: false,
      error: { key: 'noAnswer', values: [] },
    });
  });
});
