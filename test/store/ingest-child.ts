/**
 * Child process of the crash test: ingests the first N synthetic articles into a SQLite store,
 * one article per transaction, slowly enough that the parent can kill it mid-run.
 * Usage: node --import tsx test/store/ingest-child.ts DB N
 */
import { ingestRecords } from '../../src/store/ingest-records.js';
import { openStore } from '../../src/store/open-store.js';
import { syntheticRecord } from './synthetic.js';

const [db, n] = process.argv.slice(2);
const store = await openStore(db!);
const count = Number(n);
await ingestRecords(store, (async function* () {
  for (let i = 0; i < count; i++) yield syntheticRecord(i);
})(), { batchSize: 3 });
await store.close();
