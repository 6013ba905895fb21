/**
 * Worker thread of `ingest` and `extract --jobs`: builds the default pipeline once, then runs each
 * task it is sent and posts the answer back with the same index: the store's rows of an article
 * (or its RejectionRecord), or an ArticleResult JSON line. `timings` answers with its stage times.
 */
import { parentPort } from 'node:worker_threads';
import { isRejection } from '../core/pipeline.js';
import { describeRejection, toArticleResult } from '../core/result.js';
import { createDefaultPipeline } from '../pipeline.js';
import { extractRecord } from './extract-record.js';
import type { WorkerTask } from './extract-pool.js';
import { prepareArticle } from './prepared-article.js';

if (!parentPort) throw new Error('extract-worker must run as a worker thread');
const port = parentPort;
const pipeline = await createDefaultPipeline();

port.on('message', async (message: (WorkerTask | { task: 'timings' }) & { index: number }) => {
  try {
    if (message.task === 'timings') return port.postMessage({ index: message.index, item: pipeline.timings() });
    if (message.task === 'record') {
      const item = await extractRecord(pipeline, message.input, message.hash);
      return port.postMessage({ index: message.index, item: item.kind === 'article' ? prepareArticle(item) : item });
    }
    const result = await pipeline.run(message.input);
    const item = isRejection(result)
      ? { kind: 'rejected', message: describeRejection(result) }
      : { kind: 'line', line: JSON.stringify(toArticleResult(result, { text: message.text })) };
    port.postMessage({ index: message.index, item });
  } catch (error) {
    port.postMessage({ index: message.index, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
