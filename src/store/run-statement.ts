import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';

/**
 * Runs SQL text written with `?` placeholders (none inside literals) on either database and
 * resolves to its rows. For the statements ingest runs for every article: the query builder
 * rebuilt and recompiled each of them every time, about a fifth of the time of an ingest, where
 * this adapts each text once.
 */
export async function runStatement<R>(trx: Kysely<StoreSchema>, text: string, parameters: readonly unknown[]): Promise<R[]> {
  const result = await trx.executeQuery<R>(CompiledQuery.raw(numberedParameters(trx) ? numbered(text) : text, [...parameters]));
  return result.rows;
}

/** `?` placeholders for `n` values rounded up to a power of two: a few statement shapes, which stay prepared. */
export function placeholders(n: number): string {
  let size = 1;
  while (size < n) size <<= 1;
  return Array.from({ length: size }, () => '?').join(', ');
}

/** `values` padded with its last one to the length `placeholders` gives (a repeated value matches nothing more). */
export function padded<T>(values: readonly T[]): T[] {
  const out = [...values];
  let size = 1;
  while (size < out.length) size <<= 1;
  while (out.length < size) out.push(out.at(-1)!);
  return out;
}

/** Whether a connection (or transaction) is SQLite's, to write what only SQLite reads (`indexed by`). */
export function isSqlite(trx: Kysely<StoreSchema>): boolean {
  return !numberedParameters(trx);
}

/** Texts with `$1, $2, …` for `?`, as PostgreSQL takes them. A few dozen shapes in all. */
const numberedTexts = new Map<string, string>();

function numbered(text: string): string {
  let out = numberedTexts.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numberedTexts.set(text, out);
  }
  return out;
}

/** Whether a connection (or transaction) numbers its parameters, found once for each. */
const numberedBy = new WeakMap<Kysely<StoreSchema>, boolean>();

function numberedParameters(trx: Kysely<StoreSchema>): boolean {
  let yes = numberedBy.get(trx);
  if (yes === undefined) {
    yes = sql`select ${1}`.compile(trx).sql.includes('$1');
    numberedBy.set(trx, yes);
  }
  return yes;
}
