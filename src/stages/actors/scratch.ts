/**
 * Per-unit arrays of one article, cut from buffers the thread keeps: an article's fresh typed arrays of a
 * few hundred units each cost a backing store allocated outside the heap and tracked by the collector,
 * while a view of a kept buffer is a small object. `run` is synchronous and drops its arrays when it
 * returns, so each buffer serves one array of every article; a view's bounds are the article's, so reads
 * past its units are `undefined`, as with a fresh array.
 */
export function coveredUnits(length: number): Uint8Array {
  if (length > covered.length) covered = new Uint8Array(grown(length));
  else covered.fill(0, 0, length);
  return covered.subarray(0, length);
}

/** Zeroed slots of an article's units for `MatchStarts` (one article at a time). */
export function matchSlots(length: number): Int32Array {
  if (length > slots.length) slots = new Int32Array(grown(length));
  else slots.fill(0, 0, length);
  return slots.subarray(0, length);
}

/** A view of zeros that nobody writes to (the flags of an article without possessives or hyphens). */
export function sharedZeros(length: number): Uint8Array {
  if (length > zeros.length) zeros = new Uint8Array(grown(length));
  return zeros.subarray(0, length);
}

let covered = new Uint8Array(0);
let slots = new Int32Array(0);
let zeros = new Uint8Array(0);

function grown(length: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(length)));
}
