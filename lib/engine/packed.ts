import type { HighlightStyle, PageMention } from './engine';

/**
 * Mentions as the background sends them to a page: numbers, not objects. A long page's 25,000
 * mention objects cost the page's main thread about 80 ms to receive; as numbers, a few.
 */
export interface PackedMentions {
  /** The entities named, each once. */
  ids: string[];
  /** Three numbers per mention: its start, its length, and its entity's index in `ids` × 4 + its style. */
  spans: number[];
}

const STYLES: readonly HighlightStyle[] = ['state', 'org', 'adjective'];

export function packMentions(mentions: readonly PageMention[]): PackedMentions {
  const index = new Map<string, number>();
  const spans: number[] = [];
  for (const m of mentions) {
    let at = index.get(m.entityId);
    if (at === undefined) {
      at = index.size;
      index.set(m.entityId, at);
    }
    spans.push(m.start, m.end - m.start, at * 4 + STYLES.indexOf(m.style));
  }
  return { ids: [...index.keys()], spans };
}

/** The mentions back; a span that does not make sense (damaged, or from another version) is left out. */
export function unpackMentions({ ids, spans }: PackedMentions): PageMention[] {
  const mentions: PageMention[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) {
    const start = spans[i] as number;
    const length = spans[i + 1] as number;
    const code = spans[i + 2] as number;
    const entityId = ids[code >> 2];
    const style = STYLES[code & 3];
    if (entityId === undefined || style === undefined || !(start >= 0 && length > 0)) continue;
    mentions.push({ entityId, start, end: start + length, style });
  }
  return mentions;
}
