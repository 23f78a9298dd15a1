import { foldText, MARK, OTHER, SEP } from '../text/fold';
import type { RawMatch } from './scan';
import type { Trie } from './trie';
import { classAt, words } from './words';

/*
 * When a capital stands for its state (اتهمت واشنطن بكين، Moscow and Kyiv agreed) and when it is
 * only the city (في موسكو، جامعة دمشق، DAMASCUS, (SANA) –, The Washington Post). A capital is
 * read as its state only on a positive cue, so an unclear one stays a city: precision comes
 * first (test/fixtures/eval/capitals measures both readings).
 *
 * Arabic: after a verb (رحبت طهران، تطالب دمشق), after a noun only a government has (موقف واشنطن),
 * between two parties of a relation (العلاقات بين موسكو وطهران), or as the subject of the verb that
 * follows it, at the start of a clause (موسكو ترحب، أن أنقرة تنفي). English: the subject of a
 * verb at the start of a clause (Beijing says, after Washington invaded), the object of a verb of
 * speech or pressure (urged Washington), the agent of a passive (brokered by Beijing), a party of
 * a relation (relations between Moscow and Tehran), a possessive with a government's noun
 * (Washington's decision), or the first half of Moscow-backed.
 *
 * Word lists are written folded (ة → ه, ى → ي, hamza on alef → ا) and in lower case, as words are
 * compared.
 */

/** Blanks inside a line: spaces and invisible marks, never a dash, a quote or a line break. */
const BLANK = /[ \t\u00a0\u200b-\u200f\u202f]/;
/** Where a clause starts: a sentence's end, a colon, or a quote mark. */
const CLAUSE_START = /[.!?:;؟؛"“”«»]/;

/** What is attached before a capital: nothing, a conjunction (وموسكو), or a preposition (بموسكو). */
enum Clitic {
  None,
  Conjunction,
  Preposition,
}

interface Word {
  /** Folded, lower case. */
  text: string;
  /** As written. */
  raw: string;
  start: number;
}

const inWord = (text: string, i: number) => classAt(text, i) >= OTHER || classAt(text, i) === MARK;

const word = (text: string, start: number, end: number): Word => {
  const raw = text.slice(start, end);
  return { text: foldText(raw).toLowerCase(), raw, start };
};

/** The word just before `at`, with only blanks between; null after punctuation or at the start. */
function wordBefore(text: string, at: number): Word | null {
  let i = at - 1;
  while (i >= 0 && BLANK.test(text[i] as string)) i--;
  const end = i + 1;
  while (i >= 0 && inWord(text, i)) i--;
  return end > i + 1 ? word(text, i + 1, end) : null;
}

/** The word just after `at`, with only blanks between; null before punctuation or at the end. */
function wordAfter(text: string, at: number): Word | null {
  let i = at;
  while (i < text.length && BLANK.test(text[i] as string)) i++;
  const start = i;
  while (i < text.length && inWord(text, i)) i++;
  return i > start ? word(text, start, i) : null;
}

/** Does a clause start just before `at` (only blanks between)? */
function clauseStartsAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BLANK.test(text[i] as string)) i--;
  return i < 0 || CLAUSE_START.test(text[i] as string) || /[\n\r\u2028\u2029]/.test(text[i] as string);
}

// Arabic.

/** Words that end in ت or start with ت without being verbs. */
const NOT_VERBS_AR = words(
  'تحت وقت بيت ذات صوت موت زيت سبت ثابت انت بنت بيروت انترنت تاريخ تراث تجاه حيال',
  'بوست تايمز تايمس',
);
/** Verbs whose subject is the city, not its government (شهدت دمشق، بغداد تحتفل، تعرضت كييف لقصف). */
const PLACE_VERBS_AR = words(
  'شهدت تشهد تعرضت تتعرض اهتزت تهتز هزت غرقت تغرق احتفلت تحتفل عاشت تعيش استيقظت تستيقظ',
  'استضافت تستضيف احتضنت تحتضن امتلات تمتلي غصت تغص شيعت تشيع ودعت تودع سقطت تسقط تحولت تتحول',
  'ضربت تضرب تقع تبعد تضم ضمت',
);
/** Prepositions of a policy's direction, not a journey's (السياسة تجاه موسكو، حيال واشنطن). */
const TOWARDS_AR = words('تجاه حيال ازاء');
/** The verbal noun تفعيل (تفجير بغداد، تحرير دمشق): a place's event, not its government's act. */
const TAFIL = /^ت..ي.$/;
/** Particles between a subject and its verb. */
const NEGATIONS_AR = words('لا لن لم قد');
/** Words after which a clause starts (أن موسكو ترحب). */
const OPENERS_AR = words('ان لكن بينما فيما حين حينما عندما اذ اذا ثم بل لان كما حيث بعدما');
/** Nouns only a government has, before a capital (موقف واشنطن، سفير دمشق، علاقات موسكو). */
const GOVERNMENT_NOUNS_AR = words(
  'موقف مواقف سياسه سياسات قرار قرارات رد ردود تهديد تهديدات اتهام اتهامات دعم ضغط ضغوط عقوبات',
  'شروط مطالب مطالبات رفض تحذير تحذيرات تصريحات مساعي جهود ادانه سفير سفيره سفراء سفاره مبعوث',
  'حلفاء حليف تدخل انسحاب استراتيجيه خطه مبادره مقترح اقتراح نفوذ دور علاقات تعاون تقارب خلاف توتر',
);
/** Relations between two parties (العلاقات بين موسكو وطهران). */
const RELATION_NOUNS_AR = words(
  'العلاقات علاقات التوتر توتر الخلاف الخلافات خلاف التقارب تقارب التنسيق تنسيق التعاون تعاون',
  'الحوار حوار الاتفاق اتفاق المحادثات محادثات المفاوضات مفاوضات الوساطه وساطه الازمه ازمه',
);

