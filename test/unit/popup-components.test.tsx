// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ContextCard } from '../../components/context-card';
import type { LogFilter, PopupApi } from '../../components/popup/api';
import { LogView } from '../../components/popup/log-view';
import { StatsView } from '../../components/popup/stats-view';
import { cardEntity } from '../../lib/card/card-entity';
import { entityById } from '../../lib/entities/dataset';
import type { Entity } from '../../lib/entities/types';
import { format, t, type UiLang } from '../../lib/i18n';
import type { LogStats } from '../../lib/log/stats';
import type { ArticleRecord } from '../../lib/log/types';

const card = (id: string) => cardEntity(entityById(id) as Entity);
const say =
  (lang: UiLang) =>
  (key: Parameters<typeof t>[1], ...values: (string | number)[]) =>
    t(lang, key, ...values);
const mount = (vnode: preact.VNode) => {
  const host = document.createElement('div');
  document.body.append(host);
  render(vnode, host);
  return host;
};
/** Lets what a view asks the background for arrive and render: on a busy machine, more than one timer's turn. */
async function loaded(host: HTMLElement, selector = 'li.row'): Promise<void> {
  for (let i = 0; i < 100 && !host.querySelector(selector); i++)
    await act(async () => new Promise((r) => setTimeout(r, 10)));
}

