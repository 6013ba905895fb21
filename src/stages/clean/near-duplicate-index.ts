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
  private readonly owners = new Map<number, number[]>();
  private readonly sizes = new Map<number, number>();

  /** The paragraph id whose trigrams the key shares at Jaccard ≥ 0.8, or null. */
  findSimilar(key: string): number | null {
    const grams = trigrams(key);
    if (grams === null) return null;
    const overlap = new Map<number, number>();
    for (const g of grams) for (const id of this.owners.get(g) ?? []) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    for (const [id, shared] of overlap) {
      const union = grams.size + this.sizes.get(id)! - shared;
      if (shared / union >= THRESHOLD) return id;
    }
    return null;
  }

  /** Indexes a kept paragraph. */
  add(key: string, id: number): void {
    const grams = trigrams(key);
    if (grams === null) return;
    this.sizes.set(id, grams.size);
    for (const g of grams) {
      const list = this.owners.get(g);
      if (!list) this.owners.set(g, [id]);
      else if (list.length < MAX_OWNERS) list.push(id);
    }
  }
}

/** Hashes of the word trigrams of a key, or null when it is too short to judge. */
function trigrams(key: string): Set<number> | null {
  const words = key.split(' ');
  if (words.length < MIN_WORDS) return null;
  const hashes = words.map(hash);
  const out = new Set<number>();
  for (let i = 0; i + 2 < hashes.length; i++) out.add((Math.imul(hashes[i]!, 31) ^ Math.imul(hashes[i + 1]!, 17) ^ hashes[i + 2]!) >>> 0);
  return out;
}

/** FNV-1a over UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
