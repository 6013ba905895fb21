import { addDiagnostic } from '../../../core/diagnostic.js';
import { ensureCountry, ensureNewPerson, ensureOrg, ensurePerson, slugify } from '../actor-registry.js';
import { addDraft, makeDraft, confidence, holders, type ArticleContext, type Draft } from '../context.js';
import type { MatchSet } from '../match-starts.js';
import { makeMatch, type Match } from '../token-trie.js';
import { HYPHEN_AFTER } from '../match-units.js';
import type { Entry, PersonDef, PersonRole } from '../types.js';
import { makeRole, titleRole } from '../roles-on-date.js';
import { countryAfter, datelineCountry, nameAfter, personOf, type TitleScope } from './title-person.js';
import { countryBefore, personFurther, readTail, weakName } from './title-tail.js';

/** The role of one who holds a rank below the title named ("Deputy Foreign Minister"). */
const GENERIC_ROLE = 'minister';

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
 * not), past title words, a country and honorifics ("Menteri Luar Negeri Arab Saudi Pangeran Faisal bin
 * Farhan"). A title alone, or before a word that is no name ("Presiden Iran Ancam Israel"), is returned for
 * the roles step. "the Russian government" is Russia, code RUSGOV.
 */
export function resolveTitles(ctx: ArticleContext, consumed: MatchSet): RoleDescription[] {
  const descriptions: RoleDescription[] = [];
  // the country each role was last named with ("the French ambassador"): a later bare title of that role is likelier theirs
  const lastCountry = new Map<string, string>();
  for (let m of ctx.matches) {
    let title: TitleEntry | undefined;
    let institution: InstitutionEntry | undefined;
    for (const f of m.finals) {
      if (f.entry.type === 'title') title ??= f.entry;
      else if (f.entry.type === 'institution') institution ??= f.entry;
    }
    if (consumed.has(m) || (!title && !institution)) continue;
    consumed.add(m);
    if (!title) {
      // "Sudan's army-led government": an institution joined by a hyphen to the word after it only describes that
      // word; its country stays a country mention, for the noun after it to take
      if (!(ctx.flags[m.end - 1]! & HYPHEN_AFTER)) addInstitution(ctx, m, institution!);
      else if (m.slot?.kind === 'country') {
        ensureCountry(ctx, m.slot.id);
        addDraft(ctx, makeDraft({ start: m.slot.start, end: m.slot.end, actorIds: [m.slot.id], resolution: 'name', confidence: 0.9 }));
      }
      continue;
    }
    const tail = readTail(ctx, m);
    const fronted = m.slot || tail.country || title.country ? undefined : countryBefore(ctx, m.start);
    let role = title.role;
    if (fronted) {
      consumed.add(fronted.match);
      m = makeMatch(fronted.match.start, m.end, m.finals, m.slot);
      if (fronted.rank) role = GENERIC_ROLE;
    }
    const { scope, country, org } = scopeOfTitle(ctx, m, title, tail.country ?? fronted?.id ?? null);
    const before = ctx.units[m.start - 1];
    const past = before !== undefined && before.sentence === ctx.units[m.start]!.sentence && ctx.lex.pastMarkers.has(before.norm);
    if (country) lastCountry.set(title.role, country);
    const t: Titled = { m, role, scope, country, past, personRole: titleRole(role, org), earlier: lastCountry.get(title.role) ?? null };
    if (tail.inner) consumed.add(tail.inner);
    if (knownAfter(ctx, consumed, t, tail.at)) continue;
    let at = tail.at;
    let name = nameAfter(ctx, at, country);
    // "Duta Besar Jepang untuk China, Kenji Kanasugi, …": a full name set off by commas after the title is its holder
    // only a title that names its country: "the acting high commissioner, Stewart Wheeler," may be any side's envoy
    if (name === null && country !== null) {
      // "his Chinese counterpart, Wang Yi, …": a known person of the title's country set off by commas holds it
      if (knownApposed(ctx, at, country) && knownAfter(ctx, consumed, t, at + 1)) continue;
      const apposed = appositionName(ctx, at, country);
      if (apposed !== null) [at, name] = apposed;
    }
    if (name === null || weakName(ctx, at, name)) {
      // "Menlu Saudi", "Presiden Iran Ancam …": the holder of the role, found by the roles step; not "the
      // former premier", nor "Presiden Pertama yang …" (the first president to …: nobody in particular)
      const end = tail.inner ? tail.inner.end : m.end;
      if (!past && !tail.ordinal) descriptions.push({ match: end === m.end ? m : makeMatch(m.start, end, m.finals, m.slot), role: title.role, scope });
      continue;
    }
    addNamed(ctx, consumed, t, at, name);
  }
  return descriptions;
}

/**
 * After a comma right after a title (and the country it is posted to), a name of two words or more closed by a comma or a full stop: "the ambassador to
 * China, Kenji Kanasugi, said". One word ("the minister, Lavrov") may be a surname of anyone; the closing comma tells an
 * apposition from a list ("the ambassador, Kenji Kanasugi and …").
 */
function appositionName(ctx: ArticleContext, at: number, country: string | null): [number, number] | null {
  // "ambassador to China, …", "Duta Besar Jepang untuk China, …": the posting before the comma
  const link = ctx.units[at];
  const posting = link !== undefined && ctx.lex.postingLinks.has(link.norm) ? ctx.matchStarts.get(at + 1) : undefined;
  if (posting) at = posting.end;
  if (ctx.units[at]?.norm !== ',') return null;
  const end = nameAfter(ctx, at + 1, country);
  if (end === null || end - (at + 1) < 2) return null;
  return closesApposition(ctx, at, end) ? [at + 1, end] : null;
}

/** After a comma right after the title, a known person of `country` whose name a comma or a full stop closes. */
function knownApposed(ctx: ArticleContext, at: number, country: string): boolean {
  const m = ctx.units[at]?.norm === ',' ? ctx.matchStarts.get(at + 1) : undefined;
  if (!m || !closesApposition(ctx, at, m.end)) return false;
  return m.finals.some((f) => f.entry.type === 'actor' && f.entry.kind === 'person' && !f.entry.partial && ctx.data.people.get(f.entry.id)?.country === country);
}

/** Unit `end` closes the apposition the comma at unit `comma` opened: a comma or a full stop of the same sentence. */
function closesApposition(ctx: ArticleContext, comma: number, end: number): boolean {
  const after = ctx.units[end];
  return after !== undefined && after.sentence === ctx.units[comma]!.sentence && (after.norm === ',' || after.norm === '.');
}

interface Titled extends TitleScope {
  m: Match;
  /** After "former", "mantan": the title is not the person's role now. */
  past: boolean;
  /** The country this role was last named with in the article, if any. */
  earlier: string | null;
  personRole: PersonRole;
}

/** A person of the data right after the title, or a few words on ("Sekjen Partai Komunis Vietnam To Lam"). */
function knownAfter(ctx: ArticleContext, consumed: MatchSet, t: Titled, at: number): boolean {
  const adjacent = ctx.matchStarts.get(at);
  let next = adjacent && !consumed.has(adjacent) ? adjacent : null;
  let person = next ? personOf(ctx, next, t) : null;
  if (!person) {
    next = personFurther(ctx, at);
    person = next && !consumed.has(next) ? personOf(ctx, next, t) : null;
  }
  if (!next || !person) return false;
  for (let j = at; j < next.end; j++) {
    const inner = ctx.matchStarts.get(j);
    if (inner) consumed.add(inner);
  }
  const actor = t.past ? ensurePerson(ctx, person) : ensurePerson(ctx, person, t.personRole);
  addDraft(ctx, titledDraft(t, t.m.start, next.end, actor.id, 'name', 0.95));
  return true;
}

/** A name the data may not know: "Foreign Minister Ana Torres" (a new person), "Menlu Retno" (a holder). */
function addNamed(ctx: ArticleContext, consumed: MatchSet, t: Titled, at: number, name: number): void {
  const { m, role, scope, country, personRole } = t;
  for (let j = at; j < name; j++) {
    const inner = ctx.matchStarts.get(j);
    if (inner) consumed.add(inner);
  }
  const known = scope === null ? undefined : holderNamed(ctx, holders(ctx, scope, role), at, name);
  if (known) {
    if (t.past) ensurePerson(ctx, known);
    else ensurePerson(ctx, known, personRole);
    return addDraft(ctx, titledDraft(t, m.start, name, known.id, 'name', confidence(ctx, 0.9, true)));
  }
  const text = ctx.text.slice(ctx.units[at]!.start, ctx.units[name - 1]!.end);
  const id = slugify(text);
  const dataPerson = ctx.data.people.get(id);
  const isNew = !dataPerson && !ctx.actors.has(id);
  // "former Vice President Jorge Glas": out of office, a person is one of the elite (CAMEO ELI), of the country the text
  // gives, not one guessed from the article's own
  const actor = dataPerson
    ? t.past ? ensurePerson(ctx, dataPerson) : ensurePerson(ctx, dataPerson, personRole)
    : t.past
      ? ensureNewPerson(ctx, id, text, country ?? countryAfter(ctx, name), formerRole(personRole))
      : ensureNewPerson(ctx, id, text, country ?? countryAfter(ctx, name) ?? t.earlier ?? guessedCountry(ctx, t.role), personRole);
  if (isNew) {
    // once per person, at the first introduction
    const span = { start: ctx.units[m.start]!.start, end: ctx.units[name - 1]!.end };
    addDiagnostic(ctx.doc, { code: 'actor-from-title', severity: 'info', stage: 'actors', ...span, actual: ctx.text.slice(span.start, span.end), message: `Recognised "${text}" by the title "${ctx.text.slice(span.start, ctx.units[m.end - 1]!.end)}"` });
  }
  addDraft(ctx, titledDraft(t, m.start, name, actor.id, dataPerson ? 'name' : 'title', 0.85));
}

/** The dateline's country, for a role held at home ("juru bicara Le Thi Thu Hang" in a Hanoi story); none for one held abroad. */
function guessedCountry(ctx: ArticleContext, role: string): string | null {
  return ctx.data.roles.get(role)?.posted === true ? null : datelineCountry(ctx);
}

/** The roles a past title gives, by the role it names: the same role, in the elite's sector. */
const FORMER_ROLES = new Map<PersonRole, PersonRole>();

function formerRole(role: PersonRole): PersonRole {
  let former = FORMER_ROLES.get(role);
  if (former === undefined) FORMER_ROLES.set(role, (former = makeRole({ ...role, code: undefined, sector: FORMER_SECTOR })));
  return former;
}

/** CAMEO's sector of elites: former officials, among others. */
const FORMER_SECTOR = 'ELI';

/** A person's draft with the title's role, unless the title is past ("former"). */
function titledDraft(t: Titled, start: number, end: number, id: string, resolution: 'name' | 'title', confidence: number): Draft {
  return t.past ? makeDraft({ start, end, actorIds: [id], resolution, confidence }) : makeDraft({ start, end, actorIds: [id], resolution, confidence, roleKey: t.role });
}

/** The first holder whose names hold every word of units `[at, name)` but initials' dots ("S. Jaishankar"). */
function holderNamed(ctx: ArticleContext, held: readonly PersonDef[], at: number, name: number): PersonDef | undefined {
  for (const p of held) {
    const names = ctx.lex.nameNorms.get(p.id);
    let all = true;
    for (let j = at; j < name && all; j++) {
      const n = ctx.units[j]!.norm;
      if (n !== '.' && !nameHas(names, n)) all = false;
    }
    if (all) return p;
  }
  return undefined;
}

/** A name word of the person, or an initial of one ("S." of Sergey Lavrov). */
function nameHas(names: ReadonlySet<string> | undefined, norm: string): boolean {
  if (!names) return false;
  if (norm.length !== 1) return names.has(norm);
  for (const n of names) if (n.startsWith(norm)) return true;
  return false;
}

function scopeOfTitle(ctx: ArticleContext, m: Match, t: TitleEntry, after: string | null): { scope: string | null; country: string | null; org: string | null } {
  if (m.slot?.kind === 'org') {
    const code = ctx.data.orgs.get(m.slot.id)?.code ?? null;
    return { scope: code, country: null, org: code };
  }
  // a country after the title beats the title's default: "Menlu" is Indonesia's, "Menlu Saudi" is not
  const country = m.slot?.kind === 'country' ? m.slot.id : (after ?? t.country ?? null);
  return { scope: country, country, org: null };
}

function addInstitution(ctx: ArticleContext, m: Match, e: InstitutionEntry): void {
  const iso3 = m.slot?.kind === 'country' ? m.slot.id : e.country;
  const def = ctx.data.institutions.get(e.key);
  if (!iso3 || !def) return;
  const country = ensureCountry(ctx, iso3);
  if (def.as === 'country') {
    return void addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [iso3], resolution: 'name', confidence: 0.9, code: `${country.code ?? iso3}${def.sector}` }));
  }
  // the name and code of a body only at its first mention in the article
  const id = institutionId(iso3, e.key);
  const org = ctx.actors.get(id) ?? ensureOrg(ctx, id, { name: def.name.replace('{country}', country.name), country: iso3, code: `${country.code ?? iso3}${def.sector}` });
  if (org) addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [org.id], resolution: 'name', confidence: 0.9 }));
}

/** Ids of countries' institutions (`rus-foreign-ministry`) by ISO3, then key: made once, not at every mention. */
const INSTITUTION_IDS = new Map<string, Map<string, string>>();

function institutionId(iso3: string, key: string): string {
  let byKey = INSTITUTION_IDS.get(iso3);
  if (byKey === undefined) INSTITUTION_IDS.set(iso3, (byKey = new Map()));
  let id = byKey.get(key);
  if (id === undefined) byKey.set(key, (id = `${iso3.toLowerCase()}-${key}`));
  return id;
}
