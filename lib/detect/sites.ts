/**
 * The curated news sites: where the content script is declared, and how each site shapes its
 * article and listing URLs, today and in the years its archive still links to. Siyaq reads Arabic
 * and English only, so a site is its Arabic and English editions, never the same outlet's pages in
 * other languages. Every rule has example URLs (`site-examples.ts`, kept out of the content script, as the sites' names are:
 * `site-names.ts`), which a test checks.
 */
export interface NewsSite {
  id: string;
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
}

// A home, section or tag page: up to three short path segments (Arabic slugs too) and no id.
const SECTION = /^\/(?:[^/?#\d]+\/?){0,3}$/;

export const NEWS_SITES: readonly NewsSite[] = [
  {
    id: 'sana',
    hosts: ['sana.sy', 'sanasyria.org', 'sana-syria.org', 'sananews.online'],
    foreign: ['/fr', '/ru', '/fa', '/es', '/tr', '/de', '/he'],
    // Today /<section>/<id>/; 2013–2025 WordPress ?p=<id> (Arabic at the root or under /ar, English
    // under /en); before 2013 /ara/ and /eng/<section no.>/<yyyy>/<mm>/<dd>/<id>.htm.
    article:
      /^\/(?:(?:en|ar)\/)?(?:[a-z-]+\/)?\d{4,}\/?$|[?&]p=\d+|^\/(?:ara|eng)\/\d+\/\d{4}\/\d{2}\/\d{2}\/\d+\.htm$/,
    listing: /^\/(?:(?:en|ar)\/?)?(?:(?:category|tag)\/)?[a-z-]*\/?$|[?&](?:cat|tag|s)=/,
  },
  {
    id: 'syrian-telegraph',
    hosts: ['syriantelegraph.net'],
    article: /^\/\?p=\d+|^\/archives\/\d+|^\/\d{4}\/\d{2}\/\d{2}\//,
    listing: SECTION,
  },
  {
    id: 'rt-arabic',
    // rtarabic.com: Rusiya Al-Yaum's first address. ar.rt.com only redirects (short links).
    hosts: ['arabic.rt.com', 'rtarabic.com'],
    // Today /<section>/<id>-<slug>/; 2014–2017 /news/<id>-<slug>/; before that /news_all_news/<kind>/<id>/.
    article: /^\/[a-z_]+\/\d{5,}-|^\/news_all_news\/[a-z_]+\/\d+\/?$/,
    listing: SECTION,
  },
  {
    id: 'sputnik-arabic',
    // Sputnik Arabic moved from arabic.sputniknews.com to sarabic.ae in 2022; it took over from RIA
    // Novosti's Arabic service (ar.rian.ru) and the Voice of Russia's (arabic.ruvr.ru) in 2014.
    hosts: ['sarabic.ae', 'arabic.sputniknews.com', 'ar.rian.ru', 'arabic.ruvr.ru'],
    // Today /<yyyymmdd>/<slug>-<id>.html; before 2020 /<section>/<yyyymmdd><id>/ (18 digits);
    // RIA Novosti /<section>/<yyyymmdd>/<id>.html; the Voice of Russia /<yyyy_mm_dd>/<id>/.
    article:
      /^\/\d{8}\/[^/]+-\d{6,}\.html$|^\/[a-z_]+\/\d{18}(?:-[^/]*)?\/?$|^\/[a-z_]+\/\d{8}\/\d+\.html$|^\/\d{4}_\d{2}_\d{2}\/[^/]*\d+\/?$/,
    listing: SECTION,
  },
  {
    id: 'tass',
    // tass.com is TASS in English (en.itar-tass.com until 2014); tass.ru is Russian: not read.
    hosts: ['tass.com', 'en.itar-tass.com'],
    article: /^\/[a-z-]+\/\d{5,}\/?$/,
    listing: SECTION,
  },
  {
    id: 'almayadeen',
    // english.almayadeen.net is the English edition; espanol.almayadeen.net is not read.
    hosts: ['almayadeen.net', 'english.almayadeen.net'],
    // Today /news/<section>/<slug>; 2016–2020 /news/<section>/<id>/<slug>; 2012–2016 under /ar/.
    article: /^\/(?:[a-z-]+\/){1,2}[^/]*[\u0600-\u06ff%][^/]*\/?$|^\/(?:ar\/)?news\/[^/]+\/[^/]+(?:\/[^/]+)?\/?$/,
    listing: SECTION,
  },
  {
    id: 'alwatan',
    hosts: ['alwatan.sy'],
    // WordPress since 2013; before it the newspaper's own dindex.php?idn=<id>.
    article: /^\/archives\/\d+|^\/\?p=\d+|^\/dindex\.php\?idn=\d+/,
    listing: /^\/(?:archives\/)?(?:(?:category|tag)\/[^/]+\/?)?$/,
  },
  {
    id: 'almanar',
    hosts: ['almanar.com.lb', 'english.almanar.com.lb'],
    // Today /article/<id>; 2016–2024 /<id>; before 2016 adetails.php?eid=<id> (English under /english/).
    article: /^\/(?:article\/)?\d{5,}\/?$|^\/(?:english\/)?adetails\.php\?eid=\d+/,
    listing: SECTION,
  },
  {
    id: 'al-akhbar',
    // english.al-akhbar.com: the English edition, 2012–2015.
    hosts: ['al-akhbar.com', 'english.al-akhbar.com'],
    // Today /<Section>/<id>/; before 2019 Drupal's /node/<id>.
    article: /^\/[A-Za-z_]+\/\d{5,}\/?|^\/node\/\d+/,
    listing: SECTION,
  },
  {
    id: 'ahram',
    // english.ahram.org.eg: Ahram Online; the French hebdo.ahram.org.eg is not read.
    hosts: ['gate.ahram.org.eg', 'ahram.org.eg', 'english.ahram.org.eg'],
    // Today /News/<id>.aspx; before 2020 /NewsContent/<section>/<sub>/<id>/<slugs>.aspx.
    article: /^\/News\/\d+\.aspx$|^\/NewsQ\/\d+\.aspx$|^\/NewsContent\/\d+\/\d+\/\d+\//i,
    listing: /^\/(?:Portal\/\d+\/[^/]+\.aspx)?\/?$/i,
  },
  {
    id: 'aljazeera',
    // aljazeera.net Arabic, aljazeera.com English (english.aljazeera.net until 2011). Not the
    // Chinese and Bosnian sub-domains of aljazeera.net.
    hosts: ['aljazeera.net', 'aljazeera.com', 'english.aljazeera.net'],
    // Arabic: today /news/<yyyy>/<m>/<d>/<slug>; 2013–2020 /news/<section>/<yyyy>/<m>/<d>/<slug>;
    // 2010–2013 /news/pages/<guid>; before that /NR/exeres/<GUID>.htm.
    // English: 2014–2020 /news/<yyyy>/<mm>/<slug>-<id>.html; before 2014 /news/<region>/<yyyy>/<mm>/<id>.html.
    article:
      /^\/[a-z-]+\/(?:[a-z-]+\/)?\d{4}\/\d{1,2}\/\d{1,2}\/[^/]+|^\/[a-z-]+\/pages\/[0-9a-f-]{36}\/?$|^\/NR\/exeres\/[0-9A-Fa-f-]{36}\.html?$|^\/[a-z-]+\/(?:[a-z-]+\/)?\d{4}\/\d{2}\/[^/]+\.html$/,
    listing: SECTION,
  },
  {
    id: 'alarabiya',
    // Not farsi.alarabiya.net, urdu.alarabiya.net.
    hosts: ['alarabiya.net', 'english.alarabiya.net'],
    // Today /<section>/[<sub>/]<yyyy>/<mm>/<dd>/<slug>; 2013–2020 the same under /ar/ (English /en/),
    // ending .html; before 2013 /articles/<yyyy>/<mm>/<dd>/<id>.html.
    article: /^\/(?:(?:ar|en)\/)?(?:[A-Za-z-]+\/){1,2}\d{4}\/\d{2}\/\d{2}\/[^/]+/,
    listing: SECTION,
  },
  {
    id: 'bbc-arabic',
    // The Arabic service only: BBC News in English is another outlet. news.bbc.co.uk keeps its
    // archive before 2008; mobile.bbc.co.uk served phones.
    hosts: ['bbc.com', 'bbc.co.uk', 'mobile.bbc.co.uk', 'news.bbc.co.uk'],
    sections: ['/arabic', '/hi/arabic'],
    // Today /arabic/articles/<id>; 2016–2022 /arabic/<section>-<id>; 2008–2016
    // /arabic/<section>/<yyyy>/<mm>/<yymmdd>_<slug>.shtml; before /hi/arabic/<section>/newsid_<n>/<id>.stm.
    article:
      /^\/arabic\/(?:articles\/[a-z0-9]+|[a-z-]+-\d{6,})\/?$|^\/arabic\/[a-z_]+\/\d{4}\/\d{2}\/\d{6}_[^/]+$|^\/hi\/arabic\/[a-z_]+\/newsid_\d+\/\d+\.stm$/,
    listing: /^\/arabic(?:\/(?:topics\/[a-z0-9]+|[a-z_-]+))?\/?$|^\/hi\/arabic(?:\/[a-z_]+)?\/?$/,
  },
  {
    id: 'aawsat',
    // English at english.aawsat.com (aawsat.net around 2013–2016); not turkish. or farsi.aawsat.com.
    hosts: ['aawsat.com', 'english.aawsat.com', 'aawsat.net'],
    // Today /<section>/[<sub>/]<id>-<slug>; 2015–2023 /home/article/<id>[/<slug>]; before 2015
    // details.asp?section=…&article=<id>; English 2012–2016 /<yyyy>/<mm>/article<id>.
    article:
      /^\/(?:[^/]+\/){1,3}\d{6,}-[^/]+$|^\/home\/article\/\d+|^\/details\.asp\?.*\barticle=\d+|^\/\d{4}\/\d{2}\/article\d+/,
    listing: SECTION,
  },
  {
    id: 'anadolu-arabic',
    hosts: ['aa.com.tr'],
    sections: ['/ar', '/en'],
    // Today /<lang>/<section>/<slug>/<id>; 2014–2015 /<lang>/news/<id>--<slug>.
    article: /^\/(?:ar|en)\/[^/]+\/[^/]+\/\d{6,}$|^\/(?:ar|en)\/[^/]+\/\d{5,}-[^/]*$/,
    listing: /^\/(?:ar|en)(?:\/[^/]+)?\/?$/,
  },
  {
    id: 'un-news',
    hosts: ['news.un.org'],
    sections: ['/ar', '/en'],
    article: /^\/(?:ar|en)\/(?:story|interview|audio)\/\d{4}\/\d{2}\/\d+/,
    listing: /^\/(?:ar|en)(?:\/news)?(?:\/(?:topic|region)\/[a-z-]+)?\/?$/,
  },
  {
    id: 'alquds-alarabi',
    hosts: ['alquds.co.uk'],
    // Today /<arabic-slug>/; 2013– WordPress ?p=<id>; before 2013 index.asp?fname=<issue file>.
    article: /^\/[^/]*[\u0600-\u06ff%][^/]*\/?$|^\/\?p=\d+|^\/index\.asp\?fname=/,
    listing: /^\/(?:category\/[^/]+\/?)?$/,
  },
  {
    id: 'alaraby',
    // English: english.alaraby.co.uk until 2021, then newarab.com.
    hosts: ['alaraby.co.uk', 'english.alaraby.co.uk', 'newarab.com'],
    // Today /<section>/<slug>; 2014–2020 /<section>/<yyyy>/<m>/<d>/<slug>.
    article: /^\/(?:[a-z-]+\/)+(?:\d{4}\/\d{1,2}\/\d{1,2}\/)?[^/]+$/,
    listing: /^\/(?:[a-z-]+)?\/?$/,
  },
  {
    id: 'skynewsarabia',
    hosts: ['skynewsarabia.com'],
    // Today /<section>/<id>-<slug>; before 2019 /web/article/<id>/<slug>.
    article: /^\/[a-z-]+\/\d{6,}-|^\/web\/article\/\d+/,
    listing: SECTION,
  },
  {
    id: 'france24-arabic',
    hosts: ['france24.com'],
    sections: ['/ar', '/en'],
    // Today /<lang>/<section>/<yyyymmdd>-<slug>; before 2019 /<lang>/<yyyymmdd>-<slug>.
    article: /^\/(?:ar|en)\/(?:[^/]+\/)?\d{8}-/,
    listing: /^\/(?:ar|en)(?:\/[^/]+)?\/?$/,
  },
  {
    id: 'dw-arabic',
    // dw.de and dw-world.de (before 2015) put no language in their paths: they are not listed.
    hosts: ['dw.com'],
    sections: ['/ar', '/en'],
    article: /^\/(?:ar|en)\/[^/]+\/a-\d+$/,
    listing: /^\/(?:ar|en)(?:\/[^/]+\/[st]-\d+)?\/?$/,
  },
  {
    id: 'cnn-arabic',
    hosts: ['arabic.cnn.com', 'cnnarabic.com'],
    // Today /<section>/article/<yyyy>/<mm>/<dd>/<slug>; 2014–2017 /<section>/<yyyy>/<mm>/<dd>/<slug>;
    // before 2014 /<yyyy>/<section>/<m>/<d>/<slug>/index.html.
    article:
      /^\/[a-z-]+\/article\/\d{4}\/\d{2}\/\d{2}\/|^\/[a-z_-]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+|^\/\d{4}\/[a-z_]+\/\d{1,2}\/\d{1,2}\/[^/]+\/index\.html$/,
    listing: SECTION,
  },
  {
    id: 'independent-arabia',
    hosts: ['independentarabia.com'],
    article: /^\/node\/\d+/,
    listing: SECTION,
  },
  {
    id: 'annahar',
    hosts: ['annahar.com'],
    // Today /<section>/[<sub>/]<id>/<slug>; 2013–2021 /article/<id>-<slug>.
    article: /^\/(?:[^/]+\/){1,3}\d{6,}\/?/,
    listing: SECTION,
  },
  {
    id: 'enab-baladi',
    // English at english.enabbaladi.net.
    hosts: ['enabbaladi.net', 'english.enabbaladi.net'],
    // Today /<id>/<slug>/; before 2021 /archives/<id>; English /archives/<yyyy>/<mm>/<slug>/.
    article: /^\/(?:en\/)?\d{5,}\/?|^\/archives\/\d+/,
    listing: SECTION,
  },
  {
    id: 'alalam',
    hosts: ['alalam.ir', 'en.alalam.ir'],
    article: /^\/news\/\d+/,
    listing: SECTION,
  },
  {
    id: 'xinhua-arabic',
    // arabic.xinhuanet.com until 2011; English at english.news.cn. Chinese news.cn is not read.
    hosts: ['arabic.news.cn', 'arabic.xinhuanet.com', 'english.news.cn'],
    // Today /<yyyymmdd>/<hash>/c.html; 2011–2022 /<yyyy-mm>/<dd>/c_<id>.htm (first under /arabic/).
    article: /^\/(?:[a-z]+\/)?\d{8}\/[0-9a-f]{32}\/c\.html$|^\/(?:[a-z]+\/)?\d{4}-\d{2}\/\d{2}\/c_\d+\.htm$/,
    listing: SECTION,
  },
  {
    id: 'thawra',
    // thawra.alwehda.gov.sy: the paper's address on the state press house's domain, before 2018.
    hosts: ['thawra.sy', 'thawra.alwehda.gov.sy'],
    // Today WordPress; before it ASP pages _View_news2.asp?FileName=<id> (and their print views).
    article: /^\/\?p=\d+|^\/\d{5,}\/?$|^\/_[A-Za-z\d_]+\.asp\?FileName=\d+/,
    listing: SECTION,
  },
];
