import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../lib/entities/dataset';
import { Lookup } from '../../lib/lookup/lookup';

const lookup = new Lookup(ENTITIES);

describe('looking up any known entity', () => {
  it.each([
    // Arabic, as written, without hamza or diacritics, with clitics and without ال
    ['سوريا', 'SY'],
    ['سورية', 'SY'],
    ['السوريه', 'SY'],
    ['لسوريا', 'SY'],
    ['الأمم المتحدة', 'un'],
    ['الامم المتحده', 'un'],
    ['للأمم المتحدة', 'un'],
    ['الأُمَمُ المُتَّحِدَةُ', 'un'],
    ['روسيا', 'RU'],
    ['الولايات المتحدة', 'US'],
    ['مجلس الأمن', 'unsc'],
    ['الاتحاد الأوروبي', 'eu'],
    ['اليونيسف', 'unicef'],
    // the issue's own three ways to the CSTO
    ['الامن الجماعي', 'csto'],
    ['CSTO', 'csto'],
    ['معاهدة الامن', 'csto'],
    // acronyms in both scripts
    ['الناتو', 'nato'],
    ['NATO', 'nato'],
    ['nato', 'nato'],
    // English
    ['Syria', 'SY'],
    ['united nations', 'un'],
    ['Security Council', 'unsc'],
    ['European Union', 'eu'],
    // as you type
    ['الاتحاد الأورو', 'eu'],
    ['Jord', 'JO'],
    // small typos
    ['Sirya', 'SY'],
    ['Untied Nations', 'un'],
    ['فنزويلا', 'VE'],
    ['فنزولا', 'VE'],
    // an adjective finds its state
    ['الروسية', 'RU'],
  ])('“%s” puts %s first', (query, id) => {
    expect(lookup.find(query)[0]?.entity.id).toBe(id);
  });

  it('finds nothing for nothing, and for text that names nothing', () => {
    expect(lookup.find('')).toEqual([]);
    expect(lookup.find('   ')).toEqual([]);
    expect(lookup.find('قهوة بالهيل')).toEqual([]);
  });

  it('lists ten different entities for a word many names share', () => {
    const hits = lookup.find('منظمة');
    expect(hits.length).toBe(10);
    expect(new Set(hits.map((h) => h.entity.id)).size).toBe(10);
  });
});
