import meta from './data/meta.json';
import notEntities from './data/not-entities.json';
import armed from './data/orgs/armed.json';
import blocs from './data/orgs/blocs.json';
import economic from './data/orgs/economic.json';
import other from './data/orgs/other.json';
import un from './data/orgs/un.json';
import africa from './data/states/africa.json';
import americas from './data/states/americas.json';
import asia from './data/states/asia.json';
import europe from './data/states/europe.json';
import oceania from './data/states/oceania.json';
import type {
  DataDate,
  Entity,
  MembershipNote,
  MembershipStatus,
  NotEntity,
  Organisation,
  OrgRecord,
  State,
  StateRecord,
} from './types';

/** When the dataset as a whole was last reviewed against the world ("facts as of"). */
export const DATASET_AS_OF: DataDate = meta.asOf;

/** The data files, by name, as a contributor edits them (the schema test reads them this way too). */
export const STATE_FILES = { africa, americas, asia, europe, oceania } as unknown as Record<string, StateRecord[]>;
export const ORG_FILES = { un, blocs, economic, armed, other } as unknown as Record<string, OrgRecord[]>;

/** Every known entity: states first, then organisations, each group sorted by id. */
export const ENTITIES: readonly Entity[] = [
  ...Object.values(STATE_FILES)
    .flat()
    .map((s): State => ({ ...s, kind: 'state' }))
    .sort((a, b) => a.id.localeCompare(b.id)),
  ...Object.values(ORG_FILES)
    .flat()
    .map((o): Organisation => ({ ...o, kind: 'org' }))
    .sort((a, b) => a.id.localeCompare(b.id)),
];

export const NOT_ENTITIES = notEntities as NotEntity[];

const byId = new Map(ENTITIES.map((e) => [e.id, e]));

export function entityById(id: string): Entity | undefined {
  return byId.get(id);
}

/** A state's standing in an organisation: its note if it has one, else member if listed, else none. */
function membershipIn(org: OrgRecord, stateId: string): MembershipStatus | null {
  const note: MembershipNote | undefined = org.memberships?.[stateId];
  if (note) return note.status;
  return org.members?.includes(stateId) ? 'member' : null;
}

/** A state's tie to an organisation, as a card lists it. */
export interface Tie {
  org: Organisation;
  status: MembershipStatus;
  note: MembershipNote | null;
}

/**
 * Every organisation a state belongs or belonged to: `current` are members (suspended ones too) and
 * observers of living organisations; `past` are former memberships and those of defunct organisations.
 */
export function tiesOf(stateId: string): { current: Tie[]; past: Tie[] } {
  const current: Tie[] = [];
  const past: Tie[] = [];
  for (const e of ENTITIES) {
    if (e.kind !== 'org') continue;
    const status = membershipIn(e, stateId);
    if (status === null) continue;
    const tie = { org: e, status, note: e.memberships?.[stateId] ?? null };
    (status === 'former' || e.ended ? past : current).push(tie);
  }
  return { current, past };
}
