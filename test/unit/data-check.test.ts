import { describe, expect, it } from 'vitest';
import { checkDataset, type DatasetRecords } from '../../lib/entities/check';
import { DATASET_AS_OF, ORG_FILES, STATE_FILES } from '../../lib/entities/dataset';
import type { OrgRecord, StateRecord } from '../../lib/entities/types';

function state(id: string, more: Partial<StateRecord> = {}): StateRecord {
  return {
    id,
    name: { ar: `دولة ${id}`, en: `State ${id}` },
    official: { ar: `دولة ${id}`, en: `State ${id}` },
    aliases: { ar: [], en: [] },
    adjectives: { ar: [], en: [] },
    capital: null,
    region: 'africa',
    unMember: 1960,
    status: 'member',
    ...more,
  };
}

/** An organisation of members AA, BB, CC whose summaries state no number: every check passes. */
function org(more: Partial<OrgRecord> = {}): OrgRecord {
  return {
    id: 'org',
    category: 'bloc',
    name: { ar: 'منظمة', en: 'Organisation' },
    acronym: { ar: null, en: null },
    aliases: { ar: [], en: [] },
    summary: { ar: 'منظمة إقليمية لدول المنطقة', en: 'A regional organisation of the states of the region' },
    founded: null,
    headquarters: null,
    members: ['AA', 'BB', 'CC'],
    parent: null,
    ...more,
  };
}

const suspendedBy = { ar: 'مجلس السلم والأمن', en: 'the Peace and Security Council' };

const oneOrg = (o: OrgRecord): DatasetRecords => ({
  states: ['AA', 'BB', 'CC', 'DD', 'EE'].map((id) => state(id)),
  orgs: [o],
  asOf: '2026-12',
});

/** The problems of a dataset of states AA–EE and the given organisations, as "id field: problem". */
function problems(...orgs: OrgRecord[]): string[] {
  return checkDataset({ ...oneOrg(org()), orgs }).map((p) => `${p.id} ${p.field}: ${p.problem}`);
}

describe('data:check on well-formed records', () => {
  it('finds nothing wrong with a consistent organisation and its notes', () => {
    expect(
      problems(
        org({
          founded: 1990,
          members: ['AA', 'BB'],
          memberships: {
            BB: { status: 'suspended', since: '2025-10', by: suspendedBy },
            CC: { status: 'observer', since: '2001' },
            DD: { status: 'former', left: '2026' },
          },
          asOf: '2026-12',
        }),
        org({ id: 'old', founded: 1990, ended: '2014', members: null }),
        org({ id: 'child', parent: 'org', members: null }),
      ),
    ).toEqual([]);
  });
});

