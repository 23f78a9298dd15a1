import { CLASS, foldText, MARK, OTHER, SEP } from '../text/fold';
import type { EntityRef } from './matcher';
import type { RawMatch } from './scan';
import { Guard, type TrieEntry } from './trie';

// Word lists are written folded (ة → ه, ى and ئ → ي, hamza on alef → ا), as previousWord returns them.

/** Words before a name that make it a state: جمهورية مالي، سلطنة عمان. */
const STATE_WORDS = new Set(['جمهوريه', 'سلطنه', 'مملكه', 'دوله', 'republic', 'sultanate', 'kingdom', 'state']);

/**
 * Words before a name that introduce a place or a government (في مالي، رئيس مالي), and the
 * institutions a guarded adjective follows (الجيش المالي is Malian; الدعم المالي is financial).
 */
const PLACE_WORDS = new Set([
  ...STATE_WORDS,
  ...'في الي من مع عن بين حول لدي نحو داخل خارج عبر رييس رييسه حكومه وزير وزيره خارجيه سفير سفاره سفراء شعب برلمان جيش زار زياره عاصمه شمال جنوب شرق غرب وسط حدود اراضي in to from with visited'.split(
    ' ',
  ),
  ...'الجيش الرييس الحكومه الشعب القوات الجنود النظير الوفد المجلس السلطات الانتقاليه السفير الخارجيه'.split(' '),
]);

/**
 * Words after which a definite nisba is a person's surname, not an adjective: verbs of speech and
 * meeting (قال السوداني، التقى المغربي) and common first names (خالد المصري).
 */
const SURNAME_CUES = new Set(
  [
    'قال اكد اعلن اشار دعا بحث التقي استقبل شدد اوضح اعتبر راي لفت نوه اضاف تابع ختم زار وصل غادر صرح',
    'محمد احمد محمود علي حسن حسين خالد عمر عمرو سامي سمير ياسر ماهر عماد وليد طارق فيصل بسام هشام مصطفي ابراهيم يوسف عادل كمال جمال نبيل رامي فادي زياد ايمن اسامه هاني شياع',
  ]
    .join(' ')
    .split(' '),
);
const DEFINITE_NISBA = /^ال\S+ي$/;

/** A list separator: a comma or slash, or the conjunction (و، أو، and, or) standing on its own. */
const LIST_SEPARATOR = /[،,؛;/]|(?:^|\s)(?:و|او|أو|and|or)(?:\s|$)/u;
/** All that may stand between two items of a list. */
const LIST_GAP = /^[\s،,؛;/\-–—"'“”«»()]*(?:(?:و|او|أو|and|or)[\s"'“”«»]*)?$/u;

const classAt = (text: string, i: number) => CLASS[text.charCodeAt(i)] as number;

/** The folded word before `start`, with its own و/ف clitic dropped (وفي → في); '' after punctuation. */
function previousWord(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (classAt(text, i) === SEP || classAt(text, i) === MARK)) i--;
  const end = i + 1;
  while (i >= 0 && (classAt(text, i) >= OTHER || classAt(text, i) === MARK)) i--;
  const word = foldText(text.slice(i + 1, end)).toLowerCase();
  const bare = word.slice(1);
  const known = (w: string) => PLACE_WORDS.has(w) || SURNAME_CUES.has(w);
  return word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && !known(word) && known(bare) ? bare : word;
}

/** Are two mentions items of one list? The later one may carry the conjunction: سورية ومالي. */
function inOneList(text: string, first: RawMatch, second: RawMatch): boolean {
  const gap = text.slice(first.end, second.start);
  if (!LIST_GAP.test(gap)) return false;
  return LIST_SEPARATOR.test(gap) || text[second.start] === 'و';
}

function listedBeside(text: string, raw: RawMatch[], k: number, isState: (m: RawMatch) => boolean): boolean {
  const m = raw[k] as RawMatch;
  const prev = raw[k - 1];
  const next = raw[k + 1];
  return (
    (prev !== undefined && isState(prev) && inOneList(text, prev, m)) ||
    (next !== undefined && isState(next) && inOneList(text, m, next))
  );
}

function isSurname(text: string, m: RawMatch): boolean {
  // The article is read unfolded: ألماني (German) folds to الماني but has no ال.
  const word = text.slice(m.start, m.end);
  return word.startsWith('ال') && DEFINITE_NISBA.test(foldText(word)) && SURNAME_CUES.has(previousWord(text, m.start));
}

/**
 * Drops the matches their context rules out: a nisba that is a surname, and a `listed` or `place`
 * name that stands neither in a list of states nor after a word that calls for one.
 */
export function applyContextGuards(
  text: string,
  raw: RawMatch[],
  entries: readonly TrieEntry[],
  entities: readonly EntityRef[],
): RawMatch[] {
  const isState = (m: RawMatch) => {
    const e = entries[m.entry];
    return e !== undefined && e.guard === Guard.None && entities[e.entity]?.kind === 'state';
  };
  return raw.filter((m, k) => {
    const entry = entries[m.entry];
    if (entry?.adjective && isSurname(text, m)) return false;
    const guard = entry?.guard ?? Guard.None;
    if (guard !== Guard.Listed && guard !== Guard.Place) return true;
    if (listedBeside(text, raw, k, isState)) return true;
    const before = previousWord(text, m.start);
    return guard === Guard.Listed ? STATE_WORDS.has(before) : PLACE_WORDS.has(before);
  });
}
