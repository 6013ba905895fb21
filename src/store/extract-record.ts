import type { ArticleInput } from '../core/doc.js';
import { isRejection, type Pipeline } from '../core/pipeline.js';
import { toArticleRecord, toRejectionRecord, type ArticleRecord, type RejectionRecord } from './article-record.js';

/** Runs the pipeline on a batch of inputs (one stage at a time) and builds what the store keeps of each; `hashes[i]` is input i's hash. */
export async function extractRecordBatch(pipeline: Pipeline, inputs: readonly ArticleInput[], hashes: readonly string[]): Promise<Array<ArticleRecord | RejectionRecord>> {
  return (await pipeline.runBatch(inputs)).map((result, i) => (isRejection(result) ? toRejectionRecord(result) : toArticleRecord(result, hashes[i]!)));
}