describe('data:check finds', () => {
  it('members, notes and parents that name nothing in the dataset', () => {
    expect(
      problems(
        org({
          members: ['AA', 'ZZ', 'AA'],
          memberships: { YY: { status: 'observer' } },
          otherMembers: [{ org: 'nobody' }, { org: 'self' }],
          parent: 'nowhere',
        }),
        org({ id: 'self', parent: 'self', members: null }),
      ),
    ).toEqual([
      'org members: ZZ is not a state in the dataset',
      'org members: AA is listed twice',
      'org memberships.YY: YY is not a state in the dataset',
      'org otherMembers: nobody is not another organisation in the dataset',
      'org parent: nowhere is not another organisation in the dataset',
      'self parent: self is not another organisation in the dataset',
    ]);
  });

  it('an observer or a former member still listed among the members', () => {
    expect(
      problems(
        org({ memberships: { AA: { status: 'observer', since: '2001' }, BB: { status: 'former', left: '2025-06' } } }),
      ),
    ).toEqual([
      'org memberships.AA: AA is an observer and also in members',
      'org memberships.BB: BB is a former member and also in members',
    ]);
  });

  it('a member’s date of joining given for a state that is not a member, or before the body was founded', () => {
    expect(
      problems(
        org({
          founded: 1990,
          memberships: { AA: { status: 'member', since: '1985' }, DD: { status: 'member', since: '2024-03' } },
        }),
      ),
    ).toEqual([
      'org memberships.DD: DD has a member’s note but is not in members',
      'org memberships.AA.since: 1985 is before the organisation was founded (1990)',
    ]);
  });

  it('a suspended state missing from the members, or suspended without a date or without saying by whom', () => {
    const undated = { status: 'suspended', by: suspendedBy } as unknown as {
      status: 'suspended';
      since: string;
      by: typeof suspendedBy;
    };
    expect(
      problems(
        org({
          memberships: {
            DD: { status: 'suspended', since: '2024', by: suspendedBy },
            AA: undated,
            BB: { status: 'suspended', since: '2023-08', by: { ar: '', en: 'the Council' } },
          },
        }),
      ),
    ).toEqual([
      'org memberships.DD: DD is suspended but not in members: a suspended state stays a member',
      'org memberships.AA.since: AA is suspended without a date it was suspended since',
      'org memberships.BB.by: BB is suspended without saying by whom, in Arabic and English',
    ]);
  });

  it('dates not written YYYY or YYYY-MM, after the dataset’s "as of", or before the founding', () => {
    expect(
      problems(
        org({
          founded: 2002,
          members: ['AA', 'BB'],
          ended: '2027',
          asOf: '2025-13',
          memberships: {
            AA: { status: 'suspended', since: '2001-06', by: suspendedBy },
            CC: { status: 'observer', since: 'June 2010' },
            DD: { status: 'former', left: '1999' },
          },
        }),
        org({ id: 'future', founded: 2027, members: null }),
      ),
    ).toEqual([
      'org asOf: "2025-13" is not a date written YYYY or YYYY-MM',
      'org ended: 2027 is after the dataset\'s "as of" date 2026-12',
      'org memberships.AA.since: 2001-06 is before the organisation was founded (2002)',
      'org memberships.CC.since: "June 2010" is not a date written YYYY or YYYY-MM',
      'org memberships.DD.left: 1999 is before the organisation was founded (2002)',
      'future founded: 2027 is after the dataset\'s "as of" date 2026-12',
    ]);
    const reviewedLater = { states: [state('AA', { asOf: '2027-01' })], orgs: [], asOf: '2026-12' };
    expect(checkDataset(reviewedLater)).toEqual([
      { id: 'AA', field: 'asOf', problem: '2027-01 is after the dataset\'s "as of" date 2026-12' },
    ]);
  });

  it('a state whose UN admission or status disagrees with the UN’s member list', () => {
    const un = org({ id: 'un', founded: 1945, members: ['AA', 'BB', 'CC'] });
    const states = [
      state('AA'),
      state('BB', { unMember: null }),
      state('CC', { status: 'observer' }),
      state('DD'),
      state('EE', { unMember: null, status: 'observer' }),
      state('FF', { unMember: 1920, status: 'partial' }),
    ];
    expect(
      checkDataset({ states, orgs: [un], asOf: '2026-12' }).map((p) => `${p.id} ${p.field}: ${p.problem}`),
    ).toEqual([
      "BB unMember: is empty but the UN's members list it",
      'CC status: is "observer" but the UN\'s members list it',
      "DD unMember: 1960 is given but the UN's members do not list it",
      'DD status: is "member" but the UN\'s members do not list it',
      "FF unMember: 1920 is given but the UN's members do not list it",
      'FF unMember: 1920 is not a year from the UN\'s founding (1945) to the dataset\'s "as of" date 2026-12',
    ]);
  });

  it('a membership dated after its organisation ended', () => {
    expect(
      problems(
        org({
          id: 'g8',
          founded: 1997,
          ended: '2014',
          members: ['AA', 'BB'],
          memberships: {
            AA: { status: 'suspended', since: '2014-03', by: suspendedBy },
            BB: { status: 'suspended', since: '2016', by: suspendedBy },
            CC: { status: 'former', left: '2015-01' },
          },
        }),
      ),
    ).toEqual([
      'g8 memberships.BB.since: 2016 is after the organisation ended (2014)',
      'g8 memberships.CC.left: 2015-01 is after the organisation ended (2014)',
    ]);
  });

  it('a living body whose parent has ended', () => {
    expect(
      problems(
        org({ id: 'g8', ended: '2014', members: null }),
        org({ id: 'g8-working-group', parent: 'g8', members: null }),
        org({ id: 'g8-summit-2013', parent: 'g8', ended: '2013', members: null }),
      ),
    ).toEqual([
      'g8-working-group parent: its parent g8 ended in 2014 but it has not ended: give it the body it belongs to now (or null), or its own ended date',
    ]);
  });
});

