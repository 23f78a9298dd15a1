import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textChunks } from '../../lib/engine/chunks';
import type { PageMention } from '../../lib/engine/engine';
import { defaultEngine } from '../../lib/engine/index';
import { packMentions, unpackMentions } from '../../lib/engine/packed';
import { ScanQueue } from '../../lib/engine/scan-queue';
import { Slicer } from '../../lib/schedule/slicer';

const DIR = join(import.meta.dirname, '../fixtures/eval/english-news/texts');
const ENGLISH = readdirSync(DIR)
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .join('\n');
const LIMITS = { sliceChars: 4_096, budgetMs: 0, tabMs: 1e9, windowMs: 60_000 };
const engine = defaultEngine();

/** A slicer with a 10 ms budget on a clock the test sets, counting the times it gives the thread back. */
function manualSlicer() {
  const clock = {
    now: 0,
    pauses: 0,
    slicer: undefined as unknown as Slicer,
  };
  clock.slicer = new Slicer(
    10,
    () => clock.now,
    async () => {
      clock.pauses++;
    },
  );
  return clock;
}
const find = (text: string) => engine.findForPage(text) ?? [];

describe('the background reads page text a slice at a time, fairly', () => {
  it('finds what the engine finds in the whole text, at the same offsets', async () => {
    const queue = new ScanQueue(find, LIMITS);
    const whole = find(ENGLISH);
    expect(whole.length).toBeGreaterThan(100);
    expect(await queue.submit('1', ENGLISH)).toEqual(whole);
  });

  it('lets other work run between its slices: a question asked during a long read is answered before it ends', async () => {
    const order: string[] = [];
    const queue = new ScanQueue((text) => {
      order.push('slice');
      return find(text);
    }, LIMITS);
    const reading = queue.submit('1', ENGLISH).then(() => order.push('page read'));
    setTimeout(() => order.push('popup answered'), 0);
    await reading;
    expect(order.filter((o) => o === 'slice').length).toBeGreaterThan(5);
    expect(order.indexOf('popup answered')).toBeLessThan(order.indexOf('page read'));
    expect(order.indexOf('popup answered')).toBeLessThan(3);
  });

  it('never reads more than a slice in one go', async () => {
    const sizes: number[] = [];
    const queue = new ScanQueue((text) => {
      sizes.push(text.length);
      return [];
    }, LIMITS);
    await queue.submit('1', `${'Syria and Russia. '.repeat(2000)}\n${'x'.repeat(9000)}`);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(LIMITS.sliceChars);
  });

  it('takes tabs in turn: a short request from one tab does not wait for a long one from another', async () => {
    const done: string[] = [];
    const queue = new ScanQueue(find, LIMITS);
    const long = queue.submit('long', ENGLISH).then(() => done.push('long'));
    const short = queue.submit('short', 'Syria welcomed the UN envoy.').then(() => done.push('short'));
    await Promise.all([long, short]);
    expect(done).toEqual(['short', 'long']);
  });

  it('refuses a tab that has had its share of thread time for now, and reads for it again once that work ages out', async () => {
    let now = 0;
    // Each slice of 100 characters costs 1 ms of the background's time.
    const queue = new ScanQueue(
      (text) => {
        now += text.length / 100;
        return [];
      },
      { sliceChars: 100, budgetMs: 0, tabMs: 10, windowMs: 60_000 },
      () => now,
    );
    expect(await queue.submit('greedy', 'a'.repeat(800))).toEqual([]);
    // A request started within the share is read to its end, even past it.
    expect(await queue.submit('greedy', 'a'.repeat(300))).toEqual([]);
    expect(await queue.submit('greedy', 'a'.repeat(300))).toBeNull();
    expect(await queue.submit('other', 'a'.repeat(800))).toEqual([]);
    now += 60_001;
    expect(await queue.submit('greedy', 'a'.repeat(300))).toEqual([]);
  });

  it('counts time, not text: a tab of cheap text is read far past the text a tab of costly text gets', async () => {
    let now = 0;
    const limits = { sliceChars: 1_000, budgetMs: 0, tabMs: 100, windowMs: 60_000 };
    const readFor = async (msPerSlice: number) => {
      const queue = new ScanQueue(
        () => {
          now += msPerSlice;
          return [];
        },
        limits,
        () => now,
      );
      let read = 0;
      while ((await queue.submit('tab', 'a'.repeat(1_000))) !== null) read += 1_000;
      return read;
    };
    expect(await readFor(10)).toBe(10_000);
    expect(await readFor(1)).toBe(100_000);
  });

  it('holds the thread for its budget, not for every slice: cheap slices go on in one task', async () => {
    let now = 0;
    let pauses = 0;
    const queue = new ScanQueue(
      () => {
        now += 1;
        return [];
      },
      { sliceChars: 10, budgetMs: 5, tabMs: 1e9, windowMs: 60_000 },
      () => now,
      async () => {
        pauses++;
      },
    );
    await queue.submit('1', 'a'.repeat(200));
    // 20 slices of 1 ms with a 5 ms budget: the thread is given back 4 times, not 20.
    expect(pauses).toBe(4);
  });

  it('answers with what it found when the engine fails on a slice, and goes on with the next request', async () => {
    const queue = new ScanQueue(
      (text) => {
        if (text.includes('boom')) throw new Error('engine failure');
        return [{ entityId: 'SY', start: 0, end: 5, style: 'state' } satisfies PageMention];
      },
      { sliceChars: 10, budgetMs: 0, tabMs: 1e6, windowMs: 1 },
    );
    await expect(queue.submit('1', 'Syria\nboom boom\nSyria')).resolves.toHaveLength(1);
    await expect(queue.submit('1', 'Syria')).resolves.toHaveLength(1);
  });
});

