import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../lib/engine';
import { splitBlocks } from '../../lib/engine/engine';
import { found, mentions } from './helpers';

describe('the engine on Arabic news text', () => {
  it('prefers the longest name', () => {
    expect(found('أكدت الجمهورية العربية السورية')).toEqual(['SY:الجمهورية العربية السورية']);
    expect(found('وفد روسيا البيضاء')).toEqual(['BY:روسيا البيضاء']);
    expect(found('جمهورية كوريا الديمقراطية الشعبية')).toEqual(['KP:جمهورية كوريا الديمقراطية الشعبية']);
    expect(found('في جنوب السودان')).toEqual(['SS:جنوب السودان']);
    expect(found('الجمعية العامة للأمم المتحدة')).toEqual(['unga:الجمعية العامة للأمم المتحدة']);
    expect(found('مجموعة أصدقاء الدفاع عن ميثاق الأمم المتحدة')).toEqual([
      'group-of-friends-un-charter:مجموعة أصدقاء الدفاع عن ميثاق الأمم المتحدة',
    ]);
  });

  it('keeps a multi-word name whole across quote marks inside it', () => {
    expect(found('ومنظمة "شنغهاي" للتعاون')).toEqual(['sco:ومنظمة "شنغهاي" للتعاون']);
    expect(found('ومنظمة «شنغهاي» للتعاون')).toEqual(['sco:ومنظمة «شنغهاي» للتعاون']);
    // A quote opened inside the name is closed inside the highlight as well.
    expect(found('مواجهة تنظيم "داعش" الإرهابي')).toEqual(['isis:تنظيم "داعش"']);
  });

  it('tells names from adjectives', () => {
    const ms = mentions('قال وزير الخارجية الروسي إن روسيا والروس والسوريين');
    expect(ms.map((m) => [m.text, m.form])).toEqual([
      ['الروسي', 'adjective'],
      ['روسيا', 'name'],
      ['والروس', 'adjective'],
      ['والسوريين', 'adjective'],
    ]);
  });

  it('counts a short form only where the press uses it as a name', () => {
    // “الأمن الجماعي” in quotes is the CSTO; the concept of collective security is not.
    expect(found('ودعت “الأمن الجماعي” إلى')).toEqual(['csto:الأمن الجماعي']);
    expect(found('مشروع استراتيجية الأمن الجماعي حتى العام 2025')).toEqual([]);
  });

  it('matches a display name that is also a word only as its guarded alias says (بنين، مالي)', () => {
    expect(found('رزقه الله بنين وحفدة، ودعم مالي')).toEqual([]);
    expect(found('وصل الوفد إلى بنين')).toEqual(['BJ:بنين']);
    expect(found('قالت كوريا الشمالية وكوريا الديمقراطية')).toEqual(['KP:كوريا الشمالية', 'KP:وكوريا الديمقراطية']);
  });

  it('reads مالي as Mali only where it names a place, never as "financial"', () => {
    expect(found('دعم سياسي ومالي')).toEqual([]);
    expect(found('العجز المالي والأزمة المالية')).toEqual([]);
    expect(found('وصل الوفد إلى مالي')).toEqual(['ML:مالي']);
    // The word before keeps its meaning under a clitic of its own: لرئيس is رئيس.
    expect(found('نقل رسالة لرئيس مالي وبرئيس مالي')).toEqual(['ML:مالي', 'ML:مالي']);
    expect(found('ونيكاراغوا، ومالي، وغينيا')).toEqual(['NI:ونيكاراغوا', 'ML:ومالي', 'GN:وغينيا']);
  });

  it('reads المالي as Malian after the institutions of a state, and as "financial" elsewhere', () => {
    expect(found('أعلن الجيش المالي')).toEqual(['ML:المالي(adj)']);
    expect(found('وزير الخارجية المالي')).toEqual(['ML:المالي(adj)']);
    expect(found('علّق البنك الدولي الدعم المالي للنيجر')).toEqual(['world-bank:البنك الدولي', 'NE:للنيجر']);
  });

  it('takes two states side by side for a list only when a comma or a conjunction joins them', () => {
    expect(found('روسيا، مالي')).toEqual(['RU:روسيا', 'ML:مالي']);
    expect(found('دعم روسي مالي')).toEqual(['RU:روسي(adj)']);
  });

  it('reads a definite nisba after a verb of speech or a first name as a surname', () => {
    expect(found('وقال السوداني إن الحكومة')).toEqual([]);
    expect(found('رئيس القطاع الدكتور خالد المصري')).toEqual([]);
    expect(found('وقال الوزير المصري إن')).toEqual(['EG:المصري(adj)']);
  });

  it.each([
    ['after قبيلة (a tribe)', 'وفد قبيلة التركي التقى السفير التركي', ['TR:التركي(adj)']],
    ['after عشيرة (a clan)', 'وجيه عشيرة العراقي', []],
    ['after آل, also with a clitic', 'تقبل التعازي في دار آل المصري، والشكر لآل العراقي', []],
    ['after عائلة، أسرة، بني', 'نعت عائلة اللبناني وأسرة الكويتي وبني التركي فقيدهم', []],
    ['in a list of families', 'وأنسباؤهم آل المصري والتركي والعلي', []],
    ['after a first name', 'الحاجة فاطمة المصري والسيد خالد العراقي', []],
    ['after a title and a name', 'الشيخ نواف التركي والحاج صبحي العراقي', []],
    ['after a name and a family name', 'الشيخ علي الحسين التركي', []],
    ['after a kunya', 'أبو محمد العراقي وأم محمد الجزائري', []],
    ['after a compound name', 'عبد القادر الجزائري وجمال الدين الأفغاني', []],
    ['تركي, a first name before a family name', 'حضر تركي الحسن والأمير تركي بن محمد', []],
    ['an indefinite nisba after a first name', 'قال محمد سوري وأحمد مصري وفاطمة عراقي', []],
    [
      'an indefinite nisba after a compound name or a title and a name',
      'عبد الرحمن مصري والشيخ خالد عراقي والمختار مرعي يمني',
      [],
    ],
  ])('reads a nisba that names a family or a person as no state: %s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['an agreeing noun', 'القبيلة العراقية وقبيلة التركي العراقية', ['IQ:العراقية(adj)', 'IQ:العراقية(adj)']],
    ['a feminine nisba after a woman’s name', 'قالت الطفلة فاطمة السورية', ['SY:السورية(adj)']],
    [
      'a title or a post right before it',
      'الرئيس السوري والشيخ اليمني ورجل الدين العراقي',
      ['SY:السوري(adj)', 'YE:اليمني(adj)', 'IQ:العراقي(adj)'],
    ],
    ['الجنسية after it', 'المدرب محمد خالد السوري الجنسية', ['SY:السوري(adj)']],
    ['على (on), which folds like علي (Ali)', 'اعتداء على السوري', ['SY:السوري(adj)']],
    ['تركي before a day (a Turkish official)', 'قال مسؤول تركي الثلاثاء', ['TR:تركي(adj)']],
    [
      'an indefinite noun (a man, a citizen, a refugee)',
      'رجل سوري ومواطن مصري ولاجئ عراقي',
      ['SY:سوري(adj)', 'EG:مصري(adj)', 'IQ:عراقي(adj)'],
    ],
    ['a feminine nisba after a woman’s name, indefinite', 'قالت فاطمة مصرية', ['EG:مصرية(adj)']],
    ['a first name and الجنسية', 'أوقف أحمد مصري الجنسية', ['EG:مصري(adj)']],
    ['another nisba (تركي, also a first name)', 'اتفاق تركي سوري', ['TR:تركي(adj)', 'SY:سوري(adj)']],
  ])('keeps the nisba an adjective after %s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['enthusiasm (حماس)', 'استقبلوا الوفد بحماس كبير، وتحدث بحماس عن المشروع بكل حماس، مما أثار حماس الجماهير'],
    ['two students (طالبان)', 'فاز طالبان جامعيان بالجائزة، وشارك طالبان من جامعة دمشق'],
    ['support (النصرة)', 'النصرة للشعب الفلسطيني في مسيرات النصرة'],
    ['insisting (مُصِرّ)', 'قال إنه مصر على موقفه، وهو مُصِرّ على الحضور'],
    ['a cup, with tanween (كوباً)', 'شرب كوباً من الماء وكوبًا من الشاي'],
    ['Kobe, the city and the player (كوبي)', 'زار مدينة كوبي، ولعب كوبي براينت'],
    ['brothers, addressed (أيها الإخوان)', 'وقال أيها الإخوان الكرام'],
    ['Amman, with a shadda (عمّان)', 'وصل الوفد السعودي إلى عمّان، وزار الأردن وعمّان'],
  ])('does not take a common word spelled like a name for it: %s', (_case, text) => {
    expect(found(text).filter((m) => !/^(?:SA|JO|PS):/.test(m))).toEqual([]);
  });

  it.each([
    [
      'Hamas',
      'حركة حماس تعلن، وحماس تدين، واتهمت حماس الاحتلال، ومكتب حماس السياسي، وعلاقتها بحماس، وصلة وثيقة بحماس',
      6,
    ],
    ['the Taliban', 'طالبان تسيطر على المدينة، وتمكنت طالبان من السيطرة', 2],
    ['al-Nusra', 'هاجمت النصرة مواقع الجيش، وجبهة النصرة', 2],
    ['Egypt', 'مصر تدين، وأكدت مصر على موقفها، وزار مِصْر', 3],
    ['Cuba and the Cuban adjective', 'كوبا وفنزويلا، والسفير كوبي الجنسية', 2],
    ['Oman, in a list, or with a damma', 'السعودية وعمان، وزار عُمان', 2],
  ])('keeps the name where it is one: %s', (_case, text, count) => {
    expect(found(text).filter((m) => !/^(?:SA|VE|IL):/.test(m))).toHaveLength(count);
  });

  it('does not read a surname formed from no state as one (التركاوي، المصراتي)', () => {
    expect(found('الشيخ علي الحسين التركاوي والمهندس عمار المصراتي')).toEqual([]);
  });

  it('finds organisation adjectives: الأممية is of the UN', () => {
    expect(found('القوات الأممية في الجولان')).toEqual(['un:الأممية(adj)']);
  });

  it('accepts a guarded acronym between brackets as well as between quotes', () => {
    expect(found('التحالف البوليفاري لشعوب أمريكتنا (ألبا)')).toContain('alba:ألبا');
    expect(found('رقصة ألبا الشعبية')).toEqual([]);
  });

  it('reads عمان as Oman only in a list of states, not the city of Amman', () => {
    expect(found('المسؤولين الأمريكيين في عمان')).toEqual(['US:الأمريكيين(adj)']);
    expect(found('السعودية وعمان والكويت')).toContain('OM:وعمان');
  });

  it('does not take a region or a phrase for the state inside it', () => {
    expect(found('أوراسيا والشرق الأوسط وأمريكا اللاتينية')).toEqual([]);
    expect(found('في المحيط الهندي')).toEqual([]);
  });

  it('reads the Sahrawi Republic by its names, not the territory of Western Sahara nor a desert adjective', () => {
    expect(found('شاركت الجمهورية العربية الصحراوية الديمقراطية في القمة')).toEqual([
      'EH:الجمهورية العربية الصحراوية الديمقراطية',
    ]);
    expect(found('وفد الجمهورية الصحراوية والجزائر')).toEqual(['EH:الجمهورية الصحراوية', 'DZ:والجزائر']);
    expect(found('بعثة إلى الصحراء الغربية عبر منطقة صحراوية')).toEqual([]);
    expect(found('The SADR and the Sahrawi Republic; Western Sahara is a territory.')).toEqual([
      'EH:SADR',
      'EH:Sahrawi Republic',
    ]);
  });

  it('does not take a capital or a generic noun for a state or an organisation', () => {
    expect(found('نبحث مع واشنطن، وقال مقر المنظمة إن المجموعة')).toEqual([]);
  });

  it('finds organisations by name, acronym in Arabic script and short form', () => {
    expect(found('حلف الناتو وحلف شمال الأطلسي')).toEqual(['nato:حلف الناتو', 'nato:وحلف شمال الأطلسي']);
    expect(found('وقالت الأونروا')).toContain('unrwa:الأونروا');
    expect(found('وقالت أوبك')).toContain('opec:أوبك');
    expect(found('تنظيمي “داعش” و”جبهة النصرة” الإرهابيين')).toEqual(['isis:داعش', 'nusra:جبهة النصرة']);
  });
});

