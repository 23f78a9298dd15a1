/**
 * The curated news sites: where the content script is declared, and how each site shapes its
 * article and listing URLs, today and in the years its archive still links to. Siyaq reads Arabic
 * and English only, so a site is its Arabic and English editions, never the same outlet's pages in
 * other languages. Every rule carries example URLs, which a test checks.
 */
export interface NewsSite {
  id: string;
  name: { ar: string; en: string };
  /**
   * Host names, current first, then the former ones a reader's archive still links to; without
   * "www.", which matches too. Only these hosts: a sub-domain is often another language's edition
   * (chinese.aljazeera.net, espanol.almayadeen.net, farsi.aawsat.com).
   */
  hosts: string[];
  /** Where the Arabic and English editions live, when the hosts also carry other languages: '/ar', '/en'. */
  sections?: string[];
  /** On hosts whose root is the Arabic edition: the paths of the editions in other languages ('/fr'). */
  foreign?: string[];
  /** Matches the path (and query) of an article URL, in any of the site's layouts over the years. */
  article: RegExp;
  /** Matches the path of a listing: home, section, tag, author, archive. */
  listing: RegExp;
  /**
   * One URL per layout and host: articles, listings, and pages in other languages on the same
   * hosts, which belong to no curated site.
   */
  examples: { article: string[]; listing: string[]; foreign?: string[] };
}

