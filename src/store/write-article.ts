import type { Kysely } from 'kysely';
import { decodeSignature } from '../cluster/lsh.js';
import type { ArticleRecord, RejectionRecord } from './article-record.js';
import { insertRows } from './insert-rows.js';
import type { PendingBands } from './pending-bands.js';
import type { SignatureCache } from './signature-cache.js';
import { prepareArticle, type PreparedArticle } from './prepared-article.js';
import { runStatement } from './run-statement.js';
import type { ActorsTable, StoreSchema } from './schema.js';
import { updateClusters } from './update-clusters.js';
import { updateEvents, type AddedEvent, type EventWindow } from './update-events.js';

/** What writing one article did. */
export type WriteOutcome = 'stored' | 'updated' | 'unchanged';

/**
 * Writes one article inside the caller's transaction: the article, its mentions and actors,
 * its own events and LSH bands; then re-derives the near-duplicate clusters and the merged
 * events it touches. The same article again is a no-op; a changed one replaces the old.
 */
export async function writeArticle(trx: Kysely<StoreSchema>, record: ArticleRecord | PreparedArticle, runId: number | null): Promise<WriteOutcome> {
  const { outcome, windows, added } = await writeArticleRows(trx, record, { runId });
  await updateEvents(trx, { windows, added });
  return outcome;
}

/** Options of `writeArticleRows`. */
export interface WriteArticleOptions {
  /** Id of the `ingest_runs` row. */
  runId: number | null;
  /** Where a new article's LSH bands wait for the end of the batch (written with the article without it); see `PendingBands`. */
  pending?: PendingBands;
  /** Decoded signatures the writer keeps from one article to the next: kept up to date with the articles written and deleted. */
  signatures?: SignatureCache;
}

/** What writing an article's rows leaves for `updateEvents` to do. */
export interface WrittenArticle {
  outcome: WriteOutcome;
  /** Days around stored events that lost the reports of a deleted article. */
  windows: EventWindow[];
  /** The article's events, to merge into the stored events. */
  added: AddedEvent[];
  /** Ids of the articles deleted (the old version, or the article it replaces). */
  removed: string[];
}

/**
 * `writeArticle` without updating the merged events. A batch of articles passes all their
 * windows and events to one `updateEvents` call before it commits, so a block reported by many
 * articles of the batch is merged once.
 */
export async function writeArticleRows(trx: Kysely<StoreSchema>, item: ArticleRecord | PreparedArticle, options: WriteArticleOptions): Promise<WrittenArticle> {
  const { runId, pending, signatures } = options;
  const record = item.kind === 'prepared' ? item : prepareArticle(item);
  const id = record.id;
  const [existing] = await runStatement<{ content_hash: string; input_hash: string; cluster_id: string }>(trx,
    'select "content_hash", "input_hash", "cluster_id" from "articles" where "id" = ?', [id]);
  if (existing && existing.content_hash === record.contentHash) {
    if (existing.input_hash !== record.inputHash) await trx.updateTable('articles').set({ input_hash: record.inputHash }).where('id', '=', id).execute();
    return { outcome: 'unchanged', windows: [], added: [], removed: [] };
  }
  const windows: EventWindow[] = [];
  const removed: string[] = [];
  // Replacing an article deletes stored bands and reads its old cluster's: every band the batch holds must be stored first.
  if (existing) {
    await pending?.write(trx);
    windows.push(...(await deleteArticle(trx, id, signatures)));
    removed.push(id);
  }
  const replaced = record.origin !== null && !existing ? await replacedBy(trx, record.origin, id) : null;
  if (replaced) {
    await pending?.write(trx);
    windows.push(...(await deleteArticle(trx, replaced.id, signatures)));
    removed.push(replaced.id);
  }
  const clusterId = existing?.cluster_id ?? id;
  await insertRows(trx, 'articles', [{ ...record.article, cluster_id: clusterId, run_id: runId, ingested_at: new Date().toISOString() }], { max: 1 });
  signatures?.set(id, decodeSignature(record.signature));
  if (pending && !existing && !replaced) pending.add(id, record.bands);
  else await insertRows(trx, 'recent_bands', record.bands.map((hash, band) => ({ article_id: id, band, hash })), { max: 64 });
  await insertRows(trx, 'mentions', record.mentions, { max: 128 });
  if (record.actors.length > 0) await upsertActors(trx, record.actors);
  await insertRows(trx, 'article_events', record.events, { max: 64 });
  const added = record.events.map((e) => ({ block: e.block, articleId: id, lang: record.article.lang, data: e.data, start: e.date_start, end: e.date_end }));
  await updateClusters(trx, id, {
    bands: record.bands, oldClusterId: existing?.cluster_id ?? replaced?.cluster_id ?? null, signature: record.signature, insertedAs: clusterId, ...(pending ? { pending } : {}), ...(signatures ? { signatures } : {}),
  });
  return { outcome: existing || replaced ? 'updated' : 'stored', windows, added, removed };
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
async function deleteArticle(trx: Kysely<StoreSchema>, id: string, signatures?: SignatureCache): Promise<EventWindow[]> {
  signatures?.delete(id);
  const old = await trx.selectFrom('events').innerJoin('event_articles', 'event_articles.event_id', 'events.id')
    .select(['events.block', 'events.span_start', 'events.span_end']).distinct().where('event_articles.article_id', '=', id).execute();
  await deleteArticleRows(trx, id);
  return old.map((row) => ({ block: row.block, start: row.span_start, end: row.span_end }));
}

async function deleteArticleRows(trx: Kysely<StoreSchema>, id: string): Promise<void> {
  await trx.deleteFrom('article_events').where('article_id', '=', id).execute();
  await trx.deleteFrom('mentions').where('article_id', '=', id).execute();
  await trx.deleteFrom('article_bands').where('article_id', '=', id).execute();
  await trx.deleteFrom('recent_bands').where('article_id', '=', id).execute();
  await trx.deleteFrom('articles').where('id', '=', id).execute();
}

/**
 * Keeps, for each actor id, the smallest (name, code) any article gave, so the actors table
 * does not depend on ingest order.
 */
async function upsertActors(trx: Kysely<StoreSchema>, actors: ActorsTable[]): Promise<void> {
  await insertRows(trx, 'actors', actors, { max: 64, onConflict: KEEP_SMALLEST_ACTOR });
}

/** Replaces a stored actor only by a smaller (name, code); written out, as `upsertActors` runs for every article. */
const KEEP_SMALLEST_ACTOR = 'on conflict ("id") do update set "name" = "excluded"."name", "kind" = "excluded"."kind", "country" = "excluded"."country", "code" = "excluded"."code"'
  + ` where ("excluded"."name" < "actors"."name" or ("excluded"."name" = "actors"."name" and coalesce("excluded"."code", '') < coalesce("actors"."code", '')))`;
