/**
 * One cold start, in a fresh process (run by engine.bench.ts): how long the first matcher of a
 * page load takes to make, either compiled from the dataset or unpacked from the prebuilt form.
 *   tsx test/bench/cold-start.ts compile
 *   tsx test/bench/cold-start.ts load FILE.json
 */
import { readFileSync } from 'node:fs';
import { compileMatcher } from '../../lib/engine/matcher';
import { loadMatcher } from '../../lib/engine/prebuilt';
import { ENTITIES, NOT_ENTITIES } from '../../lib/entities/dataset';

const [mode, file] = process.argv.slice(2);
const json = file ? readFileSync(file, 'utf8') : '';
const t0 = performance.now();
if (mode === 'compile') compileMatcher(ENTITIES, NOT_ENTITIES);
else await loadMatcher(JSON.parse(json));
console.log((performance.now() - t0).toFixed(2));