describe('the context card', () => {
  it('lists an organisation’s members, marking those the page names, with its parent and what the log knows', () => {
    const host = mount(
      <ContextCard
        entity={card('csto')}
        lang="en"
        say={say('en')}
        mentions={3}
        onPage={new Set(['RU', 'AM'])}
        log={{
          count: 4,
          last: Date.UTC(2025, 9, 12),
          articles: [{ title: 'Moscow hosts the CSTO', url: 'https://tass.com/1' }],
        }}
        onChip={() => undefined}
      />,
    );
    const text = host.textContent ?? '';
    expect(text).toContain('Collective Security Treaty Organization');
    expect(text).toContain('منظمة معاهدة الأمن الجماعي');
    expect(text).toMatch(/Members \(6\) · 2 of them on this page/);
    expect([...host.querySelectorAll('.chip.here')].map((c) => c.textContent)).toEqual([
      expect.stringContaining('Armenia'),
      expect.stringContaining('Russia'),
    ]);
    expect(text).toContain('Named 3 times on this page');
    expect(text).toMatch(/In your log: 4 articles, last on Oct 12, 2025/);
    expect(host.querySelector('.articles a')?.getAttribute('href')).toBe('https://tass.com/1');
    const wiki = [...host.querySelectorAll('.wiki a')].map((a) => a.getAttribute('href'));
    expect(wiki).toEqual([
      `https://ar.wikipedia.org/wiki/${encodeURIComponent('منظمة_معاهدة_الأمن_الجماعي')}`,
      'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
    ]);
    expect(host.querySelector('.wiki a')?.getAttribute('rel')).toContain('noreferrer');
  });

  it('tells a state’s organisations and its flag, in Arabic, right to left, numbers written for Arabic', () => {
    const host = mount(<ContextCard entity={card('SY')} lang="ar" say={say('ar')} mentions={7} log={null} />);
    const article = host.querySelector('article') as HTMLElement;
    expect(article.dir).toBe('rtl');
    expect(host.textContent).toContain('🇸🇾');
    expect(host.textContent).toContain('عضو في');
    expect(host.textContent).toContain('جامعة الدول العربية');
    // Digits as Intl writes them for Arabic.
    expect(host.textContent).toContain(`تذكرها هذه الصفحة ${new Intl.NumberFormat('ar').format(7)} مرات`);
    expect(host.textContent).toContain('ليست في سجلك بعد');
  });

  it('shows each member’s standing, former members folded, and the date of its facts, in English and Arabic', () => {
    const en = mount(<ContextCard entity={card('au')} lang="en" say={say('en')} />);
    const mali = [...en.querySelectorAll('.chip')].find((c) => c.textContent?.startsWith('Mali'));
    expect(mali?.textContent).toBe('Mali · suspended since June 2021');
    expect(mali?.classList.contains('noted')).toBe(true);
    expect(en.querySelector('.asof')?.textContent).toBe('Facts as of December 2026');
    const nato = mount(<ContextCard entity={card('nato')} lang="ar" say={say('ar')} />);
    const sweden = [...nato.querySelectorAll('.chip')].find((c) => c.textContent?.startsWith('السويد'));
    expect(sweden?.textContent).toBe(`السويد · عضو منذ ${format.dataDate('ar', '2024-03')}`);
    const ar = mount(<ContextCard entity={card('au')} lang="ar" say={say('ar')} />);
    const maliAr = [...ar.querySelectorAll('.chip')].find((c) => c.textContent?.startsWith('مالي'));
    expect(maliAr?.textContent).toBe(`مالي · العضوية معلّقة منذ ${format.dataDate('ar', '2021-06')}`);
    expect(ar.querySelector('.asof')?.textContent).toBe(`المعلومات محدّثة حتى ${format.dataDate('ar', '2026-12')}`);
    // A state's memberships of bodies that ended, or that it left, are folded away, with when.
    const russia = mount(<ContextCard entity={card('RU')} lang="ar" say={say('ar')} />);
    const folded = russia.querySelector('details.former') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toMatch(/^عضويات سابقة/);
    expect(folded.textContent).toContain(`مجموعة الثماني · انتهت في ${format.dataDate('ar', '2014')}`);
    expect(folded.textContent).toContain(`مجلس أوروبا · انسحبت في ${format.dataDate('ar', '2022-03')}`);
    expect([...russia.querySelectorAll('section .chip')].map((c) => c.textContent)).not.toContain('مجموعة الثماني');
  });

  it('counts an organisation’s members as it does, naming those that are not states', () => {
    const en = mount(<ContextCard entity={card('wto')} lang="en" say={say('en')} />);
    expect(en.querySelector('section h3')?.textContent).toBe('Members (166)');
    expect(en.querySelector('.also')?.textContent).toBe(
      'Also members, not states: \u2068European Union\u2069, \u2068Hong Kong, China\u2069, and \u2068Macao, China\u2069.',
    );
    const ar = mount(<ContextCard entity={card('g20')} lang="ar" say={say('ar')} />);
    expect(ar.querySelector('section h3')?.textContent).toBe(`الأعضاء (${format.number('ar', 21)})`);
    expect(ar.querySelector('.also')?.textContent).toBe(
      'ومن أعضائها غير الدول: \u2068الاتحاد الأوروبي\u2069 و\u2068الاتحاد الأفريقي\u2069.',
    );
  });

  it('is compact in the page: no lists, no actions, just what it is', () => {
    const host = mount(<ContextCard entity={card('nato')} lang="en" say={say('en')} compact mentions={1} />);
    expect(host.querySelector('.chips')).toBeNull();
    expect(host.querySelector('footer')).toBeNull();
    expect(host.textContent).toContain('Named once on this page');
    expect(host.textContent).toMatch(/Members \(\d+\)/);
  });

  it('offers "next mention" and "show members", and says when members are shown', async () => {
    const next = vi.fn();
    const related = vi.fn();
    const host = mount(
      <ContextCard
        entity={card('eu')}
        lang="en"
        say={say('en')}
        onNextMention={next}
        onShowRelated={related}
        relatedShown
      />,
    );
    const buttons = [...host.querySelectorAll('footer button')] as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['Next mention', 'Stop showing']);
    buttons[0]?.click();
    buttons[1]?.click();
    expect([next.mock.calls.length, related.mock.calls.length]).toEqual([1, 1]);
    expect(buttons[1]?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the reading log in the popup', () => {
  const articles: ArticleRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
    canonicalUrl: `https://sana.sy/politics/${i}/`,
    url: `https://sana.sy/politics/${i}/`,
    title: `مقال ${i}`,
    site: 'sana',
    lang: 'ar',
    published: null,
    datelineCity: null,
    wordCount: 100,
    // In the order the page named them first; the chips show the most named.
    entities:
      i === 0
        ? ['FR', 'DE', 'IT', 'ES', 'BE', 'RU'].map((id) => ({ id, mentions: id === 'RU' ? 9 : 1 }))
        : [{ id: i % 2 ? 'SY' : 'RU', mentions: 2 }],
    readings: [],
    earlier: null,
    firstVisit: 0,
    lastVisit: Date.UTC(2025, 0, 1) + i * 60_000,
    visits: 1,
    readingMs: 120_000,
    maxScroll: 1,
    entityIds: [i % 2 ? 'SY' : 'RU'],
    entityKeys: [],
    siteKey: '',
    titleWords: [],
  }));
  const api = (calls: LogFilter[]) =>
    ({
      logPage: async (filter: LogFilter, offset: number, limit: number) => {
        calls.push(filter);
        return articles
          .filter((a) => !filter.entity || a.entityIds.includes(filter.entity))
          .slice(offset, offset + limit);
      },
    }) as unknown as PopupApi;

  it('keeps only the rows in view in the page, however long the log', async () => {
    const calls: LogFilter[] = [];
    const host = mount(<LogView api={api(calls)} lang="en" filter={{}} setFilter={() => undefined} />);
    await loaded(host);
    const rows = host.querySelectorAll('li.row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    expect(host.querySelector('.rows ul')?.getAttribute('style')).toMatch(/height: 7600px/);
    expect(host.textContent).toContain('مقال 0');
    const first = [...rows].find((r) => r.textContent?.includes('مقال 0'));
    expect([...(first?.querySelectorAll('.chip') ?? [])].map((c) => c.textContent)[0]).toBe('Russia');
  });

  it('filters by an entity chip, by site, by dates and by title words', async () => {
    const calls: LogFilter[] = [];
    const chosen: LogFilter[] = [];
    const host = mount(<LogView api={api(calls)} lang="en" filter={{}} setFilter={(f) => chosen.push(f)} />);
    await loaded(host);
    (host.querySelector('li.row .chip') as HTMLButtonElement).click();
    const site = host.querySelector('select') as HTMLSelectElement;
    site.value = 'tass';
    site.dispatchEvent(new Event('change'));
    const [from, to] = host.querySelectorAll('input[type="date"]') as NodeListOf<HTMLInputElement>;
    (from as HTMLInputElement).value = '2025-01-02';
    from?.dispatchEvent(new Event('change'));
    (to as HTMLInputElement).value = '2025-01-05';
    to?.dispatchEvent(new Event('change'));
    const text = host.querySelector('input[type="search"]') as HTMLInputElement;
    // Typing is debounced: the filter follows a moment after the last key.
    act(() => {
      text.value = 'الأمم';
      text.dispatchEvent(new Event('input'));
    });
    await new Promise((r) => setTimeout(r, 400));
    // Days as the reader's own: from local midnight to the last millisecond before the next one.
    expect(chosen).toEqual([
      { entity: 'RU' },
      { site: 'tass' },
      { from: new Date(2025, 0, 2).getTime() },
      { to: new Date(2025, 0, 6).getTime() - 1 },
      { text: 'الأمم' },
    ]);
  });

  it('shows the filter’s days as the local days they are, in fields of the interface’s language', async () => {
    const filter = { from: new Date(2025, 0, 2).getTime(), to: new Date(2025, 0, 6).getTime() - 1 };
    for (const lang of ['ar', 'en'] as const) {
      const host = mount(<LogView api={api([])} lang={lang} filter={filter} setFilter={() => undefined} />);
      const fields = [...host.querySelectorAll('input[type="date"]')] as HTMLInputElement[];
      expect(fields.map((f) => f.value)).toEqual(['2025-01-02', '2025-01-05']);
      expect(fields.map((f) => [f.lang, f.dir])).toEqual([
        [lang, lang === 'ar' ? 'rtl' : 'ltr'],
        [lang, lang === 'ar' ? 'rtl' : 'ltr'],
      ]);
      expect(fields.map((f) => f.closest('label')?.textContent?.trim())).toEqual([t(lang, 'from'), t(lang, 'to')]);
    }
  });

  it('shows the new filter’s articles even when the old filter’s page arrives later', async () => {
    const slow = {
      logPage: async (filter: LogFilter, offset: number, limit: number) => {
        await new Promise((r) => setTimeout(r, filter.entity ? 5 : 60));
        return articles
          .filter((a) => !filter.entity || a.entityIds.includes(filter.entity))
          .slice(offset, offset + limit);
      },
    } as unknown as PopupApi;
    const host = document.createElement('div');
    document.body.append(host);
    render(<LogView api={slow} lang="en" filter={{}} setFilter={() => undefined} />, host);
    render(<LogView api={slow} lang="en" filter={{ entity: 'SY' }} setFilter={() => undefined} />, host);
    await act(async () => new Promise((r) => setTimeout(r, 150)));
    const titles = [...host.querySelectorAll('li.row .title')].map((a) => a.textContent);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => Number(title?.split(' ')[1]) % 2 === 1)).toBe(true);
  });
});

