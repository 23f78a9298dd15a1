import type { MentionForm } from '../entities/names';
import type { Lang } from '../entities/types';
import { SCRIPT, Script } from '../text/fold';
import { capitalsAsStates } from './capitals';
import type { EnglishTokenizer } from './english';
import { EnglishScanner } from './english-scan';
import { applyContextGuards } from './guards';
import type { Matcher } from './matcher';
import { type RawMatch, Scanner } from './scan';
import type { Trie } from './trie';

/** One place in a text where an entity is named. Offsets are UTF-16 code units into the original text. */
export interface Mention {
  entityId: string;
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

/** The style a mention is highlighted in: a state's name, an organisation's, or an adjective. */
export type HighlightStyle = 'state' | 'org' | 'adjective';

/** A mention as the page paints it. */
export interface PageMention {
  entityId: string;
  start: number;
  end: number;
  style: HighlightStyle;
}

/** A run of text between line breaks, in one language. */
export interface Block {
  start: number;
  end: number;
  lang: Lang;
}

/** What one scan is asked to find beyond names and adjectives. */
export interface FindOptions {
  /** Capitals standing for their state (موسكو ترحب، Beijing says): off unless asked. */
  capitals?: boolean;
}

export interface EngineOptions {
  /** English tokeniser (compromise). Without it English text is scanned like any other. */
  tokenizeEnglish?: EnglishTokenizer;
}

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/g;
const LATIN_LETTER = /[A-Za-z]/g;

const URL = /\b(?:https?:\/\/|www\.)\S*/g;

/** A block's language, counted only where it has a Latin letter (Arabic lines mostly have none); links do not count. */
function blockLanguage(text: string, start: number, end: number, latinAt: number): Lang {
  if (latinAt >= end) return 'ar';
  const line = text.slice(start, end).replace(URL, '');
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < line.length; i++) {
    const script = SCRIPT[line.charCodeAt(i)] as number;
    if (script === Script.Arabic) arabic++;
    else if (script === Script.Latin) latin++;
  }
  return latin > arabic ? 'en' : 'ar';
}

/** Splits text at line breaks; a block is English when it has more Latin letters than Arabic ones. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let latinAt = -1;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const end = LINE_BREAK.exec(text)?.index ?? text.length;
    if (end > start) {
      // One native search finds the next Latin letter; it serves every block until then.
      if (latinAt < start) {
        LATIN_LETTER.lastIndex = start;
        latinAt = LATIN_LETTER.exec(text)?.index ?? text.length;
      }
      blocks.push({ start, end, lang: blockLanguage(text, start, end, latinAt) });
    }
    if (end >= text.length) return blocks;
    start = end + 1;
    LINE_BREAK.lastIndex = start;
  }
}

/** The language most of a text's letters are in. */
export function languageOf(text: string): Lang {
  let ar = 0;
  let en = 0;
  for (const b of splitBlocks(text)) {
    if (b.lang === 'ar') ar += b.end - b.start;
    else en += b.end - b.start;
  }
  return en > ar ? 'en' : 'ar';
}

/** Text in, mentions out: the entity engine. Pure; runs in Node and in every extension context. */
export class Engine {
  private readonly scanner: Scanner;
  private readonly englishScanner: EnglishScanner;
  private readonly trie: Trie;
  private readonly kinds: ReadonlyMap<string, 'state' | 'org'>;

  constructor(
    readonly matcher: Matcher,
    private readonly options: EngineOptions = {},
  ) {
    this.trie = matcher.trie;
    this.scanner = new Scanner(matcher.trie);
    this.englishScanner = new EnglishScanner(matcher.trie);
    this.kinds = new Map(matcher.entities.map((e) => [e.id, e.kind]));
  }

  /**
   * The mentions in `text`, each with the style it is highlighted in; null when the text has
   * English in it and this engine has no English tokeniser to read it well.
   */
  findForPage(text: string, options: FindOptions = {}): PageMention[] | null {
    const blocks = splitBlocks(text);
    if (!this.options.tokenizeEnglish && blocks.some((b) => b.lang === 'en')) return null;
    return this.findIn(text, blocks, options).map((m) => ({
      entityId: m.entityId,
      start: m.start,
      end: m.end,
      // A capital names its state indirectly, as an adjective does: it is painted as one.
      style: m.form === 'name' ? (this.kinds.get(m.entityId) ?? 'org') : 'adjective',
    }));
  }

  find(text: string, options: FindOptions = {}): Mention[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    return this.findIn(text, splitBlocks(text), options);
  }

  private findIn(text: string, blocks: readonly Block[], options: FindOptions): Mention[] {
    const raw: RawMatch[] = [];
    const english: Block[] = [];
    for (const block of blocks) {
      if (block.lang === 'en' && this.options.tokenizeEnglish) english.push(block);
      else this.scanner.scan(text, block.start, block.end, raw);
    }
    if (english.length > 0 && this.options.tokenizeEnglish) {
      this.englishScanner.scan(text, this.options.tokenizeEnglish(text, english), raw);
      raw.sort((a, b) => a.start - b.start);
    }
    const entries = this.trie.entries;
    const isCapital = (m: RawMatch) => entries[m.entry]?.capital === true;
    // Capitals are kept apart: the guards never see them, so without the option nothing changes.
    const capitals = raw.filter(isCapital);
    const named = capitals.length > 0 ? raw.filter((m) => !isCapital(m)) : raw;
    let found = applyContextGuards(text, named, entries, this.matcher.entities);
    if (options.capitals && capitals.length > 0) {
      const states = capitalsAsStates(text, capitals, this.trie);
      if (states.length > 0) found = [...found, ...states].sort((a, b) => a.start - b.start);
    }
    return found.map((m) => {
      const entry = entries[m.entry];
      return {
        entityId: this.matcher.entities[entry?.entity ?? -1]?.id ?? '',
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        form: entry?.capital ? 'capital' : entry?.adjective ? 'adjective' : 'name',
      };
    });
  }
}
