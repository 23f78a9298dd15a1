/** A dateline: the city (and agency) that opens a news story: دمشق-سانا، "Damascus, SANA-". */
export interface Dateline {
  city: string;
  agency: string;
}

const AGENCIES_AR =
  'سانا|سبوتنيك|تاس|نوفوستي|رويترز|أ ف ب|أ\\.ف\\.ب|ا ف ب|فرانس برس|أ ب|أسوشيتد برس|د ب أ|الأناضول|واس|قنا|وام|كونا|بترا|شينخوا|إرنا|ارنا|الميادين(?: نت)?|روسيا اليوم|آر تي|سي إن إن|الوطن|سيريان تلغراف|خاص';
const AGENCIES_EN = 'SANA|Reuters|AP|AFP|TASS|Xinhua|Sputnik|RT|IRNA|Anadolu|WAFA|KUNA|QNA|WAM|SPA|CNN|dpa|DPA';

// One to three Arabic words: a city, or a city's country after a comma ("دمشق، سوريا").
const AR_WORDS = '[\\u0621-\\u064a\\u0671-\\u06d3]+(?:\\s[\\u0621-\\u064a\\u0671-\\u06d3]+){0,2}';
const AR_AGENCY = `(?:${AGENCIES_AR}|${AGENCIES_EN})`;
// "دمشق-سانا", "بيروت - (أ ف ب)", "موسكو - سبوتنيك": the city, a dash, the agency (in brackets or not).
const ARABIC = new RegExp(
  `^\\s*(${AR_WORDS})(?:\\s*[،,]\\s*${AR_WORDS})?\\s*[-–—ـ]+\\s*(?:\\(\\s*(${AR_AGENCY})\\s*\\)|(${AGENCIES_AR})(?![\\u0621-\\u064a]))`,
);
// "القاهرة (رويترز) -", "دمشق، سوريا (CNN) --": the city, its country, the agency in brackets,
// then a dash (without it, «أعلنت وكالة (سانا)» would open with a city).
const ARABIC_BRACKETED = new RegExp(
  `^\\s*(${AR_WORDS})(?:\\s*[،,]\\s*${AR_WORDS})?\\s*\\(\\s*(${AR_AGENCY})\\s*\\)\\s*[-–—ـ]`,
);

const EN_WORDS = "[A-Z][A-Za-z'.-]*(?:\\s[A-Z][A-Za-z'.-]*){0,2}";
// "Damascus, SANA-", "NEW YORK, SANA –", "VIENNA, Nov 21 (Reuters) -", "DAMASCUS, Syria (AP) —",
// "BEIRUT (AP) —": the city, its country before a bracket, a date, then the agency and a dash.
const ENGLISH = new RegExp(
  `^\\s*(${EN_WORDS})(?:,\\s*${EN_WORDS}(?=\\s*\\())?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s\\d{1,2})?(?:,\\s*|\\s*(?=\\())\\(?(${AGENCIES_EN})\\)?\\s*[-–—]`,
);

// TASS: "موسكو، 12 أكتوبر. /تاس/."
const TASS = /^\s*([\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2})،\s*\d{1,2}\s+[\u0621-\u064a]+\.?\s*\/(تاس)\//;
// A correspondent's own dateline, with no agency: "دمشق- يجري…" (one or two words, then a dash).
const CORRESPONDENT = /^\s*([\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?)-\s+()/;

/** The dateline at the start of a paragraph, or null. */
export function parseDateline(paragraph: string): Dateline | null {
  const text = paragraph.slice(0, 120);
  const m =
    ARABIC.exec(text) ??
    ARABIC_BRACKETED.exec(text) ??
    ENGLISH.exec(text) ??
    TASS.exec(text) ??
    CORRESPONDENT.exec(text);
  if (!m) return null;
  const city = (m[1] as string).trim();
  // Wire datelines shout the city (VIENNA): it is kept as it would be written in a sentence.
  const written = /^[A-Z\s'.-]+$/.test(city) ? city.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : city;
  return { city: written, agency: (m[2] ?? m[3]) as string };
}

/** The first dateline among the opening paragraphs of an article's body. */
export function findDateline(body: Element | null): Dateline | null {
  const paragraphs = body?.querySelectorAll('p') ?? [];
  for (let i = 0; i < Math.min(paragraphs.length, 4); i++) {
    const dateline = parseDateline(paragraphs[i]?.textContent ?? '');
    if (dateline) return dateline;
  }
  return null;
}
