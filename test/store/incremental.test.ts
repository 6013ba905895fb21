// Stored events grown batch by batch are the events re-deriving them from all their reports gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../src/core/doc.js';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { queryEvents } from '../../src/store/query-events.js';
import { storeStats } from '../../src/store/store-stats.js';
import { updateEvents, type EventWindow } from '../../src/store/update-events.js';
import { BACKENDS, sqliteStore } from './backends.js';
import { ACTORS, PLACES, makeRecord, meeting } from './make-record.js';

const { putin, xi, prabowo, albanese } = ACTORS;
const PAIRS = [[putin!, xi!], [prabowo!, albanese!], [xi!, prabowo!]] as const;
/** Days a day apart and further, and now and then a month, a year or no date, which link whole runs of days. */
const DATES = ['2024-02-28', '2024-03-01', '2024-03-02', '2024-03-04', '2024-03-05', '2024-03-08', '2024-03-09', '2024-03-12', '2024-03-13', '2024-03-20', '2023-12-31', null];
const RARE_DATES = ['2024-03', '2024', '2024-02'];
const PLACE_LIST = [PLACES.beijing, PLACES.shanghai, PLACES.jakarta, null];

/** A small pseudo-random generator, so that each corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `n` articles reporting a few meetings many times over, dated to the day, the month or the year
 * (or not at all), at places that sometimes conflict; some articles are later edited (moved to
 * another day) or replaced by an edited file.
 */
function corpus(n: number, seed: number): IngestItem[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const out: IngestItem[] = [];
  for (let i = 0; i < n; i++) {
    const id = `art-${String(i).padStart(4, '0')}`;
    const events: Event[] = [];
    for (let k = 0; k < 1 + Math.floor(next() * 2); k++) {
      const [a, b] = pick(PAIRS);
      const date = next() < 0.06 ? pick(RARE_DATES) : pick(DATES);
      const precision = date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
      events.push(meeting(`e${k + 1}`, a, b, date as string, pick(PLACE_LIST), {
        date_precision: precision, main: k === 0, mode: pick(['in-person', 'phone', null]), confidence: pick([0.6, 0.8]),
        evidence: [{ sentence: `Report ${i} of talks number ${k}.`, start: 0, end: 20 }],
      }));
    }
    const origin = i % 9 === 4 ? `feed-${i % 4}.txt` : undefined;
    out.push(makeRecord({ id, source: `outlet-${i % 5}`, lang: i % 3 ? 'en' : 'id', text: `Report ${i}: talks between leaders, told in words of its own.`, events, ...(origin ? { origin } : {}) }));
    if (i % 13 === 12) {
      // An edit of an earlier article: its meeting moves to another day.
      const j = Math.floor(next() * i);
      const [a, b] = pick(PAIRS);
      out.push(makeRecord({ id: `art-${String(j).padStart(4, '0')}`, source: `outlet-${j % 5}`, text: `Report ${j}, corrected.`,
        events: [meeting('e1', a, b, pick(DATES.slice(0, 6))!, pick(PLACE_LIST))] }));
    }
  }
  return out;
}

async function* items(list: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* list;
}

/** What queries show, and the rows they filter by. */
async function snapshot(store: Store): Promise<{ events: unknown[]; stats: unknown; rows: unknown[]; actors: unknown[] }> {
  const events = [];
  for await (const row of queryEvents(store.db)) events.push(row);
  const rows = await store.db.selectFrom('events').selectAll().orderBy('id').execute();
  const actors = await store.db.selectFrom('event_actors').selectAll().orderBy('event_id').orderBy('actor_id').orderBy('side').execute();
  return { events, stats: await storeStats(store.db), rows, actors };
}

/** Re-derives every stored event of every block from its reports, as a store that lost reports would. */
async function rederiveAll(store: Store): Promise<void> {
  const rows = await store.db.selectFrom('article_events').select(['block', 'date_start', 'date_end']).execute();
  const windows: EventWindow[] = rows.map((r) => ({ block: r.block, start: r.date_start, end: r.date_end }));
  await store.db.transaction().execute((trx) => updateEvents(trx, { windows, added: [] }));
}

// Asked before any test runs: a long SQLite test holds the event loop, and a connection waiting meanwhile times out.
const skips = await Promise.all(BACKENDS.map((backend) => backend.skip()));

for (const [i, backend] of BACKENDS.entries()) {
  describe(`events grown batch by batch on ${backend.name}`, () => {
    const skip = skips[i]!;

    it('are the events re-deriving them from all their reports gives, in any batching', { skip, timeout: 120_000 }, async () => {
      const list = corpus(70, 7);
      let expected: unknown;
      for (const batchSize of [1, 9, 500]) {
        const t = await backend.open();
        try {
          await ingestRecords(t.store, items(list), { batchSize });
          const grown = await snapshot(t.store);
          await rederiveAll(t.store);
          assert.deepEqual(await snapshot(t.store), grown, `batches of ${batchSize}`);
          if (expected === undefined) expected = grown;
          else assert.deepEqual(grown, expected, `batches of ${batchSize}`);
        } finally {
          await t.dispose();
        }
      }
    });
  });
}

