/** Types of the dataset in `data/` (its README says how to edit it). */

export type Lang = 'ar' | 'en';
export type Bilingual<T = string> = { ar: T; en: T };

/** Where a guarded alias counts; see `data/README.md`. */
export type AliasGuard = 'quoted' | 'listed' | 'place';

/** A name as written in the data: plain, or limited by a guard, or shared by several entities. */
export type Alias = string | { text: string; when?: AliasGuard; ambiguous?: boolean };

export type Region = 'africa' | 'americas' | 'asia' | 'europe' | 'oceania';

export type OrgCategory =
  | 'un'
  | 'un-organ'
  | 'un-body'
  | 'un-agency'
  | 'un-related'
  | 'court'
  | 'bloc'
  | 'alliance'
  | 'economic'
  | 'financial'
  | 'forum'
  | 'humanitarian'
  | 'movement'
  | 'armed';

/** A year, or a year and month, as the data writes dates: "2025", "2025-10". */
export type DataDate = string;

/**
 * Where a reviewed fact comes from: the body and date of the decision ("AU PSC communiqué, 2025-10-15",
 * "UNSC res. 2715 (2023)"), so a reviewer can check it and the next change of the world is found.
 */
export type Source = string;

/**
 * How a state stands in an organisation, where it is more than plain membership. A suspended state
 * is still a member (it is in `members`); an observer or a former member is not. Every note cites its `source`.
 */
export type MembershipNote =
  /** A member that joined lately: a reader of older articles learns it was not one then. */
  (
    | { status: 'member'; since: DataDate }
    | { status: 'suspended'; since: DataDate; by: Bilingual }
    | { status: 'observer'; since?: DataDate }
    | { status: 'former'; left: DataDate }
  ) & { source?: Source };

export type MembershipStatus = MembershipNote['status'];

/** A member of an organisation that is not a state of the dataset. */
export type OtherMember = { org: string } | { name: Bilingual };

/** A state as stored in `data/states/*.json`. */
export interface StateRecord {
  id: string;
  name: Bilingual;
  official: Bilingual;
  aliases: Bilingual<Alias[]>;
  adjectives: { ar: Alias[]; arForms?: Alias[]; en: Alias[] };
  capital: Bilingual | null;
  region: Region;
  unMember: number | null;
  status: 'member' | 'observer' | 'partial';
  /** For a partial state: how many UN member states recognise it, and whether that count is disputed. */
  recognisedBy?: { count: number; about: boolean };
  /** The capital is claimed but disputed (Jerusalem): the card says so. */
  capitalDisputed?: boolean;
  /** When this state's facts were last reviewed (else the dataset's `asOf`). */
  asOf?: DataDate;
  /** Where the reviewed facts come from (recognitions, a disputed capital, a changed name). */
  sources?: Source[];
}

/** An international organisation as stored in `data/orgs/*.json`. */
export interface OrgRecord {
  id: string;
  category: OrgCategory;
  name: Bilingual;
  acronym: Bilingual<string | null>;
  aliases: Bilingual<Alias[]>;
  summary: Bilingual;
  founded: number | null;
  headquarters: Bilingual | null;
  members: string[] | null;
  /**
   * Members that are not states of the dataset, counted with them as the organisation counts its
   * members: another organisation (the EU in the WTO, by id) or a territory (Hong Kong, by name).
   */
  otherMembers?: OtherMember[];
  parent: string | null;
  /** Status notes by state id: suspended members, observers, former members. */
  memberships?: Record<string, MembershipNote>;
  /** When the organisation ceased to exist (dissolved, mission ended): it is no state's current membership. */
  ended?: DataDate;
  /** When this organisation's facts were last reviewed (else the dataset's `asOf`). */
  asOf?: DataDate;
  /** Where the reviewed facts come from (its end, a headquarters, a summary's dates); membership notes cite their own. */
  sources?: Source[];
  /** Adjectives the press derives from the name (أممي، الأممية for the UN), as for states. */
  adjectives?: { ar: Alias[]; en: Alias[] };
}

export type State = StateRecord & { kind: 'state' };
export type Organisation = OrgRecord & { kind: 'org' };
export type Entity = State | Organisation;

/** What `data/capitals.json` adds to the states' capitals for reading a capital as its state. */
export interface CapitalNotes {
  /** Other spellings the press uses, by state id. */
  aliases: Record<string, Bilingual<string[]>>;
  /** Capitals never read as their state, in one language or (no lang) in both, and why. */
  excluded: { id: string; lang?: Lang; why: string }[];
}

/** A phrase that contains a known name but names no entity (أمريكا اللاتينية). */
export interface NotEntity {
  text: string;
  lang: Lang;
  why: string;
}