describe('mentions on their way to the page', () => {
  it('arrive packed as numbers and unpack to the same mentions', () => {
    const found = find(ENGLISH);
    const packed = packMentions(found);
    expect(packed.ids.length).toBeLessThan(found.length);
    expect(packed.spans.every((n) => Number.isInteger(n))).toBe(true);
    expect(unpackMentions(JSON.parse(JSON.stringify(packed)))).toEqual(found);
  });

  it('leave out a span that makes no sense, and keep the rest', () => {
    const packed = packMentions([
      { entityId: 'SY', start: 0, end: 5, style: 'state' },
      { entityId: 'UN', start: 10, end: 12, style: 'org' },
    ]);
    const damaged = { ids: packed.ids, spans: [...packed.spans, 20, 3, 99 * 4, 30, -1, 0, 40, 2] };
    expect(unpackMentions(damaged)).toEqual([
      { entityId: 'SY', start: 0, end: 5, style: 'state' },
      { entityId: 'UN', start: 10, end: 12, style: 'org' },
    ]);
  });
});

describe('chunks and slices', () => {
  it('cuts text at line breaks, then sentences, then spaces, and never through a surrogate pair', () => {
    expect([...textChunks('aaaa\nbbbb\ncc', 6)].map((c) => [c.start, c.end])).toEqual([
      [0, 5],
      [5, 10],
      [10, 12],
    ]);
    expect([...textChunks('One. Two three', 8)][0]).toEqual({ start: 0, end: 5 });
    expect([...textChunks('ab cdefgh', 6)][0]).toEqual({ start: 0, end: 3 });
    const emoji = '😀'.repeat(10);
    for (const c of textChunks(emoji, 5)) expect(emoji.slice(c.start, c.end).isWellFormed()).toBe(true);
    const text = ENGLISH.slice(0, 50_000);
    const chunks = [...textChunks(text, 4096)];
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
  });

  it('a slicer gives the thread back once its budget is spent, and records the longest slice', async () => {
    const clock = manualSlicer();
    const { slicer } = clock;
    slicer.begin();
    await slicer.step();
    clock.now = 9;
    await slicer.step();
    expect(clock.pauses).toBe(0);
    clock.now = 15;
    await slicer.step();
    expect(clock.pauses).toBe(1);
    expect(slicer.longest).toBe(15);
    // Time spent waiting on the background is not Siyaq's.
    clock.now = 20;
    await slicer.wait(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          clock.now = 500;
          resolve();
        }, 0),
      ),
    );
    clock.now = 503;
    slicer.end();
    expect(slicer.busy).toBe(15 + 5 + 3);
  });
});

describe('a slice is a task', () => {
  it('does not start a new slice after awaiting a promise already settled: no other task ran', async () => {
    const clock = manualSlicer();
    const { slicer } = clock;
    slicer.begin();
    for (let i = 0; i < 5; i++) {
      clock.now += 4;
      await slicer.wait(Promise.resolve());
      await slicer.step();
    }
    // 20 ms of work with nothing between: the thread was given back once the budget was spent.
    expect(clock.pauses).toBeGreaterThanOrEqual(1);
  });
});
