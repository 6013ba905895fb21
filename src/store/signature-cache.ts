/**
 * Decoded MinHash signatures kept at most (default): about 5 MB. An article's LSH candidates are
 * its near-duplicates and templated look-alikes, mostly of the same months; the others are read
 * from their rows once each while they stay. 32,768 saved no CPU on the bench corpus and cost the
 * ingest benchmark's 100,000 articles about 20 MB more peak memory.
 */
const SIGNATURES = 8_192;

/**
 * The decoded signatures of the articles an ingest wrote or compared lately, by article id, so
 * that each new article is compared with its LSH candidates in memory. A templated text shares
 * bands with hundreds of stored articles below the near-duplicate threshold: each was read from
 * the store and decoded again for every new article. Least recently used go first beyond the
 * budget. An article's signature changes only when the article is replaced, which the writer
 * tells (`delete`); all go when someone else wrote meanwhile (see `ingestRecords`).
 */
export class SignatureCache {
  readonly #signatures = new Map<string, Uint32Array>();
  readonly #budget: number;

  constructor(budget = SIGNATURES) {
    this.#budget = budget;
  }

  get(id: string): Uint32Array | undefined {
    const signature = this.#signatures.get(id);
    if (signature) {
      this.#signatures.delete(id);
      this.#signatures.set(id, signature);
    }
    return signature;
  }

  set(id: string, signature: Uint32Array): void {
    this.#signatures.delete(id);
    this.#signatures.set(id, signature);
    if (this.#signatures.size > this.#budget) this.#signatures.delete(this.#signatures.keys().next().value!);
  }

  delete(id: string): void {
    this.#signatures.delete(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.#signatures.clear();
  }
}
