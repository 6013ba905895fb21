import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout eval`. TODO: not built yet (see the issues). */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "eval": not built yet', 2);
    });
}
