import { entityById, organisationsOf } from '../entities/dataset';
import type { Bilingual, Entity, OrgCategory, Region } from '../entities/types';
import type { MessageKey } from '../i18n';

/** The messages a context card says: all a content script is sent of the interface's strings. */
export const CARD_MESSAGES: MessageKey[] = [
  'state',
  'org',
  'unMemberSince',
  'founded',
  'capital',
  'headquarters',
  'partOf',
  'mentionOnPage',
  'mentionsOnPage',
  'members',
  'showAll',
  'membersOnPage',
  'memberOf',
  'thisPage',
  'close',
  'log',
  'inYourLog',
  'inYourLogOne',
  'inYourLogNone',
  'nextMention',
  'hideOutline',
  'showOrgs',
  'showMembers',
  'wikipediaAr',
  'wikipediaEn',
];

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
  /** An organisation's member states (known ones). */
  members: EntityName[];
  /** The body an organisation belongs to. */
  parent: EntityName | null;
  /** The known organisations a state is a member of. */
  memberOf: EntityName[];
  /** Wikipedia articles, opened only when the user clicks. */
  wikipedia: Bilingual;
}

/** An entity named in a card: enough to show a chip and look it up. */
export interface EntityName {
  id: string;
  name: Bilingual;
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

/** The card's view of an entity; a state's summary is written from its facts. */
export function cardEntity(entity: Entity): CardEntity {
  if (entity.kind === 'org') {
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
      members: (entity.members ?? []).flatMap((id) => named(entityById(id))),
      parent: named(entity.parent ? entityById(entity.parent) : undefined)[0] ?? null,
      memberOf: [],
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
        : {
            ar: 'دولة لا تعترف بها كل الدول، وليست عضواً في الأمم المتحدة.',
            en: 'A state not recognised by all others, and not a member of the United Nations.',
          };
  return {
    id: entity.id,
    kind: 'state',
    name: entity.name,
    alsoKnownAs: {
      ar: entity.official.ar !== entity.name.ar ? entity.official.ar : null,
      en: entity.official.en !== entity.name.en ? entity.official.en : null,
    },
    summary: {
      ar: `دولة في ${region.ar}${capital ? `، عاصمتها ${capital.ar}` : ''}. ${member.ar}`,
      en: `A state in ${region.en}${capital ? `; its capital is ${capital.en}` : ''}. ${member.en}`,
    },
    year: entity.unMember,
    seat: capital,
    category: null,
    flag: flagOf(entity.id),
    members: [],
    parent: null,
    memberOf: organisationsOf(entity.id).map((o) => ({ id: o.id, name: o.name })),
    wikipedia: wikipedia(entity.name),
  };
}
