import { normalizePhrase } from './match-units.js';
import { roleOnDate } from './roles-on-date.js';
import type { ArticleActor, ArticleContext } from './context.js';
import type { PersonDef, PersonRole } from './types.js';

/** The name norms of an actor that has none (countries, organisations, groups): one set for all, never written. */
export const NO_NAMES: ReadonlySet<string> = new Set();

/** The article's record of a person from the data; `titleRole` fills in when the data has no role on the date. */
export function ensurePerson(ctx: ArticleContext, person: PersonDef, titleRole?: PersonRole): ArticleActor {
  const known = ctx.actors.get(person.id);
  if (known) {
    if (known.role || !titleRole) return known;
    // a new record in the known one's place, not a role written into it: an actor is never written after
    // it is made (the first write made every step reading actors compile again)
    const titled: ArticleActor = { id: known.id, name: known.name, kind: known.kind, country: known.country, gender: known.gender, person: known.person, role: titleRole, code: known.code, names: known.names };
    ctx.actors.set(person.id, titled);
    return titled;
  }
  const role = roleOnDate(person, ctx.date, ctx.data.roles) ?? titleRole ?? null;
  // the lexicon's own set (read only), not a copy per article
  const names = ctx.lex.nameNorms.get(person.id) ?? new Set(normalizePhrase(person.name));
  const actor: ArticleActor = { id: person.id, name: person.name, kind: 'person', country: person.country ?? null, gender: person.gender ?? null, person, role, code: undefined, names };
  ctx.actors.set(person.id, actor);
  return actor;
}

/** A person the data does not know, introduced by a title ("Chinese Premier Li Qiang"); `id` is the name's slug. */
export function ensureNewPerson(ctx: ArticleContext, id: string, name: string, country: string | null, role: PersonRole): ArticleActor {
  const known = ctx.actors.get(id);
  if (known) return known;
  const actor: ArticleActor = { id, name, kind: 'person', country, gender: null, person: null, role, code: undefined, names: new Set(normalizePhrase(name)) };
  ctx.actors.set(id, actor);
  return actor;
}

/** A country of the data (`CHN`). */
export function ensureCountry(ctx: ArticleContext, iso3: string): ArticleActor {
  const known = ctx.actors.get(iso3);
  if (known) return known;
  const c = ctx.data.countries.get(iso3);
  const actor: ArticleActor = { id: iso3, name: c?.name ?? iso3, kind: 'country', country: iso3, gender: null, person: null, role: null, code: c?.cameo ?? iso3, names: NO_NAMES };
  ctx.actors.set(iso3, actor);
  return actor;
}

/** An organisation of the data, or a country's institution (`rus-foreign-ministry`). */
export function ensureOrg(ctx: ArticleContext, id: string, fallback?: { name: string; country: string | null; code: string }): ArticleActor | null {
  const known = ctx.actors.get(id);
  if (known) return known;
  const o = ctx.data.orgs.get(id);
  const def = o ? { name: o.name, country: o.country, code: o.code } : fallback;
  if (!def) return null;
  const actor: ArticleActor = { id, name: def.name, kind: 'organization', country: def.country, gender: null, person: null, role: null, code: def.code, names: NO_NAMES };
  ctx.actors.set(id, actor);
  return actor;
}

/** "Li Qiang" → `li-qiang`; "Sergey Lavrov" → `sergey-lavrov`. */
export function slugify(name: string): string {
  const ascii = asciiSlug(name);
  return ascii ?? name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/**
 * `slugify` of an ASCII name in one pass (no decomposition or mark to strip; letters and digits are the
 * ASCII ones), or null for any other name. Most names are ASCII, and four expressions cost more.
 */
function asciiSlug(name: string): string | null {
  let out = '';
  let dash = false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c > 127) return null;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) out += '-';
      dash = false;
      out += String.fromCharCode(lower);
    } else dash = true;
  }
  return out;
}
