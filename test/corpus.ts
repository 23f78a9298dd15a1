/**
 * The project's own Arabic news text, for benchmarks, generated logs and round-trip tests: the
 * Arabic articles of the evaluation sets and the sample articles, all in the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const DIRS = ['eval/arabic-news/texts', 'eval/holdout/texts', 'articles'];

/** Every Arabic text among the fixtures, whole (English ones are left out). */
export function arabicNewsTexts(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(FIXTURES, dir, f), 'utf8')),
  ).filter((text) => (text.match(/[\u0600-\u06ff]/g)?.length ?? 0) > text.length / 3);
}
