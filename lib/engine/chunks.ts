/** A part of a text: [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

const isLineEnd = (code: number) => code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029;
/** Where a line may be cut when it is longer than a chunk: after a sentence, else at a space. */
const SENTENCE_END = /[.!?؟。]\s/g;

/**
 * Cuts a text, one chunk at a time, into chunks of at most `max` characters, at line breaks where it can, else after
 * a sentence, else at a space; a name never runs across a line break, so the engine reads each
 * chunk on its own as it would the whole.
 */
export function* textChunks(text: string, max: number): Generator<TextSpan, void, void> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) end = cutBefore(text, start, end);
    yield { start, end };
    start = end;
  }
}

export function cutBefore(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (isLineEnd(text.charCodeAt(i))) return i + 1;
  // Searched within the chunk only: on a page with no sentence end ahead, a search of the whole
  // text would read the rest of the page for every chunk.
  const window = text.slice(start, end);
  let sentence = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m && m.index + 2 <= window.length; m = SENTENCE_END.exec(window))
    sentence = start + m.index + 2;
  if (sentence > start) return sentence;
  const space = text.lastIndexOf(' ', end - 1);
  if (space > start) return space + 1;
  // One word longer than a chunk: cut it, but not through a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}
