import type { Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';

/**
 * Inserts `rows` with multi-row statements of at most `max` rows, each a power of two in size: a
 * few statement shapes per table, which the statement cache keeps prepared, and far fewer round
 * trips than a row at a time. `max` keeps every statement under the bound-parameter limits.
 */
export async function insertRows<T extends keyof StoreSchema>(trx: Kysely<StoreSchema>, table: T, rows: ReadonlyArray<StoreSchema[T]>, max: number): Promise<void> {
  let i = 0;
  while (i < rows.length) {
    let size = max;
    while (size > rows.length - i) size >>= 1;
    // Kysely's insert typing cannot follow a table chosen at run time; the rows are that table's.
    await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
    i += size;
  }
}
