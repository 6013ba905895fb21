import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlCached } from './read-yaml.js';
import type { ActorData, CountryDef, InstitutionDef, OrgDef, PersonDef, RoleDef } from './types.js';

/** Where the actor data lives. */
export interface ActorDataPaths {
  /** The `data/actors/` folder (roles.yml, countries.tsv, organizations.yml). */
  actorsDir: string;
  /** Folder of people files (default `<actorsDir>/people`). */
  peopleDir?: string;
}

/**
 * Loads roles, countries, organisations and people. Syntax errors throw a DataError naming the file;
 * content rules (unknown ids, overlapping dates) are `checkData`'s job, so loading stays lenient.
 */
export function loadActorData(paths: ActorDataPaths): ActorData {
  const { actorsDir } = paths;
  return {
    roles: loadRoles(join(actorsDir, 'roles.yml')),
    countries: loadCountries(join(actorsDir, 'countries.tsv')),
    ...loadOrganizations(join(actorsDir, 'organizations.yml')),
    people: loadPeople(paths.peopleDir ?? join(actorsDir, 'people')),
  };
}

function loadRoles(file: string): Map<string, RoleDef> {
  const raw = readYamlCached<Record<string, Partial<RoleDef>>>(file) ?? {};
  const roles = new Map<string, RoleDef>();
  Object.entries(raw).forEach(([key, r], rank) => {
    roles.set(key, { key, title: r.title ?? key, sector: r.sector ?? 'GOV', head: r.head === true, posted: r.posted === true, matches: r.matches ?? [], rank });
  });
  return roles;
}

function loadCountries(file: string): Map<string, CountryDef> {
  const countries = new Map<string, CountryDef>();
  if (!existsSync(file)) return countries;
  let header = true;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [iso3 = '', cameo = '', name = '', capital = ''] = line.split('\t');
    countries.set(iso3, { iso3, cameo: cameo || iso3, name, capital });
  }
  return countries;
}

function loadOrganizations(file: string): Pick<ActorData, 'orgs' | 'institutions' | 'orgNameLanguage'> {
  const raw = readYamlCached<{ name_language?: string; organizations?: OrgDef[]; institutions?: InstitutionDef[] }>(file) ?? {};
  const orgs = new Map<string, OrgDef>();
  for (const o of raw.organizations ?? []) orgs.set(o.id, { ...o, country: o.country ?? null, aliases: o.aliases ?? [] });
  const institutions = new Map<string, InstitutionDef>();
  for (const i of raw.institutions ?? []) institutions.set(i.key, i);
  return { orgs, institutions, orgNameLanguage: raw.name_language ?? null };
}

function loadPeople(dir: string): Map<string, PersonDef> {
  const people = new Map<string, PersonDef>();
  if (!existsSync(dir)) return people;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()) {
    const list = readYamlCached<Array<Record<string, unknown>>>(join(dir, file));
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const langAliases: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(p)) {
        const m = /^aliases_([a-z]{2,3})$/.exec(k);
        if (m && Array.isArray(v)) langAliases[m[1]!] = v.map(String);
      }
      const person = { ...(p as unknown as PersonDef), langAliases, file };
      person.roles = Array.isArray(person.roles) ? person.roles.map(normalizeRoleDates) : [];
      people.set(person.id, person);
    }
  }
  return people;
}

/** YAML reads `2023-03-11` as a Date: keep the ISO day string. */
function normalizeRoleDates(role: PersonDef['roles'][number]): PersonDef['roles'][number] {
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? undefined : String(v));
  const out = { ...role };
  const from = day(role.from);
  const to = day(role.to);
  if (from === undefined) delete out.from;
  else out.from = from;
  if (to === undefined) delete out.to;
  else out.to = to;
  return out;
}
