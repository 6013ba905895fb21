import type { ArticleInput, Doc, Rejection } from '../core/doc.js';
import { isRejection, type Pipeline } from '../core/pipeline.js';
import { describeRejection, toArticleResult } from '../core/result.js';
import { resolveReadOptions, type ReadOptions } from '../readers/read-options.js';
import type { ExtractedLine } from './extract-pool.js';

/** Where the time spent reading files and serialising results is added up, when timings are asked for. */
export interface LineClock {
  read: number;
  serialise: number;
}

/**
 * Runs the pipeline on a batch of inputs (one stage at a time) and gives what `readout extract` prints
 * for each. The time spent serialising is added to `clock.serialise` when a clock is given.
 */
export async function extractLineBatch(pipeline: Pipeline, inputs: readonly ArticleInput[], text: boolean, clock?: LineClock): Promise<ExtractedLine[]> {
  const results = await pipeline.runBatch(inputs);
  const started = clock ? performance.now() : 0;
  const lines = results.map((result) => toExtractedLine(result, text));
  if (clock) clock.serialise += performance.now() - started;
  return lines;
}

/**
 * Reads files and runs the pipeline on the articles in them, in batches and in order: what
 * `readout extract` prints for each file. The time spent reading and serialising is added to
 * `clock` when a clock is given.
 */
export async function extractFileLines(pipeline: Pipeline, paths: readonly string[], read: Omit<ReadOptions, 'stdin'>, text: boolean, clock?: LineClock): Promise<ExtractedLine[][]> {
  // Loaded here: the HTML reader's modules cost a worker that is only sent articles 0.15 s of CPU.
  const { readFile } = await import('../readers/read-file.js');
  const options = resolveReadOptions(read);
  const lines: ExtractedLine[][] = paths.map(() => []);
  // The stream gives one result an item, in order, so the n-th result belongs to the n-th item's file.
  const owners: number[] = [];
  async function* items(): AsyncGenerator<ArticleInput | Rejection> {
    for (let file = 0; file < paths.length; file++) {
      for await (const item of readFile(paths[file]!, options)) {
        owners.push(file);
        yield item;
      }
    }
  }
  let next = 0;
  for await (const result of pipeline.stream(clock ? timeReading(items(), clock) : items())) {
    const started = clock ? performance.now() : 0;
    const line = toExtractedLine(result, text);
    if (clock) clock.serialise += performance.now() - started;
    lines[owners[next++]!]!.push(line);
  }
  return lines;
}

function toExtractedLine(result: Doc | Rejection, text: boolean): ExtractedLine {
  return isRejection(result) ? { kind: 'rejected', message: describeRejection(result) } : { kind: 'line', line: JSON.stringify(toArticleResult(result, { text })) };
}

/** Passes the reader's items through, adding the time spent waiting for each to `clock.read`. */
async function* timeReading<T>(source: AsyncIterable<T>, clock: { read: number }): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const started = performance.now();
    const next = await iterator.next();
    clock.read += performance.now() - started;
    if (next.done) return;
    yield next.value;
  }
}
