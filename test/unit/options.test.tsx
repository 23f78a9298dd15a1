// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Options, type OptionsApi } from '../../components/options/options';
import { LogDatabase } from '../../lib/log/db';
import { UNTIL_RESUMED } from '../../lib/log/policy';
import { ImportError, importJson } from '../../lib/log/transfer';
import { DEFAULT_SETTINGS, type LogSettings } from '../../lib/log/types';
import { Refused } from '../../lib/messages';
import { readPrefs } from '../../lib/prefs';

const NOW = Date.UTC(2025, 9, 12, 10);

function setup(over: Partial<OptionsApi> = {}, stored: unknown = undefined, lang: 'ar' | 'en' = 'en') {
  let settings: LogSettings = { ...DEFAULT_SETTINGS };
  const api: OptionsApi = {
    savePrefs: vi.fn(async () => undefined),
    logSettings: async () => settings,
    saveLogSettings: vi.fn(async (change) => {
      settings = { ...settings, ...change };
      return settings;
    }),
    allowedSites: async () => [],
    removeAllowedSite: async () => undefined,
    allowSite: vi.fn(async () => false),
    countArticles: async () => 1234,
    clearLog: vi.fn(async () => undefined),
    exportLog: vi.fn(async () => undefined),
    importLog: vi.fn(async () => 3),
    confirm: vi.fn(() => false),
    now: () => NOW,
    ...over,
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(<Options api={api} prefs={readPrefs(stored)} browserLang={lang} />, host);
  return { api, host };
}
const flush = async () => {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
};
/** Types into a field and submits its form. */
const submit = async (input: HTMLInputElement, text: string) => {
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input'));
  });
  await act(async () => (input.form as HTMLFormElement).requestSubmit());
  await flush();
};
const button = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

