import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { IngestCounts } from '../../store/ingest-records.js';
import { exitStatus } from '../exit-status.js';
import { parseDateOption, parseLangOption, parsePositiveInt } from '../options.js';

interface IngestOptions {
  db: string;
  jobs?: number;
  workerHeap?: number;
  published?: string;
  lang?: string;
  progress?: boolean;
  force?: boolean;
}

/** Adds `readout ingest PATH... [--db TARGET] [--jobs N]`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract articles and store them, their events, actors and near-duplicate clusters (idempotent)')
    .argument('<paths...>', 'files, folders or - for standard input')
    .option('--db <target>', 'SQLite file or postgres:// URL', './readout.db')
    .option('--jobs <n>', 'extraction worker threads (default: number of cores less one, at least one)', parsePositiveInt)
    .option('--worker-heap <MB>', 'heap limit of each extraction thread; an article that exhausts it is rejected, the rest stored', parsePositiveInt)
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)', parseDateOption)
    .option('--lang <code>', 'language for inputs that carry none (ISO 639-1)', parseLangOption)
    .option('--force', 're-extract inputs already stored (after upgrading readout); changed results replace the old')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (paths: string[], options: IngestOptions) => {
      exitStatus.value = await runIngest(paths, options);
    });
}

async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  // Loaded here: the store's and readers' modules cost about 0.2 s of CPU, which `readout --help` need not pay.
  const [{ readInputs }, { extractInOrder }, { ingestRecords }, { finishIngestRun, knownInputs, startIngestRun }, { openStore }] = await Promise.all([
    import('../../readers/read-inputs.js'),
    import('../../store/extract-pool.js'),
    import('../../store/ingest-records.js'),
    import('../../store/ingest-run.js'),
    import('../../store/open-store.js'),
  ]);
  const store = await openStore(options.db);
  const started = Date.now();
  const reporter = progressReporter(options.progress !== false && process.stderr.isTTY === true);
  // before the workers start, though every thread's heap reads the flag at each collection
  const growing = boundHeapGrowth();
  try {
    const runId = await startIngestRun(store, paths);
    const readOptions: { published?: string; lang?: string } = {};
    if (options.published) readOptions.published = options.published;
    if (options.lang) readOptions.lang = options.lang;
    const items = extractInOrder(readInputs(paths, readOptions), {
      jobs: options.jobs ?? defaultJobs(),
      ...(options.workerHeap ? { workerHeapMb: options.workerHeap } : {}),
      ...(options.force ? {} : { isKnown: knownInputs(store) }),
    });
    const counts = await ingestRecords(store, items, {
      runId,
      onProgress: reporter.update,
      onRejected: (r) => reporter.log(`readout: ${r.label}: ${r.reason} [${r.code}]\n`),
    });
    await finishIngestRun(store, runId, counts);
    reporter.stop();
    process.stderr.write(summaryLine(counts, Date.now() - started, store.target));
    return counts.rejected > 0 ? 1 : 0;
  } finally {
    reporter.stop();
    await store.close();
    growing.restore();
  }
}

/**
 * How far past what it held after its last full collection each heap of the process may grow, in percent: the
 * writing thread's and every extraction thread's. Left to itself V8 lets a heap grow up to four times that when
 * collecting is cheap against allocating, as it is for the writer and the workers: 530-990 MB peak over 30,000 to
 * 100,000 bench articles for under 200 MB of live objects. 30 % held 100,000 at 475-480 MB (50 %: 500-525) for a
 * few percent more CPU.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * Bounds every heap's growth for the run (the flag is the process's, which `ingest` owns while it runs), unless
 * `node --heap-growing-percent` chose another; `restore` gives V8 its own choice back for whoever runs next.
 */
function boundHeapGrowth(): { restore: () => void } {
  if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent') || arg.startsWith('--heap_growing_percent'))) return { restore: () => undefined };
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return { restore: () => setFlagsFromString('--heap-growing-percent=0') };
}

/**
 * One core writes the store (this thread), the others extract. On two cores a second worker adds
 * about a fifth to the rate while extraction is the slower side, and costs about 100 MB of peak
 * memory (each worker holds its own pipeline); once extraction outruns the store it adds nothing.
 */
function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** `ingest: 120 articles (100 new, 2 updated, 18 unchanged), 1 rejected in 3.2 s (37 articles/s) into ./readout.db` */
function summaryLine(c: IngestCounts, ms: number, target: string): string {
  const total = c.stored + c.updated + c.unchanged;
  const rate = ms > 0 ? Math.round((total / ms) * 1000) : total;
  return `ingest: ${total} articles (${c.stored} new, ${c.updated} updated, ${c.unchanged} unchanged), ${c.rejected} rejected in ${(ms / 1000).toFixed(1)} s (${rate} articles/s) into ${target}\n`;
}

/** A progress bar with articles/s on a terminal; silent otherwise (the summary line says it all). */
function progressReporter(tty: boolean): { update: (c: IngestCounts, done: number) => void; log: (line: string) => void; stop: () => void } {
  if (!tty) return { update: () => undefined, log: (line) => process.stderr.write(line), stop: () => undefined };
  const bar = new cliProgress.SingleBar({
    format: 'ingest {value} inputs | {rate} articles/s | {rejected} rejected',
    stream: process.stderr, hideCursor: true, noTTYOutput: false, fps: 5,
  });
  const started = Date.now();
  let running = false;
  return {
    update: (c, done) => {
      const rate = Math.round(((c.stored + c.updated + c.unchanged) / Math.max(1, Date.now() - started)) * 1000);
      if (!running) {
        bar.start(0, done, { rate, rejected: c.rejected });
        running = true;
      } else bar.update(done, { rate, rejected: c.rejected });
    },
    // Clears the bar's line first; the bar redraws itself on the next update.
    log: (line) => process.stderr.write(running ? `\r\x1b[K${line}` : line),
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}
