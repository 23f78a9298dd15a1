import { nameForms } from '../entities/names';
import type { Entity, NotEntity } from '../entities/types';
import { FUNCTION_WORDS, latinWords, undot } from './scan';
import { CaseRule, Guard, Trie, type TrieEntry } from './trie';

const GUARDS: Record<string, Guard> = { quoted: Guard.Quoted, listed: Guard.Listed, place: Guard.Place };
const BLOCKED: TrieEntry = {
  entity: -1,
  adjective: false,
  guard: Guard.None,
  caseRule: CaseRule.None,
  capitalWords: 0,
};

/** A name two entities claim; the engine highlights neither (the schema test reports unmarked ones). */
export interface NameClash {
  text: string;
  entities: string[];
  marked: boolean;
}

/** The dataset compiled for matching: the trie, its entities, and what went wrong building it. */
export interface Matcher {
  trie: Trie;
  entities: readonly Entity[];
  /** Names whose text can never match (a character no name can contain). */
  unmatchable: string[];
  clashes: NameClash[];
}

function caseRuleOf(text: string): Pick<TrieEntry, 'caseRule' | 'capitalWords'> {
  if (!/[A-Za-z]/.test(text)) return { caseRule: CaseRule.None, capitalWords: 0 };
  if (!/[a-z]/.test(text)) return { caseRule: CaseRule.Acronym, capitalWords: 0 };
  let capitalWords = 0;
  latinWords(text).forEach((word, i) => {
    if (/^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase())) capitalWords |= 1 << i;
  });
  return { caseRule: capitalWords ? CaseRule.Capitalised : CaseRule.None, capitalWords };
}

/** Compiles the dataset into a Matcher. Pure; a few milliseconds for the whole dataset. */
export function compileMatcher(entities: readonly Entity[], notEntities: readonly NotEntity[]): Matcher {
  const trie = new Trie();
  const unmatchable: string[] = [];
  const clashes = new Map<number, NameClash>();

  entities.forEach((entity, index) => {
    for (const form of nameForms(entity)) {
      const text = undot(form.text);
      const entry: TrieEntry = form.ambiguous
        ? BLOCKED
        : {
            entity: index,
            adjective: form.form === 'adjective',
            guard: GUARDS[form.when ?? ''] ?? Guard.None,
            ...caseRuleOf(text),
          };
      const node = trie.add(text, entry, (old, added) => {
        if (old.entity === added.entity) {
          // One entity, two forms folding together: the plainer reading wins.
          return {
            entity: old.entity,
            adjective: old.adjective && added.adjective,
            guard: Math.min(old.guard, added.guard),
            caseRule: Math.min(old.caseRule, added.caseRule),
            capitalWords: old.capitalWords & added.capitalWords,
          };
        }
        return BLOCKED;
      });
      if (node < 0) {
        unmatchable.push(`${entity.id}: ${form.text}`);
        continue;
      }
      const clash = clashes.get(node);
      if (clash) {
        if (!clash.entities.includes(entity.id)) clash.entities.push(entity.id);
        clash.marked &&= Boolean(form.ambiguous);
      } else {
        clashes.set(node, { text: form.text, entities: [entity.id], marked: Boolean(form.ambiguous) });
      }
    }
  });
  for (const ne of notEntities) {
    if (trie.add(ne.text, BLOCKED, () => BLOCKED) < 0) unmatchable.push(`not-entity: ${ne.text}`);
  }
  return {
    trie,
    entities,
    unmatchable,
    clashes: [...clashes.values()].filter((c) => c.entities.length > 1),
  };
}
