import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { isRejection } from '../../core/pipeline.js';
import { describeRejection, toArticleResult } from '../../core/result.js';
import { readInputs, readInputsDeferring, type ReadOptions } from '../../readers/read-inputs.js';
import { ACCEPTED_EXTENSIONS } from '../../readers/walk-path.js';
import { extractLines, type ExtractLinesReport } from '../../store/extract-pool.js';
import { exitStatus } from '../exit-status.js';
import { parseDateOption, parseLangOption, parsePositiveInt, parseSizeOption } from '../options.js';
import { bufferLine, flushLines } from '../output.js';

/** Options of `readout extract`. */
interface ExtractOptions {
  published?: string;
  lang?: string;
  text?: boolean;
  maxSize?: number;
  jobs?: number;
}

/**
 * Input that earns back one worker thread. Each worker builds its own pipeline and warms up its own
 * compiled code, about 3 s of CPU on two cores, against about 2 ms an article once warm (4 MB is
 * some 1,100 JSON Lines articles of 3.7 kB). Measured on 2 cores: 2,000 articles (7 MB) ran no faster
 * with 2 workers than on the main thread, 8,000 (30 MB) ran in two thirds of the time.
 */
export const BYTES_PER_JOB = 4 * 1024 * 1024;

/**
 * Input that earns back running the pipeline on one worker thread rather than on the main thread.
 * The worker's young generation collects the per-article objects cheaply (see the pool), and the
 * main thread only reads and writes, in parallel with the stages. Starting a worker costs some
 * 0.1 s of CPU; on 1,000 articles (3.7 MB) the busiest thread ran 1.8 s instead of 1.95, so it
 * pays from a few hundred articles on.
 */
export const BYTES_FOR_A_WORKER = 1024 * 1024;

/**
 * Adds `readout extract PATH... [--published YYYY-MM-DD] [--lang xx] [--text] [--max-size MB] [--jobs N]`:
 * one ArticleResult JSON line per article on stdout, in input order; each rejected input named on stderr
 * (`readout: <path[:line]|id>: <reason>`); exit 1 when any input was rejected. The pipeline runs on
 * `--jobs N` worker threads while the main thread reads and writes, or for a small input on the main
 * thread (see `jobsFor`); the output is byte for byte the same either way. With
 * `READOUT_TIMINGS=1`, the time spent in setup, reading, each stage and serialising (summed over the
 * workers) and writing is printed to stderr at the end.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Run the pipeline on articles and print one ArticleResult JSON object a line')
    .argument('<paths...>', 'files, folders or - for standard input')
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)', parseDateOption)
    .option('--lang <code>', 'language for inputs that carry none (ISO 639-1)', parseLangOption)
    .option('--text', 'include the cleaned text')
    .option('--max-size <MB>', 'largest article accepted, in megabytes (default 32)', parseSizeOption)
    .option('--jobs <n>', 'pipeline worker threads (default: one per 4 MB of input, at most one a core; none for standard input or under 1 MB)', parsePositiveInt)
    .action(async (paths: string[], options: ExtractOptions) => {
      const readOptions: ReadOptions = {};
      if (options.published) readOptions.published = options.published;
      if (options.lang) readOptions.lang = options.lang;
      if (options.maxSize) readOptions.maxBytes = options.maxSize * 1024 * 1024;
      const jobs = options.jobs ?? defaultJobs(paths);
      if (jobs > 1 || (jobs === 1 && !profiling())) await extractOnWorkers(paths, readOptions, jobs, options.text === true);
      else await extractHere(paths, readOptions, options.text === true);
    });
}

/**
 * Workers pay off from a few thousand articles on (see `BYTES_PER_JOB`), and one worker from a few
 * hundred (see `BYTES_FOR_A_WORKER`); a smaller input, or standard input alone (most often one article
 * piped in), runs on the main thread. A run under `--cpu-prof` stays on the main thread too (see
 * `profiling`).
 */
function defaultJobs(paths: readonly string[]): number {
  if (profiling()) return 0;
  const cores = availableParallelism();
  return jobsFor(inputBytes(paths, cores * BYTES_PER_JOB), cores);
}

/**
 * Runs under `--cpu-prof`: one job then runs on the main thread, whose profile is the one written
 * (worker threads do not take the option), so that it holds the stages.
 */
function profiling(): boolean {
  return process.execArgv.some((a) => a.startsWith('--cpu-prof'));
}

/**
 * Worker threads for this many input bytes: none under `BYTES_FOR_A_WORKER`, else one per
 * `BYTES_PER_JOB`, at least 1, at most one a core.
 */
export function jobsFor(bytes: number, cores: number): number {
  if (bytes < BYTES_FOR_A_WORKER) return 0;
  return Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_JOB)));
}

/**
 * Bytes in the files named and in the files `readInputs` would read under the folders named
 * (standard input and unreadable paths count nothing: the reader reports those). Links to folders
 * are not followed, so a loop cannot trap the count; it stops at `enough`, so a huge tree is not
 * walked for it.
 */
