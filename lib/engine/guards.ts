import LOOKALIKE_LIST from '../entities/data/lookalikes.json';
import { foldText, MARK, OTHER, SEP } from '../text/fold';
import type { EntityRef } from './matcher';
import type { RawMatch } from './scan';
import { Guard, type TrieEntry } from './trie';
import { classAt, words } from './words';

// Word lists are written folded (ة → ه, ى and ئ → ي, hamza on alef → ا), as wordBefore returns them.

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

/** Verbs of speech and meeting after which a definite nisba is the speaker: قال السوداني، التقى المغربي. */
const SPEECH_VERBS = words(
  'قال اكد اعلن اشار دعا بحث التقي استقبل شدد اوضح اعتبر راي لفت نوه اضاف تابع ختم زار وصل غادر صرح',
);

/**
 * Common first names, men's and women's. A definite nisba after one is a family name (خالد المصري،
 * فاطمة المصري); a definite name after one (علي الحسين) is the father's or family name.
 */
const FIRST_NAMES = words(
  'محمد احمد محمود علي حسن حسين خالد عمر عمرو سامي سمير ياسر ماهر عماد وليد طارق فيصل بسام هشام مصطفي',
  'ابراهيم يوسف عادل كمال جمال نبيل رامي فادي زياد ايمن اسامه هاني شياع سعيد مالك ناصر صلاح نور حسام علاء',
  'بهاء ضياء سيف بدر زين عامر عمار باسل بشار بشير جميل حامد حمد حمزه رياض سليم سليمان صالح عيسي موسي',
  'داود يحيي زكريا اسماعيل الياس جورج نزار غسان مازن مهند منذر نضال نواف فرحان فواز مروان معاذ مصعب منير',
  'نادر هيثم وائل وسيم ياسين يزن قاسم كريم مجد مراد رضوان راشد رشيد سعد سعود سلطان شادي طلال عصام غازي',
  'فراس فهد قصي ماجد محسن معتز مهدي نجيب هادي همام حازم حاتم حسان حيدر خليل زهير سامر سالم جهاد جعفر',
  'بلال انس اياد باسم ثاير جلال رايد سهيل شاكر صفوان طه عدنان غياث فاروق فايز كنان مويد منصور ناجي هاشم',
  'يونس تركي',
  'فاطمه زينب مريم عايشه خديجه سعاد هدي رنا لينا ريم سلمي ليلي هاله رغد رهف سميره ناديا هند سوسن لمي ميس',
  'روان ديما رشا نسرين غاده نهي ياسمين رزان بتول سهام لبني ماجده نوال وداد هيام جني',
);

/** Words that make the next word part of a name: عبد الله، أبو محمد، أم محمد، بن علي. */
const NAME_LINKS = words('عبد ابو ام بن ابن بنت');

/**
 * Titles and roles written before a person's name. A nisba after a title and one undefined word
 * (الشيخ نواف التركي، الطالبة سلمى التركي) ends the name; right after the title (الشيخ التركي)
 * it may describe the person, and stays an adjective.
 */
const TITLES = words(
  'الشيخ الحاج الحاجه السيد السيده الانسه المرحوم المرحومه الفقيد الفقيده الشهيد الشهيده المختار الدكتور',
  'الدكتوره المهندس المهندسه الاستاذ الاستاذه المحامي المحاميه الامير الاميره الامام المدعو المدعوه الطالب',
  'الطالبه المدرس المدرسه الفنان الفنانه الكاتب الكاتبه الشاعر الشاعره الزميل الزميله اللاعب اللاعبه',
  'الطفل الطفله الشاب الشابه العميد اللواء العقيد العماد المقدم الرايد النقيب الملازم الاب المطران',
);

/**
 * Nouns of kinship in construct with a definite nisba: the nisba is the family's or the tribe's name
 * (قبيلة التركي، آل المصري، عائلة العراقي; آل folds to ال). "The Iraqi tribe" agrees instead:
 * القبيلة العراقية، قبيلة عراقية.
 */
const KIN_WORDS = words('قبيله قبيلتي قبايل عشيره عشيرتي عشاير ال عايله عايلتي عايلات اسره اسرتي بني بنو فخذ');

