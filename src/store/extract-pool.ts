import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ArticleInput, Rejection } from '../core/doc.js';
import { inputLabel, isRejection, type Pipeline } from '../core/pipeline.js';
import { describeRejection } from '../core/result.js';
import { isDeferred, type DeferredFile } from '../readers/read-inputs.js';
import type { ReadOptions } from '../readers/read-options.js';
import { inputHash, toRejectionRecord, type RejectionRecord } from './article-record.js';
import { extractFileLines, extractLineBatch } from './extract-line.js';
import { extractRecordBatch } from './extract-record.js';
import type { IngestItem } from './ingest-records.js';
import { prepareArticle, type PreparedArticle } from './prepared-article.js';

/** Articles a worker is sent at once: run through the stages together, one stage at a time, as `stream` runs them. */
const BATCH = 16;
/** Times a task that waited behind a task that killed its worker is sent again before it is taken for the killer. */
const MAX_RETRIES = 2;

/** Options of `extractInOrder`. */
export interface ExtractOptions {
  /** Worker threads (default 1). `0` extracts on the calling thread with `pipeline`. */
  jobs?: number;
  /** Pipeline for `jobs: 0`. */
  pipeline?: Pipeline;
  /** Tells whether an input with this hash is already stored unchanged; such inputs skip extraction. */
  isKnown?: (hash: string) => Promise<boolean>;
  /**
   * Articles in flight at once (default 64 per job): bounds memory on any corpus size, and lets
   * the workers keep going while the calling thread writes a batch to the store.
   */
  window?: number;
  /** Articles sent to a worker at once (default 16). */
  batch?: number;
  /** Heap limit of each worker thread in MB (V8's old generation); unset: Node's default. */
  workerHeapMb?: number;
}

/**
 * Extracts articles on worker threads and yields what the store needs, in input order.
 * Inputs already stored (same input hash) are skipped without extraction, which makes a rerun
 * after a crash fast: it resumes at the first article not yet committed. Workers send the
 * store's rows ready made (`PreparedArticle`), so the calling thread only writes.
 */
export async function* extractInOrder(inputs: AsyncIterable<ArticleInput | Rejection>, options: ExtractOptions = {}): AsyncGenerator<IngestItem> {
  const jobs = options.jobs ?? 1;
  const pool = jobs === 0 ? inProcess(options.pipeline) : await startPool(jobs, options.workerHeapMb);
  const isKnown = options.isKnown;
  try {
    yield* inOrder(inputs, options.window ?? Math.max(1, jobs) * 64, options.batch ?? BATCH, async (chunk): Promise<IngestItem[]> => {
      const hashes = chunk.map((input) => (isRejection(input) ? '' : inputHash(input)));
      const known = isKnown ? await Promise.all(hashes.map((hash) => (hash === '' ? false : isKnown(hash)))) : [];
      const todo: ArticleInput[] = [];
      const todoHashes: string[] = [];
      chunk.forEach((input, i) => {
        if (isRejection(input) || known[i]) return;
        todo.push(input);
        todoHashes.push(hashes[i]!);
      });
      const done = todo.length > 0 ? ((await pool.run({ task: 'records', inputs: todo, hashes: todoHashes })) as Array<PreparedArticle | RejectionRecord>) : [];
      let next = 0;
      return chunk.map((input, i): IngestItem => {
        if (isRejection(input)) return toRejectionRecord(input);
        if (known[i]) return { kind: 'skipped', label: input.meta.recordId ?? input.meta.sourcePath ?? hashes[i]! };
        return done[next++]!;
      });
    });
  } finally {
    await pool.close();
  }
}

/** One output of `extractLines`: an ArticleResult JSON line, or what to say about a rejected input. */
export type ExtractedLine = { kind: 'line'; line: string } | { kind: 'rejected'; message: string };

/** Options of `extractLines`. */
export interface ExtractLinesOptions {
  /** Worker threads (at least 1). */
  jobs: number;
  /** Include the cleaned text in each result. */
  text?: boolean;
  /** Articles in flight at once (default 64 per job). */
  window?: number;
  /** Articles sent to a worker at once (default 16); the files a worker reads itself count one each. */
  batch?: number;
  /** How deferred files are read (`--published`, `--lang`, `--max-size`); not standard input. */
  read?: Omit<ReadOptions, 'stdin'>;
  /** Heap limit of each worker thread in MB; unset: Node's default. */
  workerHeapMb?: number;
}

