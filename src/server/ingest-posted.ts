import type { ArticleInput, Rejection } from '../core/doc.js';
import type { Pipeline } from '../core/pipeline.js';
import { recordToInput } from '../readers/record-to-input.js';
import { resolveReadOptions } from '../readers/read-options.js';
import { extractInOrder } from '../store/extract-pool.js';
import { knownInputs } from '../store/ingest-run.js';
import { ingestRecords, type IngestCounts } from '../store/ingest-records.js';
import type { Store } from '../store/open-store.js';

/** What a POST of articles answers: counts, and each rejected record with its reason. */
export interface PostedIngestResult extends IngestCounts {
  rejections: Array<{ label: string; code: string; reason: string }>;
}

/**
 * Stores records posted to the API exactly as `readout ingest` stores files: the same reader rules,
 * the same idempotent, per-batch transactional writes. Records are labelled `request[i]`.
 */
export async function ingestPosted(store: Store, pipeline: Pipeline, records: readonly unknown[]): Promise<PostedIngestResult> {
  const options = resolveReadOptions();
  async function* inputs(): AsyncGenerator<ArticleInput | Rejection> {
    for (const [i, record] of records.entries()) yield recordToInput(record, { sourcePath: 'request', format: 'json', line: i }, options);
  }
  const rejections: PostedIngestResult['rejections'] = [];
  const counts = await ingestRecords(store, extractInOrder(inputs(), { jobs: 0, pipeline, isKnown: knownInputs(store) }), {
    onRejected: (r) => rejections.push({ label: r.label, code: r.code, reason: r.reason }),
  });
  return { ...counts, rejections };
}
