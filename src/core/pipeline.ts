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
   * Runs the pipeline over a stream of inputs and rejections, yielding results in input order.
   * Only `concurrency` articles are in flight at once, so a corpus is never held in memory.
   */
  stream(inputs: AsyncIterable<ArticleInput | Rejection>, options?: StreamOptions): AsyncGenerator<Doc | Rejection>;
}

/** Options of `Pipeline.stream`. */
export interface StreamOptions {
  /** Articles in flight at once (default 8); stages are CPU-bound, so more only helps async stages. */
  concurrency?: number;
}

/**
 * Checks that every stage's `requires` is provided by an earlier stage, that names are unique,
 * then freezes the pipeline.
 *
 * @example
 * const pipeline = createPipeline([clean, language, sentences], { packs });
 * for await (const result of pipeline.stream(readInputs(paths))) …
 */
export function createPipeline(stages: readonly Stage[], context: RunContext): Pipeline {
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

  async function run(input: ArticleInput): Promise<Doc | Rejection> {
    const doc = createDoc(input);
    for (const stage of frozen) {
      try {
        await stage.run(doc, context);
      } catch (error) {
        addDiagnostic(doc, {
          code: 'stage-failed',
          message: `Cannot process article: stage "${stage.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
          severity: 'fatal',
          stage: 'pipeline',
        });
      }
      if (fatalOf(doc)) return toRejection(doc);
    }
    return doc;
  }

  async function* stream(inputs: AsyncIterable<ArticleInput | Rejection>, options: StreamOptions = {}): AsyncGenerator<Doc | Rejection> {
    const limit = Math.max(1, options.concurrency ?? 8);
    const queue: Array<Promise<Doc | Rejection>> = [];
    for await (const input of inputs) {
      queue.push(isRejection(input) ? Promise.resolve(input) : run(input));
      if (queue.length >= limit) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  }

  return Object.freeze({ stages: frozen, run, stream });
}

/** Tells a rejection from an article input or a doc. */
export function isRejection(value: ArticleInput | Doc | Rejection): value is Rejection {
  return 'label' in value && !('raw' in value);
}

/** Names an input for messages: `path`, `path:line`, or `id`. */
export function inputLabel(meta: ArticleInput['meta']): string {
  const where = meta.sourcePath ?? meta.recordId ?? '<input>';
  if (meta.line !== undefined) return `${where}:${meta.line}`;
  return where;
}

function toRejection(doc: Doc): Rejection {
  return { meta: doc.input, label: inputLabel(doc.input), diagnostics: doc.diagnostics };
}