/** What `extractLines` reports when it is done. */
export interface ExtractLinesReport {
  /** Milliseconds until every worker had built its pipeline. */
  setup: number;
  /**
   * Milliseconds spent in each stage, then serialising the ArticleResults (`serialise`), summed over
   * the workers, or null unless timings were asked for.
   */
  stages: Record<string, number> | null;
  /** Milliseconds the workers spent reading deferred files (0 unless timings were asked for). */
  read: number;
}

/**
 * `readout extract` on worker threads: each worker runs the pipeline and serialises the
 * ArticleResult; lines come back strictly in input order, byte for byte what one thread writes.
 * A deferred file (`readInputsDeferring`) is read by the worker too, which takes HTML parsing off
 * the calling thread. `report` is filled in once the generator is done.
 */
export async function* extractLines(
  inputs: AsyncIterable<ArticleInput | Rejection | DeferredFile>,
  options: ExtractLinesOptions,
  report?: ExtractLinesReport,
): AsyncGenerator<ExtractedLine> {
  const started = performance.now();
  const pool = await startPool(Math.max(1, options.jobs), options.workerHeapMb);
  if (report) report.setup = performance.now() - started;
  const text = options.text === true;
  const read = options.read ?? {};
  try {
    yield* inOrder(inputs, options.window ?? Math.max(1, options.jobs) * 64, options.batch ?? BATCH, async (chunk): Promise<ExtractedLine[]> => {
      const articles = chunk.filter((input): input is ArticleInput => !isDeferred(input) && !isRejection(input));
      const paths = chunk.filter(isDeferred).map((input) => input.deferred);
      const [lines, files] = await Promise.all([
        articles.length > 0 ? (pool.run({ task: 'lines', inputs: articles, text }) as Promise<ExtractedLine[]>) : [],
        paths.length > 0 ? (pool.run({ task: 'files', paths, read, text }) as Promise<ExtractedLine[][]>) : [],
      ]);
      let line = 0;
      let file = 0;
      return chunk.flatMap((input): ExtractedLine | ExtractedLine[] => {
        if (isDeferred(input)) return files[file++]!;
        if (isRejection(input)) return { kind: 'rejected', message: describeRejection(input) };
        return lines[line++]!;
      });
    });
    if (report) {
      const timings = await pool.timings();
      report.read = timings?.['read'] ?? 0;
      if (timings) delete timings['read'];
      report.stages = timings;
    }
  } finally {
    await pool.close();
  }
}

/**
 * Cuts the inputs into chunks of `batch`, runs `work` on up to `window` inputs' worth of chunks at
 * once, and yields the results in input order. `work` gives one result an input, in its order.
 */
async function* inOrder<I, O>(inputs: AsyncIterable<I>, window: number, batch: number, work: (chunk: I[]) => Promise<O[]>): AsyncGenerator<O> {
  const size = Math.max(1, batch);
  const inFlight = Math.max(1, Math.ceil(window / size));
  const queue: Array<Promise<O[]>> = [];
  // A rejected promise waiting in the queue would be reported as unhandled before its turn.
  const queued = (p: Promise<O[]>): Promise<O[]> => {
    p.catch(() => undefined);
    return p;
  };
  let chunk: I[] = [];
  for await (const input of inputs) {
    chunk.push(input);
    if (chunk.length < size) continue;
    queue.push(queued(work(chunk)));
    chunk = [];
    if (queue.length >= inFlight) yield* await queue.shift()!;
  }
  if (chunk.length > 0) queue.push(queued(work(chunk)));
  while (queue.length > 0) yield* await queue.shift()!;
}

/** What a worker is asked to do: a batch of inputs, or files it reads itself (answered with the lines of each file). */
export type WorkerTask = (
  | { task: 'records'; inputs: ArticleInput[]; hashes: string[] }
  | { task: 'lines'; inputs: ArticleInput[]; text: boolean }
  | { task: 'files'; paths: string[]; read: Omit<ReadOptions, 'stdin'>; text: boolean }
) & {
  /** Times the task was sent again after a worker died while it waited. */
  retries?: number;
};

interface Pool {
  run(task: WorkerTask): Promise<unknown>;
  /** Stage timings summed over the workers, with `serialise` and `read` for deferred files (null unless `READOUT_TIMINGS=1`). */
  timings(): Promise<Record<string, number> | null>;
  close(): Promise<void>;
}

