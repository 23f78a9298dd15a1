/**
 * Character folding for matching Arabic and Latin names: every UTF-16 code unit maps to one class
 * byte. Matching walks the original text through this table, so offsets always point into the
 * original text and nothing is ever copied or re-encoded.
 */

/** Ends a word and cannot occur inside a name: punctuation, symbols, line breaks, lone surrogates. */
export const BREAK = 0;
/** Ignored wherever it stands: diacritics, tatweel, lone hamza, invisible and bidi marks. */
export const MARK = 1;
/** May stand between the words of one name: spaces, quote marks, dashes, slashes, &. */
export const SEP = 2;
/** A comma: ends a word, and stands inside a name only where the name has one (UNESCO's English name). */
export const COMMA = 3;
/** A letter of some other script: part of a word, never part of a known name. */
export const OTHER = 4;
/** First class of a letter Siyaq can match; letters that fold together share a class. */
export const FIRST_LETTER = 5;

const table = new Uint8Array(0x10000);
const letterOf = new Map<string, number>();
/** The folded character of each letter class: what foldText writes, and the alphabet a prebuilt matcher records. */
export const LETTER_CHARS: string[] = [];

function letterClass(folded: string): number {
  let cls = letterOf.get(folded);
  if (cls === undefined) {
    cls = FIRST_LETTER + LETTER_CHARS.length;
    if (cls > 0xff) throw new Error('too many letter classes');
    letterOf.set(folded, cls);
    LETTER_CHARS.push(folded);
  }
  return cls;
}

function set(from: number, to: number, cls: number): void {
  table.fill(cls, from, to + 1);
}

function setLetter(code: number, folded: string): void {
  table[code] = letterClass(folded);
}

// Letters of other scripts: they make a word, so a name never matches inside one.
for (const [a, b] of [
  [0x00c0, 0x024f],
  [0x0370, 0x052f],
  [0x0531, 0x058f],
  [0x05d0, 0x05ea],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x0900, 0x0dff],
  [0x0e00, 0x0fff],
  [0x10a0, 0x10ff],
  [0x1100, 0x11ff],
  [0x1e00, 0x1fff],
  [0x3040, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
  [0xff21, 0xff5a],
] as const) {
  set(a, b, OTHER);
}
// Punctuation inside those ranges: the Arabic comma, semicolon, question mark, full stop, signs.
for (const [a, b] of [
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  [0x0600, 0x061f],
  [0x066a, 0x066d],
  [0x06d4, 0x06d4],
  [0x06dd, 0x06de],
  [0x06e9, 0x06e9],
] as const) {
  set(a, b, BREAK);
}

for (let c = 0x61; c <= 0x7a; c++) {
  const ch = String.fromCharCode(c);
  setLetter(c, ch);
  setLetter(c - 0x20, ch);
}
setLetter(0x2b, '+'); // أوبك+ and OPEC+ are names of their own
for (let d = 0; d <= 9; d++) {
  const ch = String(d);
  setLetter(0x30 + d, ch);
  setLetter(0x0660 + d, ch); // Arabic-Indic digits
  setLetter(0x06f0 + d, ch); // Extended Arabic-Indic (Persian) digits
}
// Accented Latin letters fold to their base letter (Türkiye = Turkiye, Côte = Cote).
for (const [a, b] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
] as const) {
  for (let c = a; c <= b; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charAt(0).toLowerCase();
    if (base >= 'a' && base <= 'z') setLetter(c, base);
  }
}

