/**
 * Spelling variants from the Phoenix (PETRARCH-2) actor dictionary, added as aliases to imported
 * people. Phoenix records carry CAMEO codes but no titles, so they give names, never roles. Variants
 * that contain a title or rank (`FOREIGN MINISTER SERGEY V. LAVROV`) or are a single word are left out.
 */
import { readFileSync } from 'node:fs';
import { nameKey, type Person } from './actors-people.js';
import { titleCase } from './actors-import-merge.js';

interface PhoenixRecord { name: string; names: string[]; codes: { code: string }[] }

const TITLE_WORDS = new Set(['minister', 'president', 'premier', 'secretary', 'ambassador', 'general', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'sultan', 'emir', 'chairman', 'chief', 'leader', 'governor', 'spokesman', 'colonel',
  'foreign', 'defense', 'defence', 'prime', 'vice', 'deputy', 'former', 'dr', 'mr', 'mrs', 'ms', 'sir', 'lord', 'the',
  'of', 'senator', 'general', 'gen', 'mayor', 'speaker', 'finance', 'party']);

/** True for a variant that is a person's name alone (two to five words, no title word, no digits). */
export function isPlainName(variant: string): boolean {
  const words = nameKey(variant).split(' ');
  return words.length >= 2 && words.length <= 5 && !/\d/.test(variant) && !words.some((w) => TITLE_WORDS.has(w));
}

/** Adds Phoenix variants to each person whose name matches a record coded for the person's country. */
export function addPhoenixAliases(file: string, people: readonly Person[]): number {
  const index = new Map<string, PhoenixRecord[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as PhoenixRecord;
    for (const n of rec.names) {
      const k = nameKey(n);
      index.set(k, [...(index.get(k) ?? []), rec]);
    }
  }
  let added = 0;
  for (const p of people) {
    const records = new Set<PhoenixRecord>();
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      for (const rec of index.get(nameKey(n)) ?? []) if (rec.codes.some((c) => c.code.startsWith(p.country ?? '-'))) records.add(rec);
    }
    const have = new Set([p.name, ...(p.aliases ?? [])].map(nameKey));
    for (const rec of records) {
      for (const v of rec.names) {
        if (!isPlainName(v) || have.has(nameKey(v))) continue;
        have.add(nameKey(v));
        (p.aliases ??= []).push(titleCase(v));
        added++;
      }
    }
  }
  return added;
}
