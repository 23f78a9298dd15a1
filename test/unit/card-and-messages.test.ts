import { describe, expect, it } from 'vitest';
import { cardEntity, flagOf } from '../../lib/card/card-entity';
import { entityById } from '../../lib/entities/dataset';
import type { Entity } from '../../lib/entities/types';
import { t } from '../../lib/i18n';
import { parseRequest } from '../../lib/messages/protocol';

const entity = (id: string) => entityById(id) as Entity;

describe('what a context card says', () => {
  it('writes a state’s summary from its facts, in both languages, with its flag and capital', () => {
    const syria = cardEntity(entity('SY'));
    expect(syria).toMatchObject({ kind: 'state', flag: '🇸🇾', year: 1945, seat: { ar: 'دمشق', en: 'Damascus' } });
    expect(syria.summary.ar).toBe('دولة في آسيا، عاصمتها دمشق. عضو في الأمم المتحدة منذ عام 1945.');
    expect(syria.summary.en).toBe(
      'A state in Asia; its capital is Damascus. A member of the United Nations since 1945.',
    );
    expect(syria.alsoKnownAs.ar).toBe('الجمهورية العربية السورية');
  });

  it('says which states are not UN members', () => {
    expect(cardEntity(entity('PS')).summary.en).toMatch(/observer/);
    expect(cardEntity(entity('XK')).summary.en).toBe(
      'A state in Europe; its capital is Pristina. Its statehood is disputed: recognised by about 100 UN member states; not a UN member.',
    );
    expect(cardEntity(entity('TW')).summary.ar).toMatch(/متنازع على وضعها، تعترف بها 11 من الدول الأعضاء/);
    expect(flagOf('xk')).toBe('🇽🇰');
  });

  it('treats the capitals of Israel and Palestine alike: each named, each marked disputed', () => {
    expect(cardEntity(entity('IL')).seat).toEqual({ ar: 'القدس (متنازع عليها)', en: 'Jerusalem (disputed)' });
    expect(cardEntity(entity('PS')).seat).toEqual({
      ar: 'القدس الشرقية (متنازع عليها)',
      en: 'East Jerusalem (disputed)',
    });
    expect(cardEntity(entity('IL')).summary.en).toBe(
      'A state in Asia; its capital is Jerusalem (disputed). A member of the United Nations since 1949.',
    );
  });

  it('calls the Muslim Brotherhood a movement, and the Group of Friends of the UN Charter more than UN members', () => {
    expect(cardEntity(entity('muslim-brotherhood')).category).toBe('movement');
    const friends = cardEntity(entity('group-of-friends-un-charter'));
    expect(friends.members.map((m) => m.id)).toContain('PS');
    expect(friends.summary.en).toMatch(/^Group of UN member states and the State of Palestine, a UN observer state,/);
    expect(friends.summary.ar).toMatch(/^مجموعة من الدول الأعضاء في الأمم المتحدة ودولة فلسطين المراقبة فيها/);
  });

  it('gives CEN-SAD and CICA their seats, and no UN-related organisation a UN parent', () => {
    expect(cardEntity(entity('cen-sad')).seat).toEqual({ ar: 'طرابلس', en: 'Tripoli' });
    expect(cardEntity(entity('cica')).seat).toEqual({ ar: 'أستانا', en: 'Astana' });
    for (const id of ['iaea', 'opcw', 'ctbto', 'iom', 'wto'])
      expect(cardEntity(entity(id)), id).toMatchObject({ category: 'un-related', parent: null });
    expect(cardEntity(entity('who')).parent?.id).toBe('un');
  });

  it('names states on their cards as the press does, the long forms kept as official names', () => {
    expect(cardEntity(entity('KP'))).toMatchObject({
      name: { ar: 'كوريا الشمالية' },
      alsoKnownAs: { ar: 'جمهورية كوريا الديمقراطية الشعبية' },
    });
    expect(cardEntity(entity('BJ'))).toMatchObject({ name: { ar: 'بنين' }, alsoKnownAs: { ar: 'جمهورية بنين' } });
    expect(cardEntity(entity('ML'))).toMatchObject({ name: { ar: 'مالي' }, alsoKnownAs: { ar: 'جمهورية مالي' } });
  });

  it('gives an organisation its own summary, founding year, headquarters and acronym', () => {
    expect(cardEntity(entity('csto'))).toMatchObject({
      kind: 'org',
      flag: null,
      year: 2002,
      seat: { en: 'Moscow' },
      alsoKnownAs: { en: 'CSTO' },
      category: 'alliance',
    });
  });
});

