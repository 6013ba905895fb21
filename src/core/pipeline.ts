import { addDiagnostic, fatalOf } from './diagnostic.js';
import type { ArticleInput, Doc, Rejection } from './doc.js';
import { PipelineError } from './errors.js';
import type { Layer, RunContext, Stage } from './stage.js';
import { createDoc } from './create-doc.js';

/** Layers every doc has before the first stage runs. */
const INITIAL_LAYERS: readonly Layer[] = [];

/** A checked, frozen sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage on one article; returns the doc, or a rejection when a stage reports a fatal problem. */
  run(input: ArticleInput): Promise<Doc | Rejection>;
  /**
   * Runs every stage on a batch of articles, one stage at a time (what `stream` does with each batch);
   * returns a doc or a rejection for each input, in input order.
   */
  runBatch(inputs: readonly ArticleInput[]): Promise<Array<Doc | Rejection>>;
  /**
   * Runs the pipeline over a stream of inputs and rejections, yielding results in input order.
   * Only a batch of articles (`batch`) is in flight at once, so a corpus is never held in memory.
   */
  stream(inputs: AsyncIterable<ArticleInput | Rejection>, options?: StreamOptions): AsyncGenerator<Doc | Rejection>;
  /** Milliseconds spent in each stage so far, by stage name, or null unless timings were asked for. */
  timings(): Record<string, number> | null;
}

/** Options of `createPipeline`. */
export interface PipelineOptions {
  /**
   * Sum the time each stage takes (for `npm run bench`). Default: on when the environment variable
   * `READOUT_TIMINGS` is `1`. Synchronous stages are timed exactly; a stage that returns a promise
   * is timed wall-clock while awaited, so its figure may include other articles' work.
   */
  timings?: boolean;
}

/** Options of `Pipeline.stream`. */
export interface StreamOptions {
  /** Articles run through the stages together, one stage at a time (default 16); no more are held in memory. */
  batch?: number;
}

/**
 * Checks that every stage's `requires` is provided by an earlier stage, that names are unique,
 * then freezes the pipeline.
 *
 * @example
 * const pipeline = createPipeline([clean, language, sentences], { packs });
 * for await (const result of pipeline.stream(readInputs(paths))) …
 */
export function createPipeline(stages: readonly Stage[], context: RunContext, options: PipelineOptions = {}): Pipeline {
  const seen = new Set<string>();
  const available = new Set<Layer>(INITIAL_LAYERS);
  for (const stage of stages) {
    if (seen.has(stage.name)) throw new PipelineError(`Cannot build pipeline: stage "${stage.name}" appears twice`);
    seen.add(stage.name);
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new PipelineError(`Cannot build pipeline: stage "${stage.name}" requires layer "${layer}", which no earlier stage provides`);
      }
    }
    for (const layer of stage.provides) available.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  const totals = (options.timings ?? process.env['READOUT_TIMINGS'] === '1') ? new Map(frozen.map((s) => [s.name as string, 0])) : null;

  /** Runs one stage on one doc; a throw becomes a fatal diagnostic. Returns a promise only for an async stage. */
  function runStage(stage: Stage, doc: Doc): Promise<void> | void {
    try {
      const pending = stage.run(doc, context);
      if (pending) return pending.catch((error: unknown) => failStage(doc, stage, error));
    } catch (error) {
      failStage(doc, stage, error);
    }
  }

  /**
   * Runs the stages over a batch of articles one stage at a time: each stage's tables and compiled code
   * stay hot in the processor's caches across the batch, which costs a third less than taking every
   * article through all stages in turn. An article stops at the stage that reports a fatal problem.
   */
  async function runBatch(inputs: readonly ArticleInput[]): Promise<Array<Doc | Rejection>> {
    const docs = inputs.map(createDoc);
    const done: Array<Doc | Rejection | undefined> = new Array(docs.length);
    for (const stage of frozen) {
      const started = totals ? performance.now() : 0;
      for (let i = 0; i < docs.length; i++) {
        if (done[i]) continue;
        const doc = docs[i]!;
        const pending = runStage(stage, doc);
        if (pending) await pending;
        if (fatalOf(doc)) done[i] = toRejection(doc);
      }
      if (totals) totals.set(stage.name, totals.get(stage.name)! + performance.now() - started);
    }
    return docs.map((doc, i) => done[i] ?? doc);
  }

  async function run(input: ArticleInput): Promise<Doc | Rejection> {
    return (await runBatch([input]))[0]!;
  }

  function timings(): Record<string, number> | null {
    return totals ? Object.fromEntries(totals) : null;
  }

  async function* stream(inputs: AsyncIterable<ArticleInput | Rejection>, options: StreamOptions = {}): AsyncGenerator<Doc | Rejection> {
    const limit = Math.max(1, options.batch ?? 16);
    let batch: Array<ArticleInput | Rejection> = [];
    const flush = async (): Promise<Array<Doc | Rejection>> => {
      const articles = batch.filter((item): item is ArticleInput => !isRejection(item));
      const results = articles.length > 0 ? await runBatch(articles) : [];
      let next = 0;
      const out = batch.map((item) => (isRejection(item) ? item : results[next++]!));
      batch = [];
      return out;
    };
    for await (const input of inputs) {
      batch.push(input);
      if (batch.length >= limit) yield* await flush();
    }
    if (batch.length > 0) yield* await flush();
  }

  return Object.freeze({ stages: frozen, run, runBatch, stream, timings });
}

/** Tells a rejection from an article input or a doc. */
export function isRejection(value: ArticleInput | Doc | Rejection): value is Rejection {
  return 'label' in value && !('raw' in value);
}

/**
 * Names an input for messages: `path`, `path:line` (JSON Lines, 1-based), `path[index]` (JSON arrays,
 * 0-based), or the record id for in-memory input.
 *
 * @example inputLabel({ sourcePath: 'a.jsonl', format: 'jsonl', line: 3 }) // 'a.jsonl:3'
 */
export function inputLabel(meta: ArticleInput['meta']): string {
  const where = meta.sourcePath ?? meta.recordId ?? '<input>';
  if (meta.line === undefined) return where;
  return meta.format === 'json' ? `${where}[${meta.line}]` : `${where}:${meta.line}`;
}

function failStage(doc: Doc, stage: Stage, error: unknown): void {
  addDiagnostic(doc, {
    code: 'stage-failed',
    message: `Cannot process article: stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
    severity: 'fatal',
    stage: 'pipeline',
  });
}

function toRejection(doc: Doc): Rejection {
  return { meta: doc.input, label: inputLabel(doc.input), diagnostics: doc.diagnostics };
}
