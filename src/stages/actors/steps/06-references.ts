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
  for (const m of ctx.matches) {
    if (consumed.has(m)) continue;
    const entry = m.finals[0]!.entry;
    if (entry.type === 'pronoun') resolvePronoun(ctx, m, entry);
    else if (entry.type === 'group') resolveGroup(ctx, m, entry);
    else continue;
    consumed.add(m);
  }
}

function resolvePronoun(ctx: ArticleContext, m: Match, e: Pronoun): void {
  const sentence = ctx.units[m.start]!.sentence;
  const before = earlier(ctx, m.start).filter((d) => {
    const a = person(ctx, d);
    return a !== null && (e.gender === null || a.gender === null || a.gender === e.gender);
  });
  for (let s = sentence; s >= sentence - PRONOUN_REACH && s >= 0; s--) {
    const inSentence = before.filter((d) => ctx.units[d.start]!.sentence === s).sort((a, b) => a.start - b.start);
    if (inSentence.length === 0) continue;
    const subject = inSentence.find((d) => ctx.lex.verbs.has(ctx.units[d.end]?.norm ?? '')) ?? inSentence[0]!;
    const conf = s === sentence ? 0.7 : 0.6;
    return addDraft(ctx, { start: m.start, end: m.end, actorIds: [subject.actorIds[0]!], resolution: 'pronoun', confidence: conf });
  }
}

function resolveGroup(ctx: ArticleContext, m: Match, e: Group): void {
  const history = earlier(ctx, m.start).sort((a, b) => b.start - a.start);
  const sentence = ctx.units[m.start]!.sentence;
  let ids: string[] = [];
  if (e.refers !== 'country') {
    const recent = e.refers === 'any' ? history.filter((d) => ctx.units[d.start]!.sentence >= sentence - 2) : history;
    ids = distinct(recent.map((d) => person(ctx, d)).filter((a): a is ArticleActor => a !== null && holdsGroupRole(ctx, a, e)).map((a) => a.id));
  }
  if (ids.length < 2 && e.refers !== 'person') {
    ids = distinct(history.map((d) => countryOf(ctx, d)).filter((c): c is string => c !== null)).slice(0, 2);
    ids.forEach((id) => ensureCountry(ctx, id)); // "kedua negara" after two presidents: their countries
  }
  if (ids.length < 2) return;
  addDraft(ctx, { start: m.start, end: m.end, actorIds: ids.slice(0, 2).sort(), resolution: 'group', confidence: 0.6 });
}

function earlier(ctx: ArticleContext, start: number): Draft[] {
  return ctx.drafts.filter((d) => d.end <= start && d.actorIds.length === 1);
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

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}
