/**
 * npm run bench — the engine's throughput on Arabic news text, next to two baselines measured in
 * the same run: the floor (a bare loop reading every character code) and a combined RegExp
 * alternation of every alias (what a quick implementation would do). Also the matcher's build time.
 * Ratios, not absolute times, are what to compare: the machine is shared and noisy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEngine } from '../../lib/engine';
import { compileMatcher } from '../../lib/engine/matcher';
import { ENTITIES, NOT_ENTITIES } from '../../lib/entities/dataset';
import { nameForms } from '../../lib/entities/names';

const SEEDS = join(import.meta.dirname, '../../../shared/eval/seeds/texts');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
  .join('\n\n');
let text = seeds;
while (Buffer.byteLength(text) < 1_000_000) text += `\n\n${seeds}`;
const megabytes = Buffer.byteLength(text) / 1e6;

function median(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

// Matcher build: the first build in this process is what a page load pays.
let t0 = performance.now();
compileMatcher(ENTITIES, NOT_ENTITIES);
const coldBuild = performance.now() - t0;
const warmBuild = median(10, () => compileMatcher(ENTITIES, NOT_ENTITIES));

const engine = defaultEngine();
let sink = 0;
const floor = median(15, () => {
  for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i);
});
const engineTime = median(15, () => {
  sink += engine.find(text).length;
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliases = [...new Set(ENTITIES.flatMap((e) => nameForms(e).map((f) => f.text)))].sort(
  (a, b) => b.length - a.length,
);
t0 = performance.now();
const alternation = new RegExp(aliases.map(escapeRegExp).join('|'), 'g');
const regexBuild = performance.now() - t0;
const regexTime = median(3, () => {
  alternation.lastIndex = 0;
  while (alternation.exec(text)) sink++;
});

const mbps = (ms: number) => (megabytes / (ms / 1000)).toFixed(1).padStart(8);
const mentions = engine.find(text).length;
console.log(`Arabic news text: ${megabytes.toFixed(2)} MB (${text.length} UTF-16 units), built from the seeds`);
console.log(`  floor (read every char code)   ${mbps(floor)} MB/s  ${floor.toFixed(2)} ms`);
console.log(`  engine (${mentions} mentions)     ${mbps(engineTime)} MB/s  ${engineTime.toFixed(2)} ms`);
console.log(
  `  RegExp alternation (${aliases.length} aliases) ${mbps(regexTime)} MB/s  ${regexTime.toFixed(2)} ms (+${regexBuild.toFixed(1)} ms to compile)`,
);
console.log(`engine / floor: ${(engineTime / floor).toFixed(1)}× slower (target: within 15×)`);
console.log(`RegExp / engine: ${(regexTime / engineTime).toFixed(1)}× slower than the engine (target: at least 10×)`);
console.log(`matcher build: ${coldBuild.toFixed(1)} ms cold, ${warmBuild.toFixed(1)} ms warm (target: under 50 ms)`);
if (sink === -1) console.log('');