describe('the stats view', () => {
  const WEEK = 7 * 86_400_000;
  const stats: LogStats = {
    perWeek: Array.from({ length: 26 }, (_, i) => ({
      week: Date.UTC(2025, 3, 7) + i * WEEK,
      count: i === 3 ? 0 : 1000 + i,
    })),
    topEntities: ['SY', 'unrwa', 'eu'].map((id, i) => ({ id, articles: 1234 - i * 600, mentions: 9 })),
    entity: null,
  };
  const statsApi = { stats: async () => stats } as unknown as PopupApi;

  it.each(['ar', 'en'] as const)(
    'writes each bar’s value at its end in the interface’s digits, and every name whole or cut with its title (%s)',
    async (lang) => {
      const host = mount(<StatsView api={statsApi} lang={lang} />);
      await loaded(host, 'figure.chart');
      const [columns, ranking] = [...host.querySelectorAll('figure.chart')] as HTMLElement[];
      // The ranking: names laid out by HTML (which sets Arabic right to left), values after the bars.
      const rows = [...(ranking?.querySelectorAll('.rank') ?? [])];
      const names = ['SY', 'unrwa', 'eu'].map((id) => entityById(id)?.name[lang]);
      expect(rows.map((r) => r.querySelector('.name')?.textContent)).toEqual(names);
      expect(rows.map((r) => r.querySelector('.name')?.getAttribute('title'))).toEqual(
        names.map((name, i) => `${name}: ${format.number(lang, 1234 - i * 600)}`),
      );
      expect(rows.map((r) => r.querySelector('.value')?.textContent)).toEqual(
        [1234, 634, 34].map((n) => format.number(lang, n)),
      );
      // The bars share what the longest value leaves of the row.
      expect((ranking?.querySelector('.ranking') as HTMLElement | null)?.style.getPropertyValue('--value-room')).toBe(
        `${format.number(lang, 1234).length + 1}ch`,
      );
      expect(rows.map((r) => (r.querySelector('.bar') as HTMLElement).style.getPropertyValue('--share'))).toEqual([
        '1',
        String(634 / 1234),
        String(34 / 1234),
      ]);
      expect(ranking?.querySelector('svg text')).toBeNull();
      // The columns: each week's value above it, centred whatever the direction; none over an empty week.
      const values = [...(columns?.querySelectorAll('svg text.value') ?? [])];
      expect(values).toHaveLength(25);
      expect(values[0]?.textContent).toBe(format.number(lang, 1000));
      expect(values.every((v) => v.getAttribute('text-anchor') === 'middle')).toBe(true);
      const x = values.map((v) => Number(v.getAttribute('x')));
      expect(x[0]).toBeCloseTo(lang === 'ar' ? 320 - 320 / 52 : 320 / 52);
      // Four digits in a column 320/26 wide: written small enough to fit it.
      expect(Number(values[0]?.getAttribute('font-size')) * 0.6 * 4).toBeLessThanOrEqual(320 / 26);
      expect([...host.querySelectorAll('.sr-only td')].map((td) => td.textContent)).toContain(
        format.number(lang, 1234),
      );
    },
  );
});
