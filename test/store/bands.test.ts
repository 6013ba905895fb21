import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import type { Store } from '../../src/store/open-store.js';
import { nearDuplicates } from '../../src/store/update-clusters.js';
import { sql } from 'kysely';
import { countBands } from '../../src/store/settle-bands.js';
import { BACKENDS, sqliteStore } from './backends.js';
import { makeRecord } from './make-record.js';
import { syntheticRecord } from './synthetic.js';

const skips = await Promise.all(BACKENDS.map((backend) => backend.skip()));

/** Articles with syndicated copies, then edits that make copies of some and end the copies of others. */
function corpus(): IngestItem[] {
  const list: IngestItem[] = Array.from({ length: 60 }, (_, i) => syntheticRecord(i));
  for (const i of [6, 13, 20]) {
    list.push(makeRecord({ id: `syn-${String(i).padStart(6, '0')}`, source: 'outlet-x', text: `Report ${i} was withdrawn and replaced by a note about a trade fair in another city.` }));
  }
  for (const i of [30, 31]) {
    const copyOf = syntheticRecord(40);
    if (copyOf.kind !== 'article') throw new Error('not an article');
    list.push(makeRecord({ id: `syn-${String(i).padStart(6, '0')}`, source: 'outlet-y', text: copyOf.text }));
  }
  return list;
}

async function* items(list: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* list;
}

async function clusters(store: Store): Promise<unknown> {
  const articles = await store.db.selectFrom('articles').select(['id', 'cluster_id']).orderBy('id').execute();
  const sizes = await store.db.selectFrom('clusters').selectAll().orderBy('id').execute();
  const near = [];
  for (const a of articles) near.push([a.id, await nearDuplicates(store.db, a.id)]);
  return { articles, sizes, near };
}

for (const [i, backend] of BACKENDS.entries()) {
  describe(`LSH bands on ${backend.name}`, () => {
    it('give the same clusters whether they moved to the settled table or not', { skip: skips[i]! }, async () => {
      const moved = await backend.open();
      const kept = await backend.open();
      try {
        await ingestRecords(moved.store, items(corpus()), { batchSize: 5, settleBandsAt: 1 });
        await ingestRecords(kept.store, items(corpus()), { batchSize: 5, settleBandsAt: Infinity });
        assert.deepEqual(await countBands(kept.store), { settled: 0, recent: 60 * 32 });
        const settled = await countBands(moved.store);
        assert.ok(settled.settled > 0 && settled.settled + settled.recent === 60 * 32, JSON.stringify(settled));
        const expected = await clusters(kept.store);
        assert.deepEqual(await clusters(moved.store), expected);
        assert.ok((expected as { sizes: unknown[] }).sizes.length > 3);
      } finally {
        await moved.dispose();
        await kept.dispose();
      }
    });

    it('give the same clusters when copies and edits share a batch as one article at a time', { skip: skips[i]! }, async () => {
      // A batch holds its new articles' bands until it ends: copies within it must still find each other.
      const one = await backend.open();
      const all = await backend.open();
      try {
        await ingestRecords(one.store, items(corpus()), { batchSize: 1 });
        await ingestRecords(all.store, items(corpus()), { batchSize: 500 });
        assert.deepEqual(await countBands(all.store), { settled: 0, recent: 60 * 32 });
        const expected = await clusters(one.store);
        assert.deepEqual(await clusters(all.store), expected);
        assert.ok((expected as { sizes: unknown[] }).sizes.length > 3);
      } finally {
        await one.dispose();
        await all.dispose();
      }
    });
  });
}

describe('Near-duplicate lookups', () => {
  it('see an article another writer replaced between two batches of an ingest', async () => {
    // The ingest keeps the signatures it compared; the other writer's edit must not be compared as it was.
    const t = await sqliteStore();
    const other = await t.reopen();
    const alone = await sqliteStore();
    const before = 'Fishermen in the northern port counted a record catch of tuna this spring, the harbour office said on Monday.';
    const after = 'The finance ministers of both countries signed a currency swap agreement worth ten billion dollars in the capital.';
    const first = makeRecord({ id: 'near-a', source: 'outlet-a', text: before });
    const edit = makeRecord({ id: 'near-a', source: 'outlet-a', text: after });
    const copy = makeRecord({ id: 'near-b', source: 'outlet-b', text: after });
    const lookAlike = makeRecord({ id: 'near-c', source: 'outlet-c', text: `${before} Officials expect more.` });
    try {
      await ingestRecords(t.store, (async function* () {
        yield first;
        yield lookAlike;
        await ingestRecords(other, items([edit]));
        yield copy;
      })(), { batchSize: 2 });
      await ingestRecords(alone.store, items([lookAlike, edit, copy]));
      const expected = await clusters(alone.store);
      assert.deepEqual(await clusters(t.store), expected);
      assert.deepEqual((expected as { sizes: unknown[] }).sizes, [{ id: 'near-a', size: 2 }]);
    } finally {
      await other.close();
      await t.dispose();
      await alone.dispose();
    }
  });

  it('read the clusters of near duplicates from a covering index, not from the rows that hold the texts', async () => {
    const t = await sqliteStore();
    try {
      const plan = await sql<{ detail: string }>`explain query plan select distinct "cluster_id" from "articles" indexed by "articles_id_cluster" where "id" in ('a', 'b')`.execute(t.store.db);
      assert.match(plan.rows.map((r) => r.detail).join('\n'), /USING COVERING INDEX articles_id_cluster/);
    } finally {
      await t.dispose();
    }
  });
});
