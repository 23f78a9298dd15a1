import { foldText, undot } from '../text/fold';
import capitals from './data/capitals.json';
import type { Alias, AliasGuard, CapitalNotes, Entity, Lang } from './types';

/** How an entity is named: by name, by adjective (سوري، Syrian), or by its capital standing for it (Moscow says…). */
export type MentionForm = 'name' | 'adjective' | 'capital';

/** One written form of an entity's name or adjective, as the engine and the lookup use it. */
export interface NameForm {
  text: string;
  lang: Lang;
  form: MentionForm;
  when?: AliasGuard;
  ambiguous?: boolean;
}

function fromAlias(alias: Alias, lang: Lang, form: MentionForm): NameForm {
  if (typeof alias === 'string') return { text: alias, lang, form };
  return {
    text: alias.text,
    lang,
    form,
    ...(alias.when ? { when: alias.when } : {}),
    ...(alias.ambiguous ? { ambiguous: true } : {}),
  };
}

const NISBA_SUFFIXES = ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات'];
const DEFINITE = /^ال/;

/**
 * Every form of an Arabic nisba adjective from its masculine singular: روسي → روسية، روسيون، روسيين،
 * روسيان، روسيتان، روسيتين، روسيات, and each with ال. In a phrase every nisba word agrees (كوري جنوبي →
 * الكورية الجنوبية); a phrase with other words (جنوب سوداني) gets no ال forms, which are written out.
 */
export function nisbaForms(base: string): string[] {
  const words = base.trim().split(/\s+/);
  const isNisba = (w: string) => w.endsWith('ي');
  const allNisba = words.every(isNisba);
  const forms: string[] = [];
  for (const suffix of NISBA_SUFFIXES) {
    const inflected = words.map((w) => (isNisba(w) ? w + suffix : w));
    forms.push(inflected.join(' '));
    if (allNisba) forms.push(inflected.map((w) => (DEFINITE.test(w) ? w : `ال${w}`)).join(' '));
  }
  return forms;
}

/**
 * Every name and adjective form of an entity, derived forms included, in a stable order. The display
 * name is matched like any alias, unless an alias writes the same text with a guard or as ambiguous:
 * then the alias says how it is matched (Mali's card is named مالي, matched only as a place).
 */
export function nameForms(entity: Entity): NameForm[] {
  const qualified = (lang: Lang) =>
    new Set(entity.aliases[lang].flatMap((a) => (typeof a === 'string' ? [] : [a.text])));
  const out: NameForm[] = (['ar', 'en'] as const)
    .filter((lang) => !qualified(lang).has(entity.name[lang]))
    .map((lang) => ({ text: entity.name[lang], lang, form: 'name' }));
  if (entity.kind === 'state') {
    out.push(
      { text: entity.official.ar, lang: 'ar', form: 'name' },
      { text: entity.official.en, lang: 'en', form: 'name' },
    );
  } else {
    if (entity.acronym.ar) out.push({ text: entity.acronym.ar, lang: 'ar', form: 'name' });
    if (entity.acronym.en) out.push({ text: entity.acronym.en, lang: 'en', form: 'name' });
  }
  for (const a of entity.aliases.ar) out.push(fromAlias(a, 'ar', 'name'));
  for (const a of entity.aliases.en) out.push(fromAlias(a, 'en', 'name'));
  const adjectives: { ar: Alias[]; en: Alias[] } | undefined = entity.adjectives;
  for (const a of adjectives?.ar ?? []) {
    const base = fromAlias(a, 'ar', 'adjective');
    for (const text of nisbaForms(base.text)) out.push({ ...base, text });
  }
  if (entity.kind === 'state') {
    for (const a of entity.adjectives.arForms ?? []) {
      const f = fromAlias(a, 'ar', 'adjective');
      out.push(f);
      if (!/\s/.test(f.text.trim()) && !DEFINITE.test(f.text)) out.push({ ...f, text: `ال${f.text}` });
    }
  }
  for (const a of adjectives?.en ?? []) out.push(fromAlias(a, 'en', 'adjective'));
  return out;
}

export const CAPITAL_NOTES = capitals as CapitalNotes;

/**
 * The names of a state's capital, for reading it as the state (واشنطن تتهم، Moscow says): the
 * dataset's capital and the press's other spellings (data/capitals.json), less the languages
 * where the capital is left out (a disputed capital, a word with another meaning).
 */
export function capitalForms(entity: Entity, notes: CapitalNotes = CAPITAL_NOTES): NameForm[] {
  if (entity.kind !== 'state' || !entity.capital) return [];
  const out: NameForm[] = [];
  for (const lang of ['ar', 'en'] as const) {
    if (notes.excluded.some((x) => x.id === entity.id && (x.lang ?? lang) === lang)) continue;
    for (const text of [entity.capital[lang], ...(notes.aliases[entity.id]?.[lang] ?? [])])
      out.push({ text, lang, form: 'capital' });
  }
  return out;
}

/** A name two entities claim; the engine highlights neither, so each claim must say it is ambiguous. */
export interface NameClash {
  text: string;
  entities: string[];
  marked: boolean;
}

/** The names that fold to the same text for more than one entity (a check for curators and tests). */
export function nameClashes(entities: readonly Entity[]): NameClash[] {
  const claims = new Map<string, NameClash>();
  for (const entity of entities) {
    for (const form of nameForms(entity)) {
      const key = foldText(form.text.includes('.') ? undot(form.text) : form.text);
      const claim = claims.get(key);
      if (!claim) {
        claims.set(key, { text: form.text, entities: [entity.id], marked: Boolean(form.ambiguous) });
        continue;
      }
      if (!claim.entities.includes(entity.id)) claim.entities.push(entity.id);
      claim.marked &&= Boolean(form.ambiguous);
    }
  }
  return [...claims.values()].filter((c) => c.entities.length > 1);
}
