import { fnv1a } from './minhash.js';

/** LSH banding: 32 bands of 4 rows detect pairs with Jaccard similarity above about 0.42. */
export const LSH_BANDS = 32;

/** Rows per band. */
export const LSH_ROWS = 4;

/** Similarity at or above which two articles are near duplicates (syndicated copies, reposts). */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

/**
 * Hashes each band of a MinHash signature to one signed 32-bit integer (signed so that it fits
 * an SQL `integer` column on every database). Two signatures sharing any band hash are candidates.
 */
export function lshBands(signature: Uint32Array): number[] {
  if (signature.length !== LSH_BANDS * LSH_ROWS) throw new RangeError(`Cannot band a signature of ${signature.length} values`);
  const bands: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let key = '';
    for (let r = 0; r < LSH_ROWS; r++) key += signature[b * LSH_ROWS + r]!.toString(36) + ',';
    bands.push(fnv1a(key, fnv1a(String(b))) | 0);
  }
  return bands;
}

/** Encodes a signature for storage as text: base64 of its little-endian bytes (fast to decode). */
export function encodeSignature(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) bytes.writeUInt32LE(signature[i]!, i * 4);
  return bytes.toString('base64');
}

/** Decodes a signature stored by `encodeSignature`. */
export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}
