import type { Kysely } from 'kysely';
import { decodeSignature, NEAR_DUPLICATE_THRESHOLD } from '../cluster/lsh.js';
import { jaccardEstimate } from '../cluster/minhash.js';
import type { PendingBands } from './pending-bands.js';
import type { SignatureCache } from './signature-cache.js';
import { isSqlite, padded, placeholders, runStatement } from './run-statement.js';
import type { ArticleBandsTable, StoreSchema } from './schema.js';

/** Options of `updateClusters`. */
export interface UpdateClustersOptions {
  /** The article's LSH bands (`bands[i]` is band i's hash). */
  bands: readonly number[];
  /** The cluster it was in before an update (null for a new article). */
  oldClusterId: string | null;
  /** Its encoded MinHash signature (read from the store when not given). */
  signature?: string;
  /** The cluster id it was inserted with. */
  insertedAs?: string;
  /** Bands of the batch not written yet, the article's own among them or already written. */
  pending?: PendingBands;
  /** Decoded signatures of stored articles, the article's own among them (read from the store when missing). */
  signatures?: SignatureCache;
}

/**
 * Keeps near-duplicate clusters equal to the connected components of the "near duplicate" graph
 * (LSH candidates whose estimated Jaccard similarity reaches the threshold). A cluster's id is
 * its smallest article id, so clusters do not depend on ingest order. Call after inserting
 * `articleId` and its bands.
 */
export async function updateClusters(trx: Kysely<StoreSchema>, articleId: string, options: UpdateClustersOptions): Promise<void> {
  const { oldClusterId, insertedAs, signatures } = options;
  if (oldClusterId !== null) await splitOldCluster(trx, articleId, oldClusterId, signatures);
  const clusterIds = await neighbourClusters(trx, articleId, options);
  if (clusterIds.length === 0) {
    // A new article with no near duplicate was inserted as its own cluster already.
    if (oldClusterId !== null || insertedAs !== articleId) await trx.updateTable('articles').set({ cluster_id: articleId }).where('id', '=', articleId).execute();
    return;
  }
  const joined = clusterIds[0]!;
  if (clusterIds.length === 1 && joined < articleId) {
    // "a repost of a known story": it joins that cluster, no other article moves.
    await trx.updateTable('articles').set({ cluster_id: joined }).where('id', '=', articleId).execute();
    const size = await trx.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('cluster_id', '=', joined).executeTakeFirstOrThrow();
    await upsertCluster(trx, joined, Number(size.n));
    return;
  }
  // Adding a node only joins components: the new one is the union of its neighbours' clusters.
  const members = await trx.selectFrom('articles').select('id').where((eb) => eb.or([eb('cluster_id', 'in', clusterIds), eb('id', '=', articleId)])).execute();
  await assignCluster(trx, members.map((m) => m.id), clusterIds);
}

/**
 * Clusters holding a near duplicate of `articleId`. Candidates come from shared LSH bands and are
 * compared in memory (see `SignatureCache`); only the near duplicates' clusters are read.
 */
export async function neighbourClusters(trx: Kysely<StoreSchema>, articleId: string, options: Pick<UpdateClustersOptions, 'bands' | 'signature' | 'pending' | 'signatures'>): Promise<string[]> {
  const candidates = await candidatesOf(trx, articleId, options.bands, options.pending);
  if (candidates.length === 0) return [];
  const near = await similarTo(trx, await signatureOf(trx, articleId, options), candidates, options.signatures);
  if (near.length === 0) return [];
  const rows = await runStatement<{ cluster_id: string }>(trx, `select distinct "cluster_id" from ${articleClusters(trx)} where "id" in (${placeholders(near.length)})`, padded(near));
  return rows.map((r) => r.cluster_id).sort();
}

/** Ids of stored articles that are near duplicates of `articleId`. */
export async function nearDuplicates(trx: Kysely<StoreSchema>, articleId: string, signatures?: SignatureCache): Promise<string[]> {
  const signature = await signatureOf(trx, articleId, signatures ? { signatures } : {});
  const rows = await trx.selectFrom('article_bands').select(['band', 'hash']).where('article_id', '=', articleId)
    .unionAll(trx.selectFrom('recent_bands').select(['band', 'hash']).where('article_id', '=', articleId)).execute();
  const bands = rows.sort((a, b) => a.band - b.band).map((b) => b.hash);
  return (await similarTo(trx, signature, await candidatesOf(trx, articleId, bands), signatures)).sort();
}

/** Most candidates compared per article: bounds the cost of templated texts that share bands with thousands. */
const MAX_CANDIDATES = 256;

