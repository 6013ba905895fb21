import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import { queryEvents } from '../../src/store/query-events.js';
import { storeStats } from '../../src/store/store-stats.js';
import type { Store } from '../../src/store/open-store.js';
import { BACKENDS } from './backends.js';
import { ACTORS, PLACES, makeRecord, meeting } from './make-record.js';

const { putin, xi, prabowo, albanese } = ACTORS;

/** A small corpus: one Putin–Xi meeting told by three outlets in two languages, a syndicated copy, another meeting. */
function corpus(): IngestItem[] {
  const wire = 'President Vladimir Putin and President Xi Jinping held talks in Beijing on Thursday, discussing trade, energy and the war in Ukraine, officials said after the meeting ended.';
  return [
    makeRecord({ id: 'en-wire', source: 'Wire', text: wire, events: [meeting('e1', putin, xi, '2024-05-16', PLACES.beijing)] }),
    makeRecord({ id: 'en-repost', url: 'https://www.example-daily.com/world/1', title: 'Putin in Beijing', text: wire,
      events: [meeting('e1', putin, xi, '2024-05-16', PLACES.beijing)] }),
    makeRecord({ id: 'id-kompas', source: 'Harian Contoh', lang: 'id', text: 'Presiden Rusia Vladimir Putin bertemu Presiden Tiongkok Xi Jinping di Beijing, Kamis malam.',
      events: [meeting('e1', xi, putin, '2024-05-17', PLACES.beijing, { mode: 'in-person' })] }),
    makeRecord({ id: 'en-call', source: 'Other Post', text: 'Prabowo spoke by phone with Albanese on Monday about maritime security.',
      events: [meeting('e1', prabowo, albanese, '2024-11-04', null, { mode: 'phone', cameo: '040' })] }),
  ];
}

async function* items(list: IngestItem[]): AsyncGenerator<IngestItem> {
  yield* list;
}

