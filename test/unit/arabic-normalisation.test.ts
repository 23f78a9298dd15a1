import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/text/fold';
import { found, mentions } from './helpers';

describe('Arabic normalisation: the same name however it is written', () => {
  it.each([
    ['diacritics', 'زار الوزير سُورِيَّةَ أمس', 'SY:سُورِيَّةَ'],
    ['tatweel', 'وصل الوفد إلى سـوريـا', 'SY:سـوريـا'],
    ['hamza on alef (أ/ا)', 'وفد من اثيوبيا وصل', 'ET:اثيوبيا'],
    ['alef with madda (آ)', 'العاصمة الآذرية', 'AZ:الآذرية(adj)'],
    ['hamza below (إ/ا)', 'مسؤول من ايران', 'IR:ايران'],
    ['wasla (ٱ)', 'بيان ٱلأمم المتحدة', 'un:ٱلأمم المتحدة'],
    ['ta marbuta written as ha (ة/ه)', 'قال إن سوريه ترفض', 'SY:سوريه'],
    ['alef maqsura (ى/ي)', 'رئيس جيبوتى', 'DJ:جيبوتى'],
    ['Persian yeh and kaf (ی ک)', 'وفد نیکاراغوا', 'NI:نیکاراغوا'],
    ['zero-width non-joiner inside the name', 'زار روس\u200cيا', 'RU:روس\u200cيا'],
    ['zero-width joiner', 'زار روسي\u200dا', 'RU:روسي\u200dا'],
    ['right-to-left mark around the name', 'زار \u200fروسيا\u200f أمس', 'RU:روسيا'],
    ['Arabic letter mark', 'زار روسيا\u061c،', 'RU:روسيا'],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('keeps offsets in the original text while ignoring what it folds away', () => {
    const text = 'قالت \u200fسُورِيَّةُ\u200f إنّ';
    const [m] = mentions(text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe('سُورِيَّةُ');
    expect(m?.start).toBe(text.indexOf('س'));
  });

  it('is insensitive to Arabic and Latin punctuation around a name', () => {
    expect(found('(روسيا)، [الصين]؛ «إيران»! "كوبا"? فنزويلا.')).toEqual([
      'RU:روسيا',
      'CN:الصين',
      'IR:إيران',
      'CU:كوبا',
      'VE:فنزويلا',
    ]);
  });

  it('folds data and text the same way', () => {
    expect(foldText('الأُمَمُ  المتّحدة')).toBe(foldText('الامم المتحده'));
    expect(foldText('منظمة "شنغهاي" للتعاون')).toBe(foldText('منظمة شنغهاي للتعاون'));
    expect(foldText('مؤتمر')).toBe(foldText('موتمر'));
    expect(foldText('هيئة')).toBe(foldText('هييه'));
  });

  it('reads Arabic-Indic digits as digits: مجموعة الـ٢٠', () => {
    expect(foldText('٢٠')).toBe('20');
  });
});
