/**
 * Example URLs of each curated site (`sites.ts`), one per layout and host: articles, listings, and
 * pages in other languages on the same hosts, which belong to no curated site. A test holds the
 * rules and the manifest's patterns to them; they are data for tests and maintainers, so they
 * stay out of the code every news page runs.
 */
export interface SiteExamples {
  article: string[];
  listing: string[];
  foreign?: string[];
}

export const SITE_EXAMPLES: Readonly<Record<string, SiteExamples>> = {
  sana: {
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
  'syrian-telegraph': {
    article: [
      'https://syriantelegraph.net/?p=157331',
      'https://syriantelegraph.net/archives/157331',
      'https://syriantelegraph.net/2016/03/04/abc/',
    ],
    listing: ['https://syriantelegraph.net/', 'https://syriantelegraph.net/category/syria/'],
  },
  'rt-arabic': {
    article: [
      'https://arabic.rt.com/middle_east/1587432-لافروف-سوريا/',
      'https://arabic.rt.com/world/1601234-abc/',
      'https://arabic.rt.com/news/816435-abc/',
      'http://arabic.rt.com/news_all_news/news/59914/',
      'http://www.rtarabic.com/news_all_news/news/12345/',
    ],
    listing: ['https://arabic.rt.com/', 'https://arabic.rt.com/middle_east/', 'http://arabic.rt.com/news_all_news/'],
  },
  'sputnik-arabic': {
    article: [
      'https://sarabic.ae/20241115/الخارجية-الروسية-1094123456.html',
      'https://arabic.sputniknews.com/20200304/abc-1044912345.html',
      'https://arabic.sputniknews.com/arab_world/201902101038523456-سوريا/',
      'http://ar.rian.ru/arab_world/20130506/123456789.html',
      'http://arabic.ruvr.ru/2014_03_04/268123456/',
    ],
    listing: ['https://sarabic.ae/', 'https://sarabic.ae/world/', 'https://arabic.sputniknews.com/arab_world/'],
  },
  tass: {
    article: ['https://tass.com/politics/1879123', 'http://en.itar-tass.com/world/736512'],
    listing: ['https://tass.com/', 'https://tass.com/world'],
    foreign: ['https://tass.ru/politika/22451234', 'https://itar-tass.com/politika/1234567'],
  },
  almayadeen: {
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
  alwatan: {
    article: [
      'https://alwatan.sy/archives/412345',
      'https://alwatan.sy/?p=412345',
      'http://www.alwatan.sy/dindex.php?idn=137264',
    ],
    listing: ['https://alwatan.sy/', 'https://alwatan.sy/archives/category/politics'],
  },
  almanar: {
    article: [
      'https://almanar.com.lb/12345678',
      'https://www.almanar.com.lb/article/1234567',
      'https://english.almanar.com.lb/article/132252/',
      'http://www.almanar.com.lb/adetails.php?eid=1234567&cid=21',
      'http://www.almanar.com.lb/english/adetails.php?eid=123456&cid=23',
    ],
    listing: ['https://almanar.com.lb/', 'https://almanar.com.lb/category/news'],
  },
  'al-akhbar': {
    article: [
      'https://al-akhbar.com/Politics/812345/',
      'http://www.al-akhbar.com/node/123456',
      'http://english.al-akhbar.com/node/20528',
    ],
    listing: ['https://al-akhbar.com/', 'https://al-akhbar.com/Politics'],
  },
  ahram: {
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
  aljazeera: {
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
  alarabiya: {
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
  'bbc-arabic': {
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
  aawsat: {
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
  'anadolu-arabic': {
    article: [
      'https://www.aa.com.tr/ar/الدول-العربية/abc/3401234',
      'https://www.aa.com.tr/en/middle-east/abc/3401234',
      'http://www.aa.com.tr/en/news/396052--abc',
    ],
    listing: ['https://www.aa.com.tr/ar', 'https://www.aa.com.tr/ar/الدول-العربية', 'https://www.aa.com.tr/en/'],
    foreign: ['https://www.aa.com.tr/tr/dunya/abc/3401234', 'https://www.aa.com.tr/fr/monde/abc/3401234'],
  },
  'un-news': {
    article: ['https://news.un.org/ar/story/2024/11/1136421', 'https://news.un.org/en/story/2024/11/1156789'],
    listing: [
      'https://news.un.org/ar/',
      'https://news.un.org/ar/news/topic/peace-and-security',
      'https://news.un.org/en',
    ],
    foreign: ['https://news.un.org/fr/story/2024/11/1150123', 'https://news.un.org/ru/story/2024/11/1457123'],
  },
  'alquds-alarabi': {
    article: [
      'https://www.alquds.co.uk/سوريا-وروسيا/',
      'https://www.alquds.co.uk/?p=1234567',
      'http://www.alquds.co.uk/index.asp?fname=today\\04z48.htm&arc=data\\2012\\03\\03-04\\04z48.htm',
    ],
    listing: ['https://www.alquds.co.uk/', 'https://www.alquds.co.uk/category/news/'],
  },
  alaraby: {
    article: [
      'https://www.alaraby.co.uk/politics/سوريا-ومجلس-الأمن',
      'https://www.alaraby.co.uk/politics/2016/2/14/abc',
      'https://english.alaraby.co.uk/english/news/2016/3/4/abc',
      'https://www.newarab.com/news/abc',
    ],
    listing: ['https://www.alaraby.co.uk/', 'https://www.alaraby.co.uk/politics', 'https://www.newarab.com/news'],
  },
  skynewsarabia: {
    article: [
      'https://www.skynewsarabia.com/middle-east/1756123-abc',
      'http://www.skynewsarabia.com/web/article/794549/abc',
    ],
    listing: ['https://www.skynewsarabia.com/', 'https://www.skynewsarabia.com/middle-east'],
  },
  'france24-arabic': {
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
  'dw-arabic': {
    article: ['https://www.dw.com/ar/abc/a-70812345', 'https://www.dw.com/en/abc/a-70812345'],
    listing: ['https://www.dw.com/ar/', 'https://www.dw.com/ar/سياسة/s-9123', 'https://www.dw.com/en/'],
    foreign: ['https://www.dw.com/de/abc/a-70812345', 'https://www.dw.com/fa-ir/abc/a-70812345'],
  },
  'cnn-arabic': {
    article: [
      'https://arabic.cnn.com/middle-east/article/2024/11/22/abc',
      'http://arabic.cnn.com/middleeast/2015/03/04/abc',
      'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
    ],
    listing: ['https://arabic.cnn.com/', 'https://arabic.cnn.com/middle-east'],
  },
  'independent-arabia': {
    article: ['https://www.independentarabia.com/node/612345/abc'],
    listing: ['https://www.independentarabia.com/', 'https://www.independentarabia.com/politics'],
  },
  annahar: {
    article: ['https://www.annahar.com/arab-world/syria/123456/abc', 'https://www.annahar.com/article/1012345-abc'],
    listing: ['https://www.annahar.com/', 'https://www.annahar.com/arab-world'],
  },
  'enab-baladi': {
    article: [
      'https://www.enabbaladi.net/712345/abc/',
      'https://www.enabbaladi.net/archives/712345',
      'https://english.enabbaladi.net/archives/2024/11/abc/',
    ],
    listing: ['https://www.enabbaladi.net/', 'https://www.enabbaladi.net/category/news/'],
  },
  alalam: {
    article: ['https://www.alalam.ir/news/6912345/abc', 'https://en.alalam.ir/news/6912345/abc'],
    listing: ['https://www.alalam.ir/', 'https://www.alalam.ir/section/middle-east'],
  },
  'xinhua-arabic': {
    article: [
      'https://arabic.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html',
      'http://arabic.news.cn/2017-05/10/c_136271394.htm',
      'http://arabic.xinhuanet.com/arabic/2010-05/04/c_13276412.htm',
      'https://english.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html',
    ],
    listing: ['https://arabic.news.cn/', 'https://arabic.news.cn/world/'],
    foreign: ['https://www.news.cn/20241122/3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0/c.html'],
  },
  thawra: {
    article: [
      'https://thawra.sy/?p=512345',
      'http://thawra.alwehda.gov.sy/_View_news2.asp?FileName=123456789201303040012',
    ],
    listing: ['https://thawra.sy/', 'https://thawra.sy/category/politics/'],
  },
};
