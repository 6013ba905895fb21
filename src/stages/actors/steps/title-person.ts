import { holders, type ArticleContext } from '../context.js';
import { HYPHEN_BEFORE, normalizePhrase, POSSESSIVE } from '../match-units.js';
import { heldOn, roleAnswers } from '../roles-on-date.js';
import type { Match } from '../token-trie.js';
import type { PersonDef } from '../types.js';
import { writesLower } from './title-tail.js';

/** The title a name follows: its role, scope (country or organisation code) and country. */
export interface TitleScope {
  role: string;
  scope: string | null;
  country: string | null;
}

/**
 * The person a name match right after a title stands for: the role holder among its candidates, else the
 * only one. A short name (a surname or given name alone) must agree with the title: "Portuguese Prime
 * Minister Luis Montenegro" is not Luis Videgaray, nor "spokeswoman Le Thi Thu Hang" Le Luong Minh.
 */
export function personOf(ctx: ArticleContext, next: Match, t: TitleScope): PersonDef | null {
  // an array, not a set: a match names a person or a few
  const ids: string[] = [];
  let short = true;
  for (const f of next.finals) {
    if (f.entry.type === 'actor' && f.entry.kind === 'person') {
      if (!ids.includes(f.entry.id)) ids.push(f.entry.id);
      if (!f.entry.partial) short = false;
    } else if (f.entry.type === 'partial') for (const id of f.entry.ids) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  let people: PersonDef[] = [];
  for (const id of ids) {
    const p = ctx.data.people.get(id);
    if (p !== undefined) people.push(p);
  }
  // "Menko Budi Santosa" is not the minister Budi Gunawan; "Presiden Prabowo Lepas …" is the one president
  const continues = short && nameContinues(ctx, next.end);
  if (continues && ctx.data.roles.get(t.role)?.head !== true) return null;
  if (t.scope !== null) {
    const held = holders(ctx, t.scope, t.role);
    const holder = people.find((p) => held.includes(p));
    if (holder) return holder;
  } else if (ctx.date !== null) {
    // "Premier Li" in 2020: of the Lis, the one who was a premier on that day
    const date = ctx.date;
    const holding = people.filter((p) => p.roles.some((r) => heldOn(r, date) && roleAnswers(r.role, t.role, ctx.data.roles)));
    if (holding.length === 1) return holding[0]!;
  }
  if (short) {
    // no holder of the role: a short name followed by more name is someone else ("Luis Montenegro")
    if (continues) return null;
    if (t.country !== null) people = people.filter((p) => p.country === t.country);
  }
  return people.length === 1 ? people[0]! : null;
}

/**
 * A capitalised word right after a name that may continue it ("Luis" + "Montenegro"), not "Putin Tuesday"
 * nor a word the article also writes in lower case.
 */
function nameContinues(ctx: ArticleContext, j: number): boolean {
  const u = ctx.units[j];
  if (!u || u.kind !== 'word' || !u.upper || u.sentence !== ctx.units[j - 1]!.sentence) return false;
  if (ctx.flags[j - 1]! & POSSESSIVE || ctx.lex.notNames.has(u.norm) || writesLower(ctx, u.norm)) return false;
  return !ctx.matchStarts.get(j)?.finals.some((f) => f.entry.type === 'title' || f.entry.type === 'institution');
}

/**
 * End (exclusive) of a capitalised name starting at unit `i`, or null when none: "Li Qiang said" → after
 * "Qiang". A country name inside is part of the name when the title has another country: "Portuguese
 * Prime Minister Luis Montenegro".
 */
export function nameAfter(ctx: ArticleContext, i: number, country: string | null): number | null {
  const { units, lex } = ctx;
  const sentence = units[i]?.sentence;
  let j = i;
  while (j < units.length && j - i < 4) {
    const u = units[j]!;
    if (initialDot(ctx, j, i)) {
      j++;
      continue;
    }
    if (u.kind === 'punct' || u.sentence !== sentence) break;
    // after initials alone the name goes on, even into a name of the data: "S. Jaishankar"
    if (ctx.covered[j] && !surnameOnly(ctx.matchStarts.get(j)) && !(j > i && (countrySurname(ctx, j, country) || initialsOnly(ctx, i, j)))) break;
    // "bin" in "Faisal bin Farhan"; "in" of "Moon Jae-in", joined by its hyphen
    const particle = j > i && !u.upper && ((lex.particles.has(u.norm) && units[j + 1]?.upper === true) || (ctx.flags[j]! & HYPHEN_BEFORE) !== 0);
    if (!particle && (!u.upper || lex.notNames.has(u.norm) || /^\d/.test(u.norm))) break;
    j++;
    if (ctx.flags[j - 1]! & POSSESSIVE) break;
  }
  return j > i ? j : null;
}

/** The dot of an initial inside a name: "R. Kumaran", "Ana M. Duarte" (a capital letter alone, a name after). */
function initialDot(ctx: ArticleContext, j: number, start: number): boolean {
  const { units } = ctx;
  const dot = units[j]!;
  const initial = units[j - 1];
  const next = units[j + 1];
  return j > start && dot.norm === '.' && initial !== undefined && isInitial(initial) && initial.end === dot.start
    && next !== undefined && next.kind === 'word' && next.upper && next.sentence === initial.sentence;
}

/** Units `i` to `j` (exclusive) are initials and their dots only: "S.", "B. J.". */
function initialsOnly(ctx: ArticleContext, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const u = ctx.units[k]!;
    if (!isInitial(u) && u.norm !== '.') return false;
  }
  return true;
}

function isInitial(u: { kind: string; upper: boolean; start: number; end: number }): boolean {
  return u.kind === 'word' && u.upper && u.end - u.start === 1;
}

/** A one-word country name after a name, other than the title's country ("Luis Montenegro" of Portugal). */
function countrySurname(ctx: ArticleContext, j: number, country: string | null): boolean {
  const m = ctx.matchStarts.get(j);
  if (!m || m.end !== j + 1 || country === null) return false;
  return m.finals.every((f) => f.entry.type === 'actor' && f.entry.kind === 'country' && f.entry.alias === 'name' && f.entry.id !== country);
}

/** "Trade Minister Priya Raman of France": the country named right after the name, or null. */
export function countryAfter(ctx: ArticleContext, i: number): string | null {
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

/**
 * The country of the dateline's one city ("HANOI, April 9 (Reuters) -" → VNM), or null: an unknown person
 * with a bare title ("foreign ministry spokeswoman Le Thi Thu Hang") is most likely of that country.
 */
export function datelineCountry(ctx: ArticleContext): string | null {
  const place = ctx.doc.dateline?.place;
  if (!place) return null;
  const text = ctx.text.slice(place.start, place.end);
  return text.includes('/') ? null : (ctx.lex.capitals.get(normalizePhrase(text).join(' ')) ?? null);
}
