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

/** A state's tie to an organisation, as a card lists it. */
export interface Tie {
  org: Organisation;
  status: MembershipStatus;
  note: MembershipNote | null;
}

/** Each state's ties, in the dataset's order: made once, on the first card that asks. */
let tiesByState: Map<string, Tie[]> | undefined;

function allTies(): Map<string, Tie[]> {
  if (tiesByState) return tiesByState;
  const ties = new Map<string, Tie[]>();
  for (const org of ENTITIES) {
    if (org.kind !== 'org') continue;
    for (const id of new Set([...(org.members ?? []), ...Object.keys(org.memberships ?? {})])) {
      const note = org.memberships?.[id] ?? null;
      const tie = { org, status: note?.status ?? 'member', note };
      ties.get(id)?.push(tie) ?? ties.set(id, [tie]);
    }
  }
  tiesByState = ties;
  return ties;
}

/**
 * Every organisation a state belongs or belonged to: `current` are members (suspended ones too) and
 * observers of living organisations; `past` are former memberships and those of defunct organisations.
 */
export function tiesOf(stateId: string): { current: Tie[]; past: Tie[] } {
  const ties = allTies().get(stateId) ?? [];
  const past = (t: Tie) => t.status === 'former' || t.org.ended !== undefined;
  return { current: ties.filter((t) => !past(t)), past: ties.filter(past) };
}
