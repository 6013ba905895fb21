import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout export`. TODO: not built yet (see the issues). */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "export": not built yet', 2);
    });
}
