import { defaultEngine } from '../../lib/engine';
import type { Mention } from '../../lib/engine/engine';

/** The mentions of a text as `id:text` (and `(adj)` for adjectives), in order: easy to read in a failure. */
export function found(text: string): string[] {
  return defaultEngine()
    .find(text)
    .map((m) => `${m.entityId}:${m.text}${m.form === 'adjective' ? '(adj)' : ''}`);
}

export function mentions(text: string): Mention[] {
  return defaultEngine().find(text);
}

/** Every mention's offsets are valid UTF-16 offsets into the text, in order, without overlap. */
export function offsetsAreValid(text: string, ms: readonly Mention[]): boolean {
  let last = 0;
  for (const m of ms) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) return false;
    if (m.start < last || m.end <= m.start || m.end > text.length) return false;
    if (text.slice(m.start, m.end) !== m.text) return false;
    last = m.end;
  }
  return true;
}
