import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Rejection } from '../core/doc.js';
import { isRejection, type Pipeline } from '../core/pipeline.js';
import { inputHash, toRejectionRecord, type ArticleRecord, type RejectionRecord } from './article-record.js';
import { extractRecord } from './extract-record.js';
import type { IngestItem } from './ingest-records.js';

/** Options of `extractInOrder`. */
export interface ExtractOptions {
  /** Worker threads (default 1). `0` extracts on the calling thread with `pipeline`. */
  jobs?: number;
  /** Pipeline for `jobs: 0`. */
  pipeline?: Pipeline;
  /** Tells whether an input with this hash is already stored unchanged; such inputs skip extraction. */
  isKnown?: (hash: string) => Promise<boolean>;
  /** Articles in flight at once (default 16 per job): bounds memory on any corpus size. */
  window?: number;
}

type Result = ArticleRecord | RejectionRecord;

/**
 * Extracts articles on worker threads and yields what the store needs, in input order.
 * Inputs already stored (same input hash) are skipped without extraction, which makes a rerun
 * after a crash fast: it resumes at the first article not yet committed.
 */
export async function* extractInOrder(inputs: AsyncIterable<ArticleInput | Rejection>, options: ExtractOptions = {}): AsyncGenerator<IngestItem> {
  const jobs = options.jobs ?? 1;
  const extract = jobs === 0 ? inProcess(options.pipeline) : await workerPool(jobs);
  const window = options.window ?? Math.max(1, jobs) * 16;
  const queue: Array<Promise<IngestItem>> = [];
  try {
    for await (const input of inputs) {
      queue.push(dispatch(input, extract, options.isKnown));
      if (queue.length >= window) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await extract.close();
  }
}

interface Extractor {
  run(input: ArticleInput, hash: string): Promise<Result>;
  close(): Promise<void>;
}

async function dispatch(input: ArticleInput | Rejection, extract: Extractor, isKnown: ExtractOptions['isKnown']): Promise<IngestItem> {
  if (isRejection(input)) return toRejectionRecord(input);
  const hash = inputHash(input);
  if (isKnown && (await isKnown(hash))) return { kind: 'skipped', label: input.meta.recordId ?? input.meta.sourcePath ?? hash };
  return extract.run(input, hash);
}

function inProcess(pipeline: Pipeline | undefined): Extractor {
  if (!pipeline) throw new TypeError('extractInOrder: jobs 0 needs a pipeline');
  return { run: (input, hash) => extractRecord(pipeline, input, hash), close: async () => undefined };
}

/** Starts `jobs` workers; each article goes to the worker with the fewest in flight. */
async function workerPool(jobs: number): Promise<Extractor> {
  const here = import.meta.url;
  const file = new URL(here.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', here);
  const workers = await Promise.all(Array.from({ length: jobs }, () => startWorker(file)));
  let next = 0;
  return {
    run(input, hash) {
      const w = workers.reduce((best, x) => (x.pending.size < best.pending.size ? x : best), workers[0]!);
      const index = next++;
      return new Promise<Result>((resolve, reject) => {
        w.pending.set(index, { resolve, reject });
        w.worker.postMessage({ index, input, hash });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>;
}

function startWorker(file: URL): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    // `--input-type` (from `node -e`) would make the worker's own module fail to load.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    const worker = file.pathname.endsWith('.ts') ? sourceWorker(file) : new Worker(file, { execArgv });
    const self: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (m: { ready?: true; index?: number; item?: Result; error?: string }) => {
      if (m.ready) return resolve(self);
      const p = self.pending.get(m.index!);
      if (!p) return;
      self.pending.delete(m.index!);
      if (m.error !== undefined) p.reject(new Error(`Extraction failed: ${m.error}`));
      else p.resolve(m.item!);
    });
    worker.on('error', (error) => {
      for (const p of self.pending.values()) p.reject(error);
      self.pending.clear();
      reject(error);
    });
  });
}

/**
 * Running from TypeScript sources (tests, `tsx`): Node 20 does not pass `--import tsx` on to
 * worker threads, so the worker registers tsx itself before loading the module.
 */
function sourceWorker(file: URL): Worker {
  const api = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(code, { eval: true });
}