/** An organisation of members AA, BB, CC whose summaries say these things. */
const saying = (en: string, ar: string, more: Partial<OrgRecord> = {}) => org({ summary: { ar, en }, ...more });

describe('data:check holds summaries to the member lists', () => {
  // The other language states the number as a count of something else, so that only the form under test counts.
  it('finds a summary that counts more members than the list holds, in each way English writes a count', () => {
    const cases: [string, number][] = [
      ['A bloc of 4 member states.', 4],
      ['A bloc of four members.', 4],
      ['Forum of the eight Arctic states.', 8],
      ['Coalition of 39 small island and low-lying coastal developing states.', 39],
      ['Union of twenty-seven countries.', 27],
      ['Forum of 21 Pacific Rim economies.', 21],
    ];
    for (const [en, count] of cases) {
      expect(checkDataset(oneOrg(saying(en, `تكتل تضم معاهدته ${count} مادة`)))).toEqual([
        { id: 'org', field: 'summary', problem: `states ${count} members but members lists 3` },
      ]);
    }
  });

  it('reads the counts of Arabic summaries, in digits of either kind and in words, before or after the noun', () => {
    const cases: [string, number][] = [
      ['تكتل يضم 4 دول', 4],
      ['تكتل يضم ٤ دول', 4],
      ['تكتل يضم أربع دول', 4],
      ['ويتألف من أربعة أعضاء', 4],
      ['ومنها أربعا من دول آسيا الوسطى', 4],
      ['يضم الدول الأربع المؤسسة', 4],
      ['تمثل فيه الدول الأعضاء الـ4 جميعها', 4],
      ['تضم دول الاتحاد الأوروبي السبع والعشرين', 27],
      ['تضم خمس عشرة دولة', 15],
      ['ويبلغ عدد أعضائها الخمسة عشر', 15],
      ['يضم عشرين بلدا', 20],
    ];
    for (const [ar, count] of cases) {
      expect(checkDataset(oneOrg(saying(`A bloc whose treaty has ${count} articles.`, ar))), ar).toEqual([
        { id: 'org', field: 'summary', problem: `states ${count} members but members lists 3` },
      ]);
    }
  });

  it('counts suspended members as members, and neither observers nor former members', () => {
    const notes: OrgRecord['memberships'] = {
      CC: { status: 'suspended', since: '2025', by: suspendedBy },
      DD: { status: 'observer' },
    };
    expect(problems(saying('A bloc of three states.', 'تكتل يضم ثلاث دول', { memberships: notes }))).toEqual([]);
    expect(problems(saying('A bloc of four states.', 'تكتل يضم أربع دول', { memberships: notes }))).toEqual([
      'org summary: states 4 members but members lists 3',
    ]);
  });

  it('takes a whole with its parts, or parts that add up, and finds a list that is neither', () => {
    const unsc = saying(
      'It has 15 members: five permanent members and ten non-permanent members.',
      'ويتألف من 15 عضوا: خمسة أعضاء دائمين وعشرة أعضاء غير دائمين.',
    );
    expect(problems({ ...unsc, members: ['AA', 'BB', 'CC', 'DD'] })).toEqual([
      'org summary: states 15, 5, 10 members but members lists 4, which is none of them nor their sum',
    ]);
    expect(problems({ ...unsc, members: ['AA', 'BB', 'CC', 'DD', 'EE'] }).filter((p) => p.includes('summary'))).toEqual(
      [],
    );
    const parts = saying('Made of the 3 founding states and 1 other country.', 'تضم الدول المؤسسة الـ3 و1 دولة أخرى.');
    expect(problems({ ...parts, members: ['AA', 'BB', 'CC', 'DD'] })).toEqual([]);
    expect(problems({ ...parts, members: ['AA', 'BB'] })).toEqual([
      'org summary: states 3, 1 members but members lists 2, which is none of them nor their sum',
    ]);
  });

  it('holds no approximate count, year, resolution or count of something else to the list', () => {
    expect(
      problems(
        saying(
          'Founded in 1990 by three states, it works in some 170 countries with 12 agencies.',
          'أسستها ثلاث دول عام 1990، وتعمل في نحو 170 بلدا مع 12 وكالة.',
        ),
        saying(
          'Set up as resolution 2118 required member states to act; it has at least 40 member countries.',
          'أنشئت إذ ألزم القرار 2118 الدول الأعضاء بالتحرك، وتضم 40 بلدا عضوا على الأقل.',
          { id: 'org2' },
        ),
      ),
    ).toEqual([]);
  });

  it('knows counts that are a part of the members, and members that are not states of the dataset', () => {
    const sco = saying('Its members include four Central Asian states.', 'تضم أربعا من دول آسيا الوسطى.', {
      id: 'sco',
    });
    expect(problems(sco)).toEqual([]);
    expect(problems({ ...sco, summary: { en: 'A regional organisation.', ar: 'منظمة إقليمية.' } })).toEqual([
      'sco summary: no longer states 4 (four Central Asian states among the members): remove it from PART_COUNTS in lib/entities/check.ts',
    ]);
    const apec = saying('Forum of 21 Pacific Rim economies.', 'منتدى يضم 21 اقتصادا.', {
      id: 'apec',
      otherMembers: [{ name: { en: 'Hong Kong', ar: 'هونغ كونغ' } }],
    });
    expect(problems(apec)).toEqual(['apec summary: states 21 members but members lists 3 (4 with Hong Kong)']);
    // A summary may count the member states alone (the G20's 19 countries, with the EU and the AU).
    expect(problems({ ...apec, summary: { en: 'Of 3 economies.', ar: 'يضم 3 اقتصادات.' } })).toEqual([]);
    expect(
      problems({
        ...apec,
        members: ['AA', 'BB', 'CC', 'DD'],
        summary: { en: 'Of 5 economies.', ar: 'يضم 5 اقتصادات.' },
      }),
    ).toEqual([]);
  });

  it('finds a number one language says and the other does not', () => {
    expect(
      problems(
        saying(
          'Founded in 1990 under resolution 46/182 by eight states.',
          'أسستها ثماني دول عام 1991 بموجب القرار 46/182.',
          {
            members: null,
          },
        ),
      ),
    ).toEqual([
      'org summary.ar: does not say 1990, as the English summary does',
      'org summary.en: does not say 1991, as the Arabic summary does',
    ]);
    expect(problems(saying('A group of the eight Arctic states.', 'مجموعة تضم 7 دول.', { members: null }))).toEqual([
      'org summary.ar: does not say 8, as the English summary does',
      'org summary.en: does not say 7, as the Arabic summary does',
    ]);
  });

  it('lets each language write a number its own way: in words, as an ordinal date, or a decade', () => {
    expect(
      problems(
        saying(
          'Founded in the early 1990s by the eight Arctic states; it led the 7 October attack and meets every 3 years.',
          'أسستها الدول الثماني مطلع التسعينيات، وقادت هجوم السابع من أكتوبر وتجتمع كل ثلاث سنوات.',
          { members: null },
        ),
      ),
    ).toEqual([]);
  });
});

describe('the shipped dataset', () => {
  it('passes data:check', () => {
    const data = {
      states: Object.values(STATE_FILES).flat(),
      orgs: Object.values(ORG_FILES).flat(),
      asOf: DATASET_AS_OF,
    };
    expect(checkDataset(data).map((p) => `${p.id} ${p.field}: ${p.problem}`)).toEqual([]);
  });
});
