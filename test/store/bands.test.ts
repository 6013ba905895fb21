import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import type { Store } from '../../src/store/open-store.js';
import { nearDuplicates } from '../../src/store/update-clusters.js';
import { countBands } from '../../src/store/settle-bands.js';
import { BACKENDS } from './backends.js';
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
