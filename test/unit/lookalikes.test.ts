import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../lib/engine';
import { asWritten } from '../../lib/engine/guards';
import LOOKALIKES from '../../lib/entities/data/lookalikes.json';
import { ENTITIES } from '../../lib/entities/dataset';
import { nameForms } from '../../lib/entities/names';
import { foldText } from '../../lib/text/fold';

/** The clitics the engine strips from a word: و ف, then ب ك ل. */
const CLITICS = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];

/**
 * Every word that a clitic and a one-word Arabic name or adjective of the dataset spell (ل before
 * ال drops the alef: للصين), and the words those names are themselves: folded, with the entity ids.
 */
function cliticWords(): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  const add = (word: string, id: string) => {
    const key = foldText(word);
    words.set(key, (words.get(key) ?? new Set()).add(id));
  };
  for (const e of ENTITIES) {
    for (const f of nameForms(e)) {
      if (f.lang !== 'ar' || /\s/.test(f.text.trim())) continue;
      add(f.text, e.id);
      for (const c of CLITICS) add(f.text.startsWith('ال') && c.endsWith('ل') ? c + f.text.slice(1) : c + f.text, e.id);
    }
  }
  return words;
}

/** A sentence where a guarded name would count too: after إلى, a word that introduces a place. */
const inPlace = (word: string) => `وصل الوفد إلى ${word} اليوم`;

function mentionsOf(sentence: string, word: string) {
  const at = sentence.indexOf(word);
  return defaultEngine()
    .find(sentence)
    .filter((m) => m.start < at + word.length && at < m.end)
    .map((m) => `${m.entityId}:${m.text}`);
}

describe('words that a clitic or a folded hamza makes look like a name (lookalikes.json)', () => {
  it('lists only words that are a clitic and a name, or a name without its hamza, of the entity they would be read as', () => {
    const words = cliticWords();
    const wrong = LOOKALIKES.filter((l) => !words.get(foldText(l.text))?.has(l.reads)).map((l) => l.text);
    console.info(`${words.size} words are a clitic and a one-word name; ${LOOKALIKES.length} are listed as lookalikes`);
    expect(wrong).toEqual([]);
  });

  it('lists no word that is itself a name as written', () => {
    const names = new Set(ENTITIES.flatMap((e) => nameForms(e).map((f) => asWritten(f.text))));
    expect(LOOKALIKES.filter((l) => names.has(asWritten(l.text))).map((l) => l.text)).toEqual([]);
  });

  it.each(LOOKALIKES.map((l) => [l.text, l.why]))('finds nothing in %s (%s)', (word) => {
    expect(mentionsOf(inPlace(word), word)).toEqual([]);
  });

  it('finds nothing in a lookalike that carries a clitic of its own', () => {
    expect(mentionsOf(inPlace('وكلاوس'), 'وكلاوس')).toEqual([]);
    expect(mentionsOf('ولكلاوس شواب', 'ولكلاوس')).toEqual([]);
    expect(mentionsOf('بفروسية عالية', 'بفروسية')).toEqual([]);
  });

  it('keeps the clitic forms of the same names', () => {
    for (const word of [
      'ولاوس',
      'بلاوس',
      'لاوس',
      'وكوبا',
      'بكوبا',
      'وادا',
      'ووادا',
      'تونس',
      'لتونس',
      'كندا',
      'بكندا',
    ]) {
      expect(mentionsOf(inPlace(word), word), word).toHaveLength(1);
    }
    expect(mentionsOf('التقى وفداً من الجامعات بروسيا', 'بروسيا')).toEqual(['RU:بروسيا']);
    expect(mentionsOf('وقع عقداً مع شركة روسية', 'روسية')).toEqual(['RU:روسية']);
    expect(mentionsOf('وأعلن الأمين العام لفيفا', 'لفيفا')).toEqual(['fifa:لفيفا']);
  });
});

describe('phrases that hold a name but are not the entity (not-entities.json)', () => {
  it.each([
    ['sons and daughters', 'بلغ عدد الطلاب من بنين وبنات ألف طالب', 'بنين'],
    ['good fortune (اليُمن)', 'أعاده الله على الأمة باليمن والبركات', 'باليمن'],
    ['John Kennedy', 'وصل الوفد إلى مطار جون كندي', 'كندي'],
    ['Prussia', 'كانت مملكة بروسيا', 'بروسيا'],
  ])('%s', (_what, sentence, word) => {
    expect(mentionsOf(sentence, word)).toEqual([]);
  });
});
