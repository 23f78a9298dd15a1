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

/**
 * Counts words — runs between spaces with a letter or digit in them — in text read a piece at a
 * time (text nodes, message chunks): a word may run on from one piece into the next.
 */
export class WordCounter {
  words = 0;
  private inWord = false;
  private counted = false;

  read(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        this.inWord = false;
        continue;
      }
      if (!this.inWord) {
        this.inWord = true;
        this.counted = false;
      }
      if (!this.counted && isWordChar(c)) {
        this.counted = true;
        this.words++;
      }
    }
    return this;
  }
}

/** The words under `root`, as its text runs on. */
export function countWords(root: Node): number {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  const counter = new WordCounter();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) counter.read((node as Text).data);
  return counter.words;
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
