/** Paragraphs with fewer words are not compared for near repeats (too little evidence). */
const MIN_WORDS = 8;
/** Jaccard similarity of word-trigram sets at or above which a paragraph is a near repeat. */
const THRESHOLD = 0.8;
/** Owners kept per trigram; more would only slow down texts full of boilerplate phrases. */
const MAX_OWNERS = 4;

/**
 * Finds earlier paragraphs that share most word trigrams with a new one, in time linear in the
 * paragraph's words: an inverted index from trigram hash to (at most a few) paragraphs.
 */
export class NearDuplicateIndex {
  private readonly owners = new Map<number, number | number[]>();
  private readonly sizes: number[] = [];

  /**
   * The id of an earlier paragraph whose trigrams the key shares at Jaccard ≥ 0.8; or, when there is
   * none, null, and the paragraph is indexed under `id`.
   */
  check(key: string, id: number): number | null {
    const grams = trigrams(key);
    if (grams === null) return null;
    const overlap = new Map<number, number>();
    for (const g of grams) {
      const o = this.owners.get(g);
      if (o === undefined) continue;
      if (typeof o === 'number') overlap.set(o, (overlap.get(o) ?? 0) + 1);
      else for (const x of o) overlap.set(x, (overlap.get(x) ?? 0) + 1);
    }
    for (const [other, shared] of overlap) {
      if (shared / (grams.size + this.sizes[other]! - shared) >= THRESHOLD) return other;
    }
    this.sizes[id] = grams.size;
    for (const g of grams) {
      const o = this.owners.get(g);
      if (o === undefined) this.owners.set(g, id);
      else if (typeof o === 'number') this.owners.set(g, [o, id]);
      else if (o.length < MAX_OWNERS) o.push(id);
    }
    return null;
  }
}

/** Hashes of the word trigrams of a key (single-spaced words), or null when it is too short to judge. */
function trigrams(key: string): Set<number> | null {
  const out = new Set<number>();
  let a = 0;
  let b = 0;
  let words = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    if (c !== 32) {
      h = Math.imul(h ^ c, 0x01000193); // FNV-1a
      continue;
    }
    words++;
    if (words >= 3) out.add((Math.imul(a, 31) ^ Math.imul(b, 17) ^ h) >>> 0);
    a = b;
    b = h;
    h = 0x811c9dc5;
  }
  return words < MIN_WORDS ? null : out;
}