/**
 * A verb of the third person feminine, as a capital takes (the city is feminine): past in ت
 * (رحبت، نفت، اتهمت), present in ت (ترحب، تنفي، تطالب), future in ست (ستعلن). Plurals in ات, nouns
 * in ة, adverbs in ا and words with ال are nouns.
 */
function isArabicVerb(w: Word): boolean {
  const t = w.text;
  if (t.length < 3 || t.length > 7 || t.startsWith('ال') || NOT_VERBS_AR.has(t) || PLACE_VERBS_AR.has(t)) return false;
  // Plurals in ات (محادثات) and in وت (بيوت) are nouns.
  if (t.endsWith('ات') || t.endsWith('وت')) return false;
  if (t.endsWith('ت')) return true;
  const stem = t.startsWith('ست') ? t.slice(1) : t;
  return stem.startsWith('ت') && !w.raw.endsWith('ة') && !t.endsWith('ا') && !TAFIL.test(stem);
}

/** A possessive pronoun at the end of a noun (علاقاتها، موقفه). */
const POSSESSIVE_AR = /(?:ها|هما|هم|ه|نا)$/;

const withoutConjunction = (w: Word): Word =>
  /^[وف]/.test(w.text) ? { text: w.text.slice(1), raw: w.raw.slice(1), start: w.start + 1 } : w;

/** The word without its own و or ف where that makes it a known word (وموقف → موقف). */
const bare = (w: Word, known: (t: string) => boolean): boolean =>
  known(w.text) || (/^[وف]/.test(w.text) && known(w.text.slice(1)));

function arabicStandsForState(text: string, first: RawMatch, last: RawMatch, lead: Clitic): boolean {
  // بموسكو، لموسكو، كموسكو: a preposition makes it a place.
  if (lead === Clitic.Preposition) return false;
  const before = wordBefore(text, first.start);
  if (before) {
    if (isArabicVerb(before) || isArabicVerb(withoutConjunction(before))) return true;
    if (bare(before, (t) => GOVERNMENT_NOUNS_AR.has(t) || TOWARDS_AR.has(t))) return true;
    if (before.text === 'بين' || before.text === 'مع') {
      // العلاقات بين موسكو وطهران، علاقاتها مع دمشق
      const relation = wordBefore(text, before.start);
      return relation !== null && bare(relation, (t) => RELATION_NOUNS_AR.has(t.replace(POSSESSIVE_AR, '')));
    }
  }
  // The subject before its verb, at the start of a clause (a dateline's city is followed by a dash).
  const opens = before === null || lead === Clitic.Conjunction || bare(before, (t) => OPENERS_AR.has(t));
  let after = wordAfter(text, last.end);
  // واشنطن لا تريد، موسكو لن تقبل، أنقرة قد ترد
  if (after && NEGATIONS_AR.has(after.text)) after = wordAfter(text, after.start + after.raw.length);
  return opens && after !== null && isArabicVerb(after);
}

// English.

