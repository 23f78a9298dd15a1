/**
 * npm run bench:page — in the real browser, with the built extension: the time from the start of
 * Siyaq's scan to all highlights shown, on a real SANA article page (saved in test/fixtures/pages) and on a
 * stress page (≥ 200,000 words in ≥ 5,000 paragraphs), next to two baselines measured in the same
 * run on the same pages: a bare TreeWalker pass reading every text node (the floor) and mark.js
 * marking the same names with one RegExp (what a quick implementation would use); and what an
 * `other` page on a news site pays for the content script. Medians of 5 loads.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ENTITIES } from '../../lib/entities/dataset';
import { nameForms } from '../../lib/entities/names';
import { arabicNewsTexts } from '../corpus';
import { buildExtension, launch, PAGES, serveFixtures } from '../e2e/harness';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = 5;

// The stress page: the Arabic news fixtures' paragraphs, again and again, in a SANA article's markup.
const paragraphs = arabicNewsTexts()
  .flatMap((text) => text.split(/\n+/))
  .map((p) => p.trim())
  .filter((p) => p.length > 40);
const body: string[] = [];
let words = 0;
while (words < 200_000 || body.length < 5_000) {
  const p = paragraphs[body.length % paragraphs.length] as string;
  body.push(`<p>${p.replace(/[<&]/g, ' ')}</p>`);
  words += p.split(/\s+/).length;
}
const dir = mkdtempSync(join(tmpdir(), 'siyaq-bench-page-'));
const stress = join(dir, 'stress.html');
writeFileSync(
  stress,
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>stress - S A N A</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-06T20:26:33+03:00"></head>
<body><article><header><h1 class="s-title">صفحة اختبار</h1></header><div class="entry-content rbct"><p>دمشق-سانا</p>${body.join('\n')}</div></article></body></html>`,
);
const seed = join(PAGES, 'sana-real-culture-article.html');
const pages = {
  seed: { siyaq: 'https://sana.sy/culture-and-arts/2280593/', plain: 'https://bench.invalid/seed', file: seed },
  stress: { siyaq: 'https://sana.sy/politics/9999999/', plain: 'https://bench.invalid/stress', file: stress },
};
const otherUrl = 'https://sana.sy/wp-login.php?action=lostpassword';
const routes: Record<string, string> = { [otherUrl]: 'shop-ar.html' };
for (const p of Object.values(pages)) {
  routes[p.siyaq] = p.file;
  routes[p.plain] = p.file;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = [...new Set(ENTITIES.flatMap((e) => nameForms(e).map((f) => f.text)))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function siyaqAndFloor(
  context: BrowserContext,
  url: string,
): Promise<{ scan: number; load: number; floor: number; floorChars: number; mentions: number }> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.siyaqScanMs !== undefined, null, {
    timeout: 120_000,
  });
  const seen = await page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const floor = performance.now() - t0;
    // The same walk reading every character too: the least any scanner of the text must do.
    const t1 = performance.now();
    const again = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = again.nextNode(); n; n = again.nextNode()) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) sum += data.charCodeAt(i);
    }
    const floorChars = performance.now() - t1;
    return {
      scan: Number(document.documentElement.dataset.siyaqScanMs),
      load: Number(document.documentElement.dataset.siyaqLoadMs),
      floor: chars > 0 ? floor : Number.NaN,
      floorChars: sum > 0 ? floorChars : Number.NaN,
      mentions: Number(document.documentElement.dataset.siyaqMentions),
    };
  });
  await page.close();
  return seen;
}

async function markJsTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: markJs });
  // Written as source text: tsx would otherwise wrap the function in helpers the page does not have.
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(alternation)}, 'g'), { done: () => resolve(performance.now() - t0) });
  })`)) as number;
  await page.close();
  return ms;
}

const server = await serveFixtures(routes);
const extension = buildExtension('bench');
const context = await launch(extension, server, Object.keys(routes));
const bundle = (file: string) => `${(statSync(join(extension, file)).size / 1024).toFixed(0)} KB`;
console.log(
  `content script: ${bundle('content-scripts/content.js')} minified, on every page of a news site (target: under 150 KB); the matcher is in it, compressed; compromise is not (background: ${bundle('background.js')})`,
);
console.log(
  `stress page: ${words.toLocaleString('en')} words in ${body.length.toLocaleString('en')} paragraphs; medians of ${RUNS} loads\n`,
);
console.log(
  'page    | Siyaq scan → highlights | floor: TreeWalker, nodes | Siyaq / floor | floor, every char | Siyaq / it | mark.js, one RegExp | mark.js / Siyaq',
);
for (const [name, p] of Object.entries(pages)) {
  const ours: number[] = [];
  const loads: number[] = [];
  const floors: number[] = [];
  const charFloors: number[] = [];
  const marks: number[] = [];
  let mentions = 0;
  for (let i = 0; i < RUNS; i++) {
    const seen = await siyaqAndFloor(context, p.siyaq);
    ours.push(seen.scan);
    loads.push(seen.load);
    floors.push(seen.floor);
    charFloors.push(seen.floorChars);
    mentions = seen.mentions;
    if (i < (name === 'stress' ? 2 : RUNS)) marks.push(await markJsTime(context, p.plain));
  }
  const [s, f, c, m] = [median(ours), median(floors), median(charFloors), median(marks)];
  console.log(
    `${name.padEnd(7)} | ${`${s.toFixed(1)} ms (${mentions} mentions; ${median(loads).toFixed(1)} ms of it unpacking the matcher)`.padEnd(23)} | ${`${f.toFixed(2)} ms`.padEnd(24)} | ${`${(s / f).toFixed(1)}×`.padEnd(13)} | ${`${c.toFixed(2)} ms`.padEnd(17)} | ${`${(s / c).toFixed(1)}×`.padEnd(10)} | ${`${m.toFixed(0)} ms`.padEnd(19)} | ${(m / s).toFixed(1)}×`,
  );
}
const others: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const page = await context.newPage();
  await page.goto(otherUrl);
  await page.waitForFunction(() => document.documentElement.dataset.siyaqDetectMs !== undefined, null, {
    timeout: 10_000,
  });
  others.push(Number(await page.evaluate(() => document.documentElement.dataset.siyaqDetectMs)));
  await page.close();
}
console.log(
  `\nan 'other' page on a news site (a shop page at sana.sy/wp-login.php): the content script spends ${median(others).toFixed(3)} ms (target: under 1 ms)`,
);
console.log('targets: Siyaq within 3× of the floor; at least 20× faster than mark.js');
await context.close();
server.close();
