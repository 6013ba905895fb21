import type { Kysely } from 'kysely';
import type { ActorRef, Event } from '../core/doc.js';
import { mergeBlock, type MergedEvent } from '../cluster/merge-events.js';
import { addDays, dateRange } from './date-range.js';
import type { StoreSchema } from './schema.js';

/** Where stored events must be re-derived: a block and the days touched (null: the undated events). */
export interface EventWindow {
  block: string;
  start: string | null;
  end: string | null;
}

/**
 * Re-derives the stored events around each window from the article events there. Two article
 * events can only merge when their days are at most one apart, so the window is widened until no
 * article event of the block lies within a day of it; the stored events inside are then a function
 * of those article events alone. Any ingest order (and any crash and rerun) ends in the same rows,
 * and a block reported for years costs only the days around the new report.
 */
export async function updateEvents(trx: Kysely<StoreSchema>, windows: readonly EventWindow[]): Promise<void> {
  const seen = new Set<string>();
  for (const w of windows) {
    const key = `${w.block}\u0000${w.start}\u0000${w.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { rows, start, end } = await closeWindow(trx, w);
    const old = (await trx.selectFrom('events').select('id').where('block', '=', w.block)
      .where((eb) => (start === null ? eb('span_start', 'is', null) : eb.and([eb('span_start', '<=', end), eb('span_end', '>=', start)])))
      .execute()).map((r) => r.id);
    if (old.length > 0) {
      await trx.deleteFrom('event_articles').where('event_id', 'in', old).execute();
      await trx.deleteFrom('event_actors').where('event_id', 'in', old).execute();
      await trx.deleteFrom('events').where('id', 'in', old).execute();
    }
    if (rows.length === 0) continue;
    const langs = new Map(rows.map((r) => [r.article_id, r.lang]));
    const merged = mergeBlock(w.block, rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as Event })));
    for (const event of merged) await insertEvent(trx, event, langs);
  }
}

/** The article events of the block around the window, and the span of days they cover. */
async function closeWindow(trx: Kysely<StoreSchema>, w: EventWindow): Promise<{ rows: Array<{ article_id: string; data: string; lang: string | null }>; start: string | null; end: string | null }> {
  const base = trx.selectFrom('article_events').innerJoin('articles', 'articles.id', 'article_events.article_id')
    .select(['article_events.article_id', 'article_events.data', 'article_events.date_start', 'article_events.date_end', 'articles.lang'])
    .where('article_events.block', '=', w.block);
  if (w.start === null || w.end === null) {
    const rows = await base.where('article_events.date_start', 'is', null).execute();
    return { rows, start: null, end: null };
  }
  let lo = w.start;
  let hi = w.end;
  for (;;) {
    const rows = await base.where('article_events.date_start', '<=', addDays(hi, 1)).where('article_events.date_end', '>=', addDays(lo, -1)).execute();
    let nextLo = w.start;
    let nextHi = w.end;
    for (const r of rows) {
      if (r.date_start! < nextLo) nextLo = r.date_start!;
      if (r.date_end! > nextHi) nextHi = r.date_end!;
    }
    if (nextLo === lo && nextHi === hi) return { rows, start: lo, end: hi };
    [lo, hi] = [nextLo < lo ? nextLo : lo, nextHi > hi ? nextHi : hi];
  }
}

async function insertEvent(trx: Kysely<StoreSchema>, e: MergedEvent, langs: Map<string, string | null>): Promise<void> {
  const reportedIn = [...new Set(e.members.map((m) => langs.get(m.articleId)).filter((l): l is string => !!l))].sort();
  const range = dateRange(e.date);
  const spans = e.members.map((m) => dateRange(m.event.date)).filter((r) => r !== null);
  const { members, block, id, ...fields } = e;
  await trx.insertInto('events').values({
    id, block, plover: e.plover, mode: e.mode, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
    modality: e.modality, sort_key: `${range?.start ?? '0000-00-00'}|${id}`, source_id: e.source?.id ?? null, source_country: e.source?.country ?? null,
    target_id: e.target?.id ?? null, target_country: e.target?.country ?? null,
    date: e.date, date_start: range?.start ?? null, date_end: range?.end ?? null, location_country: e.location?.country ?? null,
    span_start: spans.length ? spans.map((s) => s.start).sort()[0]! : null,
    span_end: spans.length ? spans.map((s) => s.end).sort().at(-1)! : null,
    langs: reportedIn.length ? `,${reportedIn.join(',')},` : null,
    data: JSON.stringify(fields),
  }).execute();
  const links = members.map((m) => ({ event_id: id, article_id: m.articleId, article_event_id: m.event.id, main: m.event.main ? 1 : 0 }));
  // Chunked: a summit reported by thousands of articles stays under the bound-parameter limits.
  for (let i = 0; i < links.length; i += 500) await trx.insertInto('event_articles').values(links.slice(i, i + 500)).execute();
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