describe('the engine on English text', () => {
  it('reads possessives, acronyms with dots and "the Syrian Arab Republic"', () => {
    expect(found("Russia's envoy told the U.N. that the Syrian Arab Republic and the U.S. agreed.")).toEqual([
      'RU:Russia',
      'un:U.N.',
      'SY:Syrian Arab Republic',
      'US:U.S.',
    ]);
  });

  it('respects case: "US" is the United States, "us" is a pronoun; "turkey" is a bird', () => {
    expect(found('The US told us about Turkey, not turkey.')).toEqual(['US:US', 'TR:Turkey']);
  });

  it('finds adjectives and organisations', () => {
    expect(found('Syrian and Russian officials met NATO and the European Union.')).toEqual([
      'SY:Syrian(adj)',
      'RU:Russian(adj)',
      'nato:NATO',
      'eu:European Union',
    ]);
  });

  it('does not take Latin America for America', () => {
    expect(found('Trade with Latin America grew.')).toEqual([]);
  });
});

describe('mixed text', () => {
  it('decides the language per block, not per page', () => {
    const text = "دمشق-سانا\nأكدت سورية وروسيا\nDamascus, SANA - Syria and Russia's ministers met.";
    expect(splitBlocks(text).map((b) => b.lang)).toEqual(['ar', 'ar', 'en']);
    expect(found(text)).toEqual(['SY:سورية', 'RU:وروسيا', 'SY:Syria', 'RU:Russia']);
  });

  it('finds a Latin acronym inside Arabic text', () => {
    expect(found('حلف شمال الأطلسي (NATO) والاتحاد الأوروبي (EU)')).toEqual([
      'nato:حلف شمال الأطلسي',
      'nato:NATO',
      'eu:والاتحاد الأوروبي',
      'eu:EU',
    ]);
  });
});

