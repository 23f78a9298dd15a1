import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ScanPanel, type ScanPanelProps } from '../../components/scan-panel';
import { judgeUrl } from '../../lib/detect/url';
import type { Response } from '../../lib/messages';
import { sitePattern } from '../../lib/sites/allowed';

const lang = browser.i18n.getUILanguage().startsWith('ar') ? 'ar' : 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

// The log is meant to last years: ask that the browser never evict it (unlimitedStorage already
// exempts it in Chrome; Firefox grants persistence to extensions that ask).
void navigator.storage?.persist?.();

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ?? '';
  const pattern = sitePattern(url);
  const props: ScanPanelProps = {
    lang,
    host: pattern ? new URL(url).hostname : null,
    curated: judgeUrl(url).site !== null,
    allowed: pattern ? await browser.permissions.contains({ origins: [pattern] }) : false,
    scan: async () => {
      if (tab?.id === undefined) return { ok: false, error: 'no tab' };
      const response: Response = await browser.runtime.sendMessage({ type: 'scan-tab', tabId: tab.id });
      return response.ok ? { ok: true } : { ok: false, error: response.error };
    },
    // Called straight from the click: the browser asks the user only during a user gesture.
    allow: (on) =>
      pattern
        ? on
          ? browser.permissions.request({ origins: [pattern] })
          : browser.permissions.remove({ origins: [pattern] }).then((removed) => !removed)
        : Promise.resolve(false),
  };
  render(<ScanPanel {...props} />, document.getElementById('app') as HTMLElement);
}

void main();
