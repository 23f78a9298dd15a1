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
    // Agencies' own styles: the country after the city, the agency in brackets, a double hyphen.
    ['دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة', 'دمشق', 'CNN'],
    ['بيروت - (أ ف ب) أعلن الجيش اللبناني', 'بيروت', 'أ ف ب'],
    ['بيروت (أ ف ب) - أعلن الجيش اللبناني', 'بيروت', 'أ ف ب'],
    ['موسكو - سبوتنيك. قال الكرملين', 'موسكو', 'سبوتنيك'],
    ['القاهرة (رويترز) - قالت وزارة الخارجية المصرية', 'القاهرة', 'رويترز'],
    ['عمان، الأردن (أ ب) — قال مسؤول', 'عمان', 'أ ب'],
    ['DAMASCUS, Syria (AP) — Syria’s new government', 'Damascus', 'AP'],
    ['BEIRUT (AP) — Israeli strikes', 'Beirut', 'AP'],
    ['Damascus, Syria (CNN) — The UN envoy', 'Damascus', 'CNN'],
    ['GENEVA, Oct 12 (Reuters) - The U.N. envoy', 'Geneva', 'Reuters'],
  ])('%s', (paragraph, city, agency) => {
    expect(parseDateline(paragraph)).toEqual({ city, agency });
  });

  it('is not any sentence with a dash, nor a dateline far into a paragraph', () => {
    expect(parseDateline('أكد الوزير - في كلمته - أن')).toBeNull();
    expect(parseDateline('The talks - held in Geneva - ended')).toBeNull();
    expect(parseDateline(`${'نص '.repeat(50)}دمشق-سانا`)).toBeNull();
    // An agency named in brackets at the start of a sentence, with no dash: no dateline.
    expect(parseDateline('أعلنت وكالة (سانا) أن الوفد وصل')).toBeNull();
    expect(parseDateline('The agency (AP) reported')).toBeNull();
  });
});