describe('the options page', () => {
  it('says how much will go before clearing the log, and clears nothing when the user says no', async () => {
    const { api, host } = setup();
    await flush();
    await act(async () => button(host, 'Clear the log').click());
    await flush();
    expect(api.confirm).toHaveBeenCalledWith('Delete all 1,234 articles from your log? This cannot be undone.');
    expect(api.clearLog).not.toHaveBeenCalled();
  });

  it('says the log was not cleared when the background could not clear it, in the user’s language', async () => {
    const { host } = setup(
      {
        confirm: vi.fn(() => true),
        clearLog: vi.fn(async () => Promise.reject(new Refused('noAnswer', 'Error: Receiving end does not exist.'))),
      },
      undefined,
      'ar',
    );
    await flush();
    await act(async () => button(host, 'امسح السجل').click());
    await flush();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('لم يُجب سياق (ربما يُعاد تشغيله): أعد المحاولة.');
  });

  it('pauses the log for an hour, shows until when, and resumes', async () => {
    const { api, host } = setup();
    await flush();
    await act(async () => button(host, 'For one hour').click());
    await flush();
    expect(api.saveLogSettings).toHaveBeenCalledWith({ pausedUntil: NOW + 3_600_000 });
    expect(host.textContent).toMatch(/The log is paused until/);
    await act(async () => button(host, 'Resume').click());
    await flush();
    expect(api.saveLogSettings).toHaveBeenLastCalledWith({ pausedUntil: null });
    await act(async () => button(host, 'Until I resume').click());
    await flush();
    expect(api.saveLogSettings).toHaveBeenLastCalledWith({ pausedUntil: UNTIL_RESUMED });
    expect(host.textContent).toContain('The log is paused.');
  });

  it('tells what went wrong with an import, and what came in when it worked', async () => {
    const failing = setup({
      importLog: vi.fn(async () => Promise.reject(new ImportError('importNotExport'))),
    });
    await flush();
    const input = failing.host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'x.json')] });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(failing.host.querySelector('[role="status"]')?.textContent).toBe(
      'Nothing was imported: This file is not a Siyaq log export.',
    );
    const working = setup();
    await flush();
    const other = working.host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(other, 'files', { value: [new File(['{}'], 'x.json')] });
    await act(async () => {
      other.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(working.host.querySelector('[role="status"]')?.textContent).toBe('Imported 3 articles.');
  });

  it('adds a never-logged site from a URL, and turns a curated site off', async () => {
    const { api, host } = setup();
    await flush();
    const input = host.querySelector('input[aria-label="A site (example.com)"]') as HTMLInputElement;
    await act(async () => {
      input.value = 'https://www.AlJazeera.net/news/1';
      input.dispatchEvent(new Event('input'));
    });
    await act(async () => (input.form as HTMLFormElement).requestSubmit());
    await flush();
    expect(api.saveLogSettings).toHaveBeenCalledWith({ neverLog: ['aljazeera.net'] });
    const sana = [...host.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('sana.sy'))
      ?.querySelector('input');
    await act(async () => sana?.click());
    expect(api.savePrefs).toHaveBeenLastCalledWith(expect.objectContaining({ disabledSites: ['sana'] }));
  });

  it('offers capitals standing for their state, off until the user ticks it, in English and Arabic', async () => {
    const { api, host } = setup();
    await flush();
    const capitals = [...host.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Capitals standing for their state (Moscow says…'))
      ?.querySelector('input') as HTMLInputElement;
    expect(capitals.checked).toBe(false);
    await act(async () => capitals.click());
    expect(api.savePrefs).toHaveBeenLastCalledWith(
      expect.objectContaining({ highlight: expect.objectContaining({ capitals: true, adjectives: true }) }),
    );
    const arabic = setup({}, { language: 'ar', highlight: { capitals: true } });
    await flush();
    const label = [...arabic.host.querySelectorAll('label')].find((l) =>
      l.textContent?.includes('العواصم حين تعني دولها'),
    );
    expect(label?.querySelector('input')?.checked).toBe(true);
  });

  it('refuses a wildcard or a suffix many sites share in "Allow", asking the browser nothing, and says why', async () => {
    const { api, host } = setup();
    await flush();
    const input = host.querySelector('input[aria-label="A site to scan always (example.com)"]') as HTMLInputElement;
    for (const typed of ['*', '*.com', 'com', 'co.uk', 'gov.sy', 'github.io']) {
      await submit(input, typed);
      const alert = input.form?.querySelector('[role="alert"]');
      expect(alert?.textContent, typed).toMatch(
        typed.includes('*') ? /is not one site: a \* stands for many/ : /an ending that many sites share, not one site/,
      );
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(alert?.id);
      expect(input.value, 'the text stays to be corrected').toBe(typed);
    }
    expect(input.form?.querySelector('[role="alert"]')?.textContent).toContain('such as \u2068example.github.io\u2069');
    expect(api.allowSite).not.toHaveBeenCalled();
    await submit(input, 'www.enabbaladi.net');
    expect(input.form?.querySelector('[role="alert"]')).toBeNull();
    expect(api.allowSite).toHaveBeenCalledWith('*://enabbaladi.net/*');
  });

  it('refuses the same in the never-log list, in Arabic', async () => {
    const { api, host } = setup({}, undefined, 'ar');
    await flush();
    const input = host.querySelector('input[aria-label="موقع (example.com)"]') as HTMLInputElement;
    await submit(input, 'com.sy');
    expect(input.form?.querySelector('[role="alert"]')?.textContent).toBe(
      '«\u2068com.sy\u2069» لاحقة تشترك فيها مواقع كثيرة، لا موقع واحد. اكتب اسم الموقع كاملًا، مثل \u2068example.com.sy\u2069.',
    );
    await submit(input, '*');
    expect(input.form?.querySelector('[role="alert"]')?.textContent).toContain('ليس موقعًا واحدًا');
    await submit(input, 'ليس موقعا');
    expect(input.form?.querySelector('[role="alert"]')?.textContent).toContain('ليس اسم موقع');
    expect(api.saveLogSettings).not.toHaveBeenCalled();
  });

  it('says once, in the user’s language, that nothing was imported and why, naming the article', async () => {
    const db = new LogDatabase('siyaq-options-import');
    const article = (readings: string) =>
      `{"format":"siyaq-reading-log","version":1,"exportedAt":"2025-10-12T09:00:00.000Z","articles":[{"canonicalUrl":"https://sana.sy/politics/1/","url":"https://sana.sy/politics/1/","title":"t","site":"sana","lang":"ar","published":null,"datelineCity":null,"wordCount":9,"entities":[{"id":"SY","mentions":2}],"readings":[${readings}],"earlier":null}]}`;
    const reading = (id: string) => `{"visitId":"${id}","start":1760259600000,"activeMs":0,"maxScroll":0}`;
    const statusAfterImport = async (lang: 'ar' | 'en', text: string) => {
      const { host } = setup(
        {
          importLog: (file) =>
            file
              .text()
              .then((t) => importJson(db, t))
              .then((r) => r.articles),
        },
        undefined,
        lang,
      );
      await flush();
      const input = host.querySelector('input[type="file"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([text], 'log.json')] });
      await act(async () => {
        input.dispatchEvent(new Event('change'));
      });
      await flush();
      return host.querySelector('[role="status"]')?.textContent;
    };
    expect(await statusAfterImport('en', article(`${reading('v1')},${reading('v1')}`))).toBe(
      'Nothing was imported: This export is damaged: the article \u2068https://sana.sy/politics/1/\u2069 has the reading \u2068v1\u2069 twice.',
    );
    expect(await statusAfterImport('ar', article(`${reading('v1')},${reading('v1')}`))).toBe(
      'لم يُستورد شيء: هذا الملف تالف: القراءة \u2068v1\u2069 مكررة في المقال \u2068https://sana.sy/politics/1/\u2069.',
    );
    const damaged = await statusAfterImport(
      'en',
      article(reading('javascript:x')).replace('"url":"https://sana.sy/politics/1/"', '"url":"javascript:x"'),
    );
    expect(damaged).toMatch(/^Nothing was imported: This export is damaged at \u2068articles\.0\.url\u2069: /);
    expect(damaged?.match(/Nothing was imported/g)).toHaveLength(1);
    db.close();
  });
});
