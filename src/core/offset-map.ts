/**
 * Maps offsets in cleaned text back to offsets in the raw text.
 *
 * Cleaning is a sequence of edits; rather than store one entry per character we keep
 * sorted anchor points: at cleaned offset `clean[i]` the raw offset is `raw[i]`, and
 * between anchors the two advance together. A deleted raw range becomes a jump; an
 * inserted or replaced range maps every cleaned offset inside it to the start of the
 * raw range it replaced.
 */
export interface OffsetMap {
  /** Cleaned-text offsets of the anchors, ascending. */
  readonly clean: number[];
  /** Raw-text offsets of the anchors, non-decreasing. */
  readonly raw: number[];
  /** Per anchor: 1 when the cleaned range up to the next anchor is an insertion (no raw counterpart). */
  readonly inserted: number[];
}

/** An offset map where cleaned text equals raw text. */
export function identityMap(): OffsetMap {
  return { clean: [0], raw: [0], inserted: [0] };
}

/** Translates a cleaned-text offset to the raw text. */
export function toRawOffset(map: OffsetMap, offset: number): number {
  const { clean, raw, inserted } = map;
  let lo = 0;
  let hi = clean.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clean[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (inserted[lo]) return raw[lo]!;
  return raw[lo]! + (offset - clean[lo]!);
}

/**
 * Builds cleaned text from raw text and a list of edits, returning both the text and its map.
 * Edits must not overlap; they are applied in order of `start`.
 */
export interface Edit {
  /** Raw range replaced. */
  start: number;
  end: number;
  /** Replacement text ('' deletes). */
  insert: string;
}

/** Applies non-overlapping edits to `raw`; returns the new text and the map back to `raw`. */
export function applyEdits(raw: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const map: OffsetMap = { clean: [0], raw: [0], inserted: [0] };
  let rawPos = 0;
  let cleanPos = 0;
  for (const edit of sorted) {
    if (edit.start < rawPos) throw new RangeError(`Cannot apply edit at ${edit.start}: overlaps previous edit ending at ${rawPos}`);
    if (edit.start > rawPos) {
      parts.push(raw.slice(rawPos, edit.start));
      cleanPos += edit.start - rawPos;
    }
    if (edit.insert.length > 0) {
      pushAnchor(map, cleanPos, edit.start, 1);
      parts.push(edit.insert);
      cleanPos += edit.insert.length;
    }
    rawPos = edit.end;
    pushAnchor(map, cleanPos, rawPos, 0);
  }
  if (rawPos < raw.length) parts.push(raw.slice(rawPos));
  return { text: parts.join(''), map };
}

/** Composes two maps: `inner` maps text B to A, `outer` maps text C to B; the result maps C to A. */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const result: OffsetMap = { clean: [], raw: [], inserted: [] };
  for (let i = 0; i < outer.clean.length; i++) {
    const b = outer.raw[i]!;
    pushAnchor(result, outer.clean[i]!, toRawOffset(inner, b), outer.inserted[i]! || insertedAt(inner, b));
  }
  // Anchors of the inner map that fall inside unedited stretches of the outer map still matter.
  for (let j = 0; j < inner.clean.length; j++) {
    const b = inner.clean[j]!;
    const c = fromRawOffset(outer, b);
    if (c !== null) insertAnchor(result, c, inner.raw[j]!, inner.inserted[j]!);
  }
  return result;
}

function insertedAt(map: OffsetMap, offset: number): number {
  let idx = 0;
  for (let i = 0; i < map.clean.length && map.clean[i]! <= offset; i++) idx = i;
  return map.inserted[idx]!;
}

/** Cleaned offset that maps to raw offset `rawOffset` through an unedited stretch, or null. */
function fromRawOffset(map: OffsetMap, rawOffset: number): number | null {
  for (let i = map.clean.length - 1; i >= 0; i--) {
    if (map.raw[i]! <= rawOffset) {
      if (map.inserted[i]) return null;
      const next = map.clean[i + 1];
      const c = map.clean[i]! + (rawOffset - map.raw[i]!);
      if (next !== undefined && c >= next) return null;
      return c;
    }
  }
  return null;
}

function pushAnchor(map: OffsetMap, clean: number, raw: number, inserted: number): void {
  const n = map.clean.length;
  if (n > 0 && map.clean[n - 1] === clean) {
    map.raw[n - 1] = raw;
    map.inserted[n - 1] = inserted;
    return;
  }
  map.clean.push(clean);
  map.raw.push(raw);
  map.inserted.push(inserted);
}

function insertAnchor(map: OffsetMap, clean: number, raw: number, inserted: number): void {
  let i = map.clean.length;
  while (i > 0 && map.clean[i - 1]! > clean) i--;
  if (i > 0 && map.clean[i - 1] === clean) return;
  map.clean.splice(i, 0, clean);
  map.raw.splice(i, 0, raw);
  map.inserted.splice(i, 0, inserted);
}
