import { addDiagnostic } from '../../../core/diagnostic.js';
import { ensureCountry, ensureNewPerson, ensureOrg, ensurePerson, slugify } from '../actor-registry.js';
import { addDraft, confidence, holders, type ArticleContext } from '../context.js';
import { activeRoles, roleAnswers } from '../roles-on-date.js';
import { POSSESSIVE } from '../match-units.js';
import type { Match } from '../token-trie.js';
import type { Entry, PersonDef, PersonRole } from '../types.js';

type TitleEntry = Extract<Entry, { type: 'title' }>;
type InstitutionEntry = Extract<Entry, { type: 'institution' }>;

/** A title with no name after it ("the Chinese premier"), resolved by the roles step. */
export interface RoleDescription {
  match: Match;
  role: string;
  /** Country ISO3 or organisation code the role belongs to, or null ("the premier"). */
  scope: string | null;
}

/**
 * Titles and institutions. A title followed by a name is one mention of that person with the title's
 * role: "Russian President Vladimir Putin", "Menlu Retno", "Kremlin spokesperson Dmitry Peskov" (known or
 * not). A title alone is returned for the roles step. "the Russian government" is Russia, code RUSGOV.
 */
export function resolveTitles(ctx: ArticleContext, consumed: Set<Match>): RoleDescription[] {
  const descriptions: RoleDescription[] = [];
  ctx.matches.forEach((m, k) => {
    const title = m.finals.find((f) => f.entry.type === 'title')?.entry as TitleEntry | undefined;
    const institution = m.finals.find((f) => f.entry.type === 'institution')?.entry as InstitutionEntry | undefined;
    if (!title && !institution) return;
    consumed.add(m);
    if (!title) return void addInstitution(ctx, m, institution!);
    const { scope, country, org } = scopeOfTitle(ctx, m, title);
    const role: PersonRole = org ? { role: title.role, org } : { role: title.role };
    const next = ctx.matches[k + 1];
    if (next && next.start === m.end && !consumed.has(next)) {
      const person = personOf(ctx, next, scope, title.role);
      if (person) {
        consumed.add(next);
        const actor = ensurePerson(ctx, person, role);
        return void addDraft(ctx, { start: m.start, end: next.end, actorIds: [actor.id], resolution: 'name', confidence: 0.95, roleKey: title.role });
      }
    }
    const name = nameAfter(ctx, m.end);
    if (name === null) return void descriptions.push({ match: m, role: title.role, scope });
    for (let j = m.end; j < name; j++) {
      const inner = ctx.matchStarts.get(j);
      if (inner) consumed.add(inner);
    }
    const norms = ctx.units.slice(m.end, name).map((u) => u.norm);
    const known = scope === null ? undefined : holders(ctx, scope, title.role).find((p) => norms.every((n) => ctx.lex.nameNorms.get(p.id)?.has(n)));
    if (known) {
      ensurePerson(ctx, known, role);
      return void addDraft(ctx, { start: m.start, end: name, actorIds: [known.id], resolution: 'name', confidence: confidence(ctx, 0.9, true), roleKey: title.role });
    }
    const text = ctx.text.slice(ctx.units[m.end]!.start, ctx.units[name - 1]!.end);
    const id = slugify(text);
    const dataPerson = ctx.data.people.get(id);
    const isNew = !dataPerson && !ctx.actors.has(id);
    const actor = dataPerson ? ensurePerson(ctx, dataPerson, role) : ensureNewPerson(ctx, id, text, country ?? countryAfter(ctx, name), role);
    if (isNew) {
      // once per person, at the first introduction
      const span = { start: ctx.units[m.start]!.start, end: ctx.units[name - 1]!.end };
      addDiagnostic(ctx.doc, { code: 'actor-from-title', severity: 'info', stage: 'actors', ...span, actual: ctx.text.slice(span.start, span.end), message: `Recognised "${text}" by the title "${ctx.text.slice(span.start, ctx.units[m.end - 1]!.end)}"` });
    }
    addDraft(ctx, { start: m.start, end: name, actorIds: [actor.id], resolution: dataPerson ? 'name' : 'title', confidence: 0.85, roleKey: title.role });
  });
  return descriptions;
}

