/**
 * npm run bench:popup — the popup in Chromium with the built extension: its first useful paint
 * (the first card of "This page", the first row of the log) with an empty log and with 10,000
 * articles (generated, imported through the options page as a user would), medians of 5; and the
 * lookup's answer to each keystroke over the whole dataset. Targets: the full log's paint within
 * 1.5× of the empty one's; a keystroke under 16 ms (median).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { generateLog } from '../../scripts/generate-log';
import {
  buildExtension,
  extensionOrigin,
  launch,
  openExtensionPage,
  runInPage,
  serveFixtures,
  siyaqDone,
  tabBefore,
} from '../e2e/harness';

const ARTICLE = 'https://sana.sy/politics/2357149/';
const BLANK = 'https://bench.invalid/lookup';
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const server = await serveFixtures({ [ARTICLE]: 'sana-ar-article.html', [BLANK]: 'empty.html' });
const context = await launch(buildExtension('bench-popup'), server, [ARTICLE, BLANK]);
const origin = await extensionOrigin(context);

const article = await context.newPage();
await article.goto(ARTICLE);
await siyaqDone(article);
const probe = await openExtensionPage(context, 'popup.html?view=lookup');
const tabId = await tabBefore(probe);
await probe.close();

/** Milliseconds from navigation to the first useful thing on one view of the popup. */
async function paint(ctx: BrowserContext, view: 'page' | 'log'): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(`${origin}/popup.html?tab=${tabId}${view === 'log' ? '&view=log' : ''}`);
  // "This page" is useful once its first card says what the log knows; the log, once a row shows.
  await page.waitForSelector(view === 'page' ? '.cards .log p' : 'li.row', { timeout: 30_000 });
  const ms = (await page.evaluate('performance.now()')) as number;
  await page.close();
  return ms;
}

async function paints(): Promise<Record<'page' | 'log', number>> {
  const out = { page: [] as number[], log: [] as number[] };
  for (let i = 0; i < RUNS; i++)
    for (const view of ['page', 'log'] as const) out[view].push(await paint(context, view));
  return { page: median(out.page), log: median(out.log) };
}

const empty = await paints();
// Fill the log as a user would: the options page's import, with the generated file.
const file = join(mkdtempSync(join(tmpdir(), 'siyaq-bench-popup-')), 'log.json');
writeFileSync(file, JSON.stringify(generateLog(10_000)));
const options = await context.newPage();
await options.goto(`${origin}/options.html`);
await options.setInputFiles('input[type="file"]', file);
await options.waitForFunction(
  () => /10,000|10000/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
  null,
  {
    timeout: 60_000,
  },
);
await options.close();
const full = await paints();

const blank = await context.newPage();
await blank.goto(BLANK);
await runInPage(blank, join(import.meta.dirname, 'lookup-page.ts'));
const queries = [
  'منظمة معاهدة الأمن الجماعي',
  'الامم المتحدة',
  'للاتحاد الأوروبي',
  'CSTO',
  'Security Council',
  'Untied Nations',
  'فنزولا',
];
const typed = (await blank.evaluate(`siyaqLookupBench(${JSON.stringify(queries)})`)) as {
  build: number;
  keystrokes: number[];
};

console.log(`popup first useful paint, medians of ${RUNS} (ms from navigation):`);
console.log(`  view        | log with only this article | 10,000 articles | ratio (target ≤ 1.5×)`);
for (const view of ['page', 'log'] as const)
  console.log(
    `  ${view === 'page' ? 'this page ' : 'reading log'} | ${empty[view].toFixed(0).padStart(23)} ms | ${full[view].toFixed(0).padStart(12)} ms | ${(full[view] / empty[view]).toFixed(2)}×`,
  );
console.log(
  `lookup: ${typed.keystrokes.length} keystrokes over ${queries.length} queries; median ${median(typed.keystrokes).toFixed(2)} ms, slowest ${Math.max(...typed.keystrokes).toFixed(2)} ms (target: median under 16 ms); index built in ${typed.build.toFixed(0)} ms`,
);
await context.close();
server.close();
