/**
 * data:check: checks the dataset as a whole (lib/entities/check.ts) and prints each problem with the
 * file it is in; exits 1 if there is any, so that `npm test` stops before the unit tests.
 *
 *   npm run data:check
 */
import { checkDataset } from '../lib/entities/check';
import { DATASET_AS_OF, ORG_FILES, STATE_FILES } from '../lib/entities/dataset';

const fileOf = new Map<string, string>();
for (const [name, records] of Object.entries(STATE_FILES))
  for (const r of records) fileOf.set(r.id, `states/${name}.json`);
for (const [name, records] of Object.entries(ORG_FILES)) for (const r of records) fileOf.set(r.id, `orgs/${name}.json`);

const problems = checkDataset({
  states: Object.values(STATE_FILES).flat(),
  orgs: Object.values(ORG_FILES).flat(),
  asOf: DATASET_AS_OF,
});
for (const p of problems)
  console.error(`lib/entities/data/${fileOf.get(p.id) ?? '?'} ${p.id} ${p.field}: ${p.problem}`);
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`data:check: ${fileOf.size} entities, no problems`);
