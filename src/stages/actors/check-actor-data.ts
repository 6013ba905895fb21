import type { ActorData, PersonDef } from './types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the language-independent actor data: role keys, countries, organisations and people (unknown
 * ids, impossible or inverted dates, overlapping periods of one role). One message per problem.
 */
export function checkActorData(data: ActorData): string[] {
  const problems: string[] = [];
  for (const r of data.roles.values()) {
    for (const m of r.matches) if (!data.roles.has(m)) problems.push(`actors/roles.yml: unknown role key in matches: ${r.key} → ${m}`);
  }
  for (const c of data.countries.values()) {
    if (!/^[A-Z]{3}$/.test(c.iso3)) problems.push(`actors/countries.tsv: iso3 must be 3 capitals: ${c.iso3}`);
    if (!/^[A-Z]{3,6}$/.test(c.cameo)) problems.push(`actors/countries.tsv: bad CAMEO code: ${c.iso3} ${c.cameo}`);
  }
  for (const o of data.orgs.values()) {
    if (!SLUG.test(o.id)) problems.push(`actors/organizations.yml: id must be a kebab-case slug: ${o.id}`);
    if (!/^[A-Z]{3,9}$/.test(o.code ?? '')) problems.push(`actors/organizations.yml: missing or bad CAMEO code: ${o.id}`);
    if (o.country !== null && !data.countries.has(o.country)) problems.push(`actors/organizations.yml: unknown country: ${o.id} ${o.country}`);
  }
  const orgCodes = new Set([...data.orgs.values()].map((o) => o.code));
  for (const p of data.people.values()) problems.push(...checkPerson(p, data, orgCodes));
  return problems;
}

function checkPerson(p: PersonDef, data: ActorData, orgCodes: Set<string>): string[] {
  const problems: string[] = [];
  const at = `actors/people/${p.file}: ${String(p.id)}`;
  if (typeof p.id !== 'string' || !SLUG.test(p.id)) problems.push(`${at}: id must be a kebab-case slug`);
  if (data.orgs.has(p.id) || data.countries.has(p.id)) problems.push(`${at}: id clashes with an organisation or country`);
  if (typeof p.name !== 'string' || p.name.trim() === '') problems.push(`${at}: missing name`);
  if (p.country !== null && p.country !== undefined && !data.countries.has(p.country)) problems.push(`${at}: unknown country "${p.country}"`);
  if (p.gender !== 'm' && p.gender !== 'f' && p.gender !== null && p.gender !== undefined) problems.push(`${at}: gender must be m, f or null`);
  for (const r of p.roles) {
    const what = `${at}: role ${r.role} from ${r.from ?? '?'}`;
    if (!data.roles.has(r.role)) problems.push(`${what}: unknown role key`);
    for (const d of [r.from, r.to]) if (d !== undefined && !isDay(d)) problems.push(`${what}: not a real date: ${d}`);
    if (r.from && r.to && r.to < r.from) problems.push(`${what}: inverted dates (to ${r.to} is before from)`);
    if (r.org && !orgCodes.has(r.org) && !/^IGO[A-Z]{0,6}$/.test(r.org)) problems.push(`${what}: unknown organisation code "${r.org}"`);
  }
  const sorted = [...p.roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.role !== b.role || (a.org ?? '') !== (b.org ?? '')) continue;
      if (a.to === undefined || (b.from !== undefined && b.from < a.to)) problems.push(`${at}: overlapping periods of role ${a.role}: from ${a.from ?? '?'} and from ${b.from ?? '?'}`);
    }
  }
  return problems;
}

/** A real calendar day written YYYY-MM-DD (rejects 2008-06-31). */
export function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
