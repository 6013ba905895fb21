import type { Actor, Mention } from '../../../core/doc.js';
import { addDiagnostic } from '../../../core/diagnostic.js';
import { makeDraft, type ArticleContext, type Draft, type DraftFields } from '../context.js';
import { POSSESSIVE } from '../match-units.js';
import { sortInTextOrder } from '../draft-order.js';
import { roleCode } from '../roles-on-date.js';

/** Writes `doc.mentions` (sorted by start) and `doc.actors` (in order of first mention, with role and code on the date). */
export function buildLayers(ctx: ArticleContext): void {
  const { units, text, doc } = ctx;
  // in place: the drafts are read in text order from here on (this is the last step)
  const sorted = sortInTextOrder(ctx.drafts, true);
  const joined = joinOwners(ctx, sorted);
  // a joined owner moved a start: sort again (the list is joinOwners' own)
  const drafts = joined === sorted ? sorted : sortInTextOrder(joined, true);
  const mentions: Mention[] = [];
  const actors = new Map<string, Actor>();
  for (const d of drafts) {
    const start = units[d.start]!.start;
    const end = units[d.end - 1]!.end;
    const mention: Mention = { start, end, text: text.slice(start, end), actorIds: d.actorIds, resolution: d.resolution, sentence: units[d.start]!.sentence, confidence: d.confidence };
    if (d.modifier) mention.modifier = true;
    if (d.code) mention.code = d.code;
    if (d.roleKey) mention.roleKey = d.roleKey;
    const index = mentions.push(mention) - 1;
    for (const id of d.actorIds) (actors.get(id) ?? makeActor(ctx, id, actors)).mentions.push(index);
  }
  doc.mentions = mentions;
  doc.actors = [...actors.values()];
  if (ctx.date === null && doc.actors.some((a) => a.kind === 'person' && ctx.actors.get(a.id)?.person)) {
    addDiagnostic(doc, { code: 'actor-role-undated', severity: 'info', stage: 'actors', message: 'Took the most recent roles of known people: the article has no publication date' });
  }
}

function makeActor(ctx: ArticleContext, id: string, out: Map<string, Actor>): Actor {
  const a = ctx.actors.get(id);
  if (!a) throw new Error(`Actor "${id}" was mentioned but never registered`);
  const roleDef = a.role ? ctx.data.roles.get(a.role.role) : undefined;
  const role = a.role ? { title: roleDef?.title ?? a.role.role, sector: a.role.sector ?? roleDef?.sector ?? null } : null;
  const code = a.kind === 'person' ? roleCode(a.country, a.role, ctx.data) : (a.code ?? null);
  const actor: Actor = { id, name: a.name, kind: a.kind, country: a.country, role, code, mentions: [] };
  out.set(id, actor);
  return actor;
}

/**
 * "China's Li", "Russia's Putin": the owning country joins the person's mention, as a title's country does
 * ("Ukraine's President Volodymyr Zelensky"), so the person, not the country, is the agent.
 */
function joinOwners(ctx: ArticleContext, drafts: Draft[]): Draft[] {
  // made at the first possessive country (most articles have none)
  let owners: Map<number, Draft> | null = null;
  let joined: Set<Draft> | null = null;
  let out = drafts;
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.actorIds.length !== 1) continue;
    if (owners === null && !(ctx.flags[d.end - 1]! & POSSESSIVE)) continue;
    const kind = ctx.actors.get(d.actorIds[0]!)?.kind;
    if (kind === 'country' && ctx.flags[d.end - 1]! & POSSESSIVE && !d.modifier) (owners ??= new Map()).set(d.end, d);
    else if (kind === 'person' && owners?.has(d.start)) {
      const owner = owners.get(d.start)!;
      (joined ??= new Set()).add(owner);
      // a new draft in a copy of the list, not a start written into this one: a draft is never written
      // after it is made (the first write made every step reading drafts compile again)
      if (out === drafts) out = drafts.slice();
      out[k] = makeDraft(draftFields(d, owner.start));
    }
  }
  return joined === null ? out : out.filter((d) => !joined.has(d));
}

/** What `makeDraft` takes to make `d` again from unit `start`. */
function draftFields(d: Draft, start: number): DraftFields {
  const fields: DraftFields = { start, end: d.end, actorIds: d.actorIds, resolution: d.resolution, confidence: d.confidence, modifier: d.modifier };
  if (d.roleKey !== undefined) fields.roleKey = d.roleKey;
  if (d.code !== undefined) fields.code = d.code;
  return fields;
}
