import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/api';
import { App } from '../../components/popup/app';
import { judgeUrl } from '../../lib/detect/url';
import { uiLanguage } from '../../lib/i18n';
import { Refused } from '../../lib/messages';
import { toBackground, toPage } from '../../lib/messages/browser';
import { PREFS_KEY, readPrefs } from '../../lib/prefs';
import { sitePattern } from '../../lib/sites/allowed';
import '../../components/base.css';
import '../../components/popup/popup.css';
import { CONTEXT_CARD_CSS } from '../../components/context-card-css';

// The log is meant to last years: ask that the browser never evict it (unlimitedStorage already
// exempts it in Chrome; Firefox grants persistence to extensions that ask).
void navigator.storage?.persist?.();

async function main() {
  // Opened for a given tab ("Open in a tab"), or over the active one as a popup.
  const params = new URLSearchParams(location.search);
  const tabParam = Number(params.get('tab'));
  const tab =
    Number.isInteger(tabParam) && tabParam > 0
      ? await browser.tabs.get(tabParam).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const url = tab?.url ?? '';
  const pattern = sitePattern(url);
  const prefs = readPrefs((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]);
  const browserLang = uiLanguage('auto', browser.i18n.getUILanguage());
  const lang = uiLanguage(prefs.language, browserLang);
  const page = tab?.id === undefined ? null : toPage(tab.id);
  const api: PopupApi = {
    pageEntities: async () => (await page?.({ type: 'page-entities' })) ?? null,
    nextMention: async (id) => (await page?.({ type: 'next-mention', id })) === true,
    showRelated: async (ids) => {
      await page?.({ type: 'show-related', ids });
    },
    scan: async () =>
      tab?.id === undefined
        ? { ok: false, error: { key: 'unscannable', values: [] } }
        : toBackground('scan-tab', { tabId: tab.id }),
    logPage: async (filter, offset, limit) => {
      const reply = await toBackground('log-query', { query: { ...filter, offset, limit } });
      return reply.ok ? reply.articles : [];
    },
    logSummaries: async (ids) => {
      const reply = await toBackground('log-entities', { ids });
      return reply.ok ? reply.summaries : {};
    },
    stats: async (entity) => {
      const reply = await toBackground('log-stats', entity ? { entity } : {});
      if (!reply.ok) throw new Refused(reply.error.key, ...reply.error.values);
      return reply.stats;
    },
    setLanguage: async (language) => {
      const current = readPrefs((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]);
      await browser.storage.local.set({ [PREFS_KEY]: { ...current, language } });
    },
    site: {
      host: pattern ? new URL(url).hostname : null,
      curated: judgeUrl(url).site !== null,
      allowed: pattern ? await browser.permissions.contains({ origins: [pattern] }) : false,
    },
    // Called straight from the click: the browser asks the user only during a user gesture.
    allowSite: (on) =>
      pattern
        ? on
          ? browser.permissions.request({ origins: [pattern] })
          : browser.permissions.remove({ origins: [pattern] }).then((removed) => !removed)
        : Promise.resolve(false),
    ...(tab?.id !== undefined && !params.has('tab')
      ? {
          popOut: () => {
            void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tab.id}`) });
            window.close();
          },
        }
      : {}),
    openSettings: () => void browser.runtime.openOptionsPage(),
  };
  const style = document.createElement('style');
  style.textContent = CONTEXT_CARD_CSS;
  document.head.append(style);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const view = params.get('view');
  render(
    <App
      api={api}
      browserLang={browserLang}
      choice={prefs.language}
      {...(view === 'lookup' || view === 'log' || view === 'stats' ? { view } : {})}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
