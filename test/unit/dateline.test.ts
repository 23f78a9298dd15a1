import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../lib/detect/dateline';

describe('datelines', () => {
  it.each([
    ['دمشق-سانا', 'دمشق', 'سانا'],
    ['لاهاي–سانا', 'لاهاي', 'سانا'],
    ['بروكسل - سانا أكدت الدول الأعضاء', 'بروكسل', 'سانا'],
    ['باكو- سانا', 'باكو', 'سانا'],
    ['سان بطرسبورغ - سبوتنيك', 'سان بطرسبورغ', 'سبوتنيك'],
    ['Damascus, SANA-Syria’s Foreign Minister said', 'Damascus', 'SANA'],
    ['NEW YORK, SANA – The UN', 'New York', 'SANA'],
    ['VIENNA, Nov 21 (Reuters) - The U.N. nuclear watchdog', 'Vienna', 'Reuters'],
    ['موسكو، 12 أكتوبر. /تاس/. قال', 'موسكو', 'تاس'],
    ['دمشق- يجري وفد أممي', 'دمشق', ''],
  ])('%s', (paragraph, city, agency) => {
    expect(parseDateline(paragraph)).toEqual({ city, agency });
  });

  it('is not any sentence with a dash, nor a dateline far into a paragraph', () => {
    expect(parseDateline('أكد الوزير - في كلمته - أن')).toBeNull();
    expect(parseDateline('The talks - held in Geneva - ended')).toBeNull();
    expect(parseDateline(`${'نص '.repeat(50)}دمشق-سانا`)).toBeNull();
  });
});