/** Verbs after a subject: of speech, stance and action, and the auxiliaries. */
const VERBS_EN = words(
  'says said does did',
  'wants insists denies accuses rejects warns urges welcomes condemns hopes believes claims expects',
  'plans demands refuses responds agrees announces calls threatens seeks sees considers argues',
  'maintains fears blames backs supports opposes remains continues intends appears seems',
  'told sent struck sought took gave made held began chose spoke brought kept',
);
/** Adverbs between a subject and its verb (Moscow also said, has repeatedly warned, will not). */
const ADVERBS_EN = words(
  'also still now then later earlier again never already soon too not repeatedly previously long reportedly',
);
const BE_EN = words('is was were are');
const HAVE_EN = words('has have had');
const MODALS_EN = words('will would could should must may might can cannot');
/** Irregular past participles of the verbs a government is the subject of. */
const PARTICIPLES_EN = words(
  'said told sent made taken given sought held chosen spoken brought kept shown become begun',
);
/** What a government is (Ankara is ready to, Washington is seeking); not Cairo is a city. */
const STATE_PREDICATES_EN = words(
  'ready prepared willing determined committed concerned keen eager unwilling reluctant opposed open',
  'likely unlikely set poised seeking trying pushing pressing working looking considering weighing',
  'planning preparing hoping insisting demanding urging calling refusing threatening',
);
/** What happens to a city, not by its government (Kyiv was shelled, Baghdad flooded). */
const PLACE_VERBS_EN = words(
  'hit shelled bombed struck attacked targeted rocked flooded shaken damaged destroyed besieged',
  'captured seized liberated evacuated sealed locked closed reopened crowded packed paralysed paralyzed',
  'covered blanketed engulfed battered pounded overrun occupied surrounded located situated founded built',
  'home fell burned burning host hosts hosted hosting',
);
/** Verbs whose object is a government (urged Washington, accused Moscow). */
const OBJECT_VERBS_EN = words(
  'accused accuses accusing urged urges urging warned warns criticised criticized criticises criticizes',
  'condemned condemns blamed blames thanked thanks told tells asked asks pressed presses pressured',
  'praised sanctioned lobbied invited rebuked slammed assured reassured informed notified defied',
  'challenged snubbed backed backs supported supports',
);
/**
 * Words a clause or a subject starts with (after Washington invaded, that Moscow had, analysts
 * say Riyadh wants, both Moscow and Beijing vetoed).
 */
const OPENERS_EN = words(
  'after when that as while since before because if and but although though until once meanwhile',
  'now then yet so where whereas unless both either neither',
  'say says said believe believes think thinks expect expects fear fears hope hopes',
);
/** Relations between two parties (relations between Moscow and Tehran, talks with Washington). */
const RELATION_NOUNS_EN = words(
  'relations ties tensions talks rift dialogue rapprochement deal agreement cooperation dispute feud',
  'conflict rivalry standoff detente negotiations war',
);
/** A government's nouns after a possessive (Washington's decision; not Tehran's streets). */
const GOVERNMENT_NOUNS_EN = words(
  'decision decisions position stance policy policies support response reaction demands demand threat',
  'threats accusations accusation refusal approach plan plans proposal move moves sanctions allies ally',
  'envoy envoys ambassador relations ties role strategy claims claim pressure offer warning warnings',
  'insistence invasion intervention backing opposition objections concerns efforts assessment view views',
  'withdrawal involvement influence aid military forces troops diplomats diplomacy interests goals aims',
  'ambitions bid veto ultimatum',
);
/** Second halves of a compound that make the capital its government (Moscow-backed; not Moscow-based). */
const COMPOUNDS_EN = words('backed led brokered sponsored supported aligned funded allied installed imposed friendly');

const capitalised = (w: Word) => /^\p{Lu}/u.test(w.raw);

/** The next lower-case word after `at`, past any adverbs; null before a capital or punctuation. */
function nextWord(text: string, at: number): Word | null {
  let w = wordAfter(text, at);
  while (w && ADVERBS_EN.has(w.text)) w = wordAfter(text, w.start + w.raw.length);
  return w && !capitalised(w) ? w : null;
}

const after = (text: string, w: Word) => nextWord(text, w.start + w.raw.length);
const isPastParticiple = (w: Word | null) =>
  w !== null && !PLACE_VERBS_EN.has(w.text) && (/^[a-z]{2,}ed$/.test(w.text) || PARTICIPLES_EN.has(w.text));
/** What follows "is": a government's state of mind or a passive of its acts (is expected to). */
const isStatePredicate = (w: Word | null) => w !== null && (STATE_PREDICATES_EN.has(w.text) || isPastParticiple(w));
/** What follows "has": a participle, or "been" and a predicate. */
const isPerfect = (text: string, w: Word | null) =>
  w !== null && (w.text === 'been' ? isStatePredicate(after(text, w)) : isPastParticiple(w));

