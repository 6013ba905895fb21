import type { Kysely } from 'kysely';
import { runStatement } from './run-statement.js';
import type { StoreSchema } from './schema.js';

/** Options of `insertRows`. */
export interface InsertRowsOptions {
  /** Most rows in one statement: keeps every statement under the bound-parameter limits. */
  max: number;
  /** SQL that follows the values, the same on both databases (`on conflict …`). */
  onConflict?: string;
}

/**
 * Inserts `rows` with multi-row statements of at most `max` rows, each a power of two in size: a
 * few statement shapes per table, which the statement cache keeps prepared, and far fewer round
 * trips than a row at a time. Every row must have the same columns, in the same order.
 */
export async function insertRows<T extends keyof StoreSchema>(trx: Kysely<StoreSchema>, table: T, rows: ReadonlyArray<StoreSchema[T]>, options: InsertRowsOptions): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  let i = 0;
  while (i < rows.length) {
    let size = options.max;
    while (size > rows.length - i) size >>= 1;
    const parameters: unknown[] = [];
    for (let r = i; r < i + size; r++) {
      const row = rows[r] as unknown as Record<string, unknown>;
      // A missing value is stored as null, as the query builder stored it (every column defaults to null).
      for (const c of columns) parameters.push(row[c] ?? null);
    }
    await runStatement(trx, insertSql(table, columns, size, options.onConflict ?? ''), parameters);
    i += size;
  }
}

/** The statement text of each shape, built once. */
const statements = new Map<string, string>();

function insertSql(table: string, columns: readonly string[], size: number, onConflict: string): string {
  const key = `${table}\u0000${columns.join('\u0000')}\u0000${size}\u0000${onConflict}`;
  let text = statements.get(key);
  if (text === undefined) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${Array.from({ length: size }, () => row).join(', ')}${onConflict ? ` ${onConflict}` : ''}`;
    statements.set(key, text);
  }
  return text;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
