import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/api';
import { App } from '../../components/popup/app';
import { judgeUrl } from '../../lib/detect/url';
import { uiLanguage } from '../../lib/i18n';
import type { PageEntities, Request, Response } from '../../lib/messages';
import { PREFS_KEY, readPrefs } from '../../lib/prefs';
import { sitePattern } from '../../lib/sites/allowed';
import '../../components/base.css';
import '../../components/popup/popup.css';
import { CONTEXT_CARD_CSS } from '../../components/context-card';

// The log is meant to last years: ask that the browser never evict it (unlimitedStorage already
// exempts it in Chrome; Firefox grants persistence to extensions that ask).
void navigator.storage?.persist?.();

const ask = (request: Request): Promise<Response> => browser.runtime.sendMessage(request);

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
  const toTab = <T,>(message: unknown): Promise<T | null> =>
    tab?.id === undefined ? Promise.resolve(null) : browser.tabs.sendMessage(tab.id, message).catch(() => null);
  const api: PopupApi = {
    pageEntities: () => toTab<PageEntities>({ type: 'page-entities' }),
    nextMention: async (id) => (await toTab<boolean>({ type: 'next-mention', id })) === true,
    showRelated: async (ids) => {
      await toTab({ type: 'show-related', ids });
    },
    scan: async () => {
      if (tab?.id === undefined) return { ok: false, error: 'no tab' };
      const response = await ask({ type: 'scan-tab', tabId: tab.id });
      return response.ok ? { ok: true } : { ok: false, error: response.error };
    },
    logPage: async (filter, offset, limit) => {
      const response = await ask({ type: 'log-query', query: { kind: 'filter', ...filter, offset, limit } });
      return 'articles' in response ? response.articles : [];
    },
    logSummaries: async (ids) => {
      const response = await ask({ type: 'log-entities', ids });
      return 'summaries' in response ? response.summaries : {};
    },
    stats: async (entity) => {
      const response = await ask({ type: 'log-stats', ...(entity ? { entity } : {}) });
      if (!('stats' in response)) throw new Error('no stats');
      return response.stats;
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
