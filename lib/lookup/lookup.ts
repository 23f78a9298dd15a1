import { nameForms } from '../entities/names';
import type { Entity } from '../entities/types';
import { stems } from '../text/stem';

/** One entity found by a lookup, and how well. */
export interface LookupHit {
  entity: Entity;
  score: number;
  /** The form that matched best, as written in the dataset. */
  matched: string;
}

interface IndexedForm {
  entity: number;
  text: string;
  /** The form's stems joined by single spaces. */
  key: string;
  /** How much the form counts: a name over an alias over an adjective. */
  weight: number;
}

/** Edit distance with transpositions (a swapped pair counts once), giving up beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** The share of letters two strings have in common, counted with repeats: a tie-break between typos (Sirya is Syria, not Libya). */
function sharedLetters(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(c, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** How many typos a query of this length may have. */
const typosAllowed = (length: number) => (length >= 5 ? 2 : length >= 4 ? 1 : 0);

/**
 * Finds any known entity from what a reader types: Arabic with or without diacritics, hamza, ال or
 * attached clitics; English; acronyms in both scripts (NATO, الناتو); small typos forgiven. Every
 * name, alias and adjective form of the dataset is kept stemmed (lib/text/stem.ts); a query matches
 * a form exactly, at its start, at the start of a later word, word by word in any order, or
 * within a typo or two — in that order of rank, a name before an alias before an adjective, and
 * the shorter form first.
 */
export class Lookup {
  private readonly forms: IndexedForm[] = [];

  constructor(private readonly entities: readonly Entity[]) {
    entities.forEach((entity, index) => {
      const seen = new Set<string>();
      nameForms(entity).forEach((form, i) => {
        const key = stems(form.text).join(' ');
        if (!key || seen.has(key)) return;
        seen.add(key);
        const weight = form.form === 'adjective' ? 0.8 : i < 2 ? 1 : 0.95;
        this.forms.push({ entity: index, text: form.text, key, weight });
      });
    });
  }

  find(query: string, limit = 10): LookupHit[] {
    const words = stems(query);
    const q = words.join(' ');
    if (!q) return [];
    const best = new Map<number, { score: number; form: IndexedForm }>();
    const offer = (form: IndexedForm, score: number) => {
      const scored = score * form.weight - form.key.length / 1000;
      const old = best.get(form.entity);
      if (!old || scored > old.score) best.set(form.entity, { score: scored, form });
    };
    for (const form of this.forms) {
      const key = form.key;
      if (key === q) offer(form, 100);
      else if (key.startsWith(q)) offer(form, 90);
      else if (key.includes(` ${q}`)) offer(form, 80);
      else if (words.length > 1) {
        const formWords = key.split(' ');
        if (words.every((w) => formWords.some((f) => f.startsWith(w)))) offer(form, 70);
      }
    }
    const typos = typosAllowed(q.length);
    if (best.size < limit && typos > 0) {
      for (const form of this.forms) {
        if (best.has(form.entity)) continue;
        // A typo in the whole name, or in the part typed so far.
        const whole = distance(q, form.key, typos);
        const typed = distance(q, form.key.slice(0, q.length), typos);
        const d = Math.min(whole, typed);
        if (d <= typos)
          offer(form, 50 - 10 * d + 5 * sharedLetters(q, whole <= typed ? form.key : form.key.slice(0, q.length)));
      }
    }
    return [...best]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, limit)
      .map(([index, { score, form }]) => ({ entity: this.entities[index] as Entity, score, matched: form.text }));
  }
}
