/**
 * Worker thread of `ingest` and `extract --jobs`: builds the default pipeline once, then runs each
 * task it is sent (a batch of articles, one stage at a time) and posts the answer back with the same
 * index: the store's rows of each article (or its RejectionRecord), an ArticleResult JSON line for
 * each, or the lines of each file it reads itself.
 * `timings` answers with its stage times and the time it spent reading files (`read`) and serialising
 * ArticleResults (`serialise`).
 */
import { parentPort } from 'node:worker_threads';
import { createDefaultPipeline } from '../pipeline.js';
import { extractFileLines, extractLineBatch, type LineClock } from './extract-line.js';
import { extractRecordBatch } from './extract-record.js';
import type { WorkerTask } from './extract-pool.js';
import { prepareArticle } from './prepared-article.js';

if (!parentPort) throw new Error('extract-worker must run as a worker thread');
const port = parentPort;
const pipeline = await createDefaultPipeline();
/** Time spent reading files sent as `file` tasks and serialising results, reported with the stage timings. */
const clock: LineClock = { read: 0, serialise: 0 };
const timed = pipeline.timings() !== null;

port.on('message', async (message: (WorkerTask | { task: 'timings' }) & { index: number }) => {
  try {
    if (message.task === 'timings') {
      const stages = pipeline.timings();
      return port.postMessage({ index: message.index, item: stages ? { ...stages, serialise: clock.serialise, read: clock.read } : null });
    }
    if (message.task === 'records') {
      const items = await extractRecordBatch(pipeline, message.inputs, message.hashes);
      return port.postMessage({ index: message.index, item: items.map((item) => (item.kind === 'article' ? prepareArticle(item) : item)) });
    }
    if (message.task === 'files') {
      const item = await extractFileLines(pipeline, message.paths, message.read, message.text, timed ? clock : undefined);
      return port.postMessage({ index: message.index, item });
    }
    port.postMessage({ index: message.index, item: await extractLineBatch(pipeline, message.inputs, message.text, timed ? clock : undefined) });
  } catch (error) {
    port.postMessage({ index: message.index, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
