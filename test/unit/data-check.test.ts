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

/** The problems of a dataset of states AA–DD and the given organisations, as "id field: problem". */
function problems(...orgs: OrgRecord[]): string[] {
  const data: DatasetRecords = { states: ['AA', 'BB', 'CC', 'DD'].map((id) => state(id)), orgs, asOf: '2026-12' };
  return checkDataset(data).map((p) => `${p.id} ${p.field}: ${p.problem}`);
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
        org({ members: ['AA', 'ZZ', 'AA'], memberships: { YY: { status: 'observer' } }, parent: 'nowhere' }),
        org({ id: 'self', parent: 'self', members: null }),
      ),
    ).toEqual([
      'org members: ZZ is not a state in the dataset',
      'org members: AA is listed twice',
      'org memberships.YY: YY is not a state in the dataset',
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
