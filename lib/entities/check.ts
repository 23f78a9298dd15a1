/**
 * The dataset's consistency check (`npm run data:check`): what a schema cannot see — ids that must
 * resolve, membership notes that must agree with the member lists, dates that must be in order, and
 * summaries whose numbers must match the member lists and each other's language. Pure: it reads the
 * records it is given, so tests feed it small synthetic datasets.
 */
import { type SummaryNumbers, summaryNumbers } from './numbers';
import type { Bilingual, DataDate, OrgRecord, StateRecord } from './types';

/** One thing wrong in the dataset, said so that a contributor knows where to look and what to change. */
export interface DataProblem {
  /** The entity's id. */
  id: string;
  /** The field at fault: `members`, `memberships.ML.since`, `summary.ar`, … */
  field: string;
  /** What is wrong, in plain English. */
  problem: string;
}

/** The records to check, as the data files hold them, and the dataset's "as of" date. */
export interface DatasetRecords {
  states: readonly StateRecord[];
  orgs: readonly OrgRecord[];
  asOf: DataDate;
}

export function checkDataset(data: DatasetRecords): DataProblem[] {
  const problems: DataProblem[] = [];
  const say = (id: string, field: string, problem: string) => problems.push({ id, field, problem });
  const states = new Set(data.states.map((s) => s.id));
  const orgs = new Map(data.orgs.map((o) => [o.id, o]));

  const latest: Latest = { date: data.asOf, what: `the dataset's "as of" date ${data.asOf}` };
  // The UN's list and the states' own UN facts are held to each other where the UN is in the data.
  const un = orgs.get('un');
  const unMembers = un ? new Set(un.members ?? []) : null;
  for (const s of data.states) {
    checkDate(say, s.id, 'asOf', s.asOf, latest, null);
    if (unMembers) checkUnMembership(say, s, unMembers, data.asOf);
  }
  for (const o of data.orgs) {
    checkReferences(say, o, states, orgs);
    checkMemberships(say, o);
    checkOrgDates(say, o, latest);
    const numbers = { en: summaryNumbers(o.summary.en, 'en'), ar: summaryNumbers(o.summary.ar, 'ar') };
    checkCounts(say, o, numbers);
    checkNumbersAgree(say, o.id, numbers);
  }
  return problems;
}

type Say = (id: string, field: string, problem: string) => void;

/** A state's own UN facts (`unMember`, `status`) and the UN's member list say the same thing. */
function checkUnMembership(say: Say, s: StateRecord, unMembers: Set<string>, asOf: DataDate): void {
  const listed = unMembers.has(s.id);
  if (s.unMember !== null && !listed)
    say(s.id, 'unMember', `${s.unMember} is given but the UN's members do not list it`);
  if (s.unMember === null && listed) say(s.id, 'unMember', "is empty but the UN's members list it");
  if (s.unMember !== null && (s.unMember < 1945 || s.unMember > yearOf(asOf))) {
    say(
      s.id,
      'unMember',
      `${s.unMember} is not a year from the UN's founding (1945) to the dataset's "as of" date ${asOf}`,
    );
  }
  if ((s.status === 'member') !== listed) {
    say(s.id, 'status', `is "${s.status}" but the UN's members ${listed ? 'list' : 'do not list'} it`);
  }
}

function checkReferences(say: Say, o: OrgRecord, states: Set<string>, orgs: Map<string, OrgRecord>): void {
  const seen = new Set<string>();
  for (const m of o.members ?? []) {
    if (!states.has(m)) say(o.id, 'members', `${m} is not a state in the dataset`);
    if (seen.has(m)) say(o.id, 'members', `${m} is listed twice`);
    seen.add(m);
  }
  for (const m of Object.keys(o.memberships ?? {})) {
    if (!states.has(m)) say(o.id, `memberships.${m}`, `${m} is not a state in the dataset`);
  }
  for (const m of o.otherMembers ?? []) {
    if ('org' in m && (!orgs.has(m.org) || m.org === o.id))
      say(o.id, 'otherMembers', `${m.org} is not another organisation in the dataset`);
  }
  if (o.parent === null) return;
  const parent = orgs.get(o.parent);
  if (!parent || o.parent === o.id) {
    say(o.id, 'parent', `${o.parent} is not another organisation in the dataset`);
    return;
  }
  // A body does not outlive the one it belongs to: when a parent ends, a child that goes on has
  // been taken over by another body (its successor) or stands alone, and its parent says which.
  if (parent.ended && !o.ended) {
    say(
      o.id,
      'parent',
      `its parent ${parent.id} ended in ${parent.ended} but it has not ended: give it the body it belongs to now (or null), or its own ended date`,
    );
  }
}

/** A suspended state is still a member; an observer or a former member is not (types.ts, MembershipNote). */
function checkMemberships(say: Say, o: OrgRecord): void {
  const members = new Set(o.members ?? []);
  for (const [id, note] of Object.entries(o.memberships ?? {})) {
    const field = `memberships.${id}`;
    if (note.status === 'member') {
      if (!members.has(id)) say(o.id, field, `${id} has a member’s note but is not in members`);
    } else if (note.status === 'suspended') {
      if (!members.has(id)) say(o.id, field, `${id} is suspended but not in members: a suspended state stays a member`);
      if (!note.since) say(o.id, `${field}.since`, `${id} is suspended without a date it was suspended since`);
      if (!note.by?.ar?.trim() || !note.by?.en?.trim()) {
        say(o.id, `${field}.by`, `${id} is suspended without saying by whom, in Arabic and English`);
      }
    } else if (members.has(id)) {
      say(
        o.id,
        field,
        `${id} is ${note.status === 'observer' ? 'an observer' : 'a former member'} and also in members`,
      );
    }
  }
}

