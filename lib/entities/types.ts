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
  | 'court'
  | 'bloc'
  | 'alliance'
  | 'economic'
  | 'financial'
  | 'forum'
  | 'humanitarian'
  | 'armed';

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
  parent: string | null;
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
