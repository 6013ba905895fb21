import type { ArticleInput } from '../core/doc.js';
import { isRejection, type Pipeline } from '../core/pipeline.js';
import { toArticleRecord, toRejectionRecord, type ArticleRecord, type RejectionRecord } from './article-record.js';

/** Runs the pipeline on one input and builds what the store keeps of it. */
export async function extractRecord(pipeline: Pipeline, input: ArticleInput, hash: string): Promise<ArticleRecord | RejectionRecord> {
  const result = await pipeline.run(input);
  return isRejection(result) ? toRejectionRecord(result) : toArticleRecord(result, hash);
}
