import { basename, dirname, extname, resolve } from 'node:path';
import type { ArticleInput, InputMeta, Rejection } from '../core/doc.js';
import { isRejection, type Pipeline } from '../core/pipeline.js';
import { describeRejection } from '../core/result.js';
import { readInputs } from '../readers/read-inputs.js';
import type { GoldArticle } from './gold.js';
import { scoreArticles, type EvalReport, type SystemArticle } from './score-articles.js';

/** Options of `runEval`. */
export interface RunEvalOptions {
  gold: readonly GoldArticle[];
  /** Articles to score (default: the folder of the gold file, given as `goldPath`). */
  paths: readonly string[];
  pipeline: Pipeline;
  /** Publication date for articles whose record and gold line carry none. */
  published?: string;
  lang?: string;
  /** The gold file's path: never read as an article. */
  goldPath?: string;
  /** Say per article what was missed and why. */
  details?: boolean;
  /** Called with a line for each rejected input that a gold line names. */
  onRejection?: (line: string) => void;
}

/**
 * Extracts the articles and scores them against the gold lines. Articles are matched to gold lines
 * by `evalId`; a gold line's `published` applies to its article unless the record carries its own.
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport & { rejected: number }> {
  const byId = new Map(options.gold.map((g) => [g.id, g]));
  const system = new Map<string, SystemArticle>();
  let rejected = 0;
  const goldFile = options.goldPath === undefined ? null : resolve(options.goldPath);
  const readOptions: { lang?: string } = {};
  if (options.lang) readOptions.lang = options.lang;
  async function* inputs(): AsyncGenerator<ArticleInput | Rejection> {
    for await (const input of readInputs(options.paths, readOptions)) {
      if (!isRejection(input) && input.meta.sourcePath !== null && goldFile !== null && resolve(input.meta.sourcePath) === goldFile) continue;
      if (!isRejection(input)) {
        const gold = byId.get(evalId(input.meta));
        const published = gold?.published ?? options.published;
        if (input.meta.publishedRaw === undefined && published !== undefined) input.meta.publishedRaw = published;
      }
      yield input;
    }
  }
  const rejections = new Map<string, string>();
  for await (const result of options.pipeline.stream(inputs())) {
    if (isRejection(result)) {
      // inputs no gold line names (a manifest beside the articles) are not scored
      if (byId.has(evalId(result.meta))) rejections.set(evalId(result.meta), describeRejection(result));
      continue;
    }
    const id = byId.has(evalId(result.input)) ? evalId(result.input) : result.id;
    system.set(id, { id, lang: result.lang ?? null, events: result.events ?? [] });
  }
  // a record that only shares an article's id (a manifest line) is no rejection of that article
  for (const [id, line] of rejections) {
    if (system.has(id)) continue;
    rejected++;
    options.onRejection?.(line);
  }
  return { ...scoreArticles(options.gold, system, { details: options.details === true }), rejected };
}

/**
 * The id an article is scored under: the record's id, else the file's basename without extension
 * (`001_e1baf0bd9236a5d1.txt` → `001_e1baf0bd9236a5d1`), with the line for id-less JSON Lines records.
 */
export function evalId(meta: InputMeta): string {
  if (meta.recordId !== undefined) return meta.recordId;
  if (meta.sourcePath === null || meta.sourcePath === '-') return meta.line !== undefined ? `-:${meta.line}` : '-';
  const name = basename(meta.sourcePath, extname(meta.sourcePath));
  return meta.line !== undefined && (meta.format === 'json' || meta.format === 'jsonl') ? `${name}:${meta.line}` : name;
}

/** The default articles to score: the folder holding the gold file. */
export function defaultPaths(goldPath: string): string[] {
  return [dirname(goldPath)];
}
