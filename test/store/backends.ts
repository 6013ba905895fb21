import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/open-store.js';

/** The PostgreSQL server the tests use (trust auth, database `test`). */
export const PG_URL = process.env.READOUT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;

/** True when the test PostgreSQL answers; throws when it does not and `CI` is set (never skip in CI). */
export async function postgresAvailable(): Promise<boolean> {
  pgReachable ??= (async () => {
    // A server that is down refuses at once; the long wait is for one that is up but slow to answer on a
    // loaded machine, which must not turn into a failed run.
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 15_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (error) {
      if (process.env.CI) throw new Error(`PostgreSQL at ${PG_URL} is unreachable and CI is set: ${(error as Error).message}`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgReachable;
}

/** A fresh store on one backend, and how to throw it away. */
export interface TestStore {
  store: Store;
  /** Opens another handle on the same store (a second process would). */
  reopen(): Promise<Store>;
  target: string;
  schema?: string;
  dispose(): Promise<void>;
}

let counter = 0;

/** Opens an empty SQLite store in a temporary folder. */
export async function sqliteStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
  const target = join(dir, 'test.db');
  const store = await openStore(target);
  return { store, target, reopen: () => openStore(target), dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens an empty PostgreSQL store in a schema unique to this run, dropped on dispose. */
export async function postgresStore(): Promise<TestStore> {
  const schema = `readout_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const store = await openStore(PG_URL, { schema });
  return {
    store, target: PG_URL, schema,
    reopen: () => openStore(PG_URL, { schema }),
    dispose: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}

/** The backends to run a suite on: SQLite always, PostgreSQL when reachable (or always under CI). */
export const BACKENDS: Array<{ name: string; open: () => Promise<TestStore>; skip: () => Promise<string | false> }> = [
  { name: 'sqlite', open: sqliteStore, skip: async () => false },
  {
    name: 'postgres', open: postgresStore,
    skip: async () => ((await postgresAvailable()) ? false : `PostgreSQL at ${PG_URL} is unreachable (set CI=true to make this fail)`),
  },
];
