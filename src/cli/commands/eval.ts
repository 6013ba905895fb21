import type { Command } from 'commander';
import { defaultPaths, runEval } from '../../eval/run-eval.js';
import { formatReport } from '../../eval/format-report.js';
import { readGold } from '../../eval/gold.js';
import { exitStatus } from '../exit-status.js';
import { parseDateOption, parseLangOption } from '../options.js';

/** Adds `readout eval --gold FILE [PATH...] [--published YYYY-MM-DD] [--lang xx] [--json] [--details]`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against a gold file: headline-event accuracy, event precision/recall/F1, date and place accuracy, per language')
    .requiredOption('--gold <file>', 'gold JSON Lines file (contract format)')
    .argument('[paths...]', 'articles: files, folders or - (default: the gold file\'s folder); matched to gold lines by record id, else file basename')
    .option('--published <date>', 'publication date for articles whose record and gold line carry none', parseDateOption)
    .option('--lang <code>', 'language for inputs that carry none', parseLangOption)
    .option('--json', 'print the report as one JSON object')
    .option('--details', 'say per article what was missed and why: the headline event chosen, events not found, wrong dates and places')
    .action(async (paths: string[], options: { gold: string; published?: string; lang?: string; json?: boolean; details?: boolean }) => {
      const gold = readGold(options.gold);
      const run: Parameters<typeof runEval>[0] = {
        gold, goldPath: options.gold, paths: paths.length > 0 ? paths : defaultPaths(options.gold), pipeline: await (await import('../../pipeline.js')).createDefaultPipeline(),
        onRejection: (line) => process.stderr.write(`readout: ${line}\n`),
      };
      if (options.published) run.published = options.published;
      if (options.lang) run.lang = options.lang;
      if (options.details) run.details = true;
      const report = await runEval(run);
      process.stdout.write(options.json ? JSON.stringify(report) + '\n' : formatReport(report));
      exitStatus.value = report.rejected > 0 ? 1 : 0;
    });
}
