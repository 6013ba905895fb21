/** Paragraphs with fewer words are not compared for near repeats (too little evidence). */
const MIN_WORDS = 8;
/** Jaccard similarity of word-trigram sets at or above which a paragraph is a near repeat. */
const THRESHOLD = 0.8;
/** Owners kept per trigram; more would only slow down texts full of boilerplate phrases. */
const MAX_OWNERS = 4;

/** What one pass over a paragraph yields: an exact-repeat key and its word trigrams. */
export interface Fingerprint {
  /** Equal for paragraphs with the same words, whatever their case, punctuation and spacing. */
  key: string;
  words: number;
  /** Trigram hashes, or null when the paragraph is too short to judge. */
  grams: Set<number> | null;
}

/**
 * Fingerprints `text.slice(start, end)` in one pass, without building a normalised copy: words are
 * runs of letters and digits, ASCII folded to lower case ("Putin’s  VISIT" ~ "putin s visit").
 */
export function fingerprint(text: string, start: number, end: number): Fingerprint {
  const grams = new Set<number>();
  let a = 0;
  let b = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  let words = 0;
  let k1 = 0x811c9dc5;
  let k2 = 0x01000193;
  for (let i = start; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193); // FNV-1a
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    words++;
    // 30 bits: small integers are much cheaper Map keys than heap numbers.
    if (words >= 3) grams.add((Math.imul(a, 31) ^ Math.imul(b, 17) ^ h) & 0x3fffffff);
    k1 = Math.imul(k1 ^ h, 0x01000193);
    k2 = Math.imul(k2 + h, 0x5bd1e995) ^ (k2 >>> 15);
    a = b;
    b = h;
    h = 0x811c9dc5;
    inWord = false;
  }
  return { key: `${k1 >>> 0}:${k2 >>> 0}:${words}`, words, grams: words < MIN_WORDS ? null : grams };
}

/**
 * Finds earlier paragraphs that share most word trigrams with a new one, in time linear in the
 * paragraph's words: an inverted index from trigram hash to (at most a few) paragraphs.
 */
export class NearDuplicateIndex {
  private readonly owners = new Map<number, number | number[]>();
  private readonly sizes: number[] = [];

  /**
   * The id of an earlier paragraph whose trigrams these share at Jaccard ≥ 0.8; or, when there is
   * none, null, and the paragraph is indexed under `id`.
   */
  check(grams: Set<number> | null, id: number): number | null {
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

/** Letters, digits and marks, cheaply: ASCII alphanumerics or anything from U+00C0 but curly quotes. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && (c < 0x2018 || c > 0x201f));
}