export function inputBytes(paths: readonly string[], enough: number): number {
  let total = 0;
  const visitFolder = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (total >= enough) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visitFolder(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && ACCEPTED_EXTENSIONS.has(extname(path).toLowerCase())) total += sizeOf(path);
    }
  };
  for (const path of paths) {
    if (path === '-' || total >= enough) continue;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) visitFolder(path);
      else total += stat.size;
    } catch {
      // counted as nothing
    }
  }
  return total;
}

function sizeOf(path: string): number {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

async function extractHere(paths: string[], readOptions: ReadOptions, text: boolean): Promise<void> {
  const timed = process.env['READOUT_TIMINGS'] === '1';
  const started = performance.now();
  // Loaded here: with workers, the main thread never needs the stages' modules.
  const { createDefaultPipeline } = await import('../../pipeline.js');
  const pipeline = await createDefaultPipeline();
  const setup = performance.now() - started;
  const clock = { read: 0 };
  const inputs = readInputs(paths, readOptions);
  let serialise = 0;
  let write = 0;
  let rejected = 0;
  try {
    for await (const result of pipeline.stream(timed ? timeReading(inputs, clock) : inputs)) {
      if (isRejection(result)) {
        rejected++;
        process.stderr.write(`readout: ${describeRejection(result)}\n`);
        continue;
      }
      const t = timed ? performance.now() : 0;
      const line = JSON.stringify(toArticleResult(result, { text }));
      const serialised = timed ? performance.now() : 0;
      await bufferLine(line);
      if (timed) {
        serialise += serialised - t;
        write += performance.now() - serialised;
      }
    }
  } finally {
    const t = timed ? performance.now() : 0;
    await flushLines();
    if (timed) write += performance.now() - t;
  }
  exitStatus.value = rejected > 0 ? 1 : 0;
  if (timed) printTimings({ setup, read: clock.read, stages: { ...pipeline.timings(), serialise }, write, total: performance.now() - started });
}

/**
 * Files read whole (pages, text, JSON) can be read by the worker that extracts them. Parsing an HTML
 * page costs about as much as the pipeline, so from three cores on the main thread reading pages
 * is the bottleneck. On two cores the cores are the limit, and each worker compiling the HTML
 * reader for itself cost more than it saved (600 pages of 16 kB: 1.3 s more CPU), so there the
 * main thread reads. JSON Lines, and files whose format must be sniffed, are always read here and
 * split by article.
 */
function readOnWorker(path: string): boolean {
  return WHOLE_FILE_EXTENSIONS.has(extname(path).toLowerCase());
}

const WHOLE_FILE_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.json']);

async function extractOnWorkers(paths: string[], readOptions: ReadOptions, jobs: number, text: boolean): Promise<void> {
  const timed = process.env['READOUT_TIMINGS'] === '1';
  const started = performance.now();
  const clock = { read: 0 };
  const inputs = Math.min(jobs, availableParallelism()) > 2 ? readInputsDeferring(paths, readOptions, readOnWorker) : readInputs(paths, readOptions);
  const report: ExtractLinesReport = { setup: 0, stages: null, read: 0 };
  let write = 0;
  let rejected = 0;
  try {
    for await (const out of extractLines(timed ? timeReading(inputs, clock) : inputs, { jobs, text, read: readOptions }, report)) {
      if (out.kind === 'rejected') {
        rejected++;
        process.stderr.write(`readout: ${out.message}\n`);
        continue;
      }
      const t = timed ? performance.now() : 0;
      await bufferLine(out.line);
      if (timed) write += performance.now() - t;
    }
  } finally {
    const t = timed ? performance.now() : 0;
    await flushLines();
    if (timed) write += performance.now() - t;
  }
  exitStatus.value = rejected > 0 ? 1 : 0;
  // Reading waits while the workers are busy too, so with workers `read` includes back-pressure.
  if (timed) printTimings({ setup: report.setup, read: clock.read + report.read, stages: report.stages ?? {}, write, total: performance.now() - started });
}

/**
 * `readout: timings (ms): {...}`: setup, reading, each stage, serialising the ArticleResults
 * (`serialise`, done by the workers when there are workers), writing the lines, and `other`, what
 * the parts leave of the total: the runner, and garbage collection outside them; with workers the
 * stages are summed over them, so it is negative when they ran in parallel.
 */
function printTimings(t: { setup: number; read: number; stages: Record<string, number>; write: number; total: number }): void {
  const parts = t.setup + t.read + Object.values(t.stages).reduce((a, b) => a + b, 0) + t.write;
  const report = { setup: t.setup, read: t.read, ...t.stages, write: t.write, other: t.total - parts, total: t.total };
  const rounded = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  process.stderr.write(`readout: timings (ms): ${JSON.stringify(rounded)}\n`);
}

/**
 * Passes the reader's items through, adding the time spent waiting for each to `clock.read`. Exact
 * while stages are synchronous (no stage work runs during the wait); async stages would blur it.
 */
async function* timeReading<T>(source: AsyncIterable<T>, clock: { read: number }): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const t = performance.now();
    const next = await iterator.next();
    clock.read += performance.now() - t;
    if (next.done) return;
    yield next.value;
  }
}
