import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import prebuilt from 'virtual:siyaq-matcher';
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../lib/engine';
import { Engine } from '../../lib/engine/engine';
import { prebuildMatcher } from '../../lib/engine/prebuild';
import { loadMatcher } from '../../lib/engine/prebuilt';
import { arabicNewsTexts } from '../corpus';

const ARTICLES = join(import.meta.dirname, '../fixtures/articles');
const texts = [...readdirSync(ARTICLES).map((f) => readFileSync(join(ARTICLES, f), 'utf8')), ...arabicNewsTexts()];

describe('the matcher prebuilt at build time', () => {
  it('finds exactly what the matcher compiled at run time finds', async () => {
    const loaded = new Engine(await loadMatcher(prebuilt));
    const compiled = new Engine(defaultEngine().matcher);
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const text of texts) expect(loaded.find(text)).toEqual(compiled.find(text));
    // Capitals read as their state come through the packing too (the entries' capital flag).
    for (const text of texts)
      expect(loaded.find(text, { capitals: true })).toEqual(compiled.find(text, { capitals: true }));
    expect(loaded.find('رحبت موسكو بالاتفاق', { capitals: true })).toEqual([
      { entityId: 'RU', start: 5, end: 10, text: 'موسكو', form: 'capital' },
    ]);
  });

  it('survives a second round trip unchanged', async () => {
    expect(prebuildMatcher(await loadMatcher(prebuilt))).toEqual(prebuilt);
  });

  it('stays small: under 100 KB of JSON, loaded on every start of the background', () => {
    expect(JSON.stringify(prebuilt).length).toBeLessThan(100_000);
  });

  it('refuses a matcher prebuilt with other letter classes, or damaged, with a clear error', async () => {
    await expect(loadMatcher({ ...prebuilt, alphabet: 'abc' })).rejects.toThrow(/another version of Siyaq/);
    await expect(loadMatcher({ ...prebuilt, data: prebuilt.data.slice(0, 1000) })).rejects.toThrow(/damaged/);
  });
});
