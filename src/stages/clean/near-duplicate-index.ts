/** Paragraphs with fewer words are not compared for near repeats (too little evidence). */
const MIN_WORDS = 8;
/** Jaccard similarity of word-trigram sets at or above which a paragraph is a near repeat. */
const THRESHOLD = 0.8;

/** What one pass over a paragraph yields: an exact-repeat key and its word trigrams. */
export interface Fingerprint {
  /** Equal (with `check` and `words`) for paragraphs with the same words, whatever their case, punctuation and spacing. */
  key: number;
  check: number;
  words: number;
  /**
   * Distinct trigram hashes in order of first appearance, or null when the paragraph is too short to
   * judge or they were not asked for. A view of a shared list: valid until the next `fingerprint`.
   */
  grams: Int32Array | null;
}

/**
 * Fingerprints `text.slice(start, end)` in one pass, without building a normalised copy: words are
 * runs of letters and digits, ASCII folded to lower case ("Putin’s  VISIT" ~ "putin s visit").
 * Trigrams are collected only `withGrams` (a giant paragraph is compared exactly, and its
 * trigrams would cost more than they could find).
 */
export function fingerprint(text: string, start: number, end: number, withGrams = true): Fingerprint {
  const stamp = withGrams ? nextStamp(scratch) : 0;
  let count = 0;
  let a = 0;
  let b = 0;
  let words = 0;
  let k1 = FNV_OFFSET;
  let k2 = 0x01000193;
  for (let i = start; i < end; ) {
    let f = WORD_FOLD[text.charCodeAt(i)]!;
    if (f === 0) {
      i++;
      continue;
    }
    // A word: its folded characters hashed in a tight loop of one table look-up each.
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ f, 0x01000193); // FNV-1a
      i++;
    } while (i < end && (f = WORD_FOLD[text.charCodeAt(i)]!) !== 0);
    words++;
    // 30 bits: small integers, never boxed.
    if (words >= 3 && withGrams) count = addGram((Math.imul(a, 31) ^ Math.imul(b, 17) ^ h) & 0x3fffffff, count, stamp);
    k1 = Math.imul(k1 ^ h, 0x01000193);
    k2 = Math.imul(k2 + h, 0x5bd1e995) ^ (k2 >>> 15);
    a = b;
    b = h;
  }
  return { key: k1 >>> 0, check: k2 >>> 0, words, grams: !withGrams || words < MIN_WORDS ? null : gramList.subarray(0, count) };
}

/** The FNV-1a offset basis as a signed 32-bit integer, as `Math.imul` returns them. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * Adds `g` to the trigrams of the paragraph being fingerprinted, the first `count` of `gramList`,
 * unless it is there already; returns the new count. Duplicates are found in an open-addressing
 * table whose slots belong to the paragraph while they carry its stamp: the table and the list are
 * shared by all paragraphs and only grow, so a paragraph allocates neither (a fresh list a paragraph,
 * grown push by push, cost a tenth of the fingerprints' time).
 */
function addGram(g: number, count: number, stamp: number): number {
  if ((count + 1) * 2 > scratch.keys.length) growScratch(count, stamp);
  if (count === gramList.length) {
    const longer = new Int32Array(gramList.length * 2);
    longer.set(gramList);
    gramList = longer;
  }
  const { keys, stamps } = scratch;
  const mask = keys.length - 1;
  for (let i = hashSlot(g) & mask; ; i = (i + 1) & mask) {
    if (stamps[i] !== stamp) {
      stamps[i] = stamp;
      keys[i] = g;
      gramList[count] = g;
      return count + 1;
    }
    if (keys[i] === g) return count;
  }
}

let gramList = new Int32Array(512);
const scratch = { keys: new Int32Array(1024), stamps: new Int32Array(1024), stamp: 0 };

/** A new stamp of a shared table; before stamps would overflow their Int32Array, the table starts afresh. */
function nextStamp(shared: { stamps: Int32Array; stamp: number }): number {
  if (shared.stamp === 0x7fffffff) {
    shared.stamps.fill(0);
    shared.stamp = 0;
  }
  return ++shared.stamp;
}

/** Doubles the shared table, re-adding the first `count` trigrams of `gramList` (the paragraph being fingerprinted). */
function growScratch(count: number, stamp: number): void {
  const size = scratch.keys.length * 2;
  scratch.keys = new Int32Array(size);
  scratch.stamps = new Int32Array(size);
  const mask = size - 1;
  for (let k = 0; k < count; k++) {
    const g = gramList[k]!;
    let i = hashSlot(g) & mask;
    while (scratch.stamps[i] === stamp) i = (i + 1) & mask;
    scratch.stamps[i] = stamp;
    scratch.keys[i] = g;
  }
}