describe('memberships with their standing and dates', () => {
  it('marks a suspended member on the organisation’s card and keeps it among the state’s current memberships', () => {
    const au = cardEntity(entity('au'));
    expect(au.members.find((m) => m.id === 'ML')?.note).toMatchObject({ status: 'suspended', since: '2021-06' });
    expect(au.members.find((m) => m.id === 'SN')?.note).toBeUndefined();
    expect(cardEntity(entity('ML')).memberOf.find((m) => m.id === 'au')?.note?.status).toBe('suspended');
  });

  it('counts the Sahrawi Republic, a founding member, among the African Union’s 55, its statehood disputed', () => {
    const au = cardEntity(entity('au'));
    expect(au.members.map((m) => m.id)).toContain('EH');
    expect(au.members).toHaveLength(55);
    expect(au.summary.en).toMatch(/\b55\b/);
    const sadr = cardEntity(entity('EH'));
    expect(sadr.memberOf.map((m) => m.id)).toContain('au');
    expect(sadr.summary.en).toBe(
      'A state in Africa. Its statehood is disputed: recognised by about 45 UN member states; not a UN member.',
    );
  });

  it('folds a former membership and a defunct organisation away from the current ones', () => {
    const rwanda = cardEntity(entity('RW'));
    expect(rwanda.memberOf.map((m) => m.id)).not.toContain('eccas');
    expect(rwanda.formerMemberOf.find((m) => m.id === 'eccas')?.note).toMatchObject({
      status: 'former',
      left: '2025-06',
    });
    expect(cardEntity(entity('eccas')).formerMembers.map((m) => m.id)).toEqual(['RW']);
    const russia = cardEntity(entity('RU'));
    expect(russia.memberOf.map((m) => m.id)).not.toContain('g8');
    expect(russia.formerMemberOf.find((m) => m.id === 'g8')?.ended).toBe('2014');
    expect(cardEntity(entity('g8')).ended).toBe('2014');
  });

  it('lists the large organisations on a state’s card: a member, an observer, a former member', () => {
    const syria = cardEntity(entity('SY'));
    expect(syria.memberOf.map((m) => m.id)).toEqual(
      expect.arrayContaining(['imf', 'world-bank', 'interpol', 'g77', 'who', 'unesco', 'ilo', 'fao']),
    );
    expect(syria.memberOf.find((m) => m.id === 'wto')?.note?.status).toBe('observer');
    const us = cardEntity(entity('US'));
    expect(us.memberOf.map((m) => m.id)).toEqual(expect.arrayContaining(['imf', 'world-bank', 'wto', 'interpol']));
    expect(us.memberOf.map((m) => m.id)).not.toContain('who');
    expect(us.formerMemberOf.find((m) => m.id === 'who')?.note).toMatchObject({ status: 'former', left: '2026-01' });
    expect(cardEntity(entity('AR')).formerMemberOf.find((m) => m.id === 'who')?.note?.status).toBe('former');
    expect(cardEntity(entity('ML')).formerMemberOf.find((m) => m.id === 'francophonie')?.note).toMatchObject({
      left: '2025',
    });
    expect(cardEntity(entity('TW')).memberOf.map((m) => m.id)).toContain('wto');
    expect(cardEntity(entity('KP')).memberOf.map((m) => m.id)).not.toContain('imf');
  });

  it.each([
    // Each as the organisation counts it: its member states, and the members that are not states here.
    ['imf', 191, 0, 'Andorra (2020) and Liechtenstein (2024) in; Cuba, North Korea, Monaco out; Kosovo in'],
    ['world-bank', 189, 0, 'the IMF’s members but Andorra and Liechtenstein'],
    ['wto', 166, 3, 'the EU, Hong Kong and Macao among them; Comoros and Timor-Leste (2024) in'],
    ['interpol', 196, 3, 'Aruba, Curaçao and Sint Maarten among them'],
    ['g77', 134, 0, 'China counted'],
    ['francophonie', 53 - 3, 0, 'member states, less Burkina Faso, Mali and Niger (2025)'],
    ['who', 194 - 2, 2, 'the Cook Islands and Niue among them; the US and Argentina gone in 2026'],
    ['unesco', 194, 2, 'the Cook Islands and Niue among them; Palestine in, Israel gone in 2018'],
    ['ilo', 187, 1, 'the Cook Islands among them'],
    ['fao', 194, 2, 'the Cook Islands and Niue among them'],
    ['itu', 194, 0, 'every UN member and the Holy See'],
    ['upu', 192, 2, 'two groups of dependent territories among them'],
    ['g20', 21, 2, 'the EU and the African Union among them'],
  ])('gives %s its %i members, %i of them not states here (%s)', (id, count, others) => {
    const card = cardEntity(entity(id));
    expect(card.members.filter((m) => m.note?.status !== 'observer').length + card.otherMembers.length).toBe(count);
    expect(card.otherMembers).toHaveLength(others);
  });

  it('names the members that are not states, an organisation among them in the card’s language', () => {
    expect(cardEntity(entity('wto')).otherMembers.map((m) => m.en)).toEqual([
      'European Union',
      'Hong Kong, China',
      'Macao, China',
    ]);
    expect(cardEntity(entity('g20')).otherMembers.map((m) => m.ar)).toEqual(['الاتحاد الأوروبي', 'الاتحاد الأفريقي']);
  });

  it('lists no state’s membership of the closed OSCE Minsk Group as current', () => {
    const minsk = entity('osce-minsk-group');
    expect(cardEntity(minsk).ended).toBe('2025-11');
    for (const id of minsk.kind === 'org' ? (minsk.members ?? []) : []) {
      const card = cardEntity(entity(id));
      expect(card.memberOf.map((m) => m.id)).not.toContain('osce-minsk-group');
      expect(card.formerMemberOf.find((m) => m.id === 'osce-minsk-group')?.ended).toBe('2025-11');
    }
  });

  it('folds the memberships states left: Eritrea’s IGAD, the Sahel states’ ECOWAS and G5 Sahel', () => {
    const eritrea = cardEntity(entity('ER'));
    expect(eritrea.memberOf.map((m) => m.id)).not.toContain('igad');
    expect(eritrea.formerMemberOf.find((m) => m.id === 'igad')?.note).toMatchObject({
      status: 'former',
      left: '2025-12',
    });
    for (const id of ['ML', 'BF', 'NE']) {
      const card = cardEntity(entity(id));
      expect(card.formerMemberOf.find((m) => m.id === 'ecowas')?.note).toMatchObject({ left: '2025-01' });
      expect(card.formerMemberOf.map((m) => m.id)).toContain('g5-sahel');
    }
    expect(cardEntity(entity('g5-sahel')).formerMembers.map((m) => m.id)).toEqual(['BF', 'ML', 'NE']);
  });

  it.each([
    ['RU', 'council-of-europe', '2022-03'],
    ['GB', 'eu', '2020-01'],
    ['NI', 'oas', '2023-11'],
    ['AO', 'opec', '2024-01'],
    ['QA', 'opec', '2019-01'],
    ['HU', 'icc', '2026-06'],
    ['PH', 'icc', '2019-03'],
  ])('shows %s as a former member of %s, left %s, for a reader of older articles', (state, org, left) => {
    expect(cardEntity(entity(state)).memberOf.map((m) => m.id)).not.toContain(org);
    expect(cardEntity(entity(state)).formerMemberOf.find((m) => m.id === org)?.note).toMatchObject({ left });
    expect(cardEntity(entity(org)).formerMembers.map((m) => m.id)).toContain(state);
  });

  it('dates a member that joined lately: a reader of a 2022 article sees Sweden was not yet in NATO', () => {
    expect(cardEntity(entity('nato')).members.find((m) => m.id === 'SE')?.note).toMatchObject({
      status: 'member',
      since: '2024-03',
    });
    expect(cardEntity(entity('SE')).memberOf.find((m) => m.id === 'nato')?.note?.status).toBe('member');
    expect(cardEntity(entity('ID')).memberOf.find((m) => m.id === 'brics')?.note).toMatchObject({ since: '2025-01' });
    // A founding member has no such note.
    expect(cardEntity(entity('nato')).members.find((m) => m.id === 'FR')?.note).toBeUndefined();
  });

  it('marks a member that froze its own participation as suspended by itself', () => {
    expect(cardEntity(entity('AM')).memberOf.find((m) => m.id === 'csto')?.note).toMatchObject({
      status: 'suspended',
      by: { en: 'Armenia itself' },
    });
    expect(cardEntity(entity('SY')).memberOf.find((m) => m.id === 'union-for-the-mediterranean')?.note?.status).toBe(
      'suspended',
    );
  });

  it('tells of ended UN missions in the past tense, with the decision that ended them', () => {
    const unmha = cardEntity(entity('unmha'));
    expect(unmha.ended).toBe('2026-03');
    expect(unmha.summary.en).toMatch(/supported .* ended on 31 March 2026/);
    expect(unmha.summary.ar).toMatch(/ودعمت .*فانتهت ولايتها في 31 آذار\/مارس 2026/);
    const unitams = cardEntity(entity('unitams'));
    expect(unitams.ended).toBe('2023-12');
    expect(unitams.summary.en).toMatch(/resolution 2715 in December 2023/);
    expect(unitams.summary.ar).toMatch(/بقراره 2715 في كانون الأول\/ديسمبر 2023/);
  });

  it('dates every card: the entity’s review, else the dataset’s', () => {
    expect(cardEntity(entity('au')).asOf).toBe('2026-12');
    expect(cardEntity(entity('SY')).asOf).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe('messages to the background', () => {
  it('accepts a well-formed request', () => {
    const cards = { type: 'page-cards', render: ['SY', 'csto'], onPage: [{ id: 'SY', mentions: 2 }], lang: 'ar' };
    expect(parseRequest(cards, 'content')).toEqual({ ok: true, request: cards });
  });

  it('takes the capitals choice with a page’s text, and reads its absence as off', () => {
    const asked = { type: 'find-mentions', text: 'موسكو ترحب', capitals: true };
    expect(parseRequest(asked, 'content')).toEqual({ ok: true, request: asked });
    expect(parseRequest({ type: 'find-mentions', text: 'x' }, 'content')).toEqual({
      ok: true,
      request: { type: 'find-mentions', text: 'x' },
    });
  });

  it.each([
    ['an unknown type', { type: 'drop-database' }],
    ['a capitals choice that is not a boolean', { type: 'find-mentions', text: 'x', capitals: 'yes' }],
    ['a missing field', { type: 'page-cards', render: ['SY'], lang: 'en' }],
    ['an extra field', { type: 'page-cards', render: ['SY'], onPage: [], lang: 'en', eval: 'x' }],
    ['a hostile id', { type: 'page-cards', render: ['<img src=x onerror=alert(1)>'], onPage: [], lang: 'en' }],
    ['too many ids', { type: 'page-cards', render: Array.from({ length: 601 }, () => 'SY'), onPage: [], lang: 'en' }],
    ['a count below zero', { type: 'page-cards', render: ['SY'], onPage: [{ id: 'SY', mentions: -1 }], lang: 'en' }],
    ['a language Siyaq does not speak', { type: 'page-cards', render: ['SY'], onPage: [], lang: 'fr' }],
    ['no message at all', undefined],
    ['a string', 'page-cards'],
  ])('refuses %s with a clear error, in the user’s language', (_case, message) => {
    const result = parseRequest(message);
    if (result.ok) throw new Error('accepted');
    expect(result.error.key).toBe('messageRefused');
    expect(t('en', result.error.key, ...result.error.values)).toMatch(/^Siyaq refused a message: ./);
    expect(t('ar', result.error.key, ...result.error.values)).toMatch(/^رفض سياق رسالة: ./);
  });
});

describe('who may send what', () => {
  const read = {
    type: 'article-read',
    visitId: 'a1b2c3d4-0000-4000-8000-000000000000',
    url: 'https://sana.sy/politics/1/',
    canonicalUrl: 'https://sana.sy/politics/1/',
    title: 't',
    site: 'sana',
    lang: 'ar',
    published: null,
    datelineCity: null,
    wordCount: 10,
    entities: [{ id: 'SY', mentions: 1 }],
  };
  it('takes readings from the content script and questions about the log from Siyaq’s pages', () => {
    expect(parseRequest(read, 'content').ok).toBe(true);
    expect(parseRequest({ type: 'log-query', query: { text: 'الأمم' } }, 'page')).toEqual({
      ok: true,
      request: { type: 'log-query', query: { text: 'الأمم', limit: 50, offset: 0 } },
    });
    expect(parseRequest({ type: 'page-cards', render: ['SY'], onPage: [], lang: 'en' }, 'content').ok).toBe(true);
  });

  it.each([
    ['a news page’s content script deleting the log', { type: 'log-delete', target: { kind: 'all' } }, 'content'],
    ['a content script reading the log', { type: 'log-query', query: {} }, 'content'],
    ['a Siyaq page inventing a reading', read, 'page'],
    ['anything from outside Siyaq', { type: 'page-cards', render: ['SY'], onPage: [], lang: 'en' }, 'other'],
  ] as const)('refuses %s', (_case, message, sender) => {
    const result = parseRequest(message, sender);
    expect(!result.ok && result.error.values).toEqual([expect.stringMatching(/ may not come from /)]);
  });

  it('refuses a reading whose visit id could carry anything', () => {
    expect(parseRequest({ ...read, visitId: '../../etc/passwd' }, 'content').ok).toBe(false);
  });

  it('refuses a reading that lists an entity twice, as the import refuses such an article', () => {
    const twice = { ...read, entities: [read.entities[0], { id: 'SY', mentions: 2 }] };
    const result = parseRequest(twice, 'content');
    expect(!result.ok && result.error.values).toEqual([expect.stringMatching(/importEntityTwice .* SY/)]);
  });

  it('takes a change of the log’s settings by the settings’ own rules, any part at a time', () => {
    const change = (change: unknown) => parseRequest({ type: 'log-settings', change }, 'page').ok;
    expect(change({ retentionDays: 30 })).toBe(true);
    expect(change({ pausedUntil: null, neverLog: ['sana.sy'] })).toBe(true);
    expect(change({ retentionDays: 0 })).toBe(false);
    expect(change({ pausedUntil: -1 })).toBe(false);
    expect(change({ logIncognito: 'yes' })).toBe(false);
    expect(change({ theme: 'dark' })).toBe(false);
  });

  it('asks the log only what the popup asks: its filter, not the kinds of query no page sends', () => {
    expect(parseRequest({ type: 'log-query', query: { kind: 'recent' } }, 'page').ok).toBe(false);
    expect(parseRequest({ type: 'log-query', query: { entity: 'SY', limit: 501 } }, 'page').ok).toBe(false);
  });
});