/** A name's second word that is no first name: نور الدين، جمال الدين. */
const NAME_ENDINGS = words('الدين');

/** Words after a nisba that make it the person's nationality, whatever comes before: السوري الجنسية. */
const NATIONALITY_WORDS = words('الجنسيه الاصل المولد');

/** The masculine definite nisba, the only form a family name takes (folded: التركي، والتركي in a list). */
const DEFINITE_NISBA = /^ال\S+ي$/;
const LISTED_NISBA = /^وال\S+ي$/;

/** A list separator: a comma or slash, or the conjunction (و، أو، and, or) standing on its own. */
const LIST_SEPARATOR = /[،,؛;/]|(?:^|\s)(?:و|او|أو|and|or)(?:\s|$)/u;
/** All that may stand between two items of a list. */
const LIST_GAP = /^[\s،,؛;/\-–—"'“”«»()]*(?:(?:و|او|أو|and|or)[\s"'“”«»]*)?$/u;

const MARKS = /[\u064b-\u065f\u0670\u0640\u200b-\u200f]/g;

/**
 * A word as written, for comparing with lookalikes: diacritics dropped and alef forms, ة and ى
 * folded as the engine folds them, but a hamza kept (ء ؤ ئ): وأداء is not وادا.
 */
export function asWritten(word: string): string {
  return word
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');
}

/** Words that a clitic or a folded hamza makes look like a name (كلاوس، وأداء): lookalikes.json. */
const LOOKALIKES = new Set(LOOKALIKE_LIST.map((l) => asWritten(l.text)));

/** Longer than this, even with two clitics and every letter vocalised, a span is no lookalike: a quick exit. */
const LOOKALIKE_SPAN = 3 * (Math.max(...[...LOOKALIKES].map((w) => w.length)) + 2);

/** Is the matched word a lookalike, as written, with or without clitics of its own (وكلاوس)? */
function isLookalike(text: string, m: RawMatch): boolean {
  if (m.end - m.start > LOOKALIKE_SPAN) return false;
  const word = asWritten(text.slice(m.start, m.end));
  for (let k = 0; k <= 2; k++) {
    if (LOOKALIKES.has(word.slice(k))) return true;
    if (!'وفبلك'.includes(word[k] ?? '-')) return false;
  }
  return false;
}

/** The words around a name that is also a common word, folded, and what it carries. */
interface Surroundings {
  /** The clitics written on the word itself: ب in بحماس. */
  clitics: string;
  /** The two words before it, nearest first. */
  before: string;
  beforePrevious: string;
  after: string;
  afterNext: string;
  /** Does a state's or an organisation's name start the next word (طالبان باكستان)? */
  nameAfter: boolean;
}

/**
 * A one-word name that is also a common word in news prose, and what tells the word from the name.
 * Vowel marks are read before folding, where a writer has put them.
 */
interface CommonWord {
  /** Marks that spell the common word: مُصِرّ (insisting), عَمّان (Amman, the city). */
  spelled?: RegExp;
  /** Marks that spell the name, whatever stands around it: عُمان is Oman, مِصْر is Egypt. */
  named?: RegExp;
  /** Surroundings that make it the common word. */
  reads?: (s: Surroundings) => boolean;
}

/** Adjectives of degree that agree with enthusiasm (masculine), never with Hamas: بحماس كبير، حماس شديد. */
const DEGREE_WORDS = words('كبير شديد بالغ منقطع واضح لافت ملحوظ متزايد زايد كامل عارم');
/** Nouns of a crowd or a group whose enthusiasm the press reports: حماس الجماهير، بحماس الشباب. */
const CROWD_WORDS = words(
  'الجماهير الجمهور المشجعين الشباب الشارع الناخبين الطلاب اللاعبين المتظاهرين الحضور الانصار المواطنين الاهالي',
);
/** Words that take ب before a party, so that بحماس is Hamas: علاقتها بحماس، نددت بحماس، الإطاحة بحماس. */
const BA_GOVERNORS = words(
  'علاقه علاقات علاقتها علاقته علاقاتها صله صلات صلته صلتها صلاتها ارتباط ارتباطه ارتباطها مرتبط مرتبطه المرتبطه',
  'المرتبطين مرتبطين تربط يربط تربطه تربطها تربطهم اطاحه الاطاحه اعتراف الاعتراف اعترف يعترف تعترف اتصال',
  'اتصالات اتصالاته اتصالاتها اتصل اتصلت التقي التقت يلتقي تلتقي ندد نددت يندد تندد تنديد رحب رحبت يرحب ترحب',
  'استعان استعانت الممثله المتمثله',
);
/** Places and studies that two students come from: طالبان من جامعة دمشق، طالبان في كلية الطب. */
const SCHOOL_WORDS = words('جامعه كليه مدرسه ثانويه معهد الجامعه الكليه المدرسه الثانويه المعهد الصف قسم');
/** Rallies and calls held in support (نصرة) of a people: مسيرات النصرة، وقفة النصرة. */
const RALLY_WORDS = words(
  'مسيره مسيرات وقفه وقفات حمله حملات جمعه يوم تظاهره تظاهرات مظاهره مظاهرات مهرجان نداء واجب قافله قوافل',
);
/** Pronouns an adjective is said of: هو مُصِرّ على، إنه مصر على. */
const PRONOUNS = words('هو هي انا نحن انه انها انني اني لانه لانها بانه بانها كونه كونها');

/** A verb in the perfect (اتهمت) or the imperfect (تتهم، يثير): its subject may be the name after it. */
const isVerbLike = (w: string) => /ت$/.test(w) || /^[يت]\S{3,}$/.test(w);

/** Keyed by the word as written, without clitics. */
const COMMON_WORDS = new Map<string, CommonWord>([
  [
    // حَماس, enthusiasm: بكل حماس، بحماس كبير، حماس الجماهير، تحدث بحماس; never حماساً (not a name as written).
    'حماس',
    {
      reads: (s) =>
        /^(?:[وف]?[بل])?كل$/.test(s.before) ||
        DEGREE_WORDS.has(s.after) ||
        (CROWD_WORDS.has(s.after) && !isVerbLike(s.before)) ||
        // The word taking ب may have an adjective after it: علاقة تنظيمية بحماس.
        (s.clitics.endsWith('ب') &&
          ![s.before, s.beforePrevious].some((w) => BA_GOVERNORS.has(w.replace(/^[وف](?=\S{3})/, '')))),
    },
  ],
  [
    // طالبانِ, two students: followed by a dual (طالبان جامعيان، طالبان آخران) or by where they study.
    'طالبان',
    {
      reads: (s) =>
        (!s.after.startsWith('ال') && /^\S{2,}ان$/.test(s.after) && !s.nameAfter) ||
        ((s.after === 'من' || s.after === 'في') && SCHOOL_WORDS.has(s.afterNext.replace(/^[بل]/, ''))),
    },
  ],
  [
    // النُّصرة, support: النصرة للشعب الفلسطيني، مسيرات النصرة.
    'النصره',
    { reads: (s) => /^ل[^ا]/.test(s.after) || RALLY_WORDS.has(s.before) },
  ],
  [
    // مُصِرّ, insisting: هو مصر على موقفه.
    'مصر',
    {
      spelled: /م\u064f|ص\u0650|\u0651/,
      named: /م\u0650|ص\u0652/,
      reads: (s) => s.after === 'علي' && PRONOUNS.has(s.before.replace(/^[وف](?=\S{2})/, '')),
    },
  ],
  [
    // Kobe, the Japanese city and Kobe Bryant; كوبي is otherwise Cuban.
    'كوبي',
    { reads: (s) => s.before === 'مدينه' || /^(?:اليابانيه|براينت|بريانت)$/.test(s.after) },
  ],
  // عَمّان is Amman, Jordan's capital; عُمان is Oman, in a list or not.
  ['عمان', { spelled: /م[\u064b-\u0650\u0652]*\u0651/, named: /ع\u064f/ }],
]);

/** Longer than this, even with two clitics and every letter vocalised, a span is none of them: a quick exit. */
const COMMON_WORD_SPAN = 3 * (Math.max(...[...COMMON_WORDS.keys()].map((w) => w.length)) + 2);

/** The common word a match spells, with the clitics written on it, if it is one. */
function commonWordOf(text: string, m: RawMatch): { word: CommonWord; clitics: string } | undefined {
  if (m.end - m.start > COMMON_WORD_SPAN) return undefined;
  const written = asWritten(text.slice(m.start, m.end));
  for (let k = 0; k <= 2; k++) {
    const word = COMMON_WORDS.get(written.slice(k));
    if (word) return { word, clitics: written.slice(0, k) };
    if (!'وفبلك'.includes(written[k] ?? '-')) return undefined;
  }
  return undefined;
}

/** Tanween on a name: no name of a state or a body takes it, a common noun does (كوباً, a cup). */
const TANWEEN = /[\u064b-\u064d]/;

const isKnown = (w: string) =>
  PLACE_WORDS.has(w) ||
  SPEECH_VERBS.has(w) ||
  FIRST_NAMES.has(w) ||
  NAME_LINKS.has(w) ||
  TITLES.has(w) ||
  KIN_WORDS.has(w);

/**
 * A folded word as the lists above know it, its own clitics dropped where only that makes it known:
 * وفي → في، لرئيس → رئيس، لآل → ال (آل)، للشيخ → الشيخ.
 */
function withoutClitics(word: string): string {
  if (isKnown(word)) return word;
  const bare = /^[وف]/.test(word) ? word.slice(1) : word;
  const candidates = [bare, /^[بلك]/.test(bare) ? bare.slice(1) : '', bare.startsWith('لل') ? `ا${bare.slice(1)}` : ''];
  return candidates.find((w) => w.length > 1 && isKnown(w)) ?? word;
}

/** The folded word that ends before `start`, and where it starts; '' after punctuation. */
function wordBefore(text: string, start: number): { word: string; start: number } {
  let i = start - 1;
  while (i >= 0 && (classAt(text, i) === SEP || classAt(text, i) === MARK)) i--;
  const end = i + 1;
  while (i >= 0 && (classAt(text, i) >= OTHER || classAt(text, i) === MARK)) i--;
  const word = text.slice(i + 1, end);
  // على (on) folds to علي (Ali); written with its ى it is the preposition, never the name.
  if (/^[وف]?على$/.test(word.replace(MARKS, ''))) return { word: 'على', start: i + 1 };
  return { word: withoutClitics(foldText(word).toLowerCase()), start: i + 1 };
}

/** The folded words before `start`, nearest first, up to `count` and never across punctuation. */
function wordsBefore(text: string, start: number, count: number): string[] {
  const found: string[] = [];
  for (let at = start; found.length < count; ) {
    const { word, start: next } = wordBefore(text, at);
    if (!word) break;
    found.push(word);
    at = next;
  }
  return found;
}

function previousWord(text: string, start: number): string {
  return wordBefore(text, start).word;
}

/** The folded word that starts after `end`, and where it starts and ends; '' before punctuation. */
function wordAfter(text: string, end: number): { word: string; start: number; end: number } {
  let i = end;
  while (i < text.length && (classAt(text, i) === SEP || classAt(text, i) === MARK)) i++;
  const start = i;
  while (i < text.length && (classAt(text, i) >= OTHER || classAt(text, i) === MARK)) i++;
  return { word: foldText(text.slice(start, i)).toLowerCase(), start, end: i };
}

function nextWord(text: string, end: number): string {
  return wordAfter(text, end).word;
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

/** A first name with ال, or a name's second word: the father's or family name in علي الحسين، جمال الدين. */
const isDefiniteNamePart = (w: string) => NAME_ENDINGS.has(w) || (w.startsWith('ال') && FIRST_NAMES.has(w.slice(2)));

/** Do the two words before a nisba (nearest first) end a person's name: خالد، عبد الله، الشيخ نواف، علي الحسين? */
function endsPersonName(w1: string, w2: string): boolean {
  return (
    FIRST_NAMES.has(w1) ||
    NAME_LINKS.has(w2) ||
    (TITLES.has(w2) && !w1.startsWith('ال')) ||
    (FIRST_NAMES.has(w2) && isDefiniteNamePart(w1))
  );
}

/**
 * Is this nisba part of a person's or a family's name rather than an adjective? A definite
 * masculine nisba is a name after a verb of speech (قال السوداني), at the end of a person's name
 * (خالد المصري، أبو محمد العراقي، الشيخ علي الحسين التركي) or after a noun of kinship (قبيلة التركي،
 * آل المصري، and آل المصري والتركي in a list); an indefinite one is a first name before a family
 * name (تركي الحسن، تركي بن محمد) or the family name after a person's name (محمد سوري، عبد الرحمن
 * مصري). Feminine and plural forms agree with a noun, so they stay adjectives (فاطمة السورية، فاطمة
 * مصرية), and so does any nisba followed by الجنسية or الأصل.
 */
function isPersonalName(text: string, m: RawMatch, previous: RawMatch | undefined): boolean {
  // The article is read unfolded: ألماني (German) folds to الماني but has no ال.
  const word = text.slice(m.start, m.end);
  const folded = foldText(word);
  if (!folded.endsWith('ي')) return false;
  const after = nextWord(text, m.end);
  if (NATIONALITY_WORDS.has(after)) return false;
  if (word.startsWith('ال') && DEFINITE_NISBA.test(folded)) {
    const [w1 = '', w2 = ''] = wordsBefore(text, m.start, 2);
    return SPEECH_VERBS.has(w1) || KIN_WORDS.has(w1) || endsPersonName(w1, w2);
  }
  if (word.startsWith('وال') && LISTED_NISBA.test(folded)) {
    // Back over the list (آل المصري والتركي والعلي) to the word before its first item.
    const items = wordsBefore(text, m.start, 6);
    let i = 0;
    while (items[i]?.startsWith('وال')) i++;
    return (items[i]?.startsWith('ال') ?? false) && KIN_WORDS.has(items[i + 1] ?? '');
  }
  if (/^[وفبكل]?ال/.test(word)) return false;
  if (KIN_WORDS.has(after) || NAME_LINKS.has(after) || isDefiniteNamePart(after)) return true;
  // The masculine form after a name is the family name (محمد سوري، عبد الرحمن مصري، المختار مرعي يمني:
  // a title and a name the list does not know); after a noun it agrees with it (رجل سوري), and a
  // nisba before it makes one adjective of two (اتفاق تركي سوري).
  const before = wordBefore(text, m.start);
  if (before.start === previous?.start) return false;
  const w1 = before.word;
  const w2 = previousWord(text, before.start);
  return (
    FIRST_NAMES.has(w1) ||
    NAME_ENDINGS.has(w1) ||
    w2 === 'عبد' ||
    (TITLES.has(w2) && !w1.startsWith('ال')) ||
    (FIRST_NAMES.has(w2) && isDefiniteNamePart(w1))
  );
}

function surroundings(
  text: string,
  m: RawMatch,
  next: RawMatch | undefined,
  clitics: string,
  entries: readonly TrieEntry[],
): Surroundings {
  const after = wordAfter(text, m.end);
  const [before = '', beforePrevious = ''] = wordsBefore(text, m.start, 2);
  return {
    clitics,
    before,
    beforePrevious,
    after: after.word,
    afterNext: nextWord(text, after.end),
    nameAfter: next !== undefined && next.start === after.start && !entries[next.entry]?.adjective,
  };
}

/**
 * Drops the matches their context rules out: a lookalike word, a nisba that is part of a name, and a `listed` or `place`
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
    if (isLookalike(text, m)) return false;
    if (entry?.adjective && isPersonalName(text, m, raw[k - 1])) return false;
    const written = text.slice(m.start, m.end);
    if (!entry?.adjective && TANWEEN.test(written)) return false;
    const common = commonWordOf(text, m);
    if (common?.word.spelled?.test(written)) return false;
    if (common?.word.named?.test(written)) return true;
    if (common?.word.reads?.(surroundings(text, m, raw[k + 1], common.clitics, entries))) return false;
    const guard = entry?.guard ?? Guard.None;
    if (guard !== Guard.Listed && guard !== Guard.Place) return true;
    if (listedBeside(text, raw, k, isState)) return true;
    const before = previousWord(text, m.start);
    return guard === Guard.Listed ? STATE_WORDS.has(before) : PLACE_WORDS.has(before);
  });
}
