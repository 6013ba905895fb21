import { ensureCountry, ensurePerson } from '../actor-registry.js';
import { addDraft, makeDraft, confidence, holders, insertSorted, nearestScore, personPositions, type ArticleActor, type ArticleContext } from '../context.js';
import { roleAnswers, scopeOf } from '../roles-on-date.js';
import type { PersonDef, PersonRole } from '../types.js';
import type { RoleDescription } from './02-titles.js';

/**
 * Role descriptions: "the Chinese premier", "Presiden Rusia", "pemimpin Rusia", "the premier". First the
 * article's own people holding that role (nearest mention wins), then whoever held it on the date in
 * the data (Li Keqiang in 2020, Li Qiang in 2024). A country's role nobody can be found for is the country
 * in that role's sector ("Chile's national security adviser" → CHLGOV, as CAMEO codes an unnamed office
 * holder); any other role nobody can be found for is not a mention.
 */
export function resolveRoles(ctx: ArticleContext, descriptions: RoleDescription[]): void {
  const positions = personPositions(ctx);
  for (const d of descriptions) {
    let id = appositive(ctx, d) ?? fromArticle(ctx, d, positions);
    let conf = 0.8;
    if (id === null && d.scope !== null) {
      const person = fromData(ctx, d);
      if (!person) {
        holderless(ctx, d);
        continue;
      }
      id = ensurePerson(ctx, person).id;
      conf = confidence(ctx, 0.75, true);
    }
    if (id === null) continue;
    addDraft(ctx, makeDraft({ start: d.match.start, end: d.match.end, actorIds: [id], resolution: 'role', confidence: conf, roleKey: d.role }));
    // later descriptions see this one: "The Chinese premier … the premier"
    insertSorted(positions.get(id) ?? positions.set(id, []).get(id)!, d.match.start);
  }
}

/**
 * "Anwar Ibrahim, selaku ketua ASEAN, …", "Wong, as ASEAN chair, …": a role right after a person and an
 * apposition cue is that person's capacity, whoever the data says holds it.
 */
function appositive(ctx: ArticleContext, d: RoleDescription): string | null {
  const { units, lex } = ctx;
  let k = d.match.start - 1;
  const cue = units[k];
  if (!cue || cue.sentence !== units[d.match.start]!.sentence || !lex.appositionCues.has(cue.norm)) return null;
  k--;
  if (units[k]?.norm === ',') k--;
  if (k < 0) return null;
  for (const draft of ctx.drafts) {
    if (draft.end === k + 1 && draft.actorIds.length === 1 && ctx.actors.get(draft.actorIds[0]!)?.kind === 'person') return draft.actorIds[0]!;
  }
  return null;
}

/** The nearest person of the article (before, else after) who holds the role in that scope. */
function fromArticle(ctx: ArticleContext, d: RoleDescription, positions: Map<string, number[]>): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, list] of positions) {
    const held = holds(ctx, ctx.actors.get(id)!, d);
    if (held === 0) continue;
    // the role itself beats a role it also names: "the premier" is the premier, not the chancellor beside him
    const score = (held === 2 ? 0 : 1e12) + nearestScore(list, d.match.start);
    if (score < bestScore) (bestScore = score), (best = id);
  }
  return best;
}

/** 2: holds the very role; 1: holds a role the title also names; 0: neither. */
function holds(ctx: ArticleContext, actor: ArticleActor, d: RoleDescription): number {
  // the roles held on the date and the article's own, walked in place (this runs per description and person)
  let best = 0;
  let own = false;
  const date = ctx.date;
  if (actor.person && date) {
    for (const r of actor.person.roles) {
      if ((r.from !== undefined && r.from > date) || (r.to !== undefined && date >= r.to)) continue;
      if (r === actor.role) own = true;
      best = Math.max(best, answers(ctx, actor, d, r));
    }
  }
  if (actor.role && !own) best = Math.max(best, answers(ctx, actor, d, actor.role));
  return best;
}

/** 2: role `r` is the very role; 1: a role the title also names; 0: neither, or in another scope. */
function answers(ctx: ArticleContext, actor: ArticleActor, d: RoleDescription, r: PersonRole): number {
  if (!roleAnswers(r.role, d.role, ctx.data.roles)) return 0;
  if (d.scope !== null && (actor.person ? scopeOf(actor.person, r) : (r.org ?? actor.country)) !== d.scope) return 0;
  return r.role === d.role ? 2 : 1;
}

/**
 * The one holder on the date; without a date, the latest holder. A role held abroad has as many holders as the
 * country has posts, and the data knows only a few of them: "the Russian ambassador" summoned in Tallinn is not
 * Russia's envoy to the UN, so such a title alone names none of them.
 */
function fromData(ctx: ArticleContext, d: RoleDescription): PersonDef | null {
  if (ctx.data.roles.get(d.role)?.posted === true) return null;
  const held = holders(ctx, d.scope!, d.role);
  if (ctx.date !== null) return held.length === 1 ? held[0]! : null;
  let best: PersonDef | null = null;
  let bestFrom = '';
  for (const p of held) {
    for (const r of p.roles) {
      if (roleAnswers(r.role, d.role, ctx.data.roles) && (r.from ?? '') >= bestFrom) (bestFrom = r.from ?? ''), (best = p);
    }
  }
  return best;
}

/** "Chile's national security adviser" with no holder in the data: Chile, coded with the role's sector. */
function holderless(ctx: ArticleContext, d: RoleDescription): void {
  const sector = ctx.data.roles.get(d.role)?.sector;
  if (d.scope === null || !sector || !ctx.data.countries.has(d.scope)) return;
  const country = ensureCountry(ctx, d.scope);
  addDraft(ctx, makeDraft({ start: d.match.start, end: d.match.end, actorIds: [country.id], resolution: 'name', confidence: 0.6, code: `${country.code ?? d.scope}${sector}` }));
}
