import { InvalidArgumentError, Option, type Command } from 'commander';
import { pickEventFilter, type EventFilter } from '../../store/event-filter.js';
import { EVENT_FORMATS, writeEvents, type EventFormat } from '../../store/export/write-events.js';
import { parseDateOption, parseLangOption, parsePositiveInt } from '../options.js';
import { writeLine } from '../output.js';

/** Options shared by `events` and `export`. */
export interface EventQueryOptions extends EventFilter {
  db: string;
  format: EventFormat;
  limit?: number;
}

/** Adds `readout events [--db TARGET] [filters] [--format table|jsonl|csv|gdelt]`. */
export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('Query stored events: one per real-world occurrence, with its articles and sources');
  addEventQueryOptions(command, 'table').action(async (options: EventQueryOptions) => {
    // Loaded here: the store's modules cost 0.17 s of CPU, which `readout --help` need not pay.
    const { openStore } = await import('../../store/open-store.js');
    const store = await openStore(options.db, { mustExist: true });
    try {
      await writeEvents(store, pickEventFilter(options), options.format, writeLine, options.limit);
    } finally {
      await store.close();
    }
  });
}

/** Adds `--db`, the contract's filters and `--format` to a command. */
export function addEventQueryOptions(command: Command, defaultFormat: EventFormat): Command {
  return command
    .option('--db <target>', 'SQLite file or postgres:// URL', './readout.db')
    .option('--actor <actor>', 'actor id, CAMEO code or name (vladimir-putin, RUSGOV, "Xi Jinping")')
    .option('--country <iso3>', 'a party or the place is in this country (ISO3)', parseIso3)
    .option('--dyad <pair>', 'source-target countries, e.g. RUS-CHN (meetings match either way)', parseDyad)
    .option('--type <type>', 'PLOVER type (CONSULT) or CAMEO code prefix (04, 042)')
    .option('--from <date>', 'events on or after this day (YYYY-MM-DD)', parseDateOption)
    .option('--to <date>', 'events on or before this day (YYYY-MM-DD)', parseDateOption)
    .option('--lang <code>', 'reported by an article in this language', parseLangOption)
    .option('--limit <n>', 'at most this many events (in date order)', parsePositiveInt)
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default(defaultFormat));
}


function parseIso3(value: string): string {
  if (/^[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
  throw new InvalidArgumentError(`expected a three-letter country code, got "${value}"`);
}

function parseDyad(value: string): string {
  if (/^[A-Za-z]{3}-[A-Za-z]{3}$/.test(value)) return value.toUpperCase();
  throw new InvalidArgumentError(`expected two country codes joined by "-", e.g. RUS-CHN, got "${value}"`);
}
