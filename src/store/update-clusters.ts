import type { Kysely } from 'kysely';
import { decodeSignature, NEAR_DUPLICATE_THRESHOLD } from '../cluster/lsh.js';
import { jaccardEstimate } from '../cluster/minhash.js';
import type { StoreSchema } from './schema.js';

/**
 * Keeps near-duplicate clusters equal to the connected components of the "near duplicate" graph
 * (LSH candidates whose estimated Jaccard similarity reaches the threshold). A cluster's id is
 * its smallest article id, so clusters do not depend on ingest order. Call after inserting
 * `articleId` (with its bands); `oldClusterId` is the cluster it was in before an update.
 */
export async function updateClusters(trx: Kysely<StoreSchema>, articleId: string, oldClusterId: string | null): Promise<void> {
  if (oldClusterId !== null) await splitOldCluster(trx, articleId, oldClusterId);
  const neighbours = await nearDuplicates(trx, articleId);
  if (neighbours.length === 0) {
    await trx.updateTable('articles').set({ cluster_id: articleId }).where('id', '=', articleId).execute();
    return;
  }
  // Adding a node only joins components: the new one is the union of its neighbours' clusters.
  const rows = await trx.selectFrom('articles').select('cluster_id').distinct().where('id', 'in', neighbours).execute();
  const clusterIds = rows.map((r) => r.cluster_id);
  const members = await trx.selectFrom('articles').select('id').where((eb) => eb.or([eb('cluster_id', 'in', clusterIds), eb('id', '=', articleId)])).execute();
  await assignCluster(trx, members.map((m) => m.id), clusterIds);
}

/** Ids of stored articles that are near duplicates of `articleId`. */
export async function nearDuplicates(trx: Kysely<StoreSchema>, articleId: string): Promise<string[]> {
  const self = await trx.selectFrom('articles').select('signature').where('id', '=', articleId).executeTakeFirstOrThrow();
  const signature = decodeSignature(self.signature);
  const candidates = await trx.selectFrom('article_bands as mine')
    .innerJoin('article_bands as other', (j) => j.onRef('other.band', '=', 'mine.band').onRef('other.hash', '=', 'mine.hash'))
    .innerJoin('articles', 'articles.id', 'other.article_id')
    .select(['articles.id', 'articles.signature']).distinct()
    .where('mine.article_id', '=', articleId).where('other.article_id', '!=', articleId)
    .execute();
  return candidates
    .filter((c) => jaccardEstimate(signature, decodeSignature(c.signature)) >= NEAR_DUPLICATE_THRESHOLD)
    .map((c) => c.id)
    .sort();
}

/** After an article changed, its old cluster may fall apart: recompute it from the graph. */
async function splitOldCluster(trx: Kysely<StoreSchema>, articleId: string, oldClusterId: string): Promise<void> {
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
      for (const n of await nearDuplicates(trx, component[i]!)) {
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
  if (members.length > 1) {
    await trx.insertInto('clusters').values({ id, size: members.length })
      .onConflict((oc) => oc.column('id').doUpdateSet({ size: members.length })).execute();
  } else {
    await trx.deleteFrom('clusters').where('id', '=', id).execute();
  }
}
