/** The lookup as the popup runs it, bundled by popup.bench.ts into a Chromium page. */
import { ENTITIES } from '../../lib/entities/dataset';
import { Lookup } from '../../lib/lookup/lookup';

/** Types each query a character at a time; returns the time of every keystroke's answer. */
function typing(queries: string[]): { build: number; keystrokes: number[] } {
  let t0 = performance.now();
  const lookup = new Lookup(ENTITIES);
  const build = performance.now() - t0;
  const keystrokes: number[] = [];
  for (const query of queries)
    for (let i = 1; i <= query.length; i++) {
      t0 = performance.now();
      lookup.find(query.slice(0, i), 8);
      keystrokes.push(performance.now() - t0);
    }
  return { build, keystrokes };
}

(globalThis as { siyaqLookupBench?: typeof typing }).siyaqLookupBench = typing;
