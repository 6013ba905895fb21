import { addDiagnostic } from '../../../core/diagnostic.js';
import { ensurePerson } from '../actor-registry.js';
import { addDraft, makeDraft, nearestScore, personPositions, type ArticleContext } from '../context.js';
import { heldOn, holdsAnyOn } from '../roles-on-date.js';
import { POSSESSIVE } from '../match-units.js';
import type { MatchSet } from '../match-starts.js';
import type { Match } from '../token-trie.js';

/**
 * Surnames and given names: "Putin", "Xi", "Li", "Prabowo". A name the article introduced in full (before
 * or after: headlines say "Putin" before the body names him) resolves to that person, the nearest
 * mention winning between two ("Li" after "Li Qiang" and "Li Keqiang"). Otherwise only a surname that
 * one person in the data holds, and only while that person holds a role on the article's date.
 */
export function resolvePartials(ctx: ArticleContext, consumed: MatchSet): void {
  const introduced = introductions(ctx);
  // names and their matches are capitalised
  for (const i of ctx.capitalised) {
    const u = ctx.units[i]!;
    // asked here, not gathered first: the loop uses up no match before reaching its start
    const at = ctx.matchStarts.get(i);
    const m = at !== undefined && !consumed.has(at) && at.end - at.start === 1 && isPartial(at) ? at : undefined;
    // a word no match starts at counts only as the name of someone introduced (asked first: often nobody is)
    if (!m && (ctx.covered[i] || u.kind === 'punct' || !introduced.byName.has(u.norm) || ctx.lex.notNames.has(u.norm))) continue;
    if (ctx.lex.notShort.has(u.norm)) continue; // "To" of To Lam
    const owned = m ? ownedSurname(ctx, m) : null;
    const local = owned ?? (introduced.byName.has(u.norm) ? nearest(introduced, u.norm, i) : null);
    if (local) {
      addDraft(ctx, makeDraft({ start: i, end: i + 1, actorIds: [local], resolution: 'partial-name', confidence: 0.85 }));
    } else if (m) {
      const id = globalPerson(ctx, m);
      if (id) addDraft(ctx, makeDraft({ start: i, end: i + 1, actorIds: [id], resolution: 'partial-name', confidence: 0.7 }));
    }
    if (m) consumed.add(m);
  }
}

function isPartial(m: Match): boolean {
  return m.finals.every((f) => f.entry.type === 'partial' || (f.entry.type === 'actor' && f.entry.kind === 'person'));
}

/** Persons introduced by a full name or a title, with their sorted positions, indexed by name norm. */
function introductions(ctx: ArticleContext): { positions: Map<string, number[]>; byName: Map<string, string[]> } {
  const positions = personPositions(ctx, (d) => d.resolution === 'name' || d.resolution === 'title');
  const byName = new Map<string, string[]>();
  for (const id of positions.keys()) {
    for (const n of ctx.actors.get(id)!.names) (byName.get(n) ?? byName.set(n, []).get(n)!).push(id);
  }
  return { positions, byName };
}

/** The introduced person whose names hold `norm`, nearest before `i` (else nearest after). */
function nearest(intro: ReturnType<typeof introductions>, norm: string, i: number): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of intro.byName.get(norm) ?? []) {
    const score = nearestScore(intro.positions.get(id)!, i);
    if (score < bestScore) (bestScore = score), (best = id);
  }
  return best;
}

/**
 * "China's Li" (2024) → Li Qiang: a surname after a country's possessive is the one person of that
 * country with that name holding a role on the date, a head of state or government first.
 */
function ownedSurname(ctx: ArticleContext, m: Match): string | null {
  const i = m.start;
  if (ctx.date === null || !(ctx.flags[i - 1]! & POSSESSIVE)) return null;
  const owner = [ctx.matchStarts.get(i - 1), ctx.matchStarts.get(i - 2)].find((x) => x?.end === i);
  const country = owner?.finals.find((f) => f.entry.type === 'actor' && f.entry.kind === 'country')?.entry;
  if (country?.type !== 'actor') return null;
  const ids = new Set<string>();
  for (const f of m.finals) {
    if (f.entry.type === 'partial') f.entry.ids.forEach((id) => ids.add(id));
    else if (f.entry.type === 'actor' && f.entry.kind === 'person') ids.add(f.entry.id);
  }
  const date = ctx.date;
  const active = [...ids].map((id) => ctx.data.people.get(id)).filter((p) => p?.country === country.id && holdsAnyOn(p, date));
  const heads = active.filter((p) => p!.roles.some((r) => heldOn(r, date) && ctx.data.roles.get(r.role)?.head === true));
  const one = heads.length === 1 ? heads[0] : active.length === 1 ? active[0] : undefined;
  return one ? ensurePerson(ctx, one).id : null;
}

/** A person the data alone pins down: an explicit alias ("Putin"), or a unique surname held on the date. */
function globalPerson(ctx: ArticleContext, m: Match): string | null {
  if (m.finals.some((f) => f.rule?.introduced)) return null;
  const norm = ctx.units[m.start]!.norm;
  const explicit = m.finals.map((f) => f.entry).filter((e) => e.type === 'actor' && e.kind === 'person');
  const ids = new Set(explicit.map((e) => (e as { id: string }).id));
  if (ids.size === 0) {
    const unique = ctx.lex.uniqueSurnames.get(norm);
    const p = unique ? ctx.data.people.get(unique) : undefined;
    if (p && (ctx.date === null || holdsAnyOn(p, ctx.date))) ids.add(p.id);
  }
  if (ids.size !== 1) {
    if (ids.size > 1 || m.finals.some((f) => f.entry.type === 'partial' && f.entry.ids.length > 1)) ambiguous(ctx, m);
    return null;
  }
  const person = ctx.data.people.get([...ids][0]!);
  return person ? ensurePerson(ctx, person).id : null;
}

function ambiguous(ctx: ArticleContext, m: Match): void {
  const start = ctx.units[m.start]!.start;
  const end = ctx.units[m.end - 1]!.end;
  addDiagnostic(ctx.doc, { code: 'actor-ambiguous', severity: 'info', stage: 'actors', start, end, actual: ctx.text.slice(start, end), message: `Left "${ctx.text.slice(start, end)}" unresolved: several people in the data have this name` });
}
