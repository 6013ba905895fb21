/**
 * Loads and checks the people files in `data/actors/people/*.yml` (the format agreed in the actors
 * data brief). Used by the people test and by `scripts/import-actors.ts`, which must not overwrite
 * or contradict hand-curated entries.
 *
 * Date semantics: `from` is the day the role was taken up, `to` the day it was handed over; on a
 * handover day the successor holds the role, so periods are compared as half-open [from, to).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One dated role of a person. */
export interface PersonRole {
  role: string; from: string; to?: string; approx?: boolean; org?: string; code?: string
  sector?: string; source?: string
}

/** One person as written in a people file. */
export interface Person {
  id: string; name: string; country: string | null; gender: 'm' | 'f' | null
  aliases?: string[]; aliases_id?: string[]; family_first?: boolean; roles: PersonRole[]
}

/** A person together with the file it came from (for messages). */
export interface LoadedPerson { file: string; person: Person }

/** Role keys agreed with the actors engine, plus any it added to data/actors/roles.yml (never renamed). */
export const ROLE_KEYS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'prime-minister', 'deputy-prime-minister', 'monarch', 'chancellor',
  'leader', 'foreign-minister', 'defence-minister', 'finance-minister', 'trade-minister',
  'interior-minister', 'minister', 'mfa-spokesperson', 'government-spokesperson', 'presidential-aide',
  'national-security-adviser', 'secretary-general', 'head-of-organization', 'army-chief',
  'central-bank-governor', 'speaker', 'opposition-leader', ...rolesFileKeys(),
]);

/** Keys of data/actors/roles.yml when that file exists (it belongs to the actors engine). */
function rolesFileKeys(): string[] {
  const file = new URL('../../data/actors/roles.yml', import.meta.url);
  if (!existsSync(file)) return [];
  const roles: unknown = parse(readFileSync(file, 'utf8'));
  return roles !== null && typeof roles === 'object' ? Object.keys(roles) : [];
}

/** Roles one person at a time holds per country (or per organisation for `secretary-general`). */
export const SINGLE_HOLDER_ROLES: ReadonlySet<string> = new Set([
  'president', 'prime-minister', 'monarch', 'chancellor', 'foreign-minister', 'defence-minister',
  'secretary-general',
]);

/** The default folder of people files. */
export const PEOPLE_DIR = new URL('../../data/actors/people/', import.meta.url).pathname;

/** Reads every `*.yml` in `dir` (sorted, so messages are stable); throws on YAML syntax errors. */
export function loadPeople(dir: string = PEOPLE_DIR, skip: (file: string) => boolean = () => false): LoadedPerson[] {
  const out: LoadedPerson[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml') && !skip(f)).sort();
  for (const file of files) {
    const list: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    if (list == null) continue;
    if (!Array.isArray(list)) throw new SyntaxError(`Cannot read "${file}": expected a YAML list of people`);
    for (const person of list as Person[]) out.push({ file, person });
  }
  return out;
}

/** Normalises a name for comparison: lower case, no diacritics, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when the day `d` falls within the half-open period [from, to). */
export function holdsOn(role: PersonRole, d: string): boolean {
  return role.from <= d && (role.to === undefined || d < role.to);
}

/** True when two half-open periods share at least one day. */
export function periodsOverlap(a: PersonRole, b: PersonRole): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from < bEnd && b.from < aEnd;
}

/** The holder scope of a single-holder role: the organisation for IGO posts, else the country. */
export function holderScope(person: Person, role: PersonRole): string {
  return `${role.role}|${role.org ?? person.country ?? '?'}`;
}