// Arabic letters: hamza and alef forms, ta marbuta, alef maqsura and Persian forms fold together.
for (let c = 0x0620; c <= 0x064a; c++) {
  if (c !== 0x0640) setLetter(c, String.fromCharCode(c));
}
const ARABIC_FOLDS: Record<string, string> = {
  آأإٱٲٳٵ: 'ا',
  ؤ: 'و',
  ئىیےۍېٸ: 'ي',
  ةۀہەۃ: 'ه',
  کڪ: 'ك',
  ڤ: 'ف',
  گ: 'گ',
  پ: 'پ',
  چ: 'چ',
  ژ: 'ژ',
};
for (const [sources, target] of Object.entries(ARABIC_FOLDS)) {
  for (const ch of sources) setLetter(ch.charCodeAt(0), target);
}
table[0x0621] = MARK; // a lone hamza is written or dropped at will
set(0x064b, 0x065f, MARK); // harakat, shadda, sukun
table[0x0670] = MARK; // superscript alef
set(0x06d6, 0x06dc, MARK);
set(0x06df, 0x06e8, MARK);
set(0x06ea, 0x06ed, MARK);
table[0x0640] = MARK; // tatweel
table[0x061c] = MARK; // Arabic letter mark
table[0x00ad] = MARK; // soft hyphen
set(0x200b, 0x200f, MARK); // ZWSP, ZWNJ, ZWJ, LRM, RLM
set(0x202a, 0x202e, MARK); // bidi embeddings and overrides
set(0x2060, 0x2064, MARK);
set(0x2066, 0x2069, MARK); // bidi isolates
table[0xfeff] = MARK;
set(0x0300, 0x036f, MARK); // Latin combining marks

// Presentation forms fold to the letter they present (single letters only; ligatures stay OTHER).
for (const [a, b] of [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
] as const) {
  for (let c = a; c <= b; c++) {
    const base = String.fromCharCode(c).normalize('NFKC');
    if (base.length === 1) {
      const cls = table[base.charCodeAt(0)] ?? OTHER;
      table[c] = cls === BREAK ? OTHER : cls;
    }
  }
}
table[0xfe80] = MARK; // isolated hamza

// Spaces, quote marks, dashes and slashes may stand inside a name: منظمة "شنغهاي" للتعاون.
for (const ch of ' &/\t\u00a0\u1680\u202f\u205f\u3000"\'`«»“”„‟‘’‚‛‹›″′-‐‑‒–—―−') {
  table[ch.charCodeAt(0)] = SEP;
}
set(0x2000, 0x200a, SEP);
table[0x2c] = COMMA;
table[0x060c] = COMMA; // Arabic comma

/** The class of one UTF-16 code unit (a lone surrogate is a BREAK). */
export const CLASS: Readonly<Uint8Array> = table;

/** Quote marks: the characters a `quoted` alias must stand between. */
export const QUOTES = new Set('"\'`«»“”„‟‘’‚‛‹›″');

/** True for marks that belong to the letter before them (so a highlight keeps its diacritics). */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x0300 && code <= 0x036f)
  );
}

export enum Script {
  Neutral = 0,
  Arabic = 1,
  Latin = 2,
  LineBreak = 3,
}

const scripts = new Uint8Array(0x10000);
for (const [a, b] of [
  [0x0620, 0x064a],
  [0x066e, 0x06d3],
  [0x0750, 0x077f],
  [0xfb50, 0xfefc],
] as const) {
  scripts.fill(Script.Arabic, a, b + 1);
}
scripts.fill(Script.Latin, 0x41, 0x5a + 1);
scripts.fill(Script.Latin, 0x61, 0x7a + 1);
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) scripts[c] = Script.LineBreak;

/** The script of one UTF-16 code unit, as far as deciding a block's language and its end needs. */
export const SCRIPT: Readonly<Uint8Array> = scripts;

/**
 * The folded form of a string, as the matcher sees it: letters folded, marks dropped, every run of
 * separators one space, trimmed. Anything that cannot be part of a name becomes `|`.
 */
export function foldText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cls = CLASS[text.charCodeAt(i)] ?? BREAK;
    if (cls === MARK) continue;
    if (cls === SEP) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out +=
      cls >= FIRST_LETTER
        ? (LETTER_CHARS[cls - FIRST_LETTER] ?? '|')
        : cls === OTHER
          ? text[i]
          : cls === COMMA
            ? ','
            : '|';
  }
  return out;
}

/** Dots in acronyms and abbreviations are dropped (U.N. = UN, St. Lucia = St Lucia), as compromise does. */
export function undot(text: string): string {
  return text.replace(/\b([A-Z])\./g, '$1').replace(/\b([A-Z][a-z]{1,3})\. /g, '$1 ');
}
