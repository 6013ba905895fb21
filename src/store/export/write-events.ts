import type { Store } from '../open-store.js';
import type { EventFilter } from '../event-filter.js';
import { queryEvents } from '../query-events.js';
import { CSV_COLUMNS, csvLine, toCsvValues } from './csv-row.js';
import { loadGdeltData } from './gdelt-data.js';
import { toGdeltEventRow } from './gdelt-events.js';
import { toGdeltMentionRows } from './gdelt-mentions.js';
import { tableHeader, tableLine } from './table-row.js';

/** Output formats of `events` and `export`. */
export const EVENT_FORMATS = ['table', 'jsonl', 'csv', 'gdelt', 'gdelt-mentions'] as const;

/** One of `EVENT_FORMATS`. */
export type EventFormat = (typeof EVENT_FORMATS)[number];

/**
 * Streams the stored events matching `filter` to `write`, one line at a time, in `format`:
 * `jsonl` (the contract's stored-event shape), `csv` (with a header), `gdelt` (GDELT 2.0 Events
 * TSV, 61 columns, no header, as GDELT publishes it), `gdelt-mentions` (Mentions TSV, 16 columns)
 * or `table` (for people), at most `limit` events. Returns the number of events written.
 */
export async function writeEvents(store: Store, filter: EventFilter, format: EventFormat, write: (line: string) => Promise<void>, limit?: number): Promise<number> {
  const gdelt = format === 'gdelt' || format === 'gdelt-mentions' ? loadGdeltData() : null;
  if (format === 'csv') await write(csvLine(CSV_COLUMNS));
  if (format === 'table') await write(tableHeader());
  let n = 0;
  for await (const row of queryEvents(store.db, filter, limit !== undefined ? { limit } : {})) {
    n++;
    if (format === 'jsonl') await write(JSON.stringify(row.event));
    else if (format === 'csv') await write(csvLine(toCsvValues(row.event)));
    else if (format === 'table') await write(tableLine(row.event));
    else if (format === 'gdelt') await write(toGdeltEventRow(row, gdelt!).join('\t'));
    else for (const values of await toGdeltMentionRows(store.db, row, gdelt!)) await write(values.join('\t'));
  }
  return n;
}
