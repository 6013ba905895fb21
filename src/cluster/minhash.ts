/** Number of hash functions in a MinHash signature. */
export const SIGNATURE_SIZE = 128;

/** Words per shingle. */
export const SHINGLE_WORDS = 5;

/**
 * Seeds of the hash family, drawn once from a fixed linear congruential sequence so that
 * signatures are identical across runs, processes and machines.
 */
const SEEDS: Uint32Array = makeSeeds(SIGNATURE_SIZE);

/**
 * Computes a deterministic MinHash signature (k = 128) over word shingles of `text`.
 * Words are lower-cased letter/digit runs, so punctuation and spacing noise do not matter.
 *
 * @example
 * jaccardEstimate(minhash('Putin met Xi in Beijing on Monday'), minhash('putin met xi in beijing, on monday')) // 1
 */
export function minhash(text: string, shingleWords = SHINGLE_WORDS): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const hashes = shingleHashes(words, shingleWords);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal minima). */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('Cannot compare signatures: lengths differ');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** FNV-1a over a string, 32-bit, with `Math.imul` so that no precision is lost. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit value. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function shingleHashes(words: string[], size: number): Set<number> {
  const out = new Set<number>();
  // A text shorter than one shingle is its own single shingle ("Talks resume").
  if (words.length < size) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + size; j++) h = fnv1a(words[j]!, fnv1a(' ', h));
    out.add(h);
  }
  return out;
}

function makeSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = state;
  }
  return seeds;
}
