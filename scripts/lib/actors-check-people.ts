/**
 * Format checks for the people files: ids, countries, genders, role keys, dates, and who holds a
 * single-holder role on the same day. Returns one message per problem, naming file and id.
 */
import {
  ROLE_KEYS, SINGLE_HOLDER_ROLES, holderScope, nameKey, periodsOverlap,
  type LoadedPerson, type PersonRole,
} from './actors-people.js';
import { ISO3 } from './actors-iso3.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a real calendar day written YYYY-MM-DD (rejects `2008-06-31`). */
export function isIsoDay(s: unknown): s is string {
  if (typeof s !== 'string' || !DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Checks every loaded person; `[]` means the files are valid. */
export function checkPeople(people: readonly LoadedPerson[]): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const { file, person: p } of people) {
    const at = `${file}: ${String(p.id)}`;
    if (typeof p.id !== 'string' || !ID.test(p.id)) problems.push(`${at}: id must be a kebab-case slug`);
    if (ids.has(p.id)) problems.push(`${at}: duplicate id (also in ${ids.get(p.id)})`);
    ids.set(p.id, file);
    if (typeof p.name !== 'string' || p.name.trim() === '') problems.push(`${at}: missing name`);
    if (p.country !== null && !ISO3.has(p.country)) problems.push(`${at}: country "${String(p.country)}" is not ISO3`);
    if (p.gender !== 'm' && p.gender !== 'f' && p.gender !== null) problems.push(`${at}: gender must be m, f or null`);
    for (const key of ['aliases', 'aliases_id'] as const) {
      const list = p[key];
      if (list !== undefined && (!Array.isArray(list) || list.some((a) => typeof a !== 'string' || a.trim() === ''))) {
        problems.push(`${at}: ${key} must be a list of names`);
      }
    }
    if (!Array.isArray(p.roles) || p.roles.length === 0) { problems.push(`${at}: no roles`); continue; }
    problems.push(...checkRoles(at, p.country, p.roles));
  }
  problems.push(...checkSingleHolders(people), ...checkAliasClashes(people));
  return problems;
}

/** Role keys, dates, order, and no overlapping periods of the same role for one person. */
function checkRoles(at: string, country: string | null, roles: readonly PersonRole[]): string[] {
  const problems: string[] = [];
  roles.forEach((r, i) => {
    const where = `${at}: role ${i + 1} (${String(r.role)})`;
    if (!ROLE_KEYS.has(r.role)) problems.push(`${where}: unknown role key`);
    if (!isIsoDay(r.from)) problems.push(`${where}: from "${String(r.from)}" is not a YYYY-MM-DD day`);
    if (r.to !== undefined && !isIsoDay(r.to)) problems.push(`${where}: to "${String(r.to)}" is not a YYYY-MM-DD day`);
    if (r.to !== undefined && r.from > r.to) problems.push(`${where}: from ${r.from} is after to ${r.to}`);
    if (country === null && r.org === undefined) problems.push(`${where}: a person without a country needs org`);
    for (let j = 0; j < i; j++) {
      const o = roles[j]!;
      if (o.role === r.role && (o.org ?? '') === (r.org ?? '') && periodsOverlap(o, r)) {
        problems.push(`${where}: overlaps role ${j + 1} of the same kind`);
      }
    }
  });
  return problems;
}

/** No two people hold a single-holder role of the same country (or organisation) on one day. */
function checkSingleHolders(people: readonly LoadedPerson[]): string[] {
  const byScope = new Map<string, { id: string; role: PersonRole }[]>();
  for (const { person } of people) {
    for (const role of person.roles ?? []) {
      if (!SINGLE_HOLDER_ROLES.has(role.role)) continue;
      const scope = holderScope(person, role);
      const list = byScope.get(scope) ?? [];
      list.push({ id: person.id, role });
      byScope.set(scope, list);
    }
  }
  const problems: string[] = [];
  for (const [scope, list] of byScope) {
    list.sort((a, b) => a.role.from.localeCompare(b.role.from));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.role.from < (list[i]!.role.to ?? '9999'); j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.id !== b.id && periodsOverlap(a.role, b.role)) {
          problems.push(`${scope}: ${a.id} (${a.role.from}..${a.role.to ?? ''}) and ${b.id} (${b.role.from}..${b.role.to ?? ''}) overlap`);
        }
      }
    }
  }
  return problems;
}

/** The same full name (or alias) on two people is a clash the engine cannot resolve (any country). */
function checkAliasClashes(people: readonly LoadedPerson[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, person: p } of people) {
    const names = new Set([p.name, ...(p.aliases ?? []), ...(p.aliases_id ?? [])].filter((n) => typeof n === 'string').map(nameKey));
    for (const n of names) {
      if (!n.includes(' ')) continue; // single words (surnames) are the engine's to disambiguate by date
      const key = n;
      const other = seen.get(key);
      if (other !== undefined && other !== p.id) problems.push(`${file}: ${p.id}: name "${n}" also names ${other}`);
      seen.set(key, p.id);
    }
  }
  return problems;
}
