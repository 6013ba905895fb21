import type { Command } from 'commander';
import { writeLine } from '../output.js';

/** Adds `readout stats [--db TARGET]`: one JSON object of counts. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Print counts of what is stored: {"articles","events","actors","clusters","rejected"}')
    .option('--db <target>', 'SQLite file or postgres:// URL', './readout.db')
    .action(async (options: { db: string }) => {
      // Loaded here: the store's modules cost 0.17 s of CPU, which `readout --help` need not pay.
      const [{ openStore }, { storeStats }] = await Promise.all([import('../../store/open-store.js'), import('../../store/store-stats.js')]);
      const store = await openStore(options.db, { mustExist: true });
      try {
        await writeLine(JSON.stringify(await storeStats(store.db)));
      } finally {
        await store.close();
      }
    });
}