function scopeOfTitle(ctx: ArticleContext, m: Match, t: TitleEntry): { scope: string | null; country: string | null; org: string | null } {
  if (m.slot?.kind === 'org') {
    const code = ctx.data.orgs.get(m.slot.id)?.code ?? null;
    return { scope: code, country: null, org: code };
  }
  const country = m.slot?.kind === 'country' ? m.slot.id : (t.country ?? null);
  return { scope: country, country, org: null };
}

/** The person an adjacent name match stands for: the role holder among its candidates, else the only one. */
function personOf(ctx: ArticleContext, next: Match, scope: string | null, role: string): PersonDef | null {
  const ids: string[] = [];
  for (const f of next.finals) {
    if (f.entry.type === 'actor' && f.entry.kind === 'person') ids.push(f.entry.id);
    else if (f.entry.type === 'partial') ids.push(...f.entry.ids);
  }
  if (ids.length === 0) return null;
  const people = ids.map((id) => ctx.data.people.get(id)).filter((p): p is PersonDef => p !== undefined);
  if (scope !== null) {
    const held = holders(ctx, scope, role);
    const holder = people.find((p) => held.includes(p));
    if (holder) return holder;
  } else if (ctx.date !== null) {
    // "Premier Li" in 2020: of the Lis, the one who was a premier on that day
    const date = ctx.date;
    const holding = people.filter((p) => activeRoles(p, date).some((r) => roleAnswers(r.role, role, ctx.data.roles)));
    if (holding.length === 1) return holding[0]!;
  }
  return people.length === 1 ? people[0]! : null;
}

/** End (exclusive) of a capitalised name starting at unit `i`, or null when none: "Li Qiang said" → after "Qiang". */
export function nameAfter(ctx: ArticleContext, i: number): number | null {
  const { units, lex } = ctx;
  const sentence = units[i]?.sentence;
  let j = i;
  while (j < units.length && j - i < 4) {
    const u = units[j]!;
    if (u.kind === 'punct' || u.sentence !== sentence || (ctx.covered[j] && !surnameOnly(ctx.matchStarts.get(j)))) break;
    const particle = !u.upper && lex.particles.has(u.norm) && units[j + 1]?.upper === true && j > i;
    if (!particle && (!u.upper || lex.notNames.has(u.norm) || /^\d/.test(u.norm))) break;
    j++;
    if (ctx.flags[j - 1]! & POSSESSIVE) break;
  }
  return j > i ? j : null;
}

/** "Trade Minister Priya Raman of France": the country named right after the name, or null. */
function countryAfter(ctx: ArticleContext, i: number): string | null {
  const link = ctx.units[i];
  if (!link || !ctx.lex.countryLinks.has(link.norm)) return null;
  const m = ctx.matchStarts.get(i + 1);
  const e = m?.finals.find((f) => f.entry.type === 'actor' && f.entry.kind === 'country')?.entry;
  return e?.type === 'actor' ? e.id : null;
}

/** A one-word match that is only a surname or given name ("Wen" of Wen Jiabao inside "Premier Zhao Wen"). */
function surnameOnly(m: Match | undefined): boolean {
  return m !== undefined && m.end - m.start === 1 && m.finals.every((f) => f.entry.type === 'partial');
}

function addInstitution(ctx: ArticleContext, m: Match, e: InstitutionEntry): void {
  const iso3 = m.slot?.kind === 'country' ? m.slot.id : e.country;
  const def = ctx.data.institutions.get(e.key);
  if (!iso3 || !def) return;
  const country = ensureCountry(ctx, iso3);
  const code = `${country.code ?? iso3}${def.sector}`;
  if (def.as === 'country') {
    return void addDraft(ctx, { start: m.start, end: m.end, actorIds: [iso3], resolution: 'name', confidence: 0.9, code });
  }
  const org = ensureOrg(ctx, `${iso3.toLowerCase()}-${e.key}`, { name: def.name.replace('{country}', country.name), country: iso3, code });
  if (org) addDraft(ctx, { start: m.start, end: m.end, actorIds: [org.id], resolution: 'name', confidence: 0.9 });
}
