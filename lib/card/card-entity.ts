import { DATASET_AS_OF, entityById, type Tie, tiesOf } from '../entities/dataset';
import type { Bilingual, DataDate, Entity, MembershipNote, OrgCategory, Region } from '../entities/types';

/** What a context card shows of an entity: everything it needs, nothing the page could not show. */
export interface CardEntity {
  id: string;
  kind: 'state' | 'org';
  name: Bilingual;
  /** Acronyms (orgs) or the official name (states), when they differ from the name. */
  alsoKnownAs: Bilingual<string | null>;
  summary: Bilingual;
  /** Founding year (orgs); UN admission year (states). */
  year: number | null;
  /** Headquarters (orgs) or capital (states). */
  seat: Bilingual | null;
  category: OrgCategory | null;
  /** The flag, as the two regional-indicator letters of the ISO code (states). */
  flag: string | null;
  /** An organisation's member states (known ones), suspended ones marked, then its observers. */
  members: Membership[];
  /** An organisation's former members, with when they left. */
  formerMembers: Membership[];
  /** An organisation's members that are not states here (the EU in the WTO, Hong Kong), by name. */
  otherMembers: Bilingual[];
  /** The body an organisation belongs to. */
  parent: EntityName | null;
  /** The living organisations a state is a member (or observer) of. */
  memberOf: Membership[];
  /** A state's former memberships, and its memberships of defunct organisations. */
  formerMemberOf: Membership[];
  /** When a defunct organisation ended. */
  ended: DataDate | null;
  /** When the facts shown were last checked. */
  asOf: DataDate;
  /** Wikipedia articles, opened only when the user clicks. */
  wikipedia: Bilingual;
}

/** An entity named in a card: enough to show a chip and look it up. */
export interface EntityName {
  id: string;
  name: Bilingual;
}

/** One end of a membership as a card shows it: a chip, with the state's standing where it is not plain. */
export interface Membership extends EntityName {
  note?: MembershipNote;
  /** The organisation has ended (on a state's card). */
  ended?: DataDate;
}

const named = (entity: Entity | undefined): EntityName[] => (entity ? [{ id: entity.id, name: entity.name }] : []);

/** Wikipedia's article on an entity, in each language, by its usual name there. */
const wikipedia = (name: Bilingual): Bilingual => ({
  ar: `https://ar.wikipedia.org/wiki/${encodeURIComponent(name.ar.replace(/ /g, '_'))}`,
  en: `https://en.wikipedia.org/wiki/${encodeURIComponent(name.en.replace(/ /g, '_'))}`,
});

const REGIONS: Record<Region, Bilingual> = {
  africa: { ar: 'أفريقيا', en: 'Africa' },
  americas: { ar: 'الأمريكيتين', en: 'the Americas' },
  asia: { ar: 'آسيا', en: 'Asia' },
  europe: { ar: 'أوروبا', en: 'Europe' },
  oceania: { ar: 'أوقيانوسيا', en: 'Oceania' },
};

/** 🇸🇾 from "SY": each letter as its regional indicator symbol. */
export function flagOf(iso2: string): string {
  return [...iso2.toUpperCase()].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join('');
}

/** A state's chip with its standing in the organisation, if it has a note. */
const withNote = (id: string, note: MembershipNote | undefined): Membership[] =>
  named(entityById(id)).map((e) => (note ? { ...e, note } : e));

const tieChip = ({ org, note }: Tie): Membership => ({
  id: org.id,
  name: org.name,
  ...(note ? { note } : {}),
  ...(org.ended ? { ended: org.ended } : {}),
});

/** What a partial state's card says of its statehood: disputed, and by how many it is recognised. */
function recognition(by: { count: number; about: boolean } | undefined): Bilingual {
  if (!by)
    return {
      ar: 'دولة متنازع على وضعها، وليست عضواً في الأمم المتحدة.',
      en: 'Its statehood is disputed; not a member of the United Nations.',
    };
  return {
    ar: `دولة متنازع على وضعها، تعترف بها ${by.about ? 'نحو ' : ''}${by.count} من الدول الأعضاء في الأمم المتحدة، وليست عضواً فيها.`,
    en: `Its statehood is disputed: recognised by ${by.about ? 'about ' : ''}${by.count} UN member states; not a UN member.`,
  };
}

/** The card's view of an entity; a state's summary is written from its facts. */
export function cardEntity(entity: Entity): CardEntity {
  if (entity.kind === 'org') {
    const notes = Object.entries(entity.memberships ?? {});
    return {
      id: entity.id,
      kind: 'org',
      name: entity.name,
      alsoKnownAs: entity.acronym,
      summary: entity.summary,
      year: entity.founded,
      seat: entity.headquarters,
      category: entity.category,
      flag: null,
      members: [
        ...(entity.members ?? []).flatMap((id) => withNote(id, entity.memberships?.[id])),
        ...notes.filter(([, n]) => n.status === 'observer').flatMap(([id, n]) => withNote(id, n)),
      ],
      formerMembers: notes.filter(([, n]) => n.status === 'former').flatMap(([id, n]) => withNote(id, n)),
      otherMembers: (entity.otherMembers ?? []).flatMap((m) =>
        'name' in m ? [m.name] : named(entityById(m.org)).map((e) => e.name),
      ),
      parent: named(entity.parent ? entityById(entity.parent) : undefined)[0] ?? null,
      memberOf: [],
      formerMemberOf: [],
      ended: entity.ended ?? null,
      asOf: entity.asOf ?? DATASET_AS_OF,
      wikipedia: wikipedia(entity.name),
    };
  }
  const region = REGIONS[entity.region];
  const capital = entity.capital;
  const member =
    entity.unMember !== null
      ? {
          ar: `عضو في الأمم المتحدة منذ عام ${entity.unMember}.`,
          en: `A member of the United Nations since ${entity.unMember}.`,
        }
      : entity.status === 'observer'
        ? { ar: 'دولة مراقبة غير عضو في الأمم المتحدة.', en: 'A non-member observer state at the United Nations.' }
        : recognition(entity.recognisedBy);
  const seat =
    capital && entity.capitalDisputed
      ? { ar: `${capital.ar} (متنازع عليها)`, en: `${capital.en} (disputed)` }
      : capital;
  const ties = tiesOf(entity.id);
  return {
    id: entity.id,
    kind: 'state',
    name: entity.name,
    alsoKnownAs: {
      ar: entity.official.ar !== entity.name.ar ? entity.official.ar : null,
      en: entity.official.en !== entity.name.en ? entity.official.en : null,
    },
    summary: {
      ar: `دولة في ${region.ar}${seat ? `، عاصمتها ${seat.ar}` : ''}. ${member.ar}`,
      en: `A state in ${region.en}${seat ? `; its capital is ${seat.en}` : ''}. ${member.en}`,
    },
    year: entity.unMember,
    seat,
    category: null,
    flag: flagOf(entity.id),
    members: [],
    formerMembers: [],
    otherMembers: [],
    parent: null,
    memberOf: ties.current.map(tieChip),
    formerMemberOf: ties.past.map(tieChip),
    ended: null,
    asOf: entity.asOf ?? DATASET_AS_OF,
    wikipedia: wikipedia(entity.name),
  };
}
