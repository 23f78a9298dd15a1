// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ContextCard } from '../../components/context-card';
import { CONTEXT_CARD_CSS } from '../../components/context-card-css';
import { pageCardTree, renderPageCards } from '../../components/page-card';
import { type CardEntity, cardEntity } from '../../lib/card/card-entity';
import { buildCardTree, type CardTree, toCardTree } from '../../lib/card/tree';
import { entityById } from '../../lib/entities/dataset';
import type { Entity } from '../../lib/entities/types';
import { t, type UiLang } from '../../lib/i18n';
import { Slicer } from '../../lib/schedule/slicer';

const card = (id: string) => cardEntity(entityById(id) as Entity);
const say =
  (lang: UiLang) =>
  (key: Parameters<typeof t>[1], ...values: (string | number)[]) =>
    t(lang, key, ...values);
const built = (tree: CardTree) => {
  const host = document.createElement('div');
  host.append(buildCardTree(tree, document));
  return host;
};
/** What Preact itself renders of an element, in a document. */
const rendered = (vnode: preact.VNode) => {
  const host = document.createElement('div');
  render(vnode, host);
  return host;
};

describe('the page’s hover card, rendered in the background and built in the page', () => {
  it.each([
    ['SY', 'ar'],
    ['csto', 'en'],
    ['ML', 'en'],
    ['g8', 'ar'],
  ] as const)('builds %s (%s) exactly as Preact renders it, whole or compact', (id, lang) => {
    for (const compact of [false, true]) {
      const vnode = (
        <ContextCard
          entity={card(id)}
          lang={lang}
          say={say(lang)}
          compact={compact}
          mentions={3}
          onPage={new Set(['SY', 'RU', 'csto'])}
          log={{ count: 2, last: Date.UTC(2026, 10, 3), articles: [{ title: 'عنوان', url: 'https://sana.sy/1/' }] }}
          onClose={() => {}}
          onNextMention={() => {}}
          onShowRelated={() => {}}
          relatedShown={false}
        />
      );
      const [tree] = toCardTree(vnode);
      expect(built(tree as CardTree).innerHTML).toBe(rendered(vnode).innerHTML);
    }
  });

  it('says what the page names: the count, the members on the page, and a close button for a pinned card', () => {
    const counts = new Map([
      ['csto', 4],
      ['RU', 2],
      ['AM', 1],
    ]);
    const en = built(pageCardTree(card('csto'), 'en', counts));
    expect(en.querySelector('.count')?.textContent).toBe('Named 4 times on this page');
    expect(en.querySelector('h3')?.textContent).toBe('Members (6) · 2 of them on this page');
    expect(en.querySelector('button.close')?.getAttribute('aria-label')).toBe('Close');
    const ar = built(pageCardTree(card('csto'), 'ar', counts));
    expect(ar.querySelector('article')?.getAttribute('dir')).toBe('rtl');
    expect(ar.querySelector('.name')?.textContent).toBe(card('csto').name.ar);
  });

  it('keeps what the data says as text, and sets no handler or script link, whatever the tree holds', () => {
    const hostile: CardEntity = {
      ...card('SY'),
      name: { ar: '<img src=x onerror=alert(1)>', en: '<script>alert(1)</script>' },
    };
    const host = built(pageCardTree(hostile, 'en', new Map()));
    expect(host.querySelector('.name')?.textContent).toBe('<script>alert(1)</script>');
    expect(host.querySelector('script, img')).toBeNull();
    const forged: CardTree = [
      'a',
      {
        href: 'javascript:alert(1)',
        onclick: 'alert(1)',
        style: 'background:url(https://tracker.example/)',
        class: 'x',
      },
      ['go'],
    ];
    const link = built(forged).querySelector('a');
    expect(link?.getAttribute('class')).toBe('x');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.hasAttribute('onclick')).toBe(false);
    expect(link?.hasAttribute('style')).toBe(false);
    const smuggled: CardTree = [
      'div',
      {},
      ['kept', ['script', {}, ['alert(1)']], ['img', { src: 'https://tracker.example/x.gif' }, []], ['iframe', {}, []]],
    ];
    const div = built(smuggled);
    expect(div.innerHTML).toBe('<div>kept</div>');
  });

  it('renders the cards a page asks for, leaving out ids it does not know, and gives the thread back between them', async () => {
    let now = 0;
    let pauses = 0;
    // Each card "takes" 5 ms against a budget of 4: the thread is given back after every one.
    const slicer = new Slicer(
      4,
      () => (now += 5),
      async () => void pauses++,
    );
    const answer = await renderPageCards(
      {
        type: 'page-cards',
        render: ['SY', 'no-such-id', 'nato', 'RU'],
        onPage: [{ id: 'SY', mentions: 2 }],
        lang: 'en',
      },
      slicer,
    );
    expect(answer.cards.map((c) => c.id)).toEqual(['SY', 'nato', 'RU']);
    expect(answer.style).toBe(CONTEXT_CARD_CSS);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(built(answer.cards[0]?.tree as CardTree).querySelector('.count')?.textContent).toBe(
      'Named 2 times on this page',
    );
  });
});
