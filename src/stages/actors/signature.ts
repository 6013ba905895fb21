/** Size of the signature space of norms (a power of two). */
export const FILTER_SIZE = 1 << 14;

/** 32-bit words of a set of signatures, one bit each (`SignatureSet`). */
export const SIGNATURE_WORDS = FILTER_SIZE >>> 5;

/**
 * Signatures as bits (2 kB): the scan looks up each word's signature in a few such tables, and as bytes
 * (16 kB each) they and the article's units did not fit the first-level cache together.
 */
export type SignatureSet = Int32Array;

/**
 * A cheap signature of a norm (length, first and last code units): most words of a text share none
 * with a first word, so they are passed over without hashing the norm.
 */
export function signature(norm: string): number {
  const n = norm.length;
  return (((norm.charCodeAt(0) * 31 + norm.charCodeAt(n - 1)) * 31 + n) >>> 0) & (FILTER_SIZE - 1);
}

/** An empty set of signatures. */
export function signatureSet(): SignatureSet {
  return new Int32Array(SIGNATURE_WORDS);
}

/** Signature `sig` is in `set`. */
export function hasSignature(set: SignatureSet, sig: number): boolean {
  return (set[sig >>> 5]! & (1 << (sig & 31))) !== 0;
}

/** Puts signature `sig` in `set`. */
export function addSignature(set: SignatureSet, sig: number): void {
  set[sig >>> 5]! |= 1 << (sig & 31);
}
