import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsApi } from '../../components/options/options';
import { entityById } from '../../lib/entities/dataset';
import { uiLanguage } from '../../lib/i18n';
import { LogDatabase } from '../../lib/log/db';
import { exportCsv, exportJson, importJson } from '../../lib/log/transfer';
import { type MessageType, Refused, type Reply } from '../../lib/messages';
import { toBackground } from '../../lib/messages/browser';
import { PREFS_KEY, readPrefs } from '../../lib/prefs';
import { userGrantedSites } from '../../lib/sites/allowed';
import '../../components/base.css';
import '../../components/options/options.css';

/** The answer of a reply, or its refusal thrown: the options page says why in the user's language. */
function answerOf<T extends MessageType>(reply: Reply<T>) {
  if (!reply.ok) throw new Refused(reply.error.key, ...reply.error.values);
  return reply;
}

/** Saves text as a file, from memory: nothing leaves the machine. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main() {
  const prefs = readPrefs((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]);
  // Export and import run here, where the file is, on the extension's own database; the
  // background is told afterwards (its title search reads the log again).
  const db = new LogDatabase();
  const api: OptionsApi = {
    savePrefs: (next) => browser.storage.local.set({ [PREFS_KEY]: next }),
    logSettings: async () => answerOf(await toBackground('log-settings', {})).settings,
    saveLogSettings: async (change) => answerOf(await toBackground('log-settings', { change })).settings,
    allowedSites: async () => userGrantedSites((await browser.permissions.getAll()).origins ?? []),
    allowSite: (pattern) => browser.permissions.request({ origins: [pattern] }),
    removeAllowedSite: async (pattern) => {
      await browser.permissions.remove({ origins: [pattern] });
    },
    countArticles: async () => {
      const reply = await toBackground('log-count', {});
      return reply.ok ? reply.count : 0;
    },
    clearLog: async () => {
      answerOf(await toBackground('log-delete', { target: { kind: 'all' } }));
    },
    exportLog: async (kind, onProgress) => {
      const day = new Date().toISOString().slice(0, 10);
      if (kind === 'json') download(await exportJson(db, onProgress), 'application/json', `siyaq-log-${day}.json`);
      else {
        const nameOf = (id: string) => {
          const e = entityById(id);
          return e ? `${e.name.en} / ${e.name.ar}` : id;
        };
        download(await exportCsv(db, nameOf, onProgress), 'text/csv;charset=utf-8', `siyaq-log-${day}.csv`);
      }
    },
    importLog: async (file, onProgress) => {
      const result = await importJson(db, await file.text(), onProgress);
      await toBackground('log-changed', {});
      return result.articles;
    },
    confirm: (message) => window.confirm(message),
    now: () => Date.now(),
  };
  render(
    <Options api={api} prefs={prefs} browserLang={uiLanguage('auto', browser.i18n.getUILanguage())} />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