/** Ids of LSH candidates, those sharing the most bands (the most similar) first; `pending` holds bands not written yet. */
async function candidatesOf(trx: Kysely<StoreSchema>, articleId: string, bands: readonly number[], pending?: PendingBands): Promise<string[]> {
  if (bands.length === 0) return [];
  // Rows with any of the hashes; the band must match too (a hash may recur in another band).
  const hashes = [...new Set(bands)];
  const rows = pending?.storedMatching(hashes, articleId) ?? await storedMatching(trx, hashes, articleId);
  if (pending) rows.push(...pending.matching(hashes, articleId));
  const shared = new Map<string, number>();
  for (const r of rows) if (bands[r.band] === r.hash) shared.set(r.article_id, (shared.get(r.article_id) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CANDIDATES).map(([id]) => id);
}

/** The candidates whose estimated Jaccard similarity to `signature` reaches the threshold, in their order. */
async function similarTo(trx: Kysely<StoreSchema>, signature: Uint32Array, candidates: readonly string[], signatures?: SignatureCache): Promise<string[]> {
  const known = new Map<string, Uint32Array>();
  const missing: string[] = [];
  for (const id of candidates) {
    const s = signatures?.get(id);
    if (s) known.set(id, s);
    else missing.push(id);
  }
  for (let i = 0; i < missing.length; i += MAX_CANDIDATES) {
    const ids = missing.slice(i, i + MAX_CANDIDATES);
    // Each read walks the article's row to its end (on SQLite, past its texts): the cache makes it once an ingest.
    const rows = await runStatement<{ id: string; signature: string }>(trx, `select "id", "signature" from "articles" where "id" in (${placeholders(ids.length)})`, padded(ids));
    for (const r of rows) {
      const s = decodeSignature(r.signature);
      known.set(r.id, s);
      signatures?.set(r.id, s);
    }
  }
  return candidates.filter((id) => {
    const s = known.get(id);
    return s !== undefined && jaccardEstimate(signature, s) >= NEAR_DUPLICATE_THRESHOLD;
  });
}

/** The article's decoded signature: given, kept, or read from the store. */
async function signatureOf(trx: Kysely<StoreSchema>, articleId: string, options: Pick<UpdateClustersOptions, 'signature' | 'signatures'>): Promise<Uint32Array> {
  const kept = options.signatures?.get(articleId);
  if (kept) return kept;
  const text = options.signature ?? (await trx.selectFrom('articles').select('signature').where('id', '=', articleId).executeTakeFirstOrThrow()).signature;
  return decodeSignature(text);
}

/**
 * The articles table, read on SQLite through the covering index of migration 0010: the row holds
 * the article's texts before its cluster. Named, as the planner prefers the primary key's index
 * for an id until statistics tell it the two are alike.
 */
function articleClusters(trx: Kysely<StoreSchema>): string {
  return isSqlite(trx) ? '"articles" indexed by "articles_id_cluster"' : '"articles"';
}

/** Stored band rows with one of `hashes`, but those of `articleId`. */
async function storedMatching(trx: Kysely<StoreSchema>, hashes: readonly number[], articleId: string): Promise<ArticleBandsTable[]> {
  const list = hashes.map(() => '?').join(', ');
  // Written out: it runs for every article (see `runStatement`).
  return runStatement<ArticleBandsTable>(trx,
    `select "article_id", "band", "hash" from "article_bands" where "hash" in (${list}) and "article_id" != ?`
    + ` union all select "article_id", "band", "hash" from "recent_bands" where "hash" in (${list}) and "article_id" != ?`,
    [...hashes, articleId, ...hashes, articleId]);
}

/** After an article changed, its old cluster may fall apart: recompute it from the graph. */
async function splitOldCluster(trx: Kysely<StoreSchema>, articleId: string, oldClusterId: string, signatures?: SignatureCache): Promise<void> {
  const rest = (await trx.selectFrom('articles').select('id').where('cluster_id', '=', oldClusterId).where('id', '!=', articleId).execute()).map((r) => r.id);
  if (rest.length === 0) return;
  const unvisited = new Set(rest);
  await trx.updateTable('articles').set({ cluster_id: articleId }).where('id', '=', articleId).execute();
  await trx.deleteFrom('clusters').where('id', '=', oldClusterId).execute();
  for (const start of rest) {
    if (!unvisited.has(start)) continue;
    unvisited.delete(start);
    const component = [start];
    for (let i = 0; i < component.length; i++) {
      for (const n of await nearDuplicates(trx, component[i]!, signatures)) {
        if (n !== articleId && unvisited.delete(n)) component.push(n);
      }
    }
    await assignCluster(trx, component, []);
  }
}

/** Gives `members` one cluster id (the smallest member), replacing the clusters they came from. */
async function assignCluster(trx: Kysely<StoreSchema>, members: string[], replaced: string[]): Promise<void> {
  const id = [...members].sort()[0]!;
  if (replaced.length > 0) await trx.deleteFrom('clusters').where('id', 'in', replaced).execute();
  for (let i = 0; i < members.length; i += 500) {
    await trx.updateTable('articles').set({ cluster_id: id }).where('id', 'in', members.slice(i, i + 500)).execute();
  }
  await upsertCluster(trx, id, members.length);
}

/** Records a cluster of two or more articles; a lone article is no cluster. */
async function upsertCluster(trx: Kysely<StoreSchema>, id: string, size: number): Promise<void> {
  if (size > 1) {
    await trx.insertInto('clusters').values({ id, size }).onConflict((oc) => oc.column('id').doUpdateSet({ size })).execute();
  } else {
    await trx.deleteFrom('clusters').where('id', '=', id).execute();
  }
}