/** What the page paints: `text → id (style)`. */
function painted(text: string): string[] {
  return (defaultEngine().findForPage(text) ?? []).map(
    (m) => `${text.slice(m.start, m.end)} → ${m.entityId} (${m.style})`,
  );
}

describe('a nisba inside the name of a body (lib/entities/data/README.md)', () => {
  it.each([
    ['الائتلاف الوطني السوري', ['السوري → SY (adjective)']],
    ['المرصد السوري لحقوق الإنسان', ['السوري → SY (adjective)']],
    ['منظمة الهلال الأحمر العربي السوري', ['السوري → SY (adjective)']],
    ['الجيش العربي السوري', ['السوري → SY (adjective)']],
    ['الحزب الشيوعي الصيني', ['الصيني → CN (adjective)']],
    ['التلفزيون السوري', ['السوري → SY (adjective)']],
    ['the Syrian Observatory for Human Rights', ['Syrian → SY (adjective)']],
    ['the Syrian Arab Red Crescent', ['Syrian → SY (adjective)']],
    ['the Syrian Arab Army', ['Syrian → SY (adjective)']],
    ['the Turkish Red Crescent', ['Turkish → TR (adjective)']],
  ])('of a national body is a mention of the state, painted as an adjective: %s', (text, expected) => {
    expect(painted(text)).toEqual(expected);
  });

  it.each([
    ['منظمة الدول الأمريكية', ['منظمة الدول الأمريكية → oas (org)']],
    ['قوات سوريا الديمقراطية', ['قوات سوريا الديمقراطية → sdf (org)']],
    ['الجيش الوطني السوري', ['الجيش الوطني السوري → syrian-national-army (org)']],
    ['حزب الله اللبناني', ['حزب الله اللبناني → hezbollah (org)']],
    ['the Organization of American States', ['Organization of American States → oas (org)']],
    ['the Syrian Democratic Forces', ['Syrian Democratic Forces → sdf (org)']],
  ])('of an organisation the dataset knows belongs to its name: %s', (text, expected) => {
    expect(painted(text)).toEqual(expected);
  });
});
