import type { Store } from './open-store.js';
import type { IngestCounts } from './ingest-records.js';

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
  return async (hash) => (await store.db.selectFrom('articles').select('id').where('input_hash', '=', hash).limit(1).executeTakeFirst()) !== undefined;
}
