import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout ingest`. TODO: not built yet (see the issues). */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "ingest": not built yet', 2);
    });
}
