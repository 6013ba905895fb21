import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout serve`. TODO: not built yet (see the issues). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "serve": not built yet', 2);
    });
}