function checkOrgDates(say: Say, o: OrgRecord, dataset: Latest): void {
  if (o.founded !== null && o.founded > yearOf(dataset.date))
    say(o.id, 'founded', `${o.founded} is after ${dataset.what}`);
  checkDate(say, o.id, 'asOf', o.asOf, dataset, null);
  const endedOk = checkDate(say, o.id, 'ended', o.ended, dataset, o.founded);
  // Nobody joins, is suspended from or leaves a body that no longer exists.
  const latest = o.ended && endedOk ? { date: o.ended, what: `the organisation ended (${o.ended})` } : dataset;
  for (const [id, note] of Object.entries(o.memberships ?? {})) {
    const field = `memberships.${id}`;
    if (note.status === 'former') checkDate(say, o.id, `${field}.left`, note.left, latest, o.founded);
    else checkDate(say, o.id, `${field}.since`, note.since, latest, o.founded);
  }
}

/** The latest date a fact may carry, and what that date is. */
interface Latest {
  date: DataDate;
  what: string;
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/**
 * A date is YYYY or YYYY-MM, no later than the latest it may be and no earlier than the organisation's
 * founding. Says whether it is well formed and not too late.
 */
function checkDate(
  say: Say,
  id: string,
  field: string,
  date: DataDate | undefined,
  latest: Latest,
  founded: number | null,
): boolean {
  if (date === undefined) return true;
  if (!DATE.test(date)) {
    say(id, field, `"${date}" is not a date written YYYY or YYYY-MM`);
    return false;
  }
  if (founded !== null && yearOf(date) < founded) {
    say(id, field, `${date} is before the organisation was founded (${founded})`);
  }
  if (compareDates(date, latest.date) <= 0) return true;
  say(id, field, `${date} is after ${latest.what}`);
  return false;
}

function yearOf(date: DataDate): number {
  return Number(date.slice(0, 4));
}

/** Orders two dates; a year alone covers its months, so "2026" is not after "2026-03". */
function compareDates(a: DataDate, b: DataDate): number {
  const [ya, ma] = a.split('-');
  const [yb, mb] = b.split('-');
  if (ya !== yb) return Number(ya) - Number(yb);
  return ma && mb ? Number(ma) - Number(mb) : 0;
}

/**
 * Counts a summary states of a part of the members, not of all of them, where the words alone cannot
 * tell (a whole stated with its parts is told by the rule in `checkCounts`). Each entry must still be
 * in the summary, so that the list cannot outlive the sentence it explains.
 */
const PART_COUNTS: Record<string, { count: number; why: string }[]> = {
  'p5-plus-1': [{ count: 5, why: 'the five permanent members of the Security Council, and Germany' }],
  sco: [{ count: 4, why: 'four Central Asian states among the members' }],
  'opec-plus': [{ count: 10, why: 'the ten producers outside OPEC, with the members of OPEC' }],
};

/**
 * The members a summary says an organisation has must be those it lists, counted as the organisation
 * counts them: suspended members are members, observers and former members are not. A summary may
 * state a whole and its parts (15 members: five permanent, ten elected) or only parts (the 27 EU
 * states and 15 countries of the Mediterranean): the list must then be one of the counts, or their
 * sum. Both languages are read together; whether they agree is `checkNumbersAgree`'s concern.
 * Approximate counts ("some 170 countries") are not held to the list.
 */
function checkCounts(say: Say, o: OrgRecord, numbers: Bilingual<SummaryNumbers>): void {
  const stated = [numbers.en, numbers.ar].flatMap((n) => n.counts.filter((c) => !c.approximate).map((c) => c.value));
  const parts = PART_COUNTS[o.id] ?? [];
  for (const part of parts) {
    if (!stated.includes(part.count)) {
      say(
        o.id,
        'summary',
        `no longer states ${part.count} (${part.why}): remove it from PART_COUNTS in lib/entities/check.ts`,
      );
    }
  }
  if (o.members === null) return;
  const counts = [...new Set(stated)].filter((n) => !parts.some((p) => p.count === n));
  if (counts.length === 0) return;
  const outside = (o.otherMembers ?? []).map((m) => ('org' in m ? m.org : m.name.en));
  const listed = o.members.length + outside.length;
  const sum = counts.reduce((a, b) => a + b, 0);
  // A count of all members, or of the member states alone (the G20's 19 countries, with the EU and the AU).
  if (counts.includes(listed) || counts.includes(o.members.length) || (counts.length > 1 && sum === listed)) return;
  const members = `members lists ${o.members.length}${outside.length ? ` (${listed} with ${outside.join(' and ')})` : ''}`;
  say(
    o.id,
    'summary',
    counts.length === 1
      ? `states ${counts[0]} members but ${members}`
      : `states ${counts.join(', ')} members but ${members}, which is none of them nor their sum`,
  );
}

/** What one language's summary commits to in numbers, the other must write too, in digits or words. */
function checkNumbersAgree(say: Say, id: string, { en, ar }: Bilingual<SummaryNumbers>): void {
  for (const n of en.claimed)
    if (!ar.written.has(n)) say(id, 'summary.ar', `does not say ${n}, as the English summary does`);
  for (const n of ar.claimed)
    if (!en.written.has(n)) say(id, 'summary.en', `does not say ${n}, as the Arabic summary does`);
}
