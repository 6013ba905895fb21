import { ensureCountry } from '../actor-registry.js';
import type { Agents } from '../agents/compile-agents.js';
import type { Ownerless } from './05b-agents.js';
import { ensureGroup } from '../agents/ensure-group.js';
import { addDraft, makeDraft, type ArticleActor, type ArticleContext, type Draft } from '../context.js';
import { sortInTextOrder } from '../draft-order.js';
import type { MatchSet } from '../match-starts.js';
import { POSSESSIVE } from '../match-units.js';
import type { Match } from '../token-trie.js';
import type { Entry } from '../types.js';

type Pronoun = Extract<Entry, { type: 'pronoun' }>;
type Group = Extract<Entry, { type: 'group' }>;

/** How many sentences back a pronoun may look for its person. */
const PRONOUN_REACH = 3;
/** How many earlier mentions a reference may look through (bounds the work on huge articles). */
const LOOKBACK = 200;

/**
 * Pronouns and group phrases, in reading order so chains build up: "Putin … He … he" all resolve to
 * Putin; "the two leaders", "kedua pemimpin" are the two people in focus; "kedua negara", "both sides"
 * the two countries when no two people are in focus. A pronoun right before an agent whose country the text left
 * unsaid owns it ("Manele said his government …": the Solomon Islands' government, not the article's focus).
 */
export function resolveReferences(ctx: ArticleContext, consumed: MatchSet, owners?: Owners): void {
  const ownerless = owners && owners.ownerless.size > 0 ? owners.ownerless : null;
  // single-actor drafts in text order, plus the references resolved here (they come in text order too)
  const base = sortInTextOrder(ctx.drafts.filter((d) => d.actorIds.length === 1), false);
  const refs: Draft[] = [];
  // one cursor for the article's references, set back to each one's start
  const back = new Backwards(base, refs);
  for (const m of ctx.matches) {
    if (consumed.has(m)) continue;
    const entry = m.finals[0]!.entry;
    let draft: Draft | null;
    if (entry.type === 'pronoun') draft = resolvePronoun(ctx, m, entry, back.from(m.start));
    else if (entry.type === 'group') draft = resolveGroup(ctx, m, entry, back.from(m.start));
    else continue;
    consumed.add(m);
    if (!draft) continue;
    addDraft(ctx, draft);
    if (draft.actorIds.length === 1) refs.push(draft);
    if (ownerless && entry.type === 'pronoun') giveOwner(ctx, draft, ownerless.get(draft.end), owners!.agents);
  }
}

/** Agents the text gave no country (`resolveAgents`), by first unit, and the agents' data to code them again. */
export interface Owners {
  agents: Agents;
  ownerless: ReadonlyMap<number, Ownerless>;
}

/** "his government": the agent right after the pronoun becomes the sector of the pronoun's person's country. */
function giveOwner(ctx: ArticleContext, pronoun: Draft, agent: Ownerless | undefined, agents: Agents): void {
  if (!agent || ctx.units[agent.draft.start]!.sentence !== ctx.units[pronoun.start]!.sentence) return;
  const country = ctx.actors.get(pronoun.actorIds[0]!)?.country;
  if (!country) return;
  agent.draft.actorIds = [ensureGroup(ctx, agents, country, agent.sector).id];
  agent.draft.confidence = 0.7;
}

/**
 * Drafts before `start`, nearest first, at most LOOKBACK of them (long articles stay linear): the two
 * sorted lists merged backwards, one draft per `next()` (a cursor, not a generator: it runs for every
 * pronoun and group phrase).
 */
class Backwards {
  private readonly base: Draft[];
  private readonly refs: Draft[];
  private a0 = -1;
  private b0 = -1;
  private a = -1;
  private b = -1;
  private n = 0;

  constructor(base: Draft[], refs: Draft[]) {
    this.base = base;
    this.refs = refs;
  }

