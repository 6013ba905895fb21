import type { Command } from 'commander';
import { isRejection } from '../../core/pipeline.js';
import { describeRejection, toArticleResult } from '../../core/result.js';
import { createDefaultPipeline } from '../../pipeline.js';
import { readInputs } from '../../readers/read-inputs.js';
import { exitStatus } from '../exit-status.js';
import { parseDateOption, parseLangOption } from '../options.js';
import { writeLine } from '../output.js';

/** Adds `readout extract PATH... [--published YYYY-MM-DD] [--lang xx] [--text]`. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Run the pipeline on articles and print one ArticleResult JSON object a line')
    .argument('<paths...>', 'files, folders or - for standard input')
    .option('--published <date>', 'publication date for inputs that carry none (YYYY-MM-DD)', parseDateOption)
    .option('--lang <code>', 'language for inputs that carry none (ISO 639-1)', parseLangOption)
    .option('--text', 'include the cleaned text')
    .action(async (paths: string[], options: { published?: string; lang?: string; text?: boolean }) => {
      const pipeline = await createDefaultPipeline();
      const readOptions: { published?: string; lang?: string } = {};
      if (options.published) readOptions.published = options.published;
      if (options.lang) readOptions.lang = options.lang;
      let rejected = 0;
      for await (const result of pipeline.stream(readInputs(paths, readOptions))) {
        if (isRejection(result)) {
          rejected++;
          process.stderr.write(`readout: ${describeRejection(result)}\n`);
          continue;
        }
        await writeLine(JSON.stringify(toArticleResult(result, { text: options.text === true })));
      }
      exitStatus.value = rejected > 0 ? 1 : 0;
    });
}
