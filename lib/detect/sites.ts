/**
 * The curated news sites: where the content script is declared, and how each site shapes its
 * article and listing URLs. Every rule carries example URLs, which a test checks.
 */
export interface NewsSite {
  id: string;
  name: { ar: string; en: string };
  /** Host names, without "www." (a sub-domain matches too: *.sana.sy). */
  hosts: string[];
  /** Where the site's Arabic (or English) edition lives, when it shares a host with others. */
  pathPrefix?: string;
  /** Matches the path (and query) of an article URL. */
  article: RegExp;
  /** Matches the path of a listing: home, section, tag, author, archive. */
  listing: RegExp;
  examples: { article: string[]; listing: string[] };
}

// A home, section or tag page: up to three short path segments (Arabic slugs too) and no id.
const SECTION = /^\/(?:[^/?#\d]+\/?){0,3}$/;

export const NEWS_SITES: readonly NewsSite[] = [
  {
    id: 'sana',
    name: { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
    hosts: ['sana.sy', 'sanasyria.org', 'sana-syria.org', 'sananews.online'],
    article: /^\/(?:(?:en|fr|ru|fa|es|tr|de|he)\/)?(?:[a-z-]+\/)?\d{4,}\/?$|[?&]p=\d+/,
    listing: /^\/(?:(?:en|fr|ru|fa|es|tr|de|he)\/?)?(?:(?:category|tag)\/)?[a-z-]*\/?$|[?&](?:cat|tag|s)=/,
    examples: {
      article: [
        'https://sana.sy/politics/2357149/',
        'https://sana.sy/culture-and-arts/2280593/',
        'https://sana.sy/en/syria/2289847/',
        'https://sana.sy/?p=1986823',
        'https://www.sana.sy/en/?p=331122',
      ],
      listing: [
        'https://sana.sy/',
        'https://sana.sy/politics/',
        'https://sana.sy/en/',
        'https://sana.sy/?cat=29582&paged=2',
      ],
    },
  },
  {
    id: 'syrian-telegraph',
    name: { ar: 'سيريان تلغراف', en: 'Syrian Telegraph' },
    hosts: ['syriantelegraph.net'],
    article: /^\/\?p=\d+|^\/archives\/\d+|^\/\d{4}\/\d{2}\/\d{2}\//,
    listing: SECTION,
    examples: {
      article: ['https://syriantelegraph.net/?p=157331', 'https://syriantelegraph.net/archives/157331'],
      listing: ['https://syriantelegraph.net/', 'https://syriantelegraph.net/category/syria/'],
    },
  },
  {
    id: 'rt-arabic',
    name: { ar: 'آر تي عربي', en: 'RT Arabic' },
    hosts: ['arabic.rt.com'],
    article: /^\/[a-z_]+\/\d{5,}-/,
    listing: SECTION,
    examples: {
      article: ['https://arabic.rt.com/middle_east/1587432-لافروف-سوريا/', 'https://arabic.rt.com/world/1601234-abc/'],
      listing: ['https://arabic.rt.com/', 'https://arabic.rt.com/middle_east/'],
    },
  },
  {
    id: 'sputnik-arabic',
    name: { ar: 'سبوتنيك عربي', en: 'Sputnik Arabic' },
    hosts: ['sarabic.ae'],
    article: /^\/\d{8}\/[^/]+-\d{6,}\.html$/,
    listing: SECTION,
    examples: {
      article: ['https://sarabic.ae/20241115/الخارجية-الروسية-1094123456.html'],
      listing: ['https://sarabic.ae/', 'https://sarabic.ae/world/'],
    },
  },
  {
    id: 'tass',
    name: { ar: 'وكالة تاس', en: 'TASS' },
    hosts: ['tass.com', 'tass.ru'],
    article: /^\/[a-z-]+\/\d{5,}\/?$/,
    listing: SECTION,
    examples: {
      article: ['https://tass.com/politics/1879123', 'https://tass.ru/politika/22451234'],
      listing: ['https://tass.com/', 'https://tass.com/world'],
    },
  },
  {
    id: 'almayadeen',
    name: { ar: 'الميادين', en: 'Al Mayadeen' },
    hosts: ['almayadeen.net'],
    article: /^\/(?:[a-z-]+\/){1,2}[^/]*[\u0600-\u06ff%][^/]*\/?$|^\/news\/[^/]+\/[^/]+$/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.almayadeen.net/news/politics/الجيش-السوري-يستعيد',
        'https://www.almayadeen.net/news/politics/abc-def',
      ],
      listing: ['https://www.almayadeen.net/', 'https://www.almayadeen.net/news/politics'],
    },
  },
  {
    id: 'alwatan',
    name: { ar: 'الوطن (سوريا)', en: 'Al-Watan (Syria)' },
    hosts: ['alwatan.sy'],
    article: /^\/archives\/\d+|^\/\?p=\d+/,
    listing: /^\/(?:archives\/)?(?:(?:category|tag)\/[^/]+\/?)?$/,
    examples: {
      article: ['https://alwatan.sy/archives/412345', 'https://alwatan.sy/?p=412345'],
      listing: ['https://alwatan.sy/', 'https://alwatan.sy/archives/category/politics'],
    },
  },
  {
    id: 'almanar',
    name: { ar: 'قناة المنار', en: 'Al-Manar' },
    hosts: ['almanar.com.lb'],
    article: /^\/\d{5,}\/?$/,
    listing: SECTION,
    examples: {
      article: ['https://almanar.com.lb/12345678'],
      listing: ['https://almanar.com.lb/', 'https://almanar.com.lb/category/news'],
    },
  },
  {
    id: 'al-akhbar',
    name: { ar: 'الأخبار (لبنان)', en: 'Al-Akhbar' },
    hosts: ['al-akhbar.com'],
    article: /^\/[A-Za-z_]+\/\d{5,}\/?/,
    listing: SECTION,
    examples: {
      article: ['https://al-akhbar.com/Politics/812345/'],
      listing: ['https://al-akhbar.com/', 'https://al-akhbar.com/Politics'],
    },
  },
  {
    id: 'ahram',
    name: { ar: 'الأهرام', en: 'Al-Ahram' },
    hosts: ['gate.ahram.org.eg', 'ahram.org.eg'],
    article: /^\/News\/\d+\.aspx$|^\/NewsQ\/\d+\.aspx$/i,
    listing: /^\/(?:Portal\/\d+\/[^/]+\.aspx)?\/?$/i,
    examples: {
      article: ['https://gate.ahram.org.eg/News/4851234.aspx', 'https://ahram.org.eg/NewsQ/912345.aspx'],
      listing: ['https://gate.ahram.org.eg/', 'https://gate.ahram.org.eg/Portal/13/عرب-وعالم.aspx'],
    },
  },
  {
    id: 'aljazeera',
    name: { ar: 'الجزيرة نت', en: 'Al Jazeera' },
    hosts: ['aljazeera.net', 'aljazeera.com'],
    article: /^\/[a-z-]+\/\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.aljazeera.net/news/2024/11/22/سوريا-روسيا',
        'https://www.aljazeera.com/news/2024/11/22/syria-talks',
      ],
      listing: ['https://www.aljazeera.net/', 'https://www.aljazeera.net/news/'],
    },
  },
  {
    id: 'alarabiya',
    name: { ar: 'العربية', en: 'Al Arabiya' },
    hosts: ['alarabiya.net'],
    article: /^\/[a-z-]+\/(?:[a-z-]+\/)?\d{4}\/\d{2}\/\d{2}\/[^/]+/,
    listing: SECTION,
    examples: {
      article: ['https://www.alarabiya.net/arab-and-world/syria/2024/11/22/abc'],
      listing: ['https://www.alarabiya.net/', 'https://www.alarabiya.net/arab-and-world'],
    },
  },
  {
    id: 'bbc-arabic',
    name: { ar: 'بي بي سي عربي', en: 'BBC Arabic' },
    hosts: ['bbc.com', 'bbc.co.uk'],
    pathPrefix: '/arabic',
    article: /^\/arabic\/(?:articles\/[a-z0-9]+|[a-z-]+-\d{6,})\/?$/,
    listing: /^\/arabic(?:\/(?:topics\/[a-z0-9]+|[a-z_-]+))?\/?$/,
    examples: {
      article: ['https://www.bbc.com/arabic/articles/c4gvlx1dz8zo', 'https://www.bbc.com/arabic/middleeast-59234567'],
      listing: ['https://www.bbc.com/arabic', 'https://www.bbc.com/arabic/topics/c4794229mnqt'],
    },
  },
  {
    id: 'aawsat',
    name: { ar: 'الشرق الأوسط', en: 'Asharq Al-Awsat' },
    hosts: ['aawsat.com'],
    article: /^\/(?:[^/]+\/){1,3}\d{6,}-[^/]+$/,
    listing: SECTION,
    examples: {
      article: ['https://aawsat.com/العالم-العربي/المشرق-العربي/5085123-abc'],
      listing: ['https://aawsat.com/', 'https://aawsat.com/world'],
    },
  },
  {
    id: 'anadolu-arabic',
    name: { ar: 'الأناضول', en: 'Anadolu Agency (Arabic)' },
    hosts: ['aa.com.tr'],
    pathPrefix: '/ar',
    article: /^\/ar\/[^/]+\/[^/]+\/\d{6,}$/,
    listing: /^\/ar(?:\/[^/]+)?\/?$/,
    examples: {
      article: ['https://www.aa.com.tr/ar/الدول-العربية/abc/3401234'],
      listing: ['https://www.aa.com.tr/ar', 'https://www.aa.com.tr/ar/الدول-العربية'],
    },
  },
  {
    id: 'un-news',
    name: { ar: 'أخبار الأمم المتحدة', en: 'UN News' },
    hosts: ['news.un.org'],
    pathPrefix: '/ar',
    article: /^\/ar\/story\/\d{4}\/\d{2}\/\d+/,
    listing: /^\/ar(?:\/news)?(?:\/(?:topic|region)\/[a-z-]+)?\/?$/,
    examples: {
      article: ['https://news.un.org/ar/story/2024/11/1136421'],
      listing: ['https://news.un.org/ar/', 'https://news.un.org/ar/news/topic/peace-and-security'],
    },
  },
  {
    id: 'alquds-alarabi',
    name: { ar: 'القدس العربي', en: 'Al-Quds Al-Arabi' },
    hosts: ['alquds.co.uk'],
    article: /^\/[^/]*[\u0600-\u06ff%][^/]*\/?$/,
    listing: /^\/(?:category\/[^/]+\/?)?$/,
    examples: {
      article: ['https://www.alquds.co.uk/سوريا-وروسيا/'],
      listing: ['https://www.alquds.co.uk/', 'https://www.alquds.co.uk/category/news/'],
    },
  },
  {
    id: 'alaraby',
    name: { ar: 'العربي الجديد', en: 'The New Arab (Al-Araby)' },
    hosts: ['alaraby.co.uk'],
    article: /^\/(?:[a-z-]+\/)+[^/]+$/,
    listing: /^\/(?:[a-z-]+)?\/?$/,
    examples: {
      article: ['https://www.alaraby.co.uk/politics/سوريا-ومجلس-الأمن'],
      listing: ['https://www.alaraby.co.uk/', 'https://www.alaraby.co.uk/politics'],
    },
  },
  {
    id: 'skynewsarabia',
    name: { ar: 'سكاي نيوز عربية', en: 'Sky News Arabia' },
    hosts: ['skynewsarabia.com'],
    article: /^\/[a-z-]+\/\d{6,}-/,
    listing: SECTION,
    examples: {
      article: ['https://www.skynewsarabia.com/middle-east/1756123-abc'],
      listing: ['https://www.skynewsarabia.com/', 'https://www.skynewsarabia.com/middle-east'],
    },
  },
  {
    id: 'france24-arabic',
    name: { ar: 'فرانس 24', en: 'France 24 (Arabic)' },
    hosts: ['france24.com'],
    pathPrefix: '/ar',
    article: /^\/ar\/[^/]+\/\d{8}-/,
    listing: /^\/ar(?:\/[^/]+)?\/?$/,
    examples: {
      article: ['https://www.france24.com/ar/الشرق-الأوسط/20241122-abc'],
      listing: ['https://www.france24.com/ar/', 'https://www.france24.com/ar/الشرق-الأوسط/'],
    },
  },
  {
    id: 'dw-arabic',
    name: { ar: 'دويتشه فيله', en: 'DW Arabic' },
    hosts: ['dw.com'],
    pathPrefix: '/ar',
    article: /^\/ar\/[^/]+\/a-\d+$/,
    listing: /^\/ar(?:\/[^/]+\/s-\d+)?\/?$/,
    examples: {
      article: ['https://www.dw.com/ar/abc/a-70812345'],
      listing: ['https://www.dw.com/ar/', 'https://www.dw.com/ar/سياسة/s-9123'],
    },
  },
  {
    id: 'cnn-arabic',
    name: { ar: 'سي إن إن بالعربية', en: 'CNN Arabic' },
    hosts: ['arabic.cnn.com'],
    article: /^\/[a-z-]+\/article\/\d{4}\/\d{2}\/\d{2}\//,
    listing: SECTION,
    examples: {
      article: ['https://arabic.cnn.com/middle-east/article/2024/11/22/abc'],
      listing: ['https://arabic.cnn.com/', 'https://arabic.cnn.com/middle-east'],
    },
  },
  {
    id: 'independent-arabia',
    name: { ar: 'اندبندنت عربية', en: 'Independent Arabia' },
    hosts: ['independentarabia.com'],
    article: /^\/node\/\d+/,
    listing: SECTION,
    examples: {
      article: ['https://www.independentarabia.com/node/612345/abc'],
      listing: ['https://www.independentarabia.com/', 'https://www.independentarabia.com/politics'],
    },
  },
  {
    id: 'annahar',
    name: { ar: 'النهار', en: 'An-Nahar' },
    hosts: ['annahar.com'],
    article: /^\/(?:[^/]+\/){1,3}\d{6,}\/?/,
    listing: SECTION,
    examples: {
      article: ['https://www.annahar.com/arab-world/syria/123456/abc'],
      listing: ['https://www.annahar.com/', 'https://www.annahar.com/arab-world'],
    },
  },
  {
    id: 'enab-baladi',
    name: { ar: 'عنب بلدي', en: 'Enab Baladi' },
    hosts: ['enabbaladi.net'],
    article: /^\/(?:en\/)?\d{5,}\/?|^\/archives\/\d+/,
    listing: SECTION,
    examples: {
      article: ['https://www.enabbaladi.net/712345/abc/', 'https://www.enabbaladi.net/archives/712345'],
      listing: ['https://www.enabbaladi.net/', 'https://www.enabbaladi.net/category/news/'],
    },
  },
  {
    id: 'alalam',
    name: { ar: 'قناة العالم', en: 'Al-Alam' },
    hosts: ['alalam.ir'],
    article: /^\/news\/\d+/,
    listing: SECTION,
    examples: {
      article: ['https://www.alalam.ir/news/6912345/abc'],
      listing: ['https://www.alalam.ir/', 'https://www.alalam.ir/section/middle-east'],
    },
  },
  {
    id: 'xinhua-arabic',
    name: { ar: 'شينخوا', en: 'Xinhua (Arabic)' },
    hosts: ['arabic.news.cn'],
    article: /^\/\d{8}\/[0-9a-f]{32}\/c\.html$|^\/[a-z]+\/\d{8}\/[0-9a-f]+\/c\.html$/,
    listing: SECTION,
    examples: {
      article: ['https://arabic.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html'],
      listing: ['https://arabic.news.cn/', 'https://arabic.news.cn/world/'],
    },
  },
  {
    id: 'thawra',
    name: { ar: 'الثورة', en: 'Al-Thawra' },
    hosts: ['thawra.sy'],
    article: /^\/\?p=\d+|^\/\d{5,}\/?$/,
    listing: SECTION,
    examples: {
      article: ['https://thawra.sy/?p=512345'],
      listing: ['https://thawra.sy/', 'https://thawra.sy/category/politics/'],
    },
  },
];
