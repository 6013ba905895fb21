import type { Command } from 'commander';
import type { ArticleInput, Rejection } from '../../core/doc.js';
import { isRejection } from '../../core/pipeline.js';
import { describeRejection, toArticleResult } from '../../core/result.js';
import { createDefaultPipeline } from '../../pipeline.js';
import { readInputs, type ReadOptions } from '../../readers/read-inputs.js';
import { exitStatus } from '../exit-status.js';
import { parseDateOption, parseLangOption, parseSizeOption } from '../options.js';
import { writeLine } from '../output.js';

/** Options of `readout extract`. */
interface ExtractOptions {
  published?: string;
  lang?: string;
  text?: boolean;
  maxSize?: number;
}

/**
 * Adds `readout extract PATH... [--published YYYY-MM-DD] [--lang xx] [--text] [--max-size MB]`: one
 * ArticleResult JSON line per article on stdout, in input order; each rejected input named on stderr
 * (`readout: <path[:line]|id>: <reason>`); exit 1 when any input was rejected. With
 * `READOUT_TIMINGS=1`, the time spent in setup, reading, each stage and writing is printed to stderr at the end.
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
    .action(async (paths: string[], options: ExtractOptions) => {
      const timed = process.env['READOUT_TIMINGS'] === '1';
      const started = performance.now();
      const pipeline = await createDefaultPipeline();
      const setup = performance.now() - started;
      const readOptions: ReadOptions = {};
      if (options.published) readOptions.published = options.published;
      if (options.lang) readOptions.lang = options.lang;
      if (options.maxSize) readOptions.maxBytes = options.maxSize * 1024 * 1024;
      const clock = { read: 0 };
      const inputs = readInputs(paths, readOptions);
      let write = 0;
      let rejected = 0;
      for await (const result of pipeline.stream(timed ? timeReading(inputs, clock) : inputs)) {
        if (isRejection(result)) {
          rejected++;
          process.stderr.write(`readout: ${describeRejection(result)}\n`);
          continue;
        }
        const t = timed ? performance.now() : 0;
        await writeLine(JSON.stringify(toArticleResult(result, { text: options.text === true })));
        if (timed) write += performance.now() - t;
      }
      exitStatus.value = rejected > 0 ? 1 : 0;
      if (timed) {
        // `other` is what the parts leave of the total: the runner, and garbage collection outside them.
        const stages = pipeline.timings() ?? {};
        const total = performance.now() - started;
        const parts = setup + clock.read + Object.values(stages).reduce((a, b) => a + b, 0) + write;
        const report = { setup, read: clock.read, ...stages, write, other: total - parts, total };
        const rounded = Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.round(v * 10) / 10]));
        process.stderr.write(`readout: timings (ms): ${JSON.stringify(rounded)}\n`);
      }
    });
}

/**
 * Passes the reader's items through, adding the time spent waiting for each to `clock.read`. Exact
 * while stages are synchronous (no stage work runs during the wait); async stages would blur it.
 */
async function* timeReading(source: AsyncIterable<ArticleInput | Rejection>, clock: { read: number }): AsyncGenerator<ArticleInput | Rejection> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const t = performance.now();
    const next = await iterator.next();
    clock.read += performance.now() - t;
    if (next.done) return;
    yield next.value;
  }
}
