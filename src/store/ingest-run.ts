import type { Store } from './open-store.js';
import type { IngestCounts } from './ingest-records.js';
import { runStatement } from './run-statement.js';

/**
 * Opens an `ingest_runs` row. Runs still marked `running` were cut off (a crash or kill):
 * they are marked `interrupted`, since their committed articles stay and a rerun resumes them.
 */
export async function startIngestRun(store: Store, paths: readonly string[]): Promise<number> {
  await store.db.updateTable('ingest_runs').set({ status: 'interrupted' }).where('status', '=', 'running').execute();
  const row = await store.db.insertInto('ingest_runs').values({
    started_at: new Date().toISOString(), finished_at: null, status: 'running', paths: JSON.stringify(paths),
    stored: 0, unchanged: 0, rejected: 0,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Closes an `ingest_runs` row with its counts. */
export async function finishIngestRun(store: Store, id: number, counts: IngestCounts): Promise<void> {
  await store.db.updateTable('ingest_runs').set({
    finished_at: new Date().toISOString(), status: 'done',
    stored: counts.stored + counts.updated, unchanged: counts.unchanged, rejected: counts.rejected,
  }).where('id', '=', id).execute();
}

/** True when an input with this hash is already stored. */
export function knownInputs(store: Store): (hash: string) => Promise<boolean> {
  // Written out: it runs for every input (see `runStatement`).
  return async (hash) => (await runStatement(store.db, 'select 1 from "articles" where "input_hash" = ? limit 1', [hash])).length > 0;
}