// A home, section or tag page: up to three short path segments (Arabic slugs too) and no id.
const SECTION = /^\/(?:[^/?#\d]+\/?){0,3}$/;

export const NEWS_SITES: readonly NewsSite[] = [
  {
    id: 'sana',
    name: { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
    hosts: ['sana.sy', 'sanasyria.org', 'sana-syria.org', 'sananews.online'],
    foreign: ['/fr', '/ru', '/fa', '/es', '/tr', '/de', '/he'],
    // Today /<section>/<id>/; 2013–2025 WordPress ?p=<id> (Arabic at the root or under /ar, English
    // under /en); before 2013 /ara/ and /eng/<section no.>/<yyyy>/<mm>/<dd>/<id>.htm.
    article:
      /^\/(?:(?:en|ar)\/)?(?:[a-z-]+\/)?\d{4,}\/?$|[?&]p=\d+|^\/(?:ara|eng)\/\d+\/\d{4}\/\d{2}\/\d{2}\/\d+\.htm$/,
    listing: /^\/(?:(?:en|ar)\/?)?(?:(?:category|tag)\/)?[a-z-]*\/?$|[?&](?:cat|tag|s)=/,
    examples: {
      article: [
        'https://sana.sy/politics/2357149/',
        'https://sana.sy/culture-and-arts/2280593/',
        'https://sana.sy/en/syria/2289847/',
        'https://sana.sy/?p=1986823',
        'https://www.sana.sy/en/?p=331122',
        'https://sana.sy/ar/?p=123456',
        'http://www.sana.sy/ara/2/2011/04/21/342400.htm',
        'http://www.sana.sy/eng/21/2011/04/18/341523.htm',
        'https://sananews.online/en/?p=12345',
      ],
      listing: [
        'https://sana.sy/',
        'https://sana.sy/politics/',
        'https://sana.sy/en/',
        'https://sana.sy/?cat=29582&paged=2',
      ],
      foreign: [
        'https://sana.sy/fr/?p=123456',
        'https://sana.sy/ru/',
        'https://www.sana.sy/es/politica/2301234/',
        'https://sana.sy/he',
        'https://sanasyria.org/fa/?p=1234',
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
      article: [
        'https://syriantelegraph.net/?p=157331',
        'https://syriantelegraph.net/archives/157331',
        'https://syriantelegraph.net/2016/03/04/abc/',
      ],
      listing: ['https://syriantelegraph.net/', 'https://syriantelegraph.net/category/syria/'],
    },
  },
  {
    id: 'rt-arabic',
    name: { ar: 'آر تي عربي', en: 'RT Arabic' },
    // rtarabic.com: Rusiya Al-Yaum's first address. ar.rt.com only redirects (short links).
    hosts: ['arabic.rt.com', 'rtarabic.com'],
    // Today /<section>/<id>-<slug>/; 2014–2017 /news/<id>-<slug>/; before that /news_all_news/<kind>/<id>/.
    article: /^\/[a-z_]+\/\d{5,}-|^\/news_all_news\/[a-z_]+\/\d+\/?$/,
    listing: SECTION,
    examples: {
      article: [
        'https://arabic.rt.com/middle_east/1587432-لافروف-سوريا/',
        'https://arabic.rt.com/world/1601234-abc/',
        'https://arabic.rt.com/news/816435-abc/',
        'http://arabic.rt.com/news_all_news/news/59914/',
        'http://www.rtarabic.com/news_all_news/news/12345/',
      ],
      listing: ['https://arabic.rt.com/', 'https://arabic.rt.com/middle_east/', 'http://arabic.rt.com/news_all_news/'],
    },
  },
  {
    id: 'sputnik-arabic',
    name: { ar: 'سبوتنيك عربي', en: 'Sputnik Arabic' },
    // Sputnik Arabic moved from arabic.sputniknews.com to sarabic.ae in 2022; it took over from RIA
    // Novosti's Arabic service (ar.rian.ru) and the Voice of Russia's (arabic.ruvr.ru) in 2014.
    hosts: ['sarabic.ae', 'arabic.sputniknews.com', 'ar.rian.ru', 'arabic.ruvr.ru'],
    // Today /<yyyymmdd>/<slug>-<id>.html; before 2020 /<section>/<yyyymmdd><id>/ (18 digits);
    // RIA Novosti /<section>/<yyyymmdd>/<id>.html; the Voice of Russia /<yyyy_mm_dd>/<id>/.
    article:
      /^\/\d{8}\/[^/]+-\d{6,}\.html$|^\/[a-z_]+\/\d{18}(?:-[^/]*)?\/?$|^\/[a-z_]+\/\d{8}\/\d+\.html$|^\/\d{4}_\d{2}_\d{2}\/[^/]*\d+\/?$/,
    listing: SECTION,
    examples: {
      article: [
        'https://sarabic.ae/20241115/الخارجية-الروسية-1094123456.html',
        'https://arabic.sputniknews.com/20200304/abc-1044912345.html',
        'https://arabic.sputniknews.com/arab_world/201902101038523456-سوريا/',
        'http://ar.rian.ru/arab_world/20130506/123456789.html',
        'http://arabic.ruvr.ru/2014_03_04/268123456/',
      ],
      listing: ['https://sarabic.ae/', 'https://sarabic.ae/world/', 'https://arabic.sputniknews.com/arab_world/'],
    },
  },
  {
    id: 'tass',
    name: { ar: 'وكالة تاس', en: 'TASS' },
    // tass.com is TASS in English (en.itar-tass.com until 2014); tass.ru is Russian: not read.
    hosts: ['tass.com', 'en.itar-tass.com'],
    article: /^\/[a-z-]+\/\d{5,}\/?$/,
    listing: SECTION,
    examples: {
      article: ['https://tass.com/politics/1879123', 'http://en.itar-tass.com/world/736512'],
      listing: ['https://tass.com/', 'https://tass.com/world'],
      foreign: ['https://tass.ru/politika/22451234', 'https://itar-tass.com/politika/1234567'],
    },
  },
  {
    id: 'almayadeen',
    name: { ar: 'الميادين', en: 'Al Mayadeen' },
    // english.almayadeen.net is the English edition; espanol.almayadeen.net is not read.
    hosts: ['almayadeen.net', 'english.almayadeen.net'],
    // Today /news/<section>/<slug>; 2016–2020 /news/<section>/<id>/<slug>; 2012–2016 under /ar/.
    article: /^\/(?:[a-z-]+\/){1,2}[^/]*[\u0600-\u06ff%][^/]*\/?$|^\/(?:ar\/)?news\/[^/]+\/[^/]+(?:\/[^/]+)?\/?$/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.almayadeen.net/news/politics/الجيش-السوري-يستعيد',
        'https://www.almayadeen.net/news/politics/abc-def',
        'http://www.almayadeen.net/news/politics/1234567/abc',
        'http://www.almayadeen.net/ar/news/syria/abc-def',
        'https://english.almayadeen.net/news/politics/abc-def',
      ],
      listing: ['https://www.almayadeen.net/', 'https://www.almayadeen.net/news/politics'],
      foreign: ['https://espanol.almayadeen.net/noticias/politica/abc-def'],
    },
  },
  {
    id: 'alwatan',
    name: { ar: 'الوطن (سوريا)', en: 'Al-Watan (Syria)' },
    hosts: ['alwatan.sy'],
    // WordPress since 2013; before it the newspaper's own dindex.php?idn=<id>.
    article: /^\/archives\/\d+|^\/\?p=\d+|^\/dindex\.php\?idn=\d+/,
    listing: /^\/(?:archives\/)?(?:(?:category|tag)\/[^/]+\/?)?$/,
    examples: {
      article: [
        'https://alwatan.sy/archives/412345',
        'https://alwatan.sy/?p=412345',
        'http://www.alwatan.sy/dindex.php?idn=137264',
      ],
      listing: ['https://alwatan.sy/', 'https://alwatan.sy/archives/category/politics'],
    },
  },
  {
    id: 'almanar',
    name: { ar: 'قناة المنار', en: 'Al-Manar' },
    hosts: ['almanar.com.lb', 'english.almanar.com.lb'],
    // Today /article/<id>; 2016–2024 /<id>; before 2016 adetails.php?eid=<id> (English under /english/).
    article: /^\/(?:article\/)?\d{5,}\/?$|^\/(?:english\/)?adetails\.php\?eid=\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://almanar.com.lb/12345678',
        'https://www.almanar.com.lb/article/1234567',
        'https://english.almanar.com.lb/article/132252/',
        'http://www.almanar.com.lb/adetails.php?eid=1234567&cid=21',
        'http://www.almanar.com.lb/english/adetails.php?eid=123456&cid=23',
      ],
      listing: ['https://almanar.com.lb/', 'https://almanar.com.lb/category/news'],
    },
  },
  {
    id: 'al-akhbar',
    name: { ar: 'الأخبار (لبنان)', en: 'Al-Akhbar' },
    // english.al-akhbar.com: the English edition, 2012–2015.
    hosts: ['al-akhbar.com', 'english.al-akhbar.com'],
    // Today /<Section>/<id>/; before 2019 Drupal's /node/<id>.
    article: /^\/[A-Za-z_]+\/\d{5,}\/?|^\/node\/\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://al-akhbar.com/Politics/812345/',
        'http://www.al-akhbar.com/node/123456',
        'http://english.al-akhbar.com/node/20528',
      ],
      listing: ['https://al-akhbar.com/', 'https://al-akhbar.com/Politics'],
    },
  },
  {
    id: 'ahram',
    name: { ar: 'الأهرام', en: 'Al-Ahram' },
    // english.ahram.org.eg: Ahram Online; the French hebdo.ahram.org.eg is not read.
    hosts: ['gate.ahram.org.eg', 'ahram.org.eg', 'english.ahram.org.eg'],
    // Today /News/<id>.aspx; before 2020 /NewsContent/<section>/<sub>/<id>/<slugs>.aspx.
    article: /^\/News\/\d+\.aspx$|^\/NewsQ\/\d+\.aspx$|^\/NewsContent\/\d+\/\d+\/\d+\//i,
    listing: /^\/(?:Portal\/\d+\/[^/]+\.aspx)?\/?$/i,
    examples: {
      article: [
        'https://gate.ahram.org.eg/News/4851234.aspx',
        'https://ahram.org.eg/NewsQ/912345.aspx',
        'http://gate.ahram.org.eg/NewsContent/13/53/1234567/عرب-وعالم/سوريا/abc.aspx',
        'https://english.ahram.org.eg/NewsContent/2/8/512345/World/Region/abc.aspx',
        'https://english.ahram.org.eg/News/512345.aspx',
      ],
      listing: ['https://gate.ahram.org.eg/', 'https://gate.ahram.org.eg/Portal/13/عرب-وعالم.aspx'],
      foreign: ['https://hebdo.ahram.org.eg/News/12345.aspx'],
    },
  },
  {
    id: 'aljazeera',
    name: { ar: 'الجزيرة نت', en: 'Al Jazeera' },
    // aljazeera.net Arabic, aljazeera.com English (english.aljazeera.net until 2011). Not the
    // Chinese and Bosnian sub-domains of aljazeera.net.
    hosts: ['aljazeera.net', 'aljazeera.com', 'english.aljazeera.net'],
    // Arabic: today /news/<yyyy>/<m>/<d>/<slug>; 2013–2020 /news/<section>/<yyyy>/<m>/<d>/<slug>;
    // 2010–2013 /news/pages/<guid>; before that /NR/exeres/<GUID>.htm.
    // English: 2014–2020 /news/<yyyy>/<mm>/<slug>-<id>.html; before 2014 /news/<region>/<yyyy>/<mm>/<id>.html.
    article:
      /^\/[a-z-]+\/(?:[a-z-]+\/)?\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+|^\/[a-z-]+\/pages\/[0-9a-f-]{36}\/?$|^\/NR\/exeres\/[0-9A-Fa-f-]{36}\.html?$|^\/[a-z-]+\/(?:[a-z-]+\/)?\d{4}\/\d{2}\/[^/]+\.html$/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.aljazeera.net/news/2024/11/22/سوريا-روسيا',
        'https://www.aljazeera.net/news/politics/2022/3/8/abc',
        'http://www.aljazeera.net/news/arabic/2016/10/19/تحذيرات-أممية',
        'http://www.aljazeera.net/news/pages/0a7b4d28-9b43-4a4e-9b52-2c8f0e7d2c63',
        'http://www.aljazeera.net/NR/exeres/4F1D5C1A-2B3C-4D5E-8F90-A1B2C3D4E5F6.htm',
        'https://www.aljazeera.com/news/2024/11/22/syria-talks',
        'https://www.aljazeera.com/news/2017/04/syria-talks-170405123456789.html',
        'https://www.aljazeera.com/news/middleeast/2013/08/2013821113725855786.html',
        'https://www.aljazeera.com/indepth/opinion/2016/10/abc-161019123456789.html',
        'http://english.aljazeera.net/news/middleeast/2010/01/2010115123456789.html',
      ],
      listing: ['https://www.aljazeera.net/', 'https://www.aljazeera.net/news/', 'https://www.aljazeera.com/news/'],
      foreign: [
        'https://chinese.aljazeera.net/news/political/2024/11/22/abc',
        'https://balkans.aljazeera.net/news/balkan/2024/8/18/abc',
      ],
    },
  },
  {
    id: 'alarabiya',
    name: { ar: 'العربية', en: 'Al Arabiya' },
    // Not farsi.alarabiya.net, urdu.alarabiya.net.
    hosts: ['alarabiya.net', 'english.alarabiya.net'],
    // Today /<section>/[<sub>/]<yyyy>/<mm>/<dd>/<slug>; 2013–2020 the same under /ar/ (English /en/),
    // ending .html; before 2013 /articles/<yyyy>/<mm>/<dd>/<id>.html.
    article: /^\/(?:(?:ar|en)\/)?(?:[A-Za-z-]+\/){1,2}\d{4}\/\d{2}\/\d{2}\/[^/]+/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.alarabiya.net/arab-and-world/syria/2024/11/22/abc',
        'http://www.alarabiya.net/ar/arab-and-world/syria/2015/03/04/abc.html',
        'http://www.alarabiya.net/articles/2012/03/04/198765.html',
        'https://english.alarabiya.net/News/middle-east/2024/11/22/abc',
        'https://english.alarabiya.net/en/News/middle-east/2014/03/04/abc.html',
        'http://english.alarabiya.net/articles/2013/01/13/260276.html',
      ],
      listing: [
        'https://www.alarabiya.net/',
        'https://www.alarabiya.net/arab-and-world',
        'https://www.alarabiya.net/ar/',
      ],
      foreign: ['https://farsi.alarabiya.net/iran/2024/11/22/abc'],
    },
  },
  {
    id: 'bbc-arabic',
    name: { ar: 'بي بي سي عربي', en: 'BBC Arabic' },
    // The Arabic service only: BBC News in English is another outlet. news.bbc.co.uk keeps its
    // archive before 2008; mobile.bbc.co.uk served phones.
    hosts: ['bbc.com', 'bbc.co.uk', 'mobile.bbc.co.uk', 'news.bbc.co.uk'],
    sections: ['/arabic', '/hi/arabic'],
    // Today /arabic/articles/<id>; 2016–2022 /arabic/<section>-<id>; 2008–2016
    // /arabic/<section>/<yyyy>/<mm>/<yymmdd>_<slug>.shtml; before /hi/arabic/<section>/newsid_<n>/<id>.stm.
    article:
      /^\/arabic\/(?:articles\/[a-z0-9]+|[a-z-]+-\d{6,})\/?$|^\/arabic\/[a-z_]+\/\d{4}\/\d{2}\/\d{6}_[^/]+$|^\/hi\/arabic\/[a-z_]+\/newsid_\d+\/\d+\.stm$/,
    listing: /^\/arabic(?:\/(?:topics\/[a-z0-9]+|[a-z_-]+))?\/?$|^\/hi\/arabic(?:\/[a-z_]+)?\/?$/,
    examples: {
      article: [
        'https://www.bbc.com/arabic/articles/c4gvlx1dz8zo',
        'https://www.bbc.com/arabic/middleeast-59234567',
        'http://www.bbc.co.uk/arabic/middleeast/2014/05/140501_syria_talks.shtml',
        'http://mobile.bbc.co.uk/arabic/middleeast/2013/11/131103_kerry_egypt',
        'http://news.bbc.co.uk/hi/arabic/middle_east_news/newsid_7000000/7000123.stm',
      ],
      listing: [
        'https://www.bbc.com/arabic',
        'https://www.bbc.com/arabic/topics/c4794229mnqt',
        'http://www.bbc.co.uk/arabic/middleeast',
        'http://news.bbc.co.uk/hi/arabic/news/',
      ],
      foreign: [
        'https://www.bbc.com/news/world-middle-east-12345678',
        'https://www.bbc.com/persian/articles/c4gvlx1dz8zo',
      ],
    },
  },
  {
    id: 'aawsat',
    name: { ar: 'الشرق الأوسط', en: 'Asharq Al-Awsat' },
    // English at english.aawsat.com (aawsat.net around 2013–2016); not turkish. or farsi.aawsat.com.
    hosts: ['aawsat.com', 'english.aawsat.com', 'aawsat.net'],
    // Today /<section>/[<sub>/]<id>-<slug>; 2015–2023 /home/article/<id>[/<slug>]; before 2015
    // details.asp?section=…&article=<id>; English 2012–2016 /<yyyy>/<mm>/article<id>.
    article:
      /^\/(?:[^/]+\/){1,3}\d{6,}-[^/]+$|^\/home\/article\/\d+|^\/details\.asp\?.*\barticle=\d+|^\/\d{4}\/\d{2}\/article\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://aawsat.com/العالم-العربي/المشرق-العربي/5085123-abc',
        'https://aawsat.com/home/article/411671/abc',
        'http://www.aawsat.com/details.asp?section=4&article=712345&issueno=12345',
        'https://english.aawsat.com/home/article/3495556/abc',
        'http://www.aawsat.net/2013/05/article55301234',
      ],
      listing: ['https://aawsat.com/', 'https://aawsat.com/world'],
      foreign: ['https://turkish.aawsat.com/home/article/2900951', 'https://farsi.aawsat.com/home/article/123456'],
    },
  },
  {
    id: 'anadolu-arabic',
    name: { ar: 'الأناضول', en: 'Anadolu Agency' },
    hosts: ['aa.com.tr'],
    sections: ['/ar', '/en'],
    // Today /<lang>/<section>/<slug>/<id>; 2014–2015 /<lang>/news/<id>--<slug>.
    article: /^\/(?:ar|en)\/[^/]+\/[^/]+\/\d{6,}$|^\/(?:ar|en)\/[^/]+\/\d{5,}-[^/]*$/,
    listing: /^\/(?:ar|en)(?:\/[^/]+)?\/?$/,
    examples: {
      article: [
        'https://www.aa.com.tr/ar/الدول-العربية/abc/3401234',
        'https://www.aa.com.tr/en/middle-east/abc/3401234',
        'http://www.aa.com.tr/en/news/396052--abc',
      ],
      listing: ['https://www.aa.com.tr/ar', 'https://www.aa.com.tr/ar/الدول-العربية', 'https://www.aa.com.tr/en/'],
      foreign: ['https://www.aa.com.tr/tr/dunya/abc/3401234', 'https://www.aa.com.tr/fr/monde/abc/3401234'],
    },
  },
  {
    id: 'un-news',
    name: { ar: 'أخبار الأمم المتحدة', en: 'UN News' },
    hosts: ['news.un.org'],
    sections: ['/ar', '/en'],
    article: /^\/(?:ar|en)\/(?:story|interview|audio)\/\d{4}\/\d{2}\/\d+/,
    listing: /^\/(?:ar|en)(?:\/news)?(?:\/(?:topic|region)\/[a-z-]+)?\/?$/,
    examples: {
      article: ['https://news.un.org/ar/story/2024/11/1136421', 'https://news.un.org/en/story/2024/11/1156789'],
      listing: [
        'https://news.un.org/ar/',
        'https://news.un.org/ar/news/topic/peace-and-security',
        'https://news.un.org/en',
      ],
      foreign: ['https://news.un.org/fr/story/2024/11/1150123', 'https://news.un.org/ru/story/2024/11/1457123'],
    },
  },
  {
    id: 'alquds-alarabi',
    name: { ar: 'القدس العربي', en: 'Al-Quds Al-Arabi' },
    hosts: ['alquds.co.uk'],
    // Today /<arabic-slug>/; 2013– WordPress ?p=<id>; before 2013 index.asp?fname=<issue file>.
    article: /^\/[^/]*[\u0600-\u06ff%][^/]*\/?$|^\/\?p=\d+|^\/index\.asp\?fname=/,
    listing: /^\/(?:category\/[^/]+\/?)?$/,
    examples: {
      article: [
        'https://www.alquds.co.uk/سوريا-وروسيا/',
        'https://www.alquds.co.uk/?p=1234567',
        'http://www.alquds.co.uk/index.asp?fname=today\\04z48.htm&arc=data\\2012\\03\\03-04\\04z48.htm',
      ],
      listing: ['https://www.alquds.co.uk/', 'https://www.alquds.co.uk/category/news/'],
    },
  },
  {
    id: 'alaraby',
    name: { ar: 'العربي الجديد', en: 'The New Arab (Al-Araby)' },
    // English: english.alaraby.co.uk until 2021, then newarab.com.
    hosts: ['alaraby.co.uk', 'english.alaraby.co.uk', 'newarab.com'],
    // Today /<section>/<slug>; 2014–2020 /<section>/<yyyy>/<m>/<d>/<slug>.
    article: /^\/(?:[a-z-]+\/)+(?:\d{4}\/\d{1,2}\/\d{1,2}\/)?[^/]+$/,
    listing: /^\/(?:[a-z-]+)?\/?$/,
    examples: {
      article: [
        'https://www.alaraby.co.uk/politics/سوريا-ومجلس-الأمن',
        'https://www.alaraby.co.uk/politics/2016/2/14/abc',
        'https://english.alaraby.co.uk/english/news/2016/3/4/abc',
        'https://www.newarab.com/news/abc',
      ],
      listing: ['https://www.alaraby.co.uk/', 'https://www.alaraby.co.uk/politics', 'https://www.newarab.com/news'],
    },
  },
  {
    id: 'skynewsarabia',
    name: { ar: 'سكاي نيوز عربية', en: 'Sky News Arabia' },
    hosts: ['skynewsarabia.com'],
    // Today /<section>/<id>-<slug>; before 2019 /web/article/<id>/<slug>.
    article: /^\/[a-z-]+\/\d{6,}-|^\/web\/article\/\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.skynewsarabia.com/middle-east/1756123-abc',
        'http://www.skynewsarabia.com/web/article/794549/abc',
      ],
      listing: ['https://www.skynewsarabia.com/', 'https://www.skynewsarabia.com/middle-east'],
    },
  },
  {
    id: 'france24-arabic',
    name: { ar: 'فرانس 24', en: 'France 24' },
    hosts: ['france24.com'],
    sections: ['/ar', '/en'],
    // Today /<lang>/<section>/<yyyymmdd>-<slug>; before 2019 /<lang>/<yyyymmdd>-<slug>.
    article: /^\/(?:ar|en)\/(?:[^/]+\/)?\d{8}-/,
    listing: /^\/(?:ar|en)(?:\/[^/]+)?\/?$/,
    examples: {
      article: [
        'https://www.france24.com/ar/الشرق-الأوسط/20241122-abc',
        'http://www.france24.com/ar/20150304-abc',
        'https://www.france24.com/en/middle-east/20241122-abc',
      ],
      listing: [
        'https://www.france24.com/ar/',
        'https://www.france24.com/ar/الشرق-الأوسط/',
        'https://www.france24.com/en',
      ],
      foreign: ['https://www.france24.com/fr/moyen-orient/20241122-abc', 'https://www.france24.com/es/20241122-abc'],
    },
  },
  {
    id: 'dw-arabic',
    name: { ar: 'دويتشه فيله', en: 'DW' },
    // dw.de and dw-world.de (before 2015) put no language in their paths: they are not listed.
    hosts: ['dw.com'],
    sections: ['/ar', '/en'],
    article: /^\/(?:ar|en)\/[^/]+\/a-\d+$/,
    listing: /^\/(?:ar|en)(?:\/[^/]+\/[st]-\d+)?\/?$/,
    examples: {
      article: ['https://www.dw.com/ar/abc/a-70812345', 'https://www.dw.com/en/abc/a-70812345'],
      listing: ['https://www.dw.com/ar/', 'https://www.dw.com/ar/سياسة/s-9123', 'https://www.dw.com/en/'],
      foreign: ['https://www.dw.com/de/abc/a-70812345', 'https://www.dw.com/fa-ir/abc/a-70812345'],
    },
  },
  {
    id: 'cnn-arabic',
    name: { ar: 'سي إن إن بالعربية', en: 'CNN Arabic' },
    hosts: ['arabic.cnn.com', 'cnnarabic.com'],
    // Today /<section>/article/<yyyy>/<mm>/<dd>/<slug>; 2014–2017 /<section>/<yyyy>/<mm>/<dd>/<slug>;
    // before 2014 /<yyyy>/<section>/<m>/<d>/<slug>/index.html.
    article:
      /^\/[a-z-]+\/article\/\d{4}\/\d{2}\/\d{2}\/|^\/[a-z_-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+|^\/\d{4}\/[a-z_]+\/\d{1,2}\/\d{1,2}\/[^/]+\/index\.html$/,
    listing: SECTION,
    examples: {
      article: [
        'https://arabic.cnn.com/middle-east/article/2024/11/22/abc',
        'http://arabic.cnn.com/middleeast/2015/03/04/abc',
        'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
      ],
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
    // Today /<section>/[<sub>/]<id>/<slug>; 2013–2021 /article/<id>-<slug>.
    article: /^\/(?:[^/]+\/){1,3}\d{6,}\/?/,
    listing: SECTION,
    examples: {
      article: ['https://www.annahar.com/arab-world/syria/123456/abc', 'https://www.annahar.com/article/1012345-abc'],
      listing: ['https://www.annahar.com/', 'https://www.annahar.com/arab-world'],
    },
  },
  {
    id: 'enab-baladi',
    name: { ar: 'عنب بلدي', en: 'Enab Baladi' },
    // English at english.enabbaladi.net.
    hosts: ['enabbaladi.net', 'english.enabbaladi.net'],
    // Today /<id>/<slug>/; before 2021 /archives/<id>; English /archives/<yyyy>/<mm>/<slug>/.
    article: /^\/(?:en\/)?\d{5,}\/?|^\/archives\/\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://www.enabbaladi.net/712345/abc/',
        'https://www.enabbaladi.net/archives/712345',
        'https://english.enabbaladi.net/archives/2024/11/abc/',
      ],
      listing: ['https://www.enabbaladi.net/', 'https://www.enabbaladi.net/category/news/'],
    },
  },
  {
    id: 'alalam',
    name: { ar: 'قناة العالم', en: 'Al-Alam' },
    hosts: ['alalam.ir', 'en.alalam.ir'],
    article: /^\/news\/\d+/,
    listing: SECTION,
    examples: {
      article: ['https://www.alalam.ir/news/6912345/abc', 'https://en.alalam.ir/news/6912345/abc'],
      listing: ['https://www.alalam.ir/', 'https://www.alalam.ir/section/middle-east'],
    },
  },
  {
    id: 'xinhua-arabic',
    name: { ar: 'شينخوا', en: 'Xinhua' },
    // arabic.xinhuanet.com until 2011; English at english.news.cn. Chinese news.cn is not read.
    hosts: ['arabic.news.cn', 'arabic.xinhuanet.com', 'english.news.cn'],
    // Today /<yyyymmdd>/<hash>/c.html; 2011–2022 /<yyyy-mm>/<dd>/c_<id>.htm (first under /arabic/).
    article: /^\/(?:[a-z]+\/)?\d{8}\/[0-9a-f]{32}\/c\.html$|^\/(?:[a-z]+\/)?\d{4}-\d{2}\/\d{2}\/c_\d+\.htm$/,
    listing: SECTION,
    examples: {
      article: [
        'https://arabic.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html',
        'http://arabic.news.cn/2017-05/10/c_136271394.htm',
        'http://arabic.xinhuanet.com/arabic/2010-05/04/c_13276412.htm',
        'https://english.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html',
      ],
      listing: ['https://arabic.news.cn/', 'https://arabic.news.cn/world/'],
      foreign: ['https://www.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html'],
    },
  },
  {
    id: 'thawra',
    name: { ar: 'الثورة', en: 'Al-Thawra' },
    // thawra.alwehda.gov.sy: the paper's address on the state press house's domain, before 2018.
    hosts: ['thawra.sy', 'thawra.alwehda.gov.sy'],
    // Today WordPress; before it ASP pages _View_news2.asp?FileName=<id> (and their print views).
    article: /^\/\?p=\d+|^\/\d{5,}\/?$|^\/_[A-Za-z\d_]+\.asp\?FileName=\d+/,
    listing: SECTION,
    examples: {
      article: [
        'https://thawra.sy/?p=512345',
        'http://thawra.alwehda.gov.sy/_View_news2.asp?FileName=123456789201303040012',
      ],
      listing: ['https://thawra.sy/', 'https://thawra.sy/category/politics/'],
    },
  },
];
