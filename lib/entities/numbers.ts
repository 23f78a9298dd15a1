/**
 * The numbers an organisation's summary states, read for the dataset check: how many members it says
 * the organisation has, and every number it writes, so that the member list and the other language
 * can be held to them. Texts are folded first (foldText: Arabic-Indic digits become 0-9, hamzas and
 * ة are folded, Latin is lower case), so the word lists below are folded too.
 */
import { foldText } from '../text/fold';
import { PREFIXES, stem } from '../text/stem';
import type { Lang } from './types';

/** What a summary says about numbers. */
export interface SummaryNumbers {
  /** Member counts: a number next to a word for members ("55 member states", الدول الأعضاء الـ193). */
  counts: { value: number; approximate: boolean }[];
  /** What the summary commits to: every number in digits, and its member counts however written. */
  claimed: Set<number>;
  /** Every number it writes in any form, number words anywhere included: what the other language may match. */
  written: Set<number>;
}

const folded = (words: string[]) => words.map((w) => foldText(w));

// Number words from three up: one and two are left out, since Arabic says them with the dual
// (لعامين for "two-year terms", صوت واحد for "one vote"), and English uses them as pronouns.
const EN_UNITS = ['three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_WORDS = new Map<string, number>([
  ...EN_UNITS.map((w, i): [string, number] => [w, i + 3]),
  ...EN_TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['nineteen', 19],
  ...EN_TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

// Arabic units as written for either gender and in the accusative (خمس، خمسة، خمسا), from three.
const AR_UNIT_STEMS: [string, number][] = [
  ['ثلاث', 3],
  ['أربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
  ['عشر', 10],
];
const AR_UNITS = new Map<string, number>(
  AR_UNIT_STEMS.flatMap(([w, n]) => folded([w, `${w}ة`, `${w}ا`]).map((f): [string, number] => [f, n])),
);
/** One and two, which count only inside a compound number (أحد عشر، واحد وعشرون، اثنتا عشرة). */
const AR_ONE_TWO = new Map<string, number>([
  ...folded(['أحد', 'إحدى', 'واحد', 'واحدة']).map((f): [string, number] => [f, 1]),
  ...folded(['اثنا', 'اثني', 'اثنتا', 'اثنتي', 'اثنان', 'اثنين']).map((f): [string, number] => [f, 2]),
]);
const AR_TEN = new Set(folded(['عشر', 'عشرة']));
const AR_TENS = new Map<string, number>(
  ['عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((w, i) =>
    folded([`${w}ون`, `${w}ين`]).map((f): [string, number] => [f, (i + 2) * 10]),
  ),
);

/** Words for the members an organisation counts; English takes them after the number and its adjectives. */
const EN_MEMBER_WORDS = new Set(
  'member members state states country countries nation nations economy economies'.split(' '),
);
const AR_MEMBER_WORDS = new Set(
  folded(
    'دولة دول دولا دولها عضو عضوا أعضاء أعضاؤها أعضائها أعضاؤه أعضائه بلد بلدا بلدان بلدانها اقتصادا اقتصادات'.split(
      ' ',
    ),
  ),
);
/** Words that end the adjectives between an English number and its noun (in 1990 to …, ten of the …). */
const EN_STOP = new Set(
  'a an the of by to in on at for from with since which that who whose its their it is are was were has have had each per'.split(
    ' ',
  ),
);
/** Words before a number that make it approximate. */
const EN_ABOUT = new Set([
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'approximately',
  'roughly',
  'than',
  'least',
]);
const AR_ABOUT = new Set(folded(['نحو', 'حوالي', 'قرابة', 'زهاء', 'يقارب', 'أكثر', 'أقل', 'يزيد', 'يفوق']));
const AR_FROM = foldText('من');
const AR_ON = foldText('على');
const AR_AT_LEAST = foldText('على الأقل');
const AR_ROUGHLY = foldText('تقريبا');
/** Words before a number that make it a name (resolution 2118, القرار 2254), never a count. */
const EN_LABELS = new Set(['resolution', 'resolutions', 'article', 'chapter', 'no']);
const AR_LABELS = new Set(folded(['قرار', 'قراره', 'قرارها', 'قرارات', 'مادة', 'بند', 'فصل', 'رقم']));

// Ordinals count only as numbers written, for dates told in words (السابع من أكتوبر for 7 October).
const EN_ORDINALS = new Map<string, number>(
  ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i): [string, number] => [
    w,
    i + 3,
  ]),
);
const AR_ORDINALS = new Map<string, number>(
  ['ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'].flatMap((w, i) =>
    folded([w, `${w}ة`]).map((f): [string, number] => [f, i + 3]),
  ),
);
const AR_ORDINAL_ONE_TWO = new Map<string, number>([
  ...folded(['حادي', 'حادية']).map((f): [string, number] => [f, 1]),
  ...folded(['ثاني', 'ثانية']).map((f): [string, number] => [f, 2]),
]);
/** A decade (the 1990s) is not a year: Arabic says it in words (تسعينيات القرن العشرين). */
const DECADE = /^\d{3}0s$/;

/** A year (1945, 2025) is never a count of members. */
const isYear = (n: number) => n >= 1800 && n < 2100;

interface NumberAt {
  value: number;
  /** Index of the first word after the number. */
  next: number;
  /** Written with the article (الـ54، الثماني, السبع والعشرين): it follows its noun. */
  definite: boolean;
}

