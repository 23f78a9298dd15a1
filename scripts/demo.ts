/**
 * npm run demo [-- --browser firefox] — the main job: the extension in Debian's Chromium (or
 * Firefox ESR), on the bundled sample pages served under their real host names. It installs the
 * browser if it can (never a downloaded one), builds the extension for it, and with a display
 * opens a window that stays until Ctrl+C; without one it runs headless, saves screenshots (each
 * page with its highlights, an open card, every popup view in English and Arabic) and prints what
 * Siyaq detected, what it highlighted and what it sent to the reading log.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { judgeUrl } from '../lib/detect/url';
import { entityById } from '../lib/entities/dataset';
import { chromium, type Driver, firefoxDriver, openPopup, readLog, tabBefore } from '../test/e2e/driver';
import { launchFirefox } from '../test/e2e/firefox';
import { buildExtension, launch, PAGES, serveFixtures } from '../test/e2e/harness';
import { pointAt } from '../test/e2e/probes';
import { type BrowserName, ensureBrowsers } from './browsers';

interface SamplePage {
  file: string;
  url: string;
  kind: string;
}

const { values } = parseArgs({ options: { browser: { type: 'string', default: 'chromium' } } });
if (values.browser !== 'chromium' && values.browser !== 'firefox') {
  console.error(`--browser is chromium (the default) or firefox, not ${values.browser}`);
  process.exit(2);
}
const browserName: BrowserName = values.browser;
if (!ensureBrowsers([browserName])) process.exit(1);

const extension = buildExtension('demo', browserName === 'firefox' ? 'firefox' : 'chrome');
const SHOTS = join(import.meta.dirname, '..', 'demo-output', browserName);
const samples = JSON.parse(readFileSync(join(PAGES, 'pages.json'), 'utf8')) as SamplePage[];
const routes = Object.fromEntries(samples.map((p) => [p.url, p.file]));
const headless = !process.env.DISPLAY;
const server = await serveFixtures(routes);
/** What the demo looks up to show cards with a history, in each language. */
const HISTORY_CARDS = {
  mali: { en: 'Mali', ar: 'مالي' },
  'african-union': { en: 'African Union', ar: 'الاتحاد الأفريقي' },
  russia: { en: 'Russia', ar: 'روسيا' },
  nato: { en: 'NATO', ar: 'حلف شمال الأطلسي' },
};
const driver: Driver =
  browserName === 'firefox'
    ? firefoxDriver(await launchFirefox(extension, server, Object.keys(routes), { headless }))
    : await chromium(await launch(extension, server, Object.keys(routes), { headless }));
mkdirSync(SHOTS, { recursive: true });
console.log(
  `Siyaq (${extension}) in ${headless ? 'headless ' : ''}${driver.name}, on ${samples.length} sample pages${headless ? `; screenshots in ${SHOTS}` : ''}\n`,
);

let cardShot = false;
for (const sample of samples) {
  const tab = await driver.open(sample.url);
  // The content script is declared for the curated news sites only; elsewhere it never runs.
  const seen = judgeUrl(sample.url).site !== null ? await tab.siyaqDone() : null;
  if (!seen?.kind) {
    console.log(
      `${sample.file}: not a curated news site, not scanned${sample.kind === 'other' ? '' : ` (expected ${sample.kind})`}`,
    );
  } else {
    const what = seen.kind === 'article' ? `, ${seen.mentions} mentions highlighted` : '';
    const expected = seen.kind === sample.kind ? '' : ` (expected ${sample.kind})`;
    console.log(`${sample.file}: ${seen.kind}${what}${expected}\n  signals: ${seen.signals.join(' ')}`);
  }
  if (headless) await tab.screenshot(join(SHOTS, sample.file.replace(/\.html$/, '.png')));
  if (headless && !cardShot && (seen?.mentions ?? 0) > 0) {
    const at = await tab.evaluate<{ x: number; y: number } | null>(pointAt('siyaq-org', '.'));
    if (at) {
      await tab.hover(at.x, at.y);
      for (let i = 0; i < 50 && !(await tab.card()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      await tab.screenshot(join(SHOTS, 'card.png'));
      cardShot = true;
    }
  }
  if (headless) await tab.close();
}

// What the background received for the reading log.
const log = await readLog(driver);
console.log(`\nIn the reading log (IndexedDB, in the extension's origin): ${log.length} articles`);
for (const a of log) {
  const named = a.entities
    .sort((x, y) => y.mentions - x.mentions)
    .map((e) => `${entityById(e.id)?.name[a.lang] ?? e.id} ×${e.mentions}`)
    .join('، ');
  console.log(
    `- ${a.title}\n  ${a.canonicalUrl} · ${a.site} · ${a.lang} · ${a.published ?? 'no date'} · ${a.datelineCity ?? 'no dateline'} · ${a.wordCount} words\n  read ${a.visits}× · ${Math.round(a.readingMs / 1000)} s active · ${Math.round(a.maxScroll * 100)}% deep\n  ${named}`,
  );
}
if (cardShot) console.log(`\nAn open context card: ${join(SHOTS, 'card.png')}`);

// The popup as it opens over the first article ("Open in a tab" shows it so), in both languages.
if (headless) {
  const article = await driver.open(samples[0]?.url ?? '');
  await article.siyaqDone();
  const probe = await driver.open('popup.html');
  const tabId = await tabBefore(probe);
  await probe.close();
  const shots: string[] = [];
  for (const lang of ['en', 'ar'] as const)
    for (const view of ['page', 'lookup', 'log', 'stats'] as const) {
      const popup = await openPopup(driver, tabId, view, lang);
      if (view === 'lookup') {
        await popup.evaluate(`document.querySelector('input[type=search]').focus()`);
        await popup.type(lang === 'ar' ? 'الامن الجماعي' : 'CSTO');
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const file = join(SHOTS, `popup-${view}-${lang}.png`);
      await popup.screenshot(file);
      shots.push(file);
      await popup.close();
    }
  console.log(`The popup, each view in English and Arabic:\n  ${shots.join('\n  ')}`);

  // Cards whose facts have a history: a suspended member, an organisation with suspended members
  // and former ones (folds opened), and the date the facts are as of.
  const cards: string[] = [];
  for (const lang of ['en', 'ar'] as const)
    for (const [name, query] of Object.entries(HISTORY_CARDS)) {
      const popup = await openPopup(driver, tabId, 'lookup', lang);
      await popup.evaluate(`document.querySelector('input[type=search]').focus()`);
      await popup.type(query[lang]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The first card alone, its folds open, whole.
      await popup.evaluate(
        `document.querySelectorAll('.cards > li:not(:first-child)').forEach((li) => li.remove());
         document.querySelectorAll('.cards details').forEach((d) => { d.open = true; })`,
      );
      const file = join(SHOTS, `card-${name}-${lang}.png`);
      await popup.screenshot(file, true);
      cards.push(file);
      await popup.close();
    }
  console.log(`Cards with memberships' standing and "facts as of", in English and Arabic:\n  ${cards.join('\n  ')}`);
}

if (headless) {
  await driver.close();
  server.close();
} else {
  console.log('\nThe window stays open; Ctrl+C ends the demo.');
}
