/**
 * data:check: checks the dataset as a whole (lib/entities/check.ts) and prints each problem with the
 * file it is in; exits 1 if there is any, so that `npm test` stops before the unit tests.
 *
 *   npm run data:check
 */
import { checkDataset, type DataProblem } from '../lib/entities/check';
import { DATASET_AS_OF, ORG_FILES, STATE_FILES } from '../lib/entities/dataset';

const fileOf = new Map<string, string>();
for (const [name, records] of Object.entries(STATE_FILES))
  for (const r of records) fileOf.set(r.id, `states/${name}.json`);
for (const [name, records] of Object.entries(ORG_FILES)) for (const r of records) fileOf.set(r.id, `orgs/${name}.json`);

const data = { states: Object.values(STATE_FILES).flat(), orgs: Object.values(ORG_FILES).flat(), asOf: DATASET_AS_OF };
let problems: DataProblem[];
try {
  problems = checkDataset(data);
} catch (error) {
  // The check trusts the shapes the schema test guards; a record without them is that test's to explain.
  console.error(`data:check: a record does not have the shape of the dataset (${(error as Error).message});`);
  console.error('see which: npx vitest run --configLoader runner test/unit/entities-schema.test.ts');
  process.exit(1);
}
for (const p of problems)
  console.error(`lib/entities/data/${fileOf.get(p.id) ?? '?'} ${p.id} ${p.field}: ${p.problem}`);
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(`data:check: ${fileOf.size} entities, no problems`);
