import type { ActorData, PersonDef, PersonRole, RoleDef } from './types.js';

/**
 * The role a person held on `date` (half-open periods: on a handover day the successor holds it).
 * Several roles at once: the highest in roles.yml wins (a president who leads a party is President).
 * Without a date: the most recent role. Example: Li Keqiang, premier until 2023-03-11, holds nothing
 * on 2024-08-21; Li Qiang does.
 */
export function roleOnDate(person: PersonDef, date: string | null, roles: Map<string, RoleDef>): PersonRole | null {
  const rank = (r: PersonRole) => roles.get(r.role)?.rank ?? Number.MAX_SAFE_INTEGER;
  if (date === null) {
    let best: PersonRole | null = null;
    for (const r of person.roles) {
      if (!best || (r.from ?? '') > (best.from ?? '') || ((r.from ?? '') === (best.from ?? '') && rank(r) < rank(best))) best = r;
    }
    return best;
  }
  let best: PersonRole | null = null;
  for (const r of person.roles) if (heldOn(r, date) && (!best || rank(r) < rank(best))) best = r;
  return best;
}

/**
 * A role with every field, in one order. Roles of a dozen shapes (the people files give the fields each needs;
 * titles and agents make their own) sent the steps reading them back to the interpreter at each shape they had
 * not met yet, to be compiled again: the group phrases, the roles step and the build, each several times a run.
 */
export function makeRole(r: PersonRole): PersonRole {
  return { role: r.role, from: r.from, to: r.to, org: r.org, code: r.code, sector: r.sector };
}

/** Roles a title gives, by organisation code ('' for none), then role key: a role is never written, so all share one. */
const TITLE_ROLES = new Map<string, Map<string, PersonRole>>();

/** The role a title gives its holder ("President", or "Secretary-General" of IGOUNO): one object per role and organisation. */
export function titleRole(role: string, org: string | null): PersonRole {
  let byRole = TITLE_ROLES.get(org ?? '');
  if (byRole === undefined) TITLE_ROLES.set(org ?? '', (byRole = new Map()));
  let made = byRole.get(role);
  if (made === undefined) byRole.set(role, (made = makeRole(org ? { role, org } : { role })));
  return made;
}

/**
 * Gives the people of `data` one shape, and their roles that of {@link makeRole} (in place: the data is the
 * stage's own). The people files give each person the fields it needs, and keep its `aliases_<lang>` lists.
 */
export function shapePeople(data: ActorData): ActorData {
  for (const [id, p] of data.people) {
    data.people.set(id, {
      id: p.id, name: p.name, country: p.country, gender: p.gender, aliases: p.aliases, family_first: p.family_first,
      roles: p.roles.map(makeRole), langAliases: p.langAliases, file: p.file,
    });
  }
  return data;
}

/** Role `r` was held on `date` (half-open: not on its `to` day). */
export function heldOn(r: PersonRole, date: string): boolean {
  return (r.from === undefined || r.from <= date) && (r.to === undefined || date < r.to);
}

/** The person held some role on `date` (asked in place: the steps ask it for each candidate of a name). */
export function holdsAnyOn(person: PersonDef, date: string): boolean {
  for (const r of person.roles) if (heldOn(r, date)) return true;
  return false;
}

/** True when a held role key answers a title's key ("leader" also names a president). */
export function roleAnswers(held: string, wanted: string, roles: Map<string, RoleDef>): boolean {
  return held === wanted || (roles.get(wanted)?.matches.includes(held) ?? false);
}

/** People who held a role for a country or organisation code on a date (or ever, without one). */
export function holdersOf(data: ActorData, index: HolderIndex, scope: string, role: string, date: string | null): PersonDef[] {
  const out: PersonDef[] = [];
  const also = data.roles.get(role)?.matches ?? [];
  const byRole = index.get(scope);
  if (byRole === undefined) return out;
  for (let k = -1; k < also.length; k++) {
    const held = byRole.get(k < 0 ? role : also[k]!);
    if (held === undefined) continue;
    for (const h of held) {
      if (date !== null && ((h.from !== undefined && h.from > date) || (h.to !== undefined && date >= h.to))) continue;
      if (!out.includes(h.person)) out.push(h.person);
    }
    if (out.length > 0) break; // "Chinese leader": the leader role itself before the roles it also names
  }
  return out;
}

/** One period a person held a role in a scope (a person holding it twice has two). */
export interface Holding {
  person: PersonDef;
  from: string | undefined;
  to: string | undefined;
}

/**
 * Every holding of a role by `<country or org code>`, then `<role key>` (two lookups, no key to build),
 * a person's holdings side by side, people in the data's order. A question then reads periods only,
 * not every role of every person who ever held the post.
 */
export type HolderIndex = Map<string, Map<string, Holding[]>>;

/** Builds the holder index once per data set. */
export function indexHolders(data: ActorData): HolderIndex {
  const index: HolderIndex = new Map();
  for (const p of data.people.values()) {
    for (const r of p.roles) {
      const scope = scopeOf(p, r);
      const byRole = index.get(scope) ?? index.set(scope, new Map()).get(scope)!;
      const list = byRole.get(r.role) ?? byRole.set(r.role, []).get(r.role)!;
      list.push({ person: p, from: r.from, to: r.to });
    }
  }
  return index;
}

/** A role's scope: its organisation's code for IGO posts (IGOUNO), else the person's country. */
export function scopeOf(person: PersonDef, role: PersonRole): string {
  return role.org ?? person.country ?? '';
}

/** CAMEO actor code of a role: explicit code, the IGO's code, or country code + sector (RUSGOV). */
export function roleCode(country: string | null, role: PersonRole | null, data: ActorData): string | null {
  const cameo = country ? (data.countries.get(country)?.cameo ?? country) : null;
  if (!role) return cameo;
  if (role.code) return role.code;
  if (role.org) return role.org;
  const sector = role.sector ?? data.roles.get(role.role)?.sector ?? '';
  return cameo ? cameo + sector : null;
}
