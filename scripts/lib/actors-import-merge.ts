/**
 * Turns imported roles into people for `_imported.yml`: one person per country and name, periods of
 * the same role joined, hand-curated data always winning (a curated person is never re-imported, and
 * an imported single-holder role that overlaps a curated holder is dropped), and overlaps left
 * between imported holders of a single-holder role trimmed so one person holds it per day.
 */
import {
  SINGLE_HOLDER_ROLES, holderScope, nameKey, periodsOverlap, type LoadedPerson, type Person, type PersonRole,
} from './actors-people.js';
import type { RawRole } from './actors-import-countryinfo.js';

/** Words kept lower case inside names (`Abdullah bin Zayed`, `Jaap de Hoop Scheffer`). */
const PARTICLES = new Set(['bin', 'binti', 'al', 'el', 'de', 'del', 'da', 'dos', 'van', 'von', 'der', 'la', 'le', 'ibn', 'abu', 'ben']);

/** `SUSILO BAMBANG YUDHOYONO` → `Susilo Bambang Yudhoyono`; `AL-MALIKI` → `al-Maliki`. */
export function titleCase(name: string): string {
  return name.toLowerCase().split(/\s+/).filter(Boolean).map((word, i) =>
    word.split('-').map((part, j) => {
      if ((i > 0 || j > 0) && PARTICLES.has(part)) return part;
      return part.replace(/(^|['.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()).replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
    }).join('-')).join(' ');
}

/** Lower-case ASCII slug for ids. */
export function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

/** Groups raw roles into people (same country and a shared name variant = same person). */
export function groupPeople(raw: readonly RawRole[]): Person[] {
  const byKey = new Map<string, Person>();
  const people: Person[] = [];
  for (const r of raw) {
    const keys = r.names.map((n) => `${r.country}|${nameKey(n)}`);
    let person = keys.map((k) => byKey.get(k)).find((p) => p !== undefined);
    if (!person) {
      const name = titleCase(r.names[0]!);
      person = { id: slug(name), name, country: r.country, gender: null, aliases: [], roles: [] };
      people.push(person);
    }
    for (const k of keys) byKey.set(k, person);
    for (const n of r.names.map(titleCase)) if (n !== person.name && !person.aliases!.includes(n)) person.aliases!.push(n);
    const role: PersonRole = { role: r.role, from: r.from, ...(r.to !== undefined ? { to: r.to } : {}), source: r.source };
    if (r.approx) role.approx = true;
    person.roles.push(role);
  }
  for (const p of people) p.roles = joinPeriods(p.roles);
  return people;
}

/** Joins touching or overlapping periods of the same role (monthly snapshots → one term). */
export function joinPeriods(roles: readonly PersonRole[]): PersonRole[] {
  const sorted = [...roles].sort((a, b) => a.role.localeCompare(b.role) || a.from.localeCompare(b.from));
  const out: PersonRole[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.role === r.role && (last.to === undefined || r.from <= last.to)) {
      if (last.to !== undefined && (r.to === undefined || r.to > last.to)) last.to = r.to!;
      if (r.approx) last.approx = true;
      continue;
    }
    out.push({ ...r });
  }
  return out.sort((a, b) => a.from.localeCompare(b.from));
}

/** Drops people the curated files already hold and trims roles that would contradict a curated holder. */
export function preferCurated(imported: readonly Person[], curated: readonly LoadedPerson[]): Person[] {
  const curatedNames = new Set<string>();
  const curatedHolders = new Map<string, PersonRole[]>();
  const curatedIds = new Set<string>();
  for (const { person } of curated) {
    curatedIds.add(person.id);
    for (const n of [person.name, ...(person.aliases ?? []), ...(person.aliases_id ?? [])]) curatedNames.add(nameKey(n));
    for (const r of person.roles) {
      if (!SINGLE_HOLDER_ROLES.has(r.role)) continue;
      const scope = holderScope(person, r);
      curatedHolders.set(scope, [...(curatedHolders.get(scope) ?? []), r]);
    }
  }
  const out: Person[] = [];
  for (const p of imported) {
    // A full name is matched in any country: CountryInfo files Salva Kiir under Sudan, we under South Sudan.
    if ([p.name, ...(p.aliases ?? [])].some((n) => nameKey(n).includes(' ') && curatedNames.has(nameKey(n)))) continue;
    p.roles = p.roles.filter((r) => yieldToCurated(r, curatedHolders.get(holderScope(p, r)) ?? []));
    if (p.roles.length === 0) continue;
    if (curatedIds.has(p.id)) p.id = `${p.id}-${(p.country ?? 'igo').toLowerCase()}`;
    out.push(p);
  }
  return out;
}

/**
 * Keeps an imported single-holder role only where no curated holder has it: an imported term that
 * began before a curated one ends the day the curated one begins (approx); one that began inside a
 * curated term is dropped. Returns false when nothing is left.
 */
function yieldToCurated(role: PersonRole, curated: readonly PersonRole[]): boolean {
  for (const c of [...curated].sort((a, b) => a.from.localeCompare(b.from))) {
    if (!periodsOverlap(c, role)) continue;
    if (role.from >= c.from) return false;
    role.to = c.from;
    role.approx = true;
  }
  return true;
}

/** Trims overlaps between imported holders of one single-holder role (the later start wins the day). */
export function trimHolderOverlaps(people: readonly Person[]): void {
  const byScope = new Map<string, PersonRole[]>();
  for (const p of people) {
    for (const r of p.roles) {
      if (SINGLE_HOLDER_ROLES.has(r.role)) byScope.set(holderScope(p, r), [...(byScope.get(holderScope(p, r)) ?? []), r]);
    }
  }
  const dropped = new Set<PersonRole>();
  for (const roles of byScope.values()) {
    roles.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const [a, b] = [roles[i]!, roles[j]!];
        if (dropped.has(a) || dropped.has(b) || !periodsOverlap(a, b)) continue;
        if (a.from < b.from) { a.to = b.from; a.approx = true; } else dropped.add(b);
      }
    }
  }
  for (const p of people) p.roles = p.roles.filter((r) => !dropped.has(r));
}

/** Removes imported aliases that also name another person (curated or imported, any country). */
export function dropClashingAliases(imported: readonly Person[], curated: readonly LoadedPerson[]): void {
  const owners = new Map<string, Set<string>>();
  const note = (p: Person, n: string) => {
    const k = nameKey(n);
    owners.set(k, (owners.get(k) ?? new Set()).add(p.id));
  };
  for (const { person } of curated) for (const n of [person.name, ...(person.aliases ?? []), ...(person.aliases_id ?? [])]) note(person, n);
  for (const p of imported) for (const n of [p.name, ...(p.aliases ?? [])]) note(p, n);
  for (const p of imported) {
    p.aliases = (p.aliases ?? []).filter((n) => (owners.get(nameKey(n))?.size ?? 0) <= 1);
  }
}
