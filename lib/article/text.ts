import type { Slicer } from '../schedule/slicer';

/**
 * Reading a part of the page without copying all of its text: on a page of 10 MB, one
 * `textContent` costs tens of milliseconds and a regular expression over it seconds.
 */

/** The text under `root`, up to `max` characters, in document order. */
export function textSample(root: Node, max: number): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < max; node = walker.nextNode())
    sample += (node as Text).data.slice(0, max - sample.length);
  return sample;
}

/** Does `root` hold more than `min` characters of text that are not spaces? */
export function hasText(root: Node, min: number): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count += (node as Text).data.trim().length;
    if (count > min) return true;
  }
  return false;
}

const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** A letter or a digit, near enough for counting words: ASCII ones, and anything past ASCII but punctuation. */
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c > 0xbf &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    c !== 0x060c &&
    c !== 0x061b &&
    c !== 0x061f &&
    c !== 0x06d4 &&
    c !== 0x0640);

/** How many characters are counted between looks at the clock. */
const CHARS_PER_LOOK = 65_536;

/** Counts the words under `root` into `out.words`, yielding every so many characters. */
function* wordsUnder(root: Node, out: { words: number }): Generator<void, void, void> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let inWord = false;
  let counted = false;
  let read = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        counted = false;
      }
      if (!counted && isWordChar(c)) {
        counted = true;
        out.words++;
      }
    }
    read += data.length + 16;
    if (read >= CHARS_PER_LOOK) {
      read = 0;
      yield;
    }
  }
}

/** The words under `root`: runs between spaces with a letter or digit in them, as its text runs on. */
export function countWords(root: Node): number {
  const out = { words: 0 };
  for (const _ of wordsUnder(root, out));
  return out.words;
}

/** As countWords, a slice at a time. */
export async function countWordsInSlices(root: Node, slicer: Slicer): Promise<number> {
  const out = { words: 0 };
  slicer.begin();
  for (const _ of wordsUnder(root, out)) await slicer.step();
  slicer.end();
  return out.words;
}

/** Share of Arabic letters among the Arabic and Latin letters of `text`. */
export function arabicShareOf(text: string): number {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return arabic + latin === 0 ? 0 : arabic / (arabic + latin);
}