/** Is the capital before `at` the subject of the verb that follows it (Beijing says, Moscow has warned)? */
function englishVerbAfter(text: string, at: number): boolean {
  const verb = nextWord(text, at);
  if (!verb || PLACE_VERBS_EN.has(verb.text)) return false;
  const t = verb.text;
  if (BE_EN.has(t)) return isStatePredicate(after(text, verb));
  if (HAVE_EN.has(t)) return isPerfect(text, after(text, verb));
  if (MODALS_EN.has(t)) {
    const next = after(text, verb);
    if (next?.text === 'be') return isStatePredicate(after(text, next));
    if (next?.text === 'have') return isPerfect(text, after(text, next));
    return next !== null && !PLACE_VERBS_EN.has(next.text);
  }
  return VERBS_EN.has(t) || /^[a-z]{2,}ed$/.test(t);
}

function englishStandsForState(text: string, first: RawMatch, last: RawMatch): boolean {
  // A capital in capitals is a dateline (DAMASCUS, (SANA) –) or a headline.
  const span = text.slice(first.start, first.end);
  if (span === span.toUpperCase()) return false;
  const possessive = /^['’]s\b/.exec(text.slice(last.end, last.end + 3));
  if (possessive) {
    const noun = wordAfter(text, last.end + 2);
    return noun !== null && GOVERNMENT_NOUNS_EN.has(noun.text);
  }
  if (text[last.end] === '-') {
    const second = wordAfter(text, last.end + 1);
    return second !== null && COMPOUNDS_EN.has(second.text);
  }
  const before = wordBefore(text, first.start);
  if (before) {
    const w = before.text;
    // A capitalised word before it makes one name with it (George Washington, Real Madrid),
    // unless it only opens the sentence (After Washington invaded).
    if (capitalised(before)) {
      if (!(OPENERS_EN.has(w) && clauseStartsAt(text, before.start))) return false;
    } else {
      if (OBJECT_VERBS_EN.has(w)) return true;
      const previous = () => wordBefore(text, before.start);
      if (w === 'by') return /^[a-z]+ed$/.test(previous()?.raw ?? '');
      if (w === 'between' || w === 'with') return RELATION_NOUNS_EN.has(previous()?.text ?? '');
      // pressure from Washington, support from Moscow (not flights from Moscow)
      if (w === 'from') return GOVERNMENT_NOUNS_EN.has(previous()?.text ?? '');
      if (!OPENERS_EN.has(w)) return false;
    }
  }
  return englishVerbAfter(text, last.end);
}

// Both.

/** Does text[from, to) spell trie entry `entry` by itself, as the scanner walks it? */
function spells(trie: Trie, text: string, from: number, to: number, entry: number): boolean {
  let node = trie.root;
  for (let i = from; i < to && node >= 0; i++) {
    const c = classAt(text, i);
    if (c === MARK || (c === SEP && classAt(text, i - 1) === SEP)) continue;
    node = trie.next(node, c);
  }
  return node >= 0 && trie.terminal[node] === entry;
}

function cliticOf(trie: Trie, text: string, m: RawMatch): Clitic {
  if (spells(trie, text, m.start, m.end, m.entry)) return Clitic.None;
  const first = text[m.start];
  return (first === 'و' || first === 'ف') && spells(trie, text, m.start + 1, m.end, m.entry)
    ? Clitic.Conjunction
    : Clitic.Preposition;
}

/** Two capitals of one list or clause: موسكو وكييف، اتهمت واشنطن بكين، Moscow and Kyiv. */
function together(text: string, a: RawMatch, b: RawMatch, latin: boolean, clitic: Clitic): boolean {
  const gap = text.slice(a.end, b.start);
  if (latin) return /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/.test(gap) && gap.trim() !== '';
  if (clitic === Clitic.Preposition) return false;
  return /^[^\S\n\r]*(?:[،,][^\S\n\r]*)?$/.test(gap) && gap !== '';
}

/**
 * The capital matches that stand for their state, each group of capitals (موسكو وكييف) decided
 * together. `capitals` are raw matches of capital entries, in text order.
 */
export function capitalsAsStates(text: string, capitals: readonly RawMatch[], trie: Trie): RawMatch[] {
  const out: RawMatch[] = [];
  let k = 0;
  while (k < capitals.length) {
    const first = capitals[k] as RawMatch;
    const latin = /[A-Za-z]/.test(text[first.start] as string);
    const lead = latin ? Clitic.None : cliticOf(trie, text, first);
    let end = k + 1;
    while (end < capitals.length) {
      const next = capitals[end] as RawMatch;
      const clitic = latin ? Clitic.None : cliticOf(trie, text, next);
      if (!together(text, capitals[end - 1] as RawMatch, next, latin, clitic)) break;
      end++;
    }
    const last = capitals[end - 1] as RawMatch;
    const state = latin ? englishStandsForState(text, first, last) : arabicStandsForState(text, first, last, lead);
    if (state) for (let i = k; i < end; i++) out.push(capitals[i] as RawMatch);
    k = end;
  }
  return out;
}
