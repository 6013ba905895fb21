import type { Kysely } from 'kysely';
import type { Event } from '../core/doc.js';
import { eventBlockKey } from '../cluster/event-key.js';
import type { ArticleRecord, RejectionRecord } from './article-record.js';
import type { StoreSchema } from './schema.js';
import { updateClusters } from './update-clusters.js';
import { dateRange } from './date-range.js';
import { updateEvents, type EventWindow } from './update-events.js';

/** What writing one article did. */
export type WriteOutcome = 'stored' | 'updated' | 'unchanged';

/**
 * Writes one article inside the caller's transaction: the article, its mentions and actors,
 * its own events and LSH bands; then re-derives the near-duplicate clusters and the merged
 * events it touches. The same article again is a no-op; a changed one replaces the old.
 */
export async function writeArticle(trx: Kysely<StoreSchema>, record: ArticleRecord, runId: number | null): Promise<WriteOutcome> {
  const id = record.result.id;
  const existing = await trx.selectFrom('articles').select(['content_hash', 'input_hash', 'cluster_id']).where('id', '=', id).executeTakeFirst();
  if (existing && existing.content_hash === record.contentHash) {
    if (existing.input_hash !== record.inputHash) await trx.updateTable('articles').set({ input_hash: record.inputHash }).where('id', '=', id).execute();
    return 'unchanged';
  }
  const windows: EventWindow[] = [];
  if (existing) windows.push(...(await deleteArticle(trx, id)));
  const replaced = record.origin !== null && !existing ? await replacedBy(trx, record.origin, id) : null;
  if (replaced) windows.push(...(await deleteArticle(trx, replaced.id)));
  await insertArticle(trx, record, runId, existing?.cluster_id ?? id);
  await insertActorsAndMentions(trx, record);
  for (const event of record.result.events) {
    const block = eventBlockKey(event, id);
    const range = dateRange(event.date);
    windows.push({ block, start: range?.start ?? null, end: range?.end ?? null });
    await trx.insertInto('article_events').values({
      article_id: id, event_id: event.id, block, main: event.main ? 1 : 0, date_start: range?.start ?? null, date_end: range?.end ?? null,
      data: JSON.stringify({ ...event, sentence_id: record.sentenceIds[event.id] ?? 1 }),
    }).execute();
  }
  await updateClusters(trx, id, record.bands, existing?.cluster_id ?? replaced?.cluster_id ?? null);
  await updateEvents(trx, windows);
  return existing || replaced ? 'updated' : 'stored';
}

/** Records a rejected input once (keyed by its label), keeping the latest reason. */
export async function writeRejection(trx: Kysely<StoreSchema>, record: RejectionRecord, runId: number | null): Promise<void> {
  const row = {
    label: record.label, source_path: record.sourcePath, record_id: record.recordId,
    code: record.code, reason: record.reason, run_id: runId, rejected_at: new Date().toISOString(),
  };
  await trx.insertInto('rejected').values(row)
    .onConflict((oc) => oc.column('label').doUpdateSet({ code: row.code, reason: row.reason, run_id: row.run_id, rejected_at: row.rejected_at }))
    .execute();
}

/** The stored article an edited id-less input replaces ("the same file, new text"). */
async function replacedBy(trx: Kysely<StoreSchema>, origin: string, id: string): Promise<{ id: string; cluster_id: string } | undefined> {
  return trx.selectFrom('articles').select(['id', 'cluster_id']).where('origin', '=', origin).where('id', '!=', id).executeTakeFirst();
}

/** Deletes an article's rows; returns the windows of stored events that must be re-derived without it. */
async function deleteArticle(trx: Kysely<StoreSchema>, id: string): Promise<EventWindow[]> {
  const old = await trx.selectFrom('events').innerJoin('event_articles', 'event_articles.event_id', 'events.id')
    .select(['events.block', 'events.span_start', 'events.span_end']).distinct().where('event_articles.article_id', '=', id).execute();
  await deleteArticleRows(trx, id);
  return old.map((row) => ({ block: row.block, start: row.span_start, end: row.span_end }));
}

async function deleteArticleRows(trx: Kysely<StoreSchema>, id: string): Promise<void> {
  await trx.deleteFrom('article_events').where('article_id', '=', id).execute();
  await trx.deleteFrom('mentions').where('article_id', '=', id).execute();
  await trx.deleteFrom('article_bands').where('article_id', '=', id).execute();
  await trx.deleteFrom('articles').where('id', '=', id).execute();
}

async function insertArticle(trx: Kysely<StoreSchema>, record: ArticleRecord, runId: number | null, clusterId: string): Promise<void> {
  const r = record.result;
  await trx.insertInto('articles').values({
    id: r.id, input_hash: record.inputHash, content_hash: record.contentHash,
    source_path: r.source_path, origin: record.origin, url: record.url, source: record.source, outlet: record.outlet,
    lang: r.lang, published: r.published, title: r.title, raw: record.raw, text: record.text,
    diagnostics: JSON.stringify(r.diagnostics), result: JSON.stringify(r), signature: record.signature,
    cluster_id: clusterId, run_id: runId, ingested_at: new Date().toISOString(),
  }).execute();
  if (record.bands.length > 0) {
    await trx.insertInto('article_bands').values(record.bands.map((hash, band) => ({ article_id: r.id, band, hash }))).execute();
  }
}

async function insertActorsAndMentions(trx: Kysely<StoreSchema>, record: ArticleRecord): Promise<void> {
  const r = record.result;
  const mentions = r.actors.flatMap((a) => a.mentions.map((m) => ({
    article_id: r.id, actor_id: a.id, start: m.start, end: m.end, text: m.text, resolution: m.resolution,
  })));
  // Chunked so a long article stays under every database's bound-parameter limit.
  for (let i = 0; i < mentions.length; i += 100) await trx.insertInto('mentions').values(mentions.slice(i, i + 100)).execute();
  const refs = new Map<string, { id: string; name: string; kind: string; country: string | null; code: string | null }>();
  for (const a of r.actors) refs.set(a.id, { id: a.id, name: a.name, kind: a.kind, country: a.country, code: a.code });
  for (const e of r.events) for (const ref of eventRefs(e)) if (!refs.has(ref.id)) refs.set(ref.id, { ...ref });
  if (refs.size > 0) await upsertActors(trx, [...refs.values()]);
}

/**
 * Keeps, for each actor id, the smallest (name, code) any article gave, so the actors table
 * does not depend on ingest order.
 */
async function upsertActors(trx: Kysely<StoreSchema>, actors: Array<{ id: string; name: string; kind: string; country: string | null; code: string | null }>): Promise<void> {
  await trx.insertInto('actors').values(actors)
    .onConflict((oc) => oc.column('id')
      .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), kind: eb.ref('excluded.kind'), country: eb.ref('excluded.country'), code: eb.ref('excluded.code') }))
      .where((eb) => eb.or([
        eb('excluded.name', '<', eb.ref('actors.name')),
        eb.and([eb('excluded.name', '=', eb.ref('actors.name')), eb(eb.fn.coalesce('excluded.code', eb.val('')), '<', eb.fn.coalesce('actors.code', eb.val('')))]),
      ])))
    .execute();
}

function eventRefs(e: Event): Array<{ id: string; name: string; kind: string; country: string | null; code: string | null }> {
  const out = [...e.participants];
  if (e.source) out.push(e.source);
  if (e.target) out.push(e.target);
  return out.map((x) => ({ id: x.id, name: x.name, kind: x.kind, country: x.country, code: x.code }));
}
