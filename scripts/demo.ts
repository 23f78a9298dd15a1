/**
 * npm run demo — the main job. Until the page issue lands: the extension is built (by the npm
 * script, before this runs), then the engine runs over the bundled sample articles and prints what
 * it found in each, by entity, with every mention's text and offsets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEngine } from '../lib/engine';
import { languageOf } from '../lib/engine/engine';
import { describeMentions } from '../lib/engine/report';

const ROOT = join(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'test/fixtures/articles');
const built = join(ROOT, '.output/chrome-mv3/manifest.json');
console.log(
  existsSync(built) ? `Extension built: ${join(ROOT, '.output/chrome-mv3')}` : 'Extension not built: run npm run build',
);

const engine = defaultEngine();
for (const file of readdirSync(SAMPLES).sort()) {
  const text = readFileSync(join(SAMPLES, file), 'utf8');
  const t0 = performance.now();
  const mentions = engine.find(text);
  const ms = performance.now() - t0;
  const entities = describeMentions(mentions);
  const states = entities.filter((e) => e.kind === 'state').length;
  console.log(
    `\n${file} (${languageOf(text)}, ${text.length} characters): ${mentions.length} mentions of ${entities.length} entities (${states} states, ${entities.length - states} organisations) in ${ms.toFixed(1)} ms`,
  );
  for (const e of entities) {
    const forms = e.mentions.map((m) => `${m.text}${m.form === 'adjective' ? '*' : ''}@${m.start}`).join(', ');
    console.log(`  ${e.name.en} / ${e.name.ar} (${e.kind}) ×${e.mentions.length}: ${forms}`);
  }
}
console.log('\n* an adjective (nisba) mention; @ is the UTF-16 offset in the file');
