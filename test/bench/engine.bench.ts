/**
 * npm run bench [-- DIR] — the engine's throughput on Arabic news text (the project's fixtures, or
 * the .txt files in DIR), next to two baselines measured in
 * the same run: the floor (a bare loop reading every character code) and one combined RegExp
 * alternation of every alias (what a quick implementation would do); and what a page load pays to
 * get a matcher, compiled from the dataset or unpacked from the form prebuilt at build time.
 * Ratios, not absolute times, are what to compare: the machine is shared and noisy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultEngine } from '../../lib/engine';
import { compileMatcher } from '../../lib/engine/matcher';
import { prebuildMatcher } from '../../lib/engine/prebuild';
import { ENTITIES, NOT_ENTITIES } from '../../lib/entities/dataset';
import { nameForms } from '../../lib/entities/names';
import { arabicNewsTexts } from '../corpus';

// The project's Arabic news fixtures, or the .txt files of a folder named on the command line.
const from = process.argv[2];
const news = (
  from
    ? readdirSync(from)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(from, f), 'utf8'))
    : arabicNewsTexts()
).join('\n\n');
const parts = [news];
while (Buffer.byteLength(parts.join('\n\n')) < 1_000_000) parts.push(news);
const text = parts.join('\n\n');
const megabytes = Buffer.byteLength(text) / 1e6;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The floor: read every character code once, in the tightest loop JavaScript allows. */
function readEveryCode(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return sum;
}

const engine = defaultEngine();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliases = [...new Set(ENTITIES.flatMap((e) => nameForms(e).map((f) => f.text)))].sort(
  (a, b) => b.length - a.length,
);
const alternation = new RegExp(aliases.map(escapeRegExp).join('|'), 'g');
const regexPass = () => {
  let n = 0;
  for (const _ of text.matchAll(alternation)) n++;
  return n;
};

// The three are measured in turns, so that a busy moment on the machine falls on all of them alike.
const floors: number[] = [];
const engines: number[] = [];
const regexes: number[] = [];
for (let round = 0; round < 9; round++) {
  for (let i = 0; i < 5; i++) {
    floors.push(time(() => readEveryCode(text)));
    engines.push(time(() => engine.find(text)));
  }
  regexes.push(time(regexPass));
}
// The first round warms the JIT up.
const floor = median(floors.slice(5));
const engineTime = median(engines.slice(5));
const regexTime = median(regexes.slice(1));

// Cold starts, each in a fresh process: what the first page load pays.
const dir = mkdtempSync(join(tmpdir(), 'siyaq-bench-'));
const prebuiltFile = join(dir, 'matcher.json');
const prebuiltJson = JSON.stringify(prebuildMatcher(compileMatcher(ENTITIES, NOT_ENTITIES)));
writeFileSync(prebuiltFile, prebuiltJson);
const cold = (...args: string[]) => {
  const runs = Array.from({ length: 5 }, () =>
    Number(
      execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cold-start.ts'), ...args], {
        encoding: 'utf8',
      }),
    ),
  ).sort((a, b) => a - b);
  return runs[2] as number;
};
const coldCompile = cold('compile');
const coldLoad = cold('load', prebuiltFile);

const mbps = (ms: number) => `${(megabytes / (ms / 1000)).toFixed(1).padStart(7)} MB/s ${ms.toFixed(2).padStart(8)} ms`;
console.log(
  `Arabic news text: ${megabytes.toFixed(2)} MB, ${text.length} UTF-16 units, built from ${from ?? "the project's Arabic news fixtures"}`,
);
console.log(`  floor: read every char code     ${mbps(floor)}`);
console.log(`  Siyaq engine                    ${mbps(engineTime)}   (${engine.find(text).length} mentions)`);
console.log(`  RegExp alternation of ${aliases.length} aliases ${mbps(regexTime)}`);
console.log(`engine vs floor:   ${(engineTime / floor).toFixed(1)}× the floor's time (target: within 15×)`);
console.log(`engine vs RegExp:  ${(regexTime / engineTime).toFixed(1)}× faster (target: at least 10×)`);
console.log(`matcher at page load, cold, median of 5 fresh processes (target: under 50 ms):`);
console.log(`  compiled from the dataset: ${coldCompile.toFixed(1)} ms`);
console.log(
  `  unpacked from the prebuilt form (${(prebuiltJson.length / 1024).toFixed(0)} KB JSON): ${coldLoad.toFixed(1)} ms`,
);
