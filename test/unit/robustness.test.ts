import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentions, offsetsAreValid } from './helpers';

const SAMPLE = 'أكدت الجمهورية العربية السورية وروسيا الاتحادية للأمم المتحدة أن "الأمن الجماعي" وNATO ';
/** Characters that stress the engine: marks, bidi controls, lone surrogates, clitic letters, quotes. */
const HOSTILE = [
  ...'ـًٌٍَُِّْٰءأإآٱىةیکوفبلكال"“”«»-–— ،,.\n\r\t',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ud800',
  '\udfff',
  '\ufeff',
  '😀',
];

describe('bad input never throws and every offset stays valid', () => {
  it('empty text and non-string input', () => {
    expect(mentions('')).toEqual([]);
    expect(mentions(undefined as unknown as string)).toEqual([]);
    expect(mentions(42 as unknown as string)).toEqual([]);
  });

  it('any string of any Unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => offsetsAreValid(text, mentions(text))),
      { numRuns: 300 },
    );
  });

  it('lone surrogates, bidi controls and marks spliced into real names (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.integer({ min: 0, max: SAMPLE.length - 1 }).map((i) => SAMPLE.slice(i, i + 12)),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        return offsetsAreValid(text, mentions(text));
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = new TextDecoder().decode(bytes);
        return offsetsAreValid(text, mentions(text));
      }),
      { numRuns: 100 },
    );
  });

  it('a 10 MB text of Arabic and English news, in one line and in paragraphs', () => {
    const unit = `${SAMPLE} Russia's U.N. envoy said the EU and NATO. `;
    const oneLine = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const ms = mentions(oneLine);
    expect(ms.length).toBeGreaterThan(100_000);
    expect(offsetsAreValid(oneLine, ms)).toBe(true);
    const paragraphs = `${SAMPLE}\n`.repeat(Math.ceil(10_000_000 / SAMPLE.length));
    const ps = mentions(paragraphs);
    expect(offsetsAreValid(paragraphs, ps)).toBe(true);
    expect(ps.filter((m) => m.entityId === 'SY')).toHaveLength(Math.ceil(10_000_000 / SAMPLE.length));
  });
});
