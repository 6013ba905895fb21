import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout stats`. TODO: not built yet (see the issues). */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "stats": not built yet', 2);
    });
}
