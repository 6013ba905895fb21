import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { ReadoutError } from '../../core/errors.js';
import { writeEvents } from '../../store/export/write-events.js';
import { writeLine } from '../output.js';
import { pickEventFilter } from '../../store/event-filter.js';
import { addEventQueryOptions, type EventQueryOptions } from './events.js';

/**
 * Adds `readout export [--format gdelt|gdelt-mentions|csv|jsonl] [--out FILE] [filters]`: the
 * stored events as GDELT 2.0 Events or Mentions TSV, CSV with a header, or JSONL.
 */
export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('Export stored events as GDELT 2.0 Events/Mentions TSV, CSV or JSONL')
    .option('--out <file>', 'write to this file instead of standard output');
  addEventQueryOptions(command, 'gdelt').action(async (options: EventQueryOptions & { out?: string }) => {
    if (options.format === 'table') throw new ReadoutError('Cannot export as "table": use "readout events" to read events', 2);
    // Loaded here, as for `events`: `readout --help` need not load the store.
    const { openStore } = await import('../../store/open-store.js');
    const store = await openStore(options.db, { mustExist: true });
    const file = options.out ? createWriteStream(options.out) : null;
    try {
      const n = await writeEvents(store, pickEventFilter(options), options.format, file ? (line) => writeTo(file, line) : writeLine, options.limit);
      if (file) process.stderr.write(`export: ${n} events to ${options.out}\n`);
    } finally {
      await store.close();
      if (file) await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
  });
}

async function writeTo(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line + '\n')) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
