import fs from 'node:fs';
import { Engine } from '../lib/engine/engine';
import { tokenizeEnglish } from '../lib/engine/english';
import { compileMatcher } from '../lib/engine/matcher';
import type { Entity } from '../lib/entities/types';

const ents: Entity[] = [];
for (const dir of ['states', 'orgs']) {
  const d = `lib/entities/data/${dir}`;
  for (const f of fs.readdirSync(d)) {
    try {
      for (const e of JSON.parse(fs.readFileSync(`${d}/${f}`, 'utf8')))
        ents.push({ ...e, kind: dir === 'states' ? 'state' : 'org' });
    } catch (e) {
      console.error(f, String(e));
    }
  }
}
const t0 = performance.now();
const m = compileMatcher(ents, []);
console.error(
  'compile ms',
  performance.now() - t0,
  'entities',
  ents.length,
  'unmatchable',
  m.unmatchable,
  'clashes',
  m.clashes.length,
);
const eng = new Engine(m, { tokenizeEnglish });
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  const ms = eng.find(text);
  console.log(f, ms.map((x) => `${x.entityId}:${x.text}${x.form === 'adjective' ? '(a)' : ''}`).join(' | '));
}
console.error(
  m.clashes
    .filter((c) => !c.marked)
    .map((c) => `${c.text}: ${c.entities}`)
    .join('\n'),
);
