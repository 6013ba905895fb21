/**
 * Worker thread of `ingest`: builds the default pipeline once, then turns each ArticleInput it is
 * sent into an ArticleRecord (or a RejectionRecord) and posts it back with the same index.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../core/doc.js';
import { extractRecord } from './extract-record.js';
import { createDefaultPipeline } from '../pipeline.js';

if (!parentPort) throw new Error('extract-worker must run as a worker thread');
const port = parentPort;
const pipeline = createDefaultPipeline();

port.on('message', async (message: { index: number; input: ArticleInput; hash: string }) => {
  try {
    const item = await extractRecord(await pipeline, message.input, message.hash);
    port.postMessage({ index: message.index, item });
  } catch (error) {
    port.postMessage({ index: message.index, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