function enNumberAt(words: string[], i: number): NumberAt | null {
  const w = words[i] ?? '';
  if (/^\d+$/.test(w)) return { value: Number(w), next: i + 1, definite: false };
  const n = EN_WORDS.get(w);
  if (n === undefined) return null;
  const unit = n >= 20 ? EN_WORDS.get(words[i + 1] ?? '') : undefined; // twenty-seven, folded to "twenty seven"
  return unit !== undefined && unit < 10
    ? { value: n + unit, next: i + 2, definite: false }
    : { value: n, next: i + 1, definite: false };
}

function arNumberAt(words: string[], i: number): NumberAt | null {
  const w = words[i] ?? '';
  const bare = stem(w);
  const definite = /^[وف]?(?:ال|لل|[بك]ال)/.test(w);
  // Not stem(): it keeps a clitic on a word of one letter, and الـ4 is one digit.
  const digits = w.replace(PREFIXES, '');
  if (/^\d+$/.test(digits)) return { value: Number(digits), next: i + 1, definite };
  const after = words[i + 1] ?? '';
  const unit = AR_UNITS.get(bare) ?? AR_ONE_TWO.get(bare);
  if (unit !== undefined && unit < 10 && AR_TEN.has(stem(after))) return { value: unit + 10, next: i + 2, definite };
  if (unit !== undefined && after.startsWith('و')) {
    const tens = AR_TENS.get(stem(after));
    if (tens !== undefined) return { value: unit + tens, next: i + 2, definite };
  }
  const n = AR_UNITS.get(bare) ?? AR_TENS.get(bare);
  return n === undefined ? null : { value: n, next: i + 1, definite };
}

function arOrdinalAt(words: string[], i: number): number | undefined {
  const bare = stem(words[i] ?? '');
  const unit = AR_ORDINALS.get(bare) ?? AR_ORDINAL_ONE_TWO.get(bare);
  if (unit === undefined || unit >= 10) return unit;
  const after = words[i + 1] ?? '';
  if (AR_TEN.has(stem(after))) return unit + 10;
  const tens = after.startsWith('و') ? AR_TENS.get(stem(after)) : undefined;
  return tens === undefined ? (AR_ORDINALS.has(bare) ? unit : undefined) : unit + tens;
}

/** The member count a number begins, if the words around it say it counts members. */
function countAt(lang: Lang, words: string[], at: NumberAt, i: number): boolean {
  if (isYear(at.value)) return false;
  const before = words[i - 1] ?? '';
  if (lang === 'en' ? EN_LABELS.has(before) : AR_LABELS.has(stem(before))) return false;
  if (lang === 'en') {
    for (let j = at.next; j < words.length && j <= at.next + 8; j++) {
      const w = words[j] ?? '';
      if (EN_MEMBER_WORDS.has(w)) return true;
      if (EN_STOP.has(w) || enNumberAt(words, j)) return false;
    }
    return false;
  }
  // An indefinite number comes before its noun (22 دولة، ثماني دول، أربعا من دول); a definite one
  // after it, past up to two adjectives or a construct (الدول الأعضاء الـ193، دول الاتحاد الأوروبي السبع والعشرين).
  const isMemberWord = (w: string) => AR_MEMBER_WORDS.has(w) || AR_MEMBER_WORDS.has(stem(w));
  const after = words[at.next] === AR_FROM ? at.next + 1 : at.next;
  if (isMemberWord(words[after] ?? '')) return true;
  if (!at.definite) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (isMemberWord(words[j] ?? '')) return true;
    if (arNumberAt(words, j)) return false;
  }
  return false;
}

function isApproximate(lang: Lang, words: string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (lang === 'en') return EN_ABOUT.has(before);
  const word = before === AR_FROM || before === AR_ON ? (words[i - 2] ?? '') : before;
  // Arabic may also say it after the count: 40 بلدا عضوا على الأقل، 170 دولة تقريبا.
  const after = words.slice(i + 1, i + 5);
  return AR_ABOUT.has(stem(word)) || after.join(' ').includes(AR_AT_LEAST) || after.includes(AR_ROUGHLY);
}

export function summaryNumbers(text: string, lang: Lang): SummaryNumbers {
  const result: SummaryNumbers = { counts: [], claimed: new Set(), written: new Set() };
  const foldedText = foldText(text);
  for (const word of foldedText.split(/[ |,]/)) {
    for (const digits of word.match(/\d+/g) ?? []) {
      if (!DECADE.test(word)) result.claimed.add(Number(digits));
      result.written.add(Number(digits));
    }
  }
  // Punctuation folds to | or a comma: a count never reaches across it.
  for (const clause of foldedText.split(/[|,]/)) {
    const words = clause.split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const at = lang === 'en' ? enNumberAt(words, i) : arNumberAt(words, i);
      if (!at) {
        const ordinal = lang === 'en' ? EN_ORDINALS.get(words[i] ?? '') : arOrdinalAt(words, i);
        if (ordinal !== undefined) result.written.add(ordinal);
        continue;
      }
      result.written.add(at.value);
      if (countAt(lang, words, at, i)) {
        result.counts.push({ value: at.value, approximate: isApproximate(lang, words, i) });
        result.claimed.add(at.value);
      }
      i = at.next - 1;
    }
  }
  return result;
}