/**
 * Finds earlier paragraphs that share most word trigrams with a new one, in time linear in the
 * paragraph's words: an open-addressing table from trigram hash to the first paragraph that had it
 * (typed arrays, no per-entry objects), and per-paragraph overlap counters. The table is shared by
 * every index and only grows; an index owns the slots that carry its stamp, so a new index costs
 * no allocation. One index is filled at a time (within one synchronous step run).
 */
export class NearDuplicateIndex {
  private readonly stamp = nextStamp(table);
  private used = 0;
  private readonly sizes: number[] = [];
  private readonly overlap: number[] = [];

  /**
   * The id of an earlier paragraph whose trigrams these share at Jaccard ≥ 0.8; or, when there is
   * none, null, and the paragraph is indexed under `id`.
   */
  check(grams: ArrayLike<number> | null, id: number): number | null {
    if (grams === null) return null;
    // Room for every gram first, so the empty slot where a gram was not found is still where it goes.
    while ((this.used + grams.length) * 2 > table.keys.length) growTable(this.stamp);
    if (freeSlots.length < grams.length) freeSlots = new Int32Array(2 * grams.length);
    const { keys, stamps, owners } = table;
    const mask = keys.length - 1;
    const touched: number[] = [];
    for (let j = 0; j < grams.length; j++) {
      const g = grams[j]!;
      let owner = -1;
      let i = hashSlot(g) & mask;
      for (; stamps[i] === this.stamp; i = (i + 1) & mask) {
        if (keys[i] === g) {
          owner = owners[i]!;
          break;
        }
      }
      freeSlots[j] = owner < 0 ? i : -1;
      if (owner < 0) continue;
      if (!this.overlap[owner]) touched.push(owner);
      this.overlap[owner] = (this.overlap[owner] ?? 0) + 1;
    }
    let found: number | null = null;
    for (const other of touched) {
      const shared = this.overlap[other]!;
      this.overlap[other] = 0;
      if (found === null && shared / (grams.length + this.sizes[other]! - shared) >= THRESHOLD) found = other;
    }
    if (found !== null) return found;
    this.sizes[id] = grams.length;
    for (let j = 0; j < grams.length; j++) {
      const i = freeSlots[j]!;
      if (i < 0) continue;
      // Another gram of this paragraph may have taken the slot: then the probe goes on from there.
      if (stamps[i] === this.stamp) {
        this.put(grams[j]!, id);
        continue;
      }
      stamps[i] = this.stamp;
      keys[i] = grams[j]!;
      owners[i] = id;
      this.used++;
    }
    return null;
  }

  /** Records the first owner of a trigram; later owners are not kept (kept paragraphs share little). */
  private put(key: number, owner: number): void {
    if ((this.used + 1) * 2 > table.keys.length) growTable(this.stamp);
    const { keys, stamps, owners } = table;
    const mask = keys.length - 1;
    for (let i = hashSlot(key) & mask; ; i = (i + 1) & mask) {
      if (stamps[i] !== this.stamp) {
        stamps[i] = this.stamp;
        keys[i] = key;
        owners[i] = owner;
        this.used++;
        return;
      }
      if (keys[i] === key) return;
    }
  }
}

const table = { keys: new Int32Array(1024), owners: new Int32Array(1024), stamps: new Int32Array(1024), stamp: 0 };
/** Per gram of the paragraph being checked: the empty slot where it was not found, or -1. */
let freeSlots = new Int32Array(256);

/** Doubles the shared trigram table, keeping the entries of the index being filled. */
function growTable(stamp: number): void {
  const { keys, owners, stamps } = table;
  const size = keys.length * 2;
  table.keys = new Int32Array(size);
  table.owners = new Int32Array(size);
  table.stamps = new Int32Array(size);
  const mask = size - 1;
  for (let j = 0; j < keys.length; j++) {
    if (stamps[j] !== stamp) continue;
    let i = hashSlot(keys[j]!) & mask;
    while (table.stamps[i] === stamp) i = (i + 1) & mask;
    table.stamps[i] = stamp;
    table.keys[i] = keys[j]!;
    table.owners[i] = owners[j]!;
  }
}

/** Spreads 30-bit keys over the table (they are hashes already, but of correlated words). */
function hashSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 2;
}

/**
 * Word characters are letters, digits and marks, cheaply: ASCII alphanumerics or anything from
 * U+00C0 but curly quotes. Per UTF-16 code unit: 0 when not a word character, else the unit folded
 * to lower case (ASCII) or itself.
 */
const WORD_FOLD = Uint16Array.from({ length: 0x10000 }, (_, c) => {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? c : c >= 65 && c <= 90 ? c + 32 : 0;
  return c >= 0xc0 && (c < 0x2018 || c > 0x201f) ? c : 0;
});