async function storedEvents(store: Store): Promise<unknown[]> {
  const out = [];
  for await (const row of queryEvents(store.db)) out.push(row.event);
  return out;
}

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, async () => {
    const skip = await backend.skip();
    if (skip) console.log(`# skipped: ${skip}`);

    it('stores one event per occurrence, counting outlets not copies', { skip }, async () => {
      const t = await backend.open();
      try {
        await ingestRecords(t.store, items(corpus()));
        const stats = await storeStats(t.store.db);
        assert.deepEqual(stats, { articles: 4, events: 2, actors: 4, clusters: 1, rejected: 0 });
        const events = (await storedEvents(t.store)) as Array<Record<string, any>>;
        const summit = events.find((e) => e.participants.some((p: { id: string }) => p.id === 'xi-jinping'))!;
        assert.equal(summit.num_articles, 3);
        assert.equal(summit.num_sources, 3);
        assert.deepEqual(summit.articles.map((a: { id: string }) => a.id), ['en-repost', 'en-wire', 'id-kompas']);
        assert.equal(summit.date, '2024-05-16');
        assert.deepEqual(summit.disagreements.map((d: { field: string }) => d.field), ['date']);
      } finally {
        await t.dispose();
      }
    });

    it('stores the same articles twice only once', { skip }, async () => {
      const t = await backend.open();
      try {
        const first = await ingestRecords(t.store, items(corpus()));
        const before = await storedEvents(t.store);
        const second = await ingestRecords(t.store, items(corpus()));
        assert.equal(first.stored, 4);
        assert.deepEqual(second, { stored: 0, updated: 0, unchanged: 4, rejected: 0 });
        assert.deepEqual(await storedEvents(t.store), before);
      } finally {
        await t.dispose();
      }
    });

    it('updates a changed article instead of adding it again', { skip }, async () => {
      const t = await backend.open();
      try {
        await ingestRecords(t.store, items(corpus()));
        const changed = makeRecord({ id: 'en-call', source: 'Other Post', text: 'Prabowo met Albanese in Jakarta on Monday.',
          events: [meeting('e1', prabowo, albanese, '2024-11-04', PLACES.jakarta, { mode: 'in-person' })] });
        const counts = await ingestRecords(t.store, items([changed]));
        assert.equal(counts.updated, 1);
        assert.equal((await storeStats(t.store.db)).articles, 4);
        const events = (await storedEvents(t.store)) as Array<Record<string, any>>;
        const call = events.find((e) => e.participants.some((p: { id: string }) => p.id === 'anthony-albanese'))!;
        assert.equal(call.mode, 'in-person');
        assert.equal(call.location.name, 'Jakarta');
      } finally {
        await t.dispose();
      }
    });

    it('replaces the article of an edited file that has no record id', { skip }, async () => {
      const t = await backend.open();
      try {
        const text = 'Prabowo met Albanese in Jakarta on Monday to discuss fisheries and cattle exports.';
        await ingestRecords(t.store, items([...corpus(), makeRecord({ id: 'hash-1', origin: 'notes/a.txt', text,
          events: [meeting('e1', prabowo, albanese, '2024-11-11', PLACES.jakarta)] })]));
        const edited = makeRecord({ id: 'hash-2', origin: 'notes/a.txt', text: `${text} Both sides also spoke about education.`,
          events: [meeting('e1', prabowo, albanese, '2024-11-18', PLACES.jakarta)] });
        const counts = await ingestRecords(t.store, items([edited]));
        assert.equal(counts.updated, 1);
        const fresh = await backend.open();
        try {
          await ingestRecords(fresh.store, items([...corpus(), edited]));
          assert.deepEqual(await storeStats(t.store.db), await storeStats(fresh.store.db));
          assert.deepEqual(await storedEvents(t.store), await storedEvents(fresh.store));
        } finally {
          await fresh.dispose();
        }
      } finally {
        await t.dispose();
      }
    });

    it('splits a merged event when an update moves one report to another week', { skip }, async () => {
      const t = await backend.open();
      try {
        await ingestRecords(t.store, items(corpus()));
        const moved = makeRecord({ id: 'id-kompas', source: 'Harian Contoh', lang: 'id', text: 'Putin bertemu Xi di Beijing pekan lalu.',
          events: [meeting('e1', xi, putin, '2024-05-24', PLACES.beijing)] });
        await ingestRecords(t.store, items([moved]));
        const summits = ((await storedEvents(t.store)) as Array<Record<string, any>>)
          .filter((e) => e.participants.some((p: { id: string }) => p.id === 'xi-jinping'));
        assert.deepEqual(summits.map((e) => [e.date, e.num_articles]).sort(), [['2024-05-16', 2], ['2024-05-24', 1]]);
        assert.deepEqual(summits.find((e) => e.date === '2024-05-16')!.disagreements, []);
        // Moving it back merges it again, as if it had never moved.
        const fresh = await backend.open();
        try {
          await ingestRecords(fresh.store, items(corpus()));
          await ingestRecords(t.store, items([corpus()[2]!]));
          assert.deepEqual(await storedEvents(t.store), await storedEvents(fresh.store));
        } finally {
          await fresh.dispose();
        }
      } finally {
        await t.dispose();
      }
    });

    it('stores a batch holding articles and their later edits as one article at a time does', { skip }, async () => {
      // Merged events are re-derived once per batch: the edits below move and join reports that
      // earlier articles of the same batch created.
      const base = corpus();
      const moved = makeRecord({ id: 'id-kompas', source: 'Harian Contoh', lang: 'id', text: 'Putin bertemu Xi di Beijing pekan lalu.',
        events: [meeting('e1', xi, putin, '2024-05-24', PLACES.beijing)] });
      const joined = makeRecord({ id: 'en-call', source: 'Other Post', text: 'Putin met Xi in Beijing a week later.',
        events: [meeting('e1', putin, xi, '2024-05-23', PLACES.beijing)] });
      const list = [...base, moved, joined, base[0]!];
      const one = await backend.open();
      const all = await backend.open();
      try {
        await ingestRecords(one.store, items(list), { batchSize: 1 });
        await ingestRecords(all.store, items(list), { batchSize: 64 });
        assert.deepEqual(await storedEvents(all.store), await storedEvents(one.store));
        assert.deepEqual(await storeStats(all.store.db), await storeStats(one.store.db));
        const summits = ((await storedEvents(all.store)) as Array<Record<string, any>>).map((e) => [e.date, e.num_articles]).sort();
        assert.deepEqual(summits, [['2024-05-16', 2], ['2024-05-23', 2]]);
      } finally {
        await one.dispose();
        await all.dispose();
      }
    });

    it('gives the same stored events in every ingest order', { skip }, async () => {
      const base = corpus();
      const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]];
      let expected: unknown;
      for (const order of orders) {
        const t = await backend.open();
        try {
          await ingestRecords(t.store, items(order.map((i) => base[i]!)), { batchSize: 1 });
          const got = { events: await storedEvents(t.store), stats: await storeStats(t.store.db) };
          if (expected === undefined) expected = got;
          else assert.deepEqual(got, expected, `order ${order.join(',')}`);
        } finally {
          await t.dispose();
        }
      }
    });

    it('records rejected inputs once each', { skip }, async () => {
      const t = await backend.open();
      try {
        const rejection: IngestItem = { kind: 'rejection', label: 'bad.jsonl:3', sourcePath: 'bad.jsonl', recordId: null, code: 'input-malformed', reason: 'Cannot parse' };
        await ingestRecords(t.store, items([rejection, ...corpus()]));
        await ingestRecords(t.store, items([rejection]));
        assert.equal((await storeStats(t.store.db)).rejected, 1);
      } finally {
        await t.dispose();
      }
    });
  });
}