function inProcess(pipeline: Pipeline | undefined): Pool {
  if (!pipeline) throw new TypeError('extractInOrder: jobs 0 needs a pipeline');
  return {
    run: async (t) => {
      if (t.task === 'records') return (await extractRecordBatch(pipeline, t.inputs, t.hashes)).map((item) => (item.kind === 'article' ? prepareArticle(item) : item));
      if (t.task === 'files') return extractFileLines(pipeline, t.paths, t.read, t.text);
      return extractLineBatch(pipeline, t.inputs, t.text);
    },
    timings: async () => pipeline.timings(),
    close: async () => undefined,
  };
}

/**
 * Starts `jobs` workers; each task goes to the worker with the fewest in flight. A worker that dies (out of
 * memory under `heapMb`, or a fatal error of the runtime) is replaced, and what it was running is run again
 * one input at a time, so only the input that kills a worker is lost: it comes back rejected with
 * `extraction-crashed`, and every other article of its batch is extracted.
 */
async function startPool(jobs: number, heapMb?: number): Promise<Pool> {
  limitInlining();
  const here = import.meta.url;
  const file = new URL(here.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', here);
  const workers: PoolWorker[] = [];
  const starting = new Set<Promise<void>>();
  let next = 0;
  let closing = false;
  const start = (): Promise<void> => {
    const p = startWorker(file, heapMb, died).then((w) => {
      if (closing) void w.worker.terminate();
      else workers.push(w);
    });
    const tracked = p.finally(() => starting.delete(tracked));
    starting.add(tracked);
    return tracked;
  };
  const live = async (): Promise<PoolWorker> => {
    while (workers.length === 0) {
      if (starting.size === 0) await start();
      else await Promise.race(starting);
    }
    return workers.reduce((best, x) => (x.pending.size < best.pending.size ? x : best), workers[0]!);
  };
  const ask = (w: PoolWorker, message: WorkerTask | { task: 'timings' }): Promise<unknown> => {
    const index = next++;
    return new Promise((resolve, reject) => {
      w.pending.set(index, { message, resolve, reject });
      w.worker.postMessage({ index, ...message });
    });
  };
  const send = async (message: WorkerTask): Promise<unknown> => ask(await live(), message);
  function died(w: PoolWorker, reason: string): void {
    const at = workers.indexOf(w);
    if (at >= 0) workers.splice(at, 1);
    if (closing) return;
    void start().catch(() => undefined);
    // a worker runs its tasks in the order sent: the oldest was running, the others only waited behind it
    let running = true;
    for (const p of w.pending.values()) {
      const { message } = p;
      if (message.task === 'timings') p.resolve(null);
      else if (running || (message.retries ?? 0) >= MAX_RETRIES) rerun(message, reason, send).then(p.resolve, p.reject);
      else send({ ...message, retries: (message.retries ?? 0) + 1 }).then(p.resolve, p.reject);
      running = false;
    }
    w.pending.clear();
  }
  await Promise.all(Array.from({ length: jobs }, () => start()));
  return {
    run: send,
    timings: async () => {
      const all = (await Promise.all(workers.map((w) => ask(w, { task: 'timings' })))) as Array<Record<string, number> | null>;
      if (all.every((t) => t === null)) return null;
      const sum: Record<string, number> = {};
      for (const t of all) for (const [stage, ms] of Object.entries(t ?? {})) sum[stage] = (sum[stage] ?? 0) + ms;
      return sum;
    },
    close: async () => {
      closing = true;
      await Promise.allSettled(starting);
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/**
 * What a dead worker was running, run again input by input and put back together in order; a task of one
 * input that was running when its worker died is that input's rejection.
 */
async function rerun(task: WorkerTask, reason: string, send: (task: WorkerTask) => Promise<unknown>): Promise<unknown> {
  if (task.task === 'files') {
    if (task.paths.length === 1) return [[{ kind: 'rejected', message: crashMessage(task.paths[0]!, reason) } satisfies ExtractedLine]];
    const parts = await Promise.all(task.paths.map((path) => send({ ...task, paths: [path] }) as Promise<ExtractedLine[][]>));
    return parts.flat();
  }
  if (task.inputs.length === 1) {
    const input = task.inputs[0]!;
    if (task.task === 'lines') return [{ kind: 'rejected', message: crashMessage(inputLabel(input.meta), reason) } satisfies ExtractedLine];
    return [{ kind: 'rejection', label: inputLabel(input.meta), sourcePath: input.meta.sourcePath, recordId: input.meta.recordId ?? null, code: 'extraction-crashed', reason: crashReason(reason) } satisfies RejectionRecord];
  }
  const parts = await Promise.all(task.inputs.map((input, i) => send(task.task === 'records' ? { ...task, inputs: [input], hashes: [task.hashes[i]!] } : { ...task, inputs: [input] }) as Promise<unknown[]>));
  return parts.flat();
}

function crashReason(reason: string): string {
  return `Extracting the article crashed its worker thread: ${reason}`;
}

/** The line `extract` prints for a rejected input, as `describeRejection` words it. */
function crashMessage(label: string, reason: string): string {
  return `${label}: ${crashReason(reason)} [extraction-crashed]`;
}

/**
 * Bytecode V8's optimising compiler may inline into one function, in all (its default is 920). Each worker
 * compiles the stages' hot functions for itself while it warms up, and at the default that compiling took
 * some 2 s of CPU on V8's helper threads, a fifth of `extract` on 5,000 articles; at 300 it takes about half
 * that, and the code it makes runs no measurably slower: `extract` used 6 % less CPU on 5,000 articles and
 * 3 % less on 15,000 (the saving is the warm-up's), output byte for byte the same.
 */
const INLINED_BYTECODE = 300;

/**
 * Sets `INLINED_BYTECODE` before the first worker starts: V8's flags belong to the process, so this is done
 * once, and a value given on the command line is left as it is.
 */
function limitInlining(): void {
  if (inliningLimited) return;
  inliningLimited = true;
  if (process.execArgv.some((a) => a.startsWith('--max-inlined-bytecode-size-cumulative'))) return;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}

let inliningLimited = false;

/**
 * Young generation of each worker: the pipeline allocates short-lived objects per article (tokens, drafts,
 * candidates), which a young space of this size collects cheaply. It stays committed once grown: at 96 MB it
 * held 64 MB of each worker's memory over 100,000 articles, 32 MB more than at 48 for no CPU measurably
 * saved, once `readout ingest` bounds how far the old space grows.
 */
const YOUNG_GENERATION_MB = 48;

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { message: WorkerTask | { task: 'timings' }; resolve: (r: unknown) => void; reject: (e: Error) => void }>;
}

function startWorker(file: URL, heapMb: number | undefined, died: (w: PoolWorker, reason: string) => void): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    const execArgv = workerExecArgv(process.execArgv);
    // a heap capped by the caller keeps V8's own young generation, sized from it
    const resourceLimits = heapMb === undefined ? { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } : { maxOldGenerationSizeMb: heapMb };
    const worker = file.pathname.endsWith('.ts') ? sourceWorker(file, resourceLimits) : new Worker(file, { execArgv, resourceLimits });
    const self: PoolWorker = { worker, pending: new Map() };
    let ready = false;
    let gone = false;
    const lost = (reason: string): void => {
      if (gone) return;
      gone = true;
      if (ready) died(self, reason);
    };
    worker.on('message', (m: { ready?: true; index?: number; item?: unknown; error?: string }) => {
      if (m.ready) {
        ready = true;
        return resolve(self);
      }
      const p = self.pending.get(m.index!);
      if (!p) return;
      self.pending.delete(m.index!);
      if (m.error !== undefined) p.reject(new Error(`Extraction failed: ${m.error}`));
      else p.resolve(m.item);
    });
    worker.on('error', (error) => {
      if (!ready) return reject(error);
      lost(error.message);
    });
    worker.on('exit', (code) => {
      if (!ready) return reject(new Error(`The extraction worker exited with code ${code} before it was ready`));
      lost(`the worker exited with code ${code}`);
    });
  });
}

/**
 * The options of this process a worker thread takes: how modules load and warn. A worker refuses V8 and
 * process-wide options (`node --max-old-space-size=4096 readout ingest …` failed to start any), which apply to
 * the whole process anyway; `--input-type` (from `node -e`) would make the worker's own module fail to load.
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const valued = VALUED_WORKER_OPTIONS.has(name);
    if (!valued && !WORKER_OPTIONS.has(name)) continue;
    out.push(arg);
    if (valued && eq < 0 && i + 1 < argv.length) out.push(argv[++i]!);
  }
  return out;
}

/** Options that take a value, as the next argument or after "=". */
const VALUED_WORKER_OPTIONS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader', '--conditions', '-C']);
const WORKER_OPTIONS = new Set(['--enable-source-maps', '--no-warnings', '--no-deprecation', '--trace-warnings', '--trace-uncaught', '--experimental-vm-modules']);

/**
 * Running from TypeScript sources (tests, `tsx`): Node 20 does not pass `--import tsx` on to
 * worker threads, so the worker registers tsx itself before loading the module.
 */
function sourceWorker(file: URL, resourceLimits: ResourceLimits): Worker {
  const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}
