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
/**
 * A file's text, or why it is not text: a NUL byte (a binary file), or bytes that are not UTF-8,
 * which reading as text would turn into replacement characters and the engine into mentions found
 * in noise. A byte-order mark is kept, so that offsets count from the file's first character.
 */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new Error(`not a text file: a NUL byte at byte ${nul} (binary data?)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text: it has bytes UTF-8 does not allow (save it as UTF-8 first)');
  }
}

const engine = defaultEngine();
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = textOf(file);
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
