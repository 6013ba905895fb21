import type { Kysely } from 'kysely';
import type { ArticleRecord, RejectionRecord } from './article-record.js';
import { PendingBands } from './pending-bands.js';
import { runStatement } from './run-statement.js';
import type { StoreSchema } from './schema.js';
import type { PreparedArticle } from './prepared-article.js';
import type { Store } from './open-store.js';
import { EventCache } from './event-cache.js';
import { SignatureCache } from './signature-cache.js';
import { bandsToSettle, countBands, settleBands } from './settle-bands.js';
import { updateEvents, type AddedEvent, type EventWindow } from './update-events.js';
import { writeArticleRows, writeRejection } from './write-article.js';

/** An input already stored unchanged (recognised by its input hash before extraction). */
export interface SkippedRecord {
  kind: 'skipped';
  label: string;
}

/** What flows from extraction into the store, in input order. */
export type IngestItem = ArticleRecord | PreparedArticle | RejectionRecord | SkippedRecord;

/** Counts of one ingest. */
export interface IngestCounts {
  stored: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Options of `ingestRecords`. */
export interface IngestRecordsOptions {
  /** Id of the `ingest_runs` row, recorded on each article. */
  runId?: number | null;
  /**
   * Most items per transaction (default 256). Each commit holds only whole articles; merged events
   * are updated once per batch, so larger batches cost less per article.
   */
  batchSize?: number;
  /** Longest an item waits for its batch to fill (ms, default 250) when extraction is slow, so progress shows and a crash loses little. */
  maxBatchMs?: number;
  /** Fewest recent LSH band rows moved to the settled ones at once (default 32,768; see `settleBands`). */
  settleBandsAt?: number;
  /** Called after each commit with the running counts and the last label. */
  onProgress?: (counts: IngestCounts, done: number) => void;
  /** Called for each rejected input, in order. */
  onRejected?: (record: RejectionRecord) => void;
}

/**
 * Writes a stream of extracted articles and rejections into the store. Articles are committed
 * in batches of whole articles, each with the merged events it changes, so a crash at any moment
 * leaves only complete articles and their derived events; rerunning picks up where it stopped.
 */
export async function ingestRecords(store: Store, items: AsyncIterable<IngestItem>, options: IngestRecordsOptions = {}): Promise<IngestCounts> {
  const counts: IngestCounts = { stored: 0, updated: 0, unchanged: 0, rejected: 0 };
  const batchSize = options.batchSize ?? 256;
  const runId = options.runId ?? null;
  const maxBatchMs = options.maxBatchMs ?? 250;
  let batch: IngestItem[] = [];
  let done = 0;
  // When the batch's first item came: a batch waits at most `maxBatchMs` for more. Timed from the
  // first item, not the last commit, so after a long commit the items that piled up meanwhile go
  // into one batch instead of a commit each.
  let firstAt = 0;
  // Much-reported events stay in memory from one batch to the next (a failed batch ends the call, and the cache with it).
  const cache = new EventCache();
  const signatures = new SignatureCache();
  const bands = await countBands(store);
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    const outcomes = await store.db.transaction().execute(async (trx) => {
      const out: string[] = [];
      const windows: EventWindow[] = [];
      const added = new Map<string, AddedEvent[]>();
      // Another writer may have replaced articles since our last batch: their kept signatures would be stale.
      if ((await writeCount(trx)) !== cache.written) signatures.clear();
      const pending = new PendingBands();
      await pending.readStored(trx, current.flatMap((item) => (item.kind === 'article' || item.kind === 'prepared' ? item.bands : [])));
      for (const item of current) {
        if (item.kind === 'article' || item.kind === 'prepared') {
          const written = await writeArticleRows(trx, item, { runId, pending, signatures });
          out.push(written.outcome);
          windows.push(...written.windows);
          // An article of this batch deleted again (edited, or replaced) leaves only the days its events had.
          for (const id of written.removed) {
            for (const a of added.get(id) ?? []) windows.push({ block: a.block, start: a.start, end: a.end });
            added.delete(id);
          }
          if (written.added.length > 0) added.set(written.added[0]!.articleId, written.added);
        } else if (item.kind === 'rejection') {
          await writeRejection(trx, item, runId);
          out.push('rejected');
        } else out.push('unchanged');
      }
      await pending.write(trx);
      // Once for the whole batch, inside its transaction: a commit never shows articles without their events.
      await updateEvents(trx, { windows, added: [...added.values()].flat() }, cache);
      return out;
    });
    // Counted only after the commit, so reported numbers never include rolled-back work.
    for (const o of outcomes) counts[o as keyof IngestCounts]++;
    current.forEach((item, i) => {
      if ((item.kind === 'article' || item.kind === 'prepared') && outcomes[i] !== 'unchanged') bands.recent += item.bands.length;
    });
    if (bandsToSettle(bands, options.settleBandsAt ?? 32_768)) {
      await settleBands(store);
      [bands.settled, bands.recent] = [bands.settled + bands.recent, 0];
    }
    for (const item of current) if (item.kind === 'rejection') options.onRejected?.(item);
    done += current.length;
    options.onProgress?.(counts, done);
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length === 1) firstAt = Date.now();
    if (batch.length >= batchSize || Date.now() - firstAt >= maxBatchMs) await flush();
  }
  await flush();
  return counts;
}

/** The `event_writes` count: every writer of articles moves it (see `updateEvents`). */
async function writeCount(trx: Kysely<StoreSchema>): Promise<number> {
  const [row] = await runStatement<{ count: number | string }>(trx, 'select "count" from "event_writes" where "id" = 1', []);
  return Number(row!.count);
}
