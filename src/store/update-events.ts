import type { Kysely } from 'kysely';
import type { ActorRef, Event } from '../core/doc.js';
import { mergeBlock, type MergedEvent } from '../cluster/merge-events.js';
import { dateRange } from './date-range.js';
import type { StoreSchema } from './schema.js';

/**
 * Re-derives the stored events of each block from all article events in it. Stored events are a
 * function of the article events alone, so any ingest order (and any crash and rerun) ends in
 * the same rows.
 */
export async function updateEvents(trx: Kysely<StoreSchema>, blocks: readonly string[]): Promise<void> {
  for (const block of [...new Set(blocks)].sort()) {
    const rows = await trx.selectFrom('article_events').select(['article_id', 'data']).where('block', '=', block).execute();
    const old = trx.selectFrom('events').select('id').where('block', '=', block);
    await trx.deleteFrom('event_articles').where('event_id', 'in', old).execute();
    await trx.deleteFrom('event_actors').where('event_id', 'in', old).execute();
    await trx.deleteFrom('events').where('block', '=', block).execute();
    if (rows.length === 0) continue;
    const merged = mergeBlock(block, rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as Event })));
    for (const event of merged) await insertEvent(trx, event);
  }
}

async function insertEvent(trx: Kysely<StoreSchema>, e: MergedEvent): Promise<void> {
  const range = dateRange(e.date);
  const { members, block, id, ...fields } = e;
  await trx.insertInto('events').values({
    id, block, plover: e.plover, mode: e.mode, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
    modality: e.modality, sort_key: `${range?.start ?? '0000-00-00'}|${id}`, source_id: e.source?.id ?? null, source_country: e.source?.country ?? null,
    target_id: e.target?.id ?? null, target_country: e.target?.country ?? null,
    date: e.date, date_start: range?.start ?? null, date_end: range?.end ?? null,
    location_country: e.location?.country ?? null, data: JSON.stringify(fields),
  }).execute();
  await trx.insertInto('event_articles').values(members.map((m) => ({
    event_id: id, article_id: m.articleId, article_event_id: m.event.id, main: m.event.main ? 1 : 0,
  }))).execute();
  const actors = actorRows(id, e);
  if (actors.length > 0) await trx.insertInto('event_actors').values(actors).execute();
}

function actorRows(eventId: string, e: MergedEvent): StoreSchema['event_actors'][] {
  const rows = new Map<string, StoreSchema['event_actors']>();
  const add = (ref: ActorRef | null, side: string): void => {
    if (!ref) return;
    const key = `${ref.id}\u0000${side}`;
    if (!rows.has(key)) rows.set(key, { event_id: eventId, actor_id: ref.id, country: ref.country, code: ref.code, name: ref.name.toLowerCase(), side });
  };
  add(e.source, 'source');
  add(e.target, 'target');
  for (const p of e.participants) add(p, 'participant');
  return [...rows.values()];
}
