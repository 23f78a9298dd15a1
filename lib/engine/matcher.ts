import { capitalForms, nameForms } from '../entities/names';
import type { Entity, NotEntity } from '../entities/types';
import { undot } from '../text/fold';
import { FUNCTION_WORDS, latinWords } from './scan';
import { CaseRule, Guard, type Trie, TrieBuilder, type TrieEntry } from './trie';

const GUARDS: Record<string, Guard> = { quoted: Guard.Quoted, listed: Guard.Listed, place: Guard.Place };
const BLOCKED: TrieEntry = {
  entity: -1,
  adjective: false,
  capital: false,
  guard: Guard.None,
  caseRule: CaseRule.None,
  capitalWords: 0,
};

/** What the engine needs to know of an entity: its id, and whether it is a state (for list guards). */
export type EntityRef = Pick<Entity, 'id' | 'kind'>;

/** The dataset compiled for matching: the trie, its entities, and the names that cannot match. */
export interface Matcher {
  trie: Trie;
  entities: readonly EntityRef[];
  /** Names whose text can never match (a character no name can contain). */
  unmatchable: string[];
}

const NO_CASE = { caseRule: CaseRule.None, capitalWords: 0 };
const LATIN = /[A-Za-z]/;

function caseRuleOf(text: string): Pick<TrieEntry, 'caseRule' | 'capitalWords'> {
  if (!LATIN.test(text)) return NO_CASE;
  if (!/[a-z]/.test(text)) return { caseRule: CaseRule.Acronym, capitalWords: 0 };
  let capitalWords = 0;
  latinWords(text).forEach((word, i) => {
    if (/^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase())) capitalWords |= 1 << i;
  });
  return { caseRule: capitalWords ? CaseRule.Capitalised : CaseRule.None, capitalWords };
}

/**
 * One entity, two forms folding together: the plainer reading wins. Two entities: neither. A name
 * always wins over a capital: عمّان folds as عُمان, and تونس is already the state.
 */
function merge(old: TrieEntry, added: TrieEntry): TrieEntry {
  if (old.capital !== added.capital) return old.capital ? added : old;
  if (old.entity !== added.entity) return BLOCKED;
  return {
    entity: old.entity,
    adjective: old.adjective && added.adjective,
    capital: old.capital,
    guard: Math.min(old.guard, added.guard),
    caseRule: Math.min(old.caseRule, added.caseRule),
    capitalWords: old.capitalWords & added.capitalWords,
  };
}

/** Compiles the dataset into a Matcher. Pure; a few milliseconds for the whole dataset. */
export function compileMatcher(entities: readonly Entity[], notEntities: readonly NotEntity[]): Matcher {
  const trie = new TrieBuilder();
  const unmatchable: string[] = [];
  entities.forEach((entity, index) => {
    for (const form of [...nameForms(entity), ...capitalForms(entity)]) {
      const text = form.text.includes('.') ? undot(form.text) : form.text;
      const cased = caseRuleOf(text);
      const entry: TrieEntry = form.ambiguous
        ? BLOCKED
        : {
            entity: index,
            adjective: form.form === 'adjective',
            capital: form.form === 'capital',
            guard: GUARDS[form.when ?? ''] ?? Guard.None,
            caseRule: cased.caseRule,
            capitalWords: cased.capitalWords,
          };
      const node = trie.add(text, entry, merge);
      if (node < 0) unmatchable.push(`${entity.id}: ${form.text}`);
    }
  });
  for (const ne of notEntities) {
    if (trie.add(ne.text, BLOCKED, () => BLOCKED) < 0) unmatchable.push(`not-entity: ${ne.text}`);
  }
  return { trie: trie.freeze(), entities: entities.map(({ id, kind }) => ({ id, kind })), unmatchable };
}
