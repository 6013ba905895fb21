import { ensurePerson } from '../actor-registry.js';
import { addDraft, confidence, type ArticleActor, type ArticleContext } from '../context.js';
import { activeRoles, holdersOf, roleAnswers, scopeOf } from '../roles-on-date.js';
import type { PersonDef } from '../types.js';
import type { RoleDescription } from './02-titles.js';

/**
 * Role descriptions: "the Chinese premier", "Presiden Rusia", "pemimpin Rusia", "the premier". First the
 * article's own people holding that role (nearest mention wins), then whoever held it on the date in
 * the data (Li Keqiang in 2020, Li Qiang in 2024). A role nobody can be found for is not a mention.
 */
export function resolveRoles(ctx: ArticleContext, descriptions: RoleDescription[]): void {
  for (const d of descriptions) {
    const local = fromArticle(ctx, d);
    if (local !== null) {
      addDraft(ctx, { start: d.match.start, end: d.match.end, actorIds: [local], resolution: 'role', confidence: 0.8, roleKey: d.role });
      continue;
    }
    if (d.scope === null) continue;
    const person = fromData(ctx, d);
    if (!person) continue;
    ensurePerson(ctx, person);
    addDraft(ctx, { start: d.match.start, end: d.match.end, actorIds: [person.id], resolution: 'role', confidence: confidence(ctx, 0.75, true), roleKey: d.role });
  }
}

/** The nearest person of the article (before, else after) who holds the role in that scope. */
function fromArticle(ctx: ArticleContext, d: RoleDescription): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const draft of ctx.drafts) {
    const actor = ctx.actors.get(draft.actorIds[0]!);
    const held = draft.actorIds.length === 1 && actor?.kind === 'person' ? holds(ctx, actor, d) : 0;
    if (held === 0) continue;
    // the role itself beats a role it also names: "the premier" is the premier, not the chancellor beside him
    const score = (held === 2 ? 0 : 1e7) + (draft.start <= d.match.start ? d.match.start - draft.start : 1e6 + draft.start);
    if (score < bestScore) (bestScore = score), (best = actor!.id);
  }
  return best;
}

/** 2: holds the very role; 1: holds a role the title also names; 0: neither. */
function holds(ctx: ArticleContext, actor: ArticleActor, d: RoleDescription): number {
  const roles = actor.person && ctx.date ? activeRoles(actor.person, ctx.date) : [];
  if (actor.role && !roles.includes(actor.role)) roles.push(actor.role);
  let best = 0;
  for (const r of roles) {
    if (!roleAnswers(r.role, d.role, ctx.data.roles)) continue;
    if (d.scope !== null && (actor.person ? scopeOf(actor.person, r) : (r.org ?? actor.country)) !== d.scope) continue;
    best = Math.max(best, r.role === d.role ? 2 : 1);
  }
  return best;
}

/** The one holder on the date; without a date, the latest holder. */
function fromData(ctx: ArticleContext, d: RoleDescription): PersonDef | null {
  const holders = holdersOf(ctx.data, ctx.holders, d.scope!, d.role, ctx.date);
  if (ctx.date !== null) return holders.length === 1 ? holders[0]! : null;
  let best: PersonDef | null = null;
  let bestFrom = '';
  for (const p of holders) {
    for (const r of p.roles) {
      if (roleAnswers(r.role, d.role, ctx.data.roles) && (r.from ?? '') >= bestFrom) (bestFrom = r.from ?? ''), (best = p);
    }
  }
  return best;
}
