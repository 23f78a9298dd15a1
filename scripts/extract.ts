/**
 * extract: prints, for each text file, one JSON line with the entities the engine finds and their
 * mentions (format: ../shared/tools/README.md). Used by the scorer and by people curating the data.
 *
 *   npm run --silent extract -- FILE...
 */
import { readFileSync } from 'node:fs';
import { defaultEngine } from '../lib/engine';
import { languageOf } from '../lib/engine/engine';
import { describeMentions } from '../lib/engine/report';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run --silent extract -- FILE...');
  process.exit(2);
}
const engine = defaultEngine();
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    console.error(`extract: cannot read ${file}: ${(error as Error).message}`);
    console.log(JSON.stringify({ file, error: (error as Error).message, entities: [] }));
    continue;
  }
  const entities = describeMentions(engine.find(text));
  console.log(JSON.stringify({ file, lang: languageOf(text), entities }));
}
process.exit(failed ? 1 : 0);
