/**
 * npm run demo — the main job: the extension (built by the npm script before this runs) in
 * Debian's Chromium, on the bundled sample pages served under their real host names. With a
 * display it opens a window and stays until Ctrl+C; without one it runs headless, saves
 * screenshots (each page with its highlights, and an open card) and prints what Siyaq detected,
 * what it highlighted and what it sent to the reading log.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeUrl } from '../lib/detect/url';
import { entityById } from '../lib/entities/dataset';
import {
  extensionOrigin,
  launch,
  openExtensionPage,
  PAGES,
  readingLog,
  serveFixtures,
  siyaqDone,
  tabBefore,
} from '../test/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SHOTS = join(ROOT, 'demo-output');

interface SamplePage {
  file: string;
  url: string;
  kind: string;
}

if (!existsSync('/usr/bin/chromium')) {
  console.error(
    'Debian’s Chromium is not installed: apt-get install -y chromium (the demo never downloads a browser).',
  );
  process.exit(1);
}
const samples = JSON.parse(readFileSync(join(PAGES, 'pages.json'), 'utf8')) as SamplePage[];
const routes = Object.fromEntries(samples.map((p) => [p.url, p.file]));
const headless = !process.env.DISPLAY;
const server = await serveFixtures(routes);
const context = await launch(EXTENSION, server, Object.keys(routes), { headless });
mkdirSync(SHOTS, { recursive: true });
console.log(
  `Siyaq in ${headless ? 'headless ' : ''}Chromium, on ${samples.length} sample pages${headless ? `; screenshots in ${SHOTS}` : ''}\n`,
);

let cardShot = false;
for (const sample of samples) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(sample.url);
  // The content script is declared for the curated news sites only; elsewhere it never runs.
  const curated = judgeUrl(sample.url).site !== null;
  if (curated) await siyaqDone(page);
  const seen = await page.evaluate(() => ({
    kind: document.documentElement.dataset.siyaqPage,
    signals: document.documentElement.dataset.siyaqSignals ?? '',
    highlighted: Number(document.documentElement.dataset.siyaqMentions ?? 0),
  }));
  if (!seen.kind) {
    console.log(
      `${sample.file}: not a curated news site, not scanned${sample.kind === 'other' ? '' : ` (expected ${sample.kind})`}`,
    );
  } else {
    const what = seen.kind === 'article' ? `, ${seen.highlighted} mentions highlighted` : '';
    const expected = seen.kind === sample.kind ? '' : ` (expected ${sample.kind})`;
    console.log(`${sample.file}: ${seen.kind}${what}${expected}\n  signals: ${seen.signals}`);
  }
  if (headless) await page.screenshot({ path: join(SHOTS, sample.file.replace(/\.html$/, '.png')) });
  if (headless && !cardShot && seen.highlighted > 0) {
    const at = await page.evaluate(() => {
      const highlights = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const first = [...(highlights.get('siyaq-org') ?? highlights.get('siyaq-state') ?? [])][0];
      if (!first) return null;
      first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const live = document.createRange();
      live.setStart(first.startContainer, first.startOffset);
      live.setEnd(first.endContainer, first.endOffset);
      const r = live.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    if (at) {
      await page.mouse.move(at.x, at.y);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, 'card.png') });
      cardShot = true;
    }
  }
  if (headless) await page.close();
}

// What the background received for the reading log.
const log = await readingLog(context);
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
  const article = await context.newPage();
  await article.goto(samples[0]?.url ?? '');
  await siyaqDone(article);
  const origin = await extensionOrigin(context);
  const probe = await openExtensionPage(context);
  const tabId = await tabBefore(probe);
  await probe.close();
  const shots: string[] = [];
  for (const lang of ['en', 'ar'] as const)
    for (const view of ['page', 'lookup', 'log', 'stats'] as const) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 460, height: 640 });
      await popup.goto(`${origin}/popup.html?tab=${tabId}${view === 'page' ? '' : `&view=${view}`}`);
      await popup.locator('.bar select').selectOption(lang);
      if (view === 'lookup') await popup.getByRole('searchbox').fill(lang === 'ar' ? 'الامن الجماعي' : 'CSTO');
      await popup.waitForTimeout(500);
      const file = join(SHOTS, `popup-${view}-${lang}.png`);
      await popup.screenshot({ path: file });
      shots.push(file);
      await popup.close();
    }
  console.log(`The popup, each view in English and Arabic:\n  ${shots.join('\n  ')}`);
}

if (headless) {
  await context.close();
  server.close();
} else {
  console.log('\nThe window stays open; Ctrl+C ends the demo.');
}
