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
import type { Entity, NotEntity, Organisation, OrgRecord, State, StateRecord } from './types';

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

/** The organisations a state is a member of, by id. */
export function organisationsOf(stateId: string): Organisation[] {
  return ENTITIES.filter((e): e is Organisation => e.kind === 'org' && (e.members?.includes(stateId) ?? false));
}