describe('events grown batch by batch', () => {
  it('adding reports to a stored event does not read its earlier reports again', async () => {
    const t = await sqliteStore();
    const read: string[] = [];
    const store = await openStore(t.target, { onQuery: (sql) => read.push(sql) });
    try {
      // One summit told 300 times, in batches of 20.
      const list = Array.from({ length: 300 }, (_, i) => makeRecord({
        id: `summit-${String(i).padStart(3, '0')}`, source: `outlet-${i % 30}`, text: `Account ${i} of the summit, in its own words.`,
        events: [meeting('e1', putin!, xi!, '2024-05-16', PLACES.beijing)],
      }));
      await ingestRecords(store, items(list), { batchSize: 20 });
      assert.equal((await storeStats(store.db)).events, 1);
      assert.deepEqual(read.filter((sql) => /^select/i.test(sql) && sql.includes('"article_events"')), []);
    } finally {
      await store.close();
      await t.dispose();
    }
  });

  it('a report near many stored events reads back only those it links', async () => {
    const t = await sqliteStore();
    const read: string[] = [];
    const store = await openStore(t.target, { onQuery: (sql) => read.push(sql) });
    try {
      // Ten meetings in Beijing three days apart and one in Moscow, then a report dated only to the
      // month, in Moscow: it is near all eleven, but links only the Moscow one (places in two countries never link).
      const day = (i: number): string => `2024-05-${String(1 + 3 * i).padStart(2, '0')}`;
      const list = [
        ...Array.from({ length: 10 }, (_, i) => makeRecord({ id: `beijing-${i}`, source: `outlet-${i}`, text: `Beijing talks, account ${i}.`, events: [meeting('e1', putin!, xi!, day(i), PLACES.beijing)] })),
        makeRecord({ id: 'moscow-0', source: 'outlet-m', text: 'Moscow talks, first account.', events: [meeting('e1', putin!, xi!, '2024-05-11', PLACES.moscow)] }),
        makeRecord({ id: 'moscow-1', source: 'outlet-n', text: 'Moscow talks this month, second account.', events: [meeting('e1', putin!, xi!, '2024-05', PLACES.moscow, { date_precision: 'month' })] }),
      ];
      await ingestRecords(store, items(list), { batchSize: 11 });
      assert.equal((await storeStats(store.db)).events, 11);
      const readBack = read.filter((sql) => /^select/i.test(sql) && sql.includes('"article_events"'));
      assert.equal(readBack.length, 1);
      assert.match(readBack[0]!, /"event_articles"\."event_id" in \(\?\)/);
    } finally {
      await store.close();
      await t.dispose();
    }
  });

  it('reads back a stored event of thousands of reports to add to it, in a later ingest', { timeout: 300_000 }, async () => {
    const t = await sqliteStore();
    try {
      const report = (i: number, date: string): IngestItem => makeRecord({
        id: `wire-${String(i).padStart(4, '0')}`, source: `outlet-${i % 40}`, text: `Wire copy ${i} on the leaders' talks.`,
        events: [meeting('e1', prabowo!, albanese!, date, PLACES.jakarta, { mode: i % 4 ? 'in-person' : 'phone' })],
      });
      // More reports of one meeting than one page of rows, and a second meeting of the pair in the same block.
      await ingestRecords(t.store, items([...Array.from({ length: 2100 }, (_, i) => report(i, '2024-07-02')), ...Array.from({ length: 30 }, (_, i) => report(3000 + i, '2024-07-20'))]), { batchSize: 1000 });
      await ingestRecords(t.store, items([report(5000, '2024-07-03'), report(5001, '2024-07-19')]));
      const grown = await snapshot(t.store);
      assert.deepEqual(grown.events.map((e) => (e as { event: { num_articles: number } }).event.num_articles), [2101, 31]);
      await rederiveAll(t.store);
      assert.deepEqual(await snapshot(t.store), grown);
    } finally {
      await t.dispose();
    }
  });

  it('takes in what another writer stored between its batches', async () => {
    const t = await sqliteStore();
    const other = await t.reopen();
    const alone = await sqliteStore();
    try {
      // Two meetings reported many times each; the other writer's reports change their votes, and
      // its month-dated ones join the two into one.
      const report = (id: string, date: string, mode: string): IngestItem => makeRecord({
        id, source: `outlet-${id.length % 7}`, text: `Article ${id} on the meeting, in words of its own.`,
        events: [meeting('e1', prabowo!, albanese!, date, PLACES.jakarta, { mode, date_precision: date.length === 10 ? 'day' : 'month' })],
      });
      const mine = Array.from({ length: 60 }, (_, i) => report(`mine-${String(i).padStart(3, '0')}`, i % 2 ? '2024-05-02' : '2024-05-10', 'in-person'));
      const theirs = Array.from({ length: 60 }, (_, i) => report(`theirs-${String(i).padStart(3, '0')}`, i % 15 === 14 ? '2024-05' : i % 2 ? '2024-05-02' : '2024-05-10', 'phone'));
      const list = [...mine, ...theirs];
      await ingestRecords(t.store, (async function* () {
        for (let i = 0; i < mine.length; i++) {
          if (i % 10 === 0) await ingestRecords(other, items(theirs.slice(i, i + 10)));
          yield mine[i]!;
        }
        await ingestRecords(other, items(theirs.slice(mine.length)));
      })(), { batchSize: 10 });
      await ingestRecords(alone.store, items(list));
      assert.deepEqual(await snapshot(t.store), await snapshot(alone.store));
    } finally {
      await other.close();
      await t.dispose();
      await alone.dispose();
    }
  });
});
