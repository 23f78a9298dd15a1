import type { Entity } from '../entities/types';
import { CLASS, foldText, MARK, OTHER, SEP } from '../text/fold';
import type { RawMatch } from './scan';
import { Guard, type TrieEntry } from './trie';

/** Words before a name that make it a state: جمهورية مالي، سلطنة عمان. */
const STATE_WORDS = new Set(['جمهوريه', 'سلطنه', 'مملكه', 'دوله', 'republic', 'sultanate', 'kingdom', 'state']);

/** Words before a name that introduce a place or a government: في مالي، رئيس مالي. */
const PLACE_WORDS = new Set([
  ...STATE_WORDS,
  ...'في الي من مع عن بين حول لدي نحو داخل خارج عبر رئيس رئيسه حكومه وزير وزيره خارجيه سفير سفاره سفراء شعب برلمان جيش زار زياره عاصمه شمال جنوب شرق غرب وسط حدود اراضي in to from with visited'.split(
    ' ',
  ),
]);

/** What may stand between two states of one list: spaces, commas, slashes, "و"/"أو"/"and". */
const LIST_GAP = /^[\s،,؛;/\-–—"'“”«»()]*(?:(?:و|او|أو|and|or)[\s"'“”«»]*)?$/u;

const isStateEntry = (e: TrieEntry | undefined, entities: readonly Entity[]) =>
  e !== undefined && e.guard === Guard.None && entities[e.entity]?.kind === 'state';

/** The folded word before `start`, with its own و/ف clitic dropped (وفي → في); '' after punctuation. */
function previousWord(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && ((CLASS[text.charCodeAt(i)] as number) === SEP || (CLASS[text.charCodeAt(i)] as number) === MARK))
    i--;
  const end = i + 1;
  while (i >= 0 && ((CLASS[text.charCodeAt(i)] as number) >= OTHER || (CLASS[text.charCodeAt(i)] as number) === MARK))
    i--;
  const word = foldText(text.slice(i + 1, end)).toLowerCase();
  return word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && PLACE_WORDS.has(word.slice(1))
    ? word.slice(1)
    : word;
}

function listedBeside(
  text: string,
  raw: RawMatch[],
  k: number,
  entries: readonly TrieEntry[],
  entities: readonly Entity[],
): boolean {
  const m = raw[k] as RawMatch;
  const prev = raw[k - 1];
  if (prev && isStateEntry(entries[prev.entry], entities) && LIST_GAP.test(text.slice(prev.end, m.start))) return true;
  const next = raw[k + 1];
  return (
    next !== undefined && isStateEntry(entries[next.entry], entities) && LIST_GAP.test(text.slice(m.end, next.start))
  );
}

/** Drops the matches whose `listed` or `place` guard the context does not satisfy. */
export function applyContextGuards(
  text: string,
  raw: RawMatch[],
  entries: readonly TrieEntry[],
  entities: readonly Entity[],
): RawMatch[] {
  return raw.filter((m, k) => {
    const guard = entries[m.entry]?.guard ?? Guard.None;
    if (guard !== Guard.Listed && guard !== Guard.Place) return true;
    if (listedBeside(text, raw, k, entries, entities)) return true;
    const before = previousWord(text, m.start);
    return guard === Guard.Listed ? STATE_WORDS.has(before) : PLACE_WORDS.has(before);
  });
}
