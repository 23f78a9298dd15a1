import { ENTITIES, entityById } from '../entities/dataset';
import { nameForms } from '../entities/names';
import type { Mention } from './engine';

/** One entity of a text with its mentions, in the `extract` CLI's JSON format. */
export interface EntityReport {
  id: string;
  kind: 'state' | 'org';
  iso2?: string;
  name: { ar: string; en: string };
  aliases: { ar: string[]; en: string[] };
  mentions: Pick<Mention, 'start' | 'end' | 'text' | 'form'>[];
}

/** A name compared as the scorer and a reader compare it: letters and digits only (OPEC+ = OPEC). */
const plain = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let owners: Map<string, Set<string>> | undefined;

/** The names that identify an entity: those no other entity shares once punctuation is ignored. */
function identifyingNames(names: string[]): string[] {
  if (!owners) {
    owners = new Map();
    for (const e of ENTITIES) {
      for (const f of nameForms(e)) {
        const key = plain(f.text);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
  }
  const shared = owners;
  return names.filter((n) => (shared.get(plain(n))?.size ?? 0) <= 1);
}

/** Groups mentions by entity, in order of first mention. */
export function describeMentions(mentions: readonly Mention[]): EntityReport[] {
  const reports = new Map<string, EntityReport>();
  for (const m of mentions) {
    let report = reports.get(m.entityId);
    if (!report) {
      const entity = entityById(m.entityId);
      if (!entity) continue;
      const names = nameForms(entity).filter((f) => f.form === 'name');
      report = {
        id: entity.id,
        kind: entity.kind,
        ...(entity.kind === 'state' ? { iso2: entity.id } : {}),
        name: entity.name,
        aliases: {
          ar: [...new Set(names.filter((f) => f.lang === 'ar').map((f) => f.text))],
          en: identifyingNames([...new Set(names.filter((f) => f.lang === 'en').map((f) => f.text))]),
        },
        mentions: [],
      };
      reports.set(m.entityId, report);
    }
    report.mentions.push({ start: m.start, end: m.end, text: m.text, form: m.form });
  }
  return [...reports.values()];
}
