import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';

/** Adds `readout events`. TODO: not built yet (see the issues). */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('(not built yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new ReadoutError('Cannot run "events": not built yet', 2);
    });
}