  /** The cursor set to the drafts before `start` (and the references resolved so far). */
  from(start: number): this {
    const base = this.base;
    let lo = 0;
    let hi = base.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (base[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    this.a = this.a0 = lo - 1;
    this.b = this.b0 = this.refs.length - 1;
    this.n = 0;
    return this;
  }

  /** Back to the draft nearest to the start. */
  restart(): void {
    this.a = this.a0;
    this.b = this.b0;
    this.n = 0;
  }

  /** The next draft going backwards, or undefined at the start or after LOOKBACK. */
  next(): Draft | undefined {
    if (this.n >= LOOKBACK || (this.a < 0 && this.b < 0)) return undefined;
    this.n++;
    if (this.b < 0 || (this.a >= 0 && this.base[this.a]!.start > this.refs[this.b]!.start)) return this.base[this.a--]!;
    return this.refs[this.b--]!;
  }
}

function resolvePronoun(ctx: ArticleContext, m: Match, e: Pronoun, back: Backwards): Draft | null {
  const sentence = ctx.units[m.start]!.sentence;
  // "Prabowo thanked Xi … and invited him": an object pronoun is the nearest person of its sentence but the subject of
  // its own clause; with none, a person of the sentences before
  const object = e.object ? objectReferent(ctx, e, back, sentence) : null;
  if (object) return makeDraft({ start: m.start, end: m.end, actorIds: [object.actorIds[0]!], resolution: 'pronoun', confidence: 0.7 });
  if (e.object) back.restart();
  // the nearest sentence (within reach) with a compatible person; there, its subject, else its first person
  let s = -1;
  let first: Draft | null = null;
  let subject: Draft | null = null;
  // "Trudeau said he looked forward to working with Lula. López Obrador also congratulated him": an object pronoun
  // takes, in the sentence before, the nearest person no verb follows (an object there too)
  let nonSubject: Draft | null = null;
  for (let d = back.next(); d !== undefined; d = back.next()) {
    const ds = ctx.units[d.start]!.sentence;
    if (ds < sentence - PRONOUN_REACH || (s >= 0 && ds < s)) break;
    if (e.object && ds === sentence) continue;
    if (!fits(ctx, d, e)) continue;
    // "Putin's speech came after Biden made a visit, where he met …": in the pronoun's own sentence a possessor
    // names no clause's subject, so a person who does is the one (the sentences before keep their possessors: "Xi's
    // visit … He said")
    if (ds === sentence && first && (ctx.flags[d.end - 1]! & POSSESSIVE) !== 0) continue;
    s = ds;
    first = d; // going backwards, the last kept is the first of its sentence
    if (ctx.lex.verbs.has(ctx.units[d.end]?.norm ?? '')) subject = d; // "Putin said": the subject
    else if (e.object && nonSubject === null) nonSubject = d;
  }
  const chosen = (e.object ? nonSubject : null) ?? subject ?? first;
  if (!chosen) return null;
  return makeDraft({ start: m.start, end: m.end, actorIds: [chosen.actorIds[0]!], resolution: 'pronoun', confidence: s === sentence ? 0.7 : 0.6 });
}

/** The nearest compatible person of the pronoun's sentence that is not its clause's subject (a person right before a verb). */
function objectReferent(ctx: ArticleContext, e: Pronoun, back: Backwards, sentence: number): Draft | null {
  let local = true;
  for (let d = back.next(); d !== undefined; d = back.next()) {
    if (ctx.units[d.start]!.sentence !== sentence) return null;
    // "His Highness congratulated him": a possessive before a title is no one the object may be
    if (d.resolution === 'pronoun') continue;
    if (!fits(ctx, d, e)) continue;
    // the nearest person, when a verb follows it, is the subject of the pronoun's own clause ("Prabowo invited him")
    if (local && ctx.lex.verbs.has(ctx.units[d.end]?.norm ?? '')) {
      local = false;
      continue;
    }
    return d;
  }
  return null;
}

function resolveGroup(ctx: ArticleContext, m: Match, e: Group, back: Backwards): Draft | null {
  const sentence = ctx.units[m.start]!.sentence;
  // the first two ids found (both loops stop there), held apart: a list is made for a draft only
  let first: string | null = null;
  let second: string | null = null;
  if (e.refers !== 'country') {
    for (let d = back.next(); d !== undefined; d = back.next()) {
      if (second !== null || (e.refers === 'any' && ctx.units[d.start]!.sentence < sentence - 2)) break;
      const a = person(ctx, d);
      if (!a || a.id === first || !holdsGroupRole(ctx, a, e)) continue;
      if (first === null) first = a.id;
      else second = a.id;
    }
  }
  if (second === null && e.refers !== 'person') {
    first = null;
    back.restart();
    for (let d = back.next(); d !== undefined; d = back.next()) {
      const c = countryOf(ctx, d);
      if (c === null || c === first) continue;
      if (first !== null) {
        second = c;
        break;
      }
      first = c;
    }
    // "kedua negara" after two presidents: their countries
    if (first !== null) ensureCountry(ctx, first);
    if (second !== null) ensureCountry(ctx, second);
  }
  if (first === null || second === null) return null;
  // in `sort`'s order: the builtin sets up a merge state for each call
  return makeDraft({ start: m.start, end: m.end, actorIds: second < first ? [second, first] : [first, second], resolution: 'group', confidence: 0.6 });
}

/** A person the pronoun may stand for: no gender, or the pronoun's. */
function fits(ctx: ArticleContext, d: Draft, e: Pronoun): boolean {
  const a = person(ctx, d);
  return a !== null && (e.gender === null || a.gender === null || a.gender === e.gender);
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
  // the roles held on the date, then the article's own, asked in place: this runs for each person a
  // group phrase looks back through, and lists of them cost more than the questions
  const date = ctx.date;
  if (a.person && date) {
    for (const r of a.person.roles) {
      if ((r.from === undefined || r.from <= date) && (r.to === undefined || date < r.to) && groupRole(ctx, e.roles, r.role)) return true;
    }
  }
  return a.role !== null && groupRole(ctx, e.roles, a.role.role);
}

function groupRole(ctx: ArticleContext, roles: string[] | 'head', role: string): boolean {
  return roles === 'head' ? ctx.data.roles.get(role)?.head === true : roles.includes(role);
}
