import { ensureCountry } from '../actor-registry.js';
import { addDraft, type ArticleActor, type ArticleContext, type Draft } from '../context.js';
import { activeRoles } from '../roles-on-date.js';
import type { Match } from '../token-trie.js';
import type { Entry } from '../types.js';

type Pronoun = Extract<Entry, { type: 'pronoun' }>;
type Group = Extract<Entry, { type: 'group' }>;

/** How many sentences back a pronoun may look for its person. */
const PRONOUN_REACH = 3;

/**
 * Pronouns and group phrases, in reading order so chains build up: "Putin … He … he" all resolve to
 * Putin; "the two leaders", "kedua pemimpin" are the two people in focus; "kedua negara", "both sides"
 * the two countries when no two people are in focus.
 */
export function resolveReferences(ctx: ArticleContext, consumed: Set<Match>): void {
  // single-actor drafts in text order; references resolved here are inserted as they come
  const history = ctx.drafts.filter((d) => d.actorIds.length === 1).sort((a, b) => a.start - b.start);
  for (const m of ctx.matches) {
    if (consumed.has(m)) continue;
    const entry = m.finals[0]!.entry;
    const before = upTo(history, m.start);
    let draft: Draft | null;
    if (entry.type === 'pronoun') draft = resolvePronoun(ctx, m, entry, history, before);
    else if (entry.type === 'group') draft = resolveGroup(ctx, m, entry, history, before);
    else continue;
    consumed.add(m);
    if (!draft) continue;
    addDraft(ctx, draft);
    if (draft.actorIds.length === 1) history.splice(before, 0, draft);
  }
}

/** Number of history drafts that start before `start` (binary search: history is in text order). */
function upTo(history: Draft[], start: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (history[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolvePronoun(ctx: ArticleContext, m: Match, e: Pronoun, history: Draft[], before: number): Draft | null {
  const sentence = ctx.units[m.start]!.sentence;
  // walk back sentence by sentence; in the nearest sentence with a compatible person, prefer its subject
  let k = before - 1;
  for (let s = sentence; s >= sentence - PRONOUN_REACH && s >= 0; s--) {
    let first: Draft | null = null;
    let subject: Draft | null = null;
    for (; k >= 0 && ctx.units[history[k]!.start]!.sentence >= s; k--) {
      const d = history[k]!;
      const a = person(ctx, d);
      if (ctx.units[d.start]!.sentence > s || !a || (e.gender !== null && a.gender !== null && a.gender !== e.gender)) continue;
      first = d; // walking back, the last kept is the first of the sentence
      if (ctx.lex.verbs.has(ctx.units[d.end]?.norm ?? '')) subject = d; // "Putin said": the subject
    }
    const chosen = subject ?? first;
    if (chosen) return { start: m.start, end: m.end, actorIds: [chosen.actorIds[0]!], resolution: 'pronoun', confidence: s === sentence ? 0.7 : 0.6 };
  }
  return null;
}

function resolveGroup(ctx: ArticleContext, m: Match, e: Group, history: Draft[], before: number): Draft | null {
  const sentence = ctx.units[m.start]!.sentence;
  let ids: string[] = [];
  if (e.refers !== 'country') {
    for (let k = before - 1; k >= 0 && ids.length < 2; k--) {
      const d = history[k]!;
      if (e.refers === 'any' && ctx.units[d.start]!.sentence < sentence - 2) break;
      const a = person(ctx, d);
      if (a && !ids.includes(a.id) && holdsGroupRole(ctx, a, e)) ids.push(a.id);
    }
  }
  if (ids.length < 2 && e.refers !== 'person') {
    ids = [];
    for (let k = before - 1; k >= 0 && ids.length < 2; k--) {
      const c = countryOf(ctx, history[k]!);
      if (c !== null && !ids.includes(c)) ids.push(c);
    }
    ids.forEach((id) => ensureCountry(ctx, id)); // "kedua negara" after two presidents: their countries
  }
  if (ids.length < 2) return null;
  return { start: m.start, end: m.end, actorIds: ids.sort(), resolution: 'group', confidence: 0.6 };
}

function person(ctx: ArticleContext, d: Draft): ArticleActor | null {
  const a = ctx.actors.get(d.actorIds[0]!);
  return a?.kind === 'person' ? a : null;
}

function countryOf(ctx: ArticleContext, d: Draft): string | null {
  return ctx.actors.get(d.actorIds[0]!)?.country ?? null;
}

function holdsGroupRole(ctx: ArticleContext, a: ArticleActor, e: Group): boolean {
  if (e.roles === null) return true;
  const roles = a.person && ctx.date ? activeRoles(a.person, ctx.date).map((r) => r.role) : [];
  if (a.role) roles.push(a.role.role);
  if (e.roles === 'head') return roles.some((r) => ctx.data.roles.get(r)?.head === true);
  return roles.some((r) => (e.roles as string[]).includes(r));
}
