import type { Kysely } from 'kysely';
import { insertRows } from './insert-rows.js';
import { runStatement } from './run-statement.js';
import type { ArticleBandsTable, StoreSchema } from './schema.js';

/**
 * The LSH bands of a batch's new articles, held until the batch ends and then written at once in
 * hash order. Written with each article, every band was an insert at a random place of the hash
 * index; in order, the inserts walk the index once. Lookups of the batch see the held bands through
 * `matching`, so they find what they found when the bands were written with each article.
 */
export class PendingBands {
  #rows: ArticleBandsTable[] = [];
  readonly #byHash = new Map<number, ArticleBandsTable[]>();
  /** Stored rows with the batch's hashes, by hash; null once the stored bands may have changed. */
  #stored: Map<number, ArticleBandsTable[]> | null = null;

  /**
   * Reads the stored bands with any of `hashes` (those of the batch's articles) at once, in hash
   * order, for `storedMatching`: one pass over the hash indexes instead of a few dozen lookups at
   * random places for every article.
   */
  async readStored(trx: Kysely<StoreSchema>, hashes: Iterable<number>): Promise<void> {
    const sorted = [...new Set(hashes)].sort((a, b) => a - b);
    const stored = new Map<number, ArticleBandsTable[]>();
    for (let i = 0; i < sorted.length; i += READ_AT_ONCE) {
      const chunk = sorted.slice(i, i + READ_AT_ONCE);
      // Always as many values (the last repeated, which matches nothing more): one statement shape.
      while (chunk.length < READ_AT_ONCE) chunk.push(chunk.at(-1)!);
      const rows = await runStatement<ArticleBandsTable>(trx, READ_STORED, [...chunk, ...chunk]);
      for (const row of rows) {
        const list = stored.get(row.hash);
        if (list) list.push(row);
        else stored.set(row.hash, [row]);
      }
    }
    this.#stored = stored;
  }

  /**
   * Stored rows with one of `hashes` (each given once), but those of `articleId`, as read by
   * `readStored`; undefined when they must be looked up in the store, as the batch wrote or
   * deleted stored bands since.
   */
  storedMatching(hashes: readonly number[], articleId: string): ArticleBandsTable[] | undefined {
    if (this.#stored === null) return undefined;
    const out: ArticleBandsTable[] = [];
    for (const hash of hashes) {
      for (const row of this.#stored.get(hash) ?? []) if (row.article_id !== articleId) out.push(row);
    }
    return out;
  }

  /** Holds the bands of a new article (`bands[i]` is band i's hash). */
  add(articleId: string, bands: readonly number[]): void {
    bands.forEach((hash, band) => {
      const row = { article_id: articleId, band, hash };
      this.#rows.push(row);
      const list = this.#byHash.get(hash);
      if (list) list.push(row);
      else this.#byHash.set(hash, [row]);
    });
  }

  /** Held rows with one of `hashes` (each given once), but those of `articleId`. */
  matching(hashes: readonly number[], articleId: string): ArticleBandsTable[] {
    const out: ArticleBandsTable[] = [];
    for (const hash of hashes) {
      for (const row of this.#byHash.get(hash) ?? []) if (row.article_id !== articleId) out.push(row);
    }
    return out;
  }

  /** Writes the held bands into `recent_bands` and forgets them; before anything reads bands from the store. */
  async write(trx: Kysely<StoreSchema>): Promise<void> {
    const rows = this.#rows.sort((a, b) => a.hash - b.hash);
    this.#rows = [];
    this.#byHash.clear();
    // Called before stored bands are deleted, and writes some: what `readStored` read no longer holds.
    this.#stored = null;
    await insertRows(trx, 'recent_bands', rows, { max: 256 });
  }
}

/** Hashes read in one statement. */
const READ_AT_ONCE = 256;

const READ_STORED = (() => {
  const list = Array.from({ length: READ_AT_ONCE }, () => '?').join(', ');
  return `select "article_id", "band", "hash" from "article_bands" where "hash" in (${list})`
    + ` union all select "article_id", "band", "hash" from "recent_bands" where "hash" in (${list})`;
})();
