import type { Kysely } from 'kysely';
import { insertRows } from './insert-rows.js';
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
    await insertRows(trx, 'recent_bands', rows, { max: 256 });
  }
}
