/**
 * Maps offsets in cleaned text back to offsets in the raw text.
 *
 * Cleaning is a sequence of edits; rather than store one entry per character we keep sorted
 * anchors: the cleaned range from `clean[i]` up to `clean[i + 1]` (the last one up to the end)
 * is either copied from raw starting at `raw[i]` (`inserted[i] === 0`: both advance together), or
 * replaces the raw range from `raw[i]` up to `raw[i + 1]` (`inserted[i] === 1`: every offset
 * inside maps to its start). A deleted raw range is a jump in `raw` between two anchors. A
 * replacement of the same length needs no anchor: offsets are unchanged.
 */
export interface OffsetMap {
  /** Cleaned-text offsets of the anchors, strictly ascending, starting at 0. */
  readonly clean: number[];
  /** Raw-text offsets of the anchors, non-decreasing. */
  readonly raw: number[];
  /** Per anchor: 1 when the cleaned range up to the next anchor replaces raw text (or is inserted). */
  readonly inserted: number[];
}

/** A replacement of the raw range `start..end` by `insert` (`''` deletes). */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** An offset map where cleaned text equals raw text. */
export function identityMap(): OffsetMap {
  return { clean: [0], raw: [0], inserted: [0] };
}

/** Translates a cleaned-text offset (a span start) to the raw text. */
export function toRawOffset(map: OffsetMap, offset: number): number {
  const i = anchorAt(map.clean, offset);
  if (map.inserted[i]) return map.raw[i]!;
  return map.raw[i]! + (offset - map.clean[i]!);
}

/** Translates a cleaned-text span end (exclusive) to the raw text: the end of the raw text it came from. */
export function toRawEnd(map: OffsetMap, offset: number): number {
  if (offset <= 0) return toRawOffset(map, offset);
  const i = anchorAt(map.clean, offset - 1);
  if (map.inserted[i]) return map.raw[i + 1] ?? map.raw[i]!;
  return map.raw[i]! + (offset - map.clean[i]!);
}

/** Translates a cleaned-text span to the raw span it came from. */
export function toRawSpan(map: OffsetMap, span: { start: number; end: number }): { start: number; end: number } {
  const start = toRawOffset(map, span.start);
  return { start, end: span.end <= span.start ? start : Math.max(start, toRawEnd(map, span.end)) };
}

/**
 * Translates a raw offset to the cleaned text: the cleaned offset of the same character, or, when
 * that character was deleted or replaced, the cleaned offset where it went (`bias` picks the start or
 * the end of a replacement).
 */
export function toCleanOffset(map: OffsetMap, rawOffset: number, bias: 'start' | 'end' = 'start'): number {
  const { clean, raw, inserted } = map;
  // Last anchor whose raw offset is <= rawOffset.
  let lo = 0;
  let hi = raw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (raw[mid]! <= rawOffset) lo = mid;
    else hi = mid - 1;
  }
  // Before the first anchor: raw text deleted at the very start ("<p>" of "<p>Text").
  if (rawOffset < raw[lo]!) return clean[lo]!;
  const next = clean[lo + 1];
  if (inserted[lo]) return bias === 'end' && rawOffset > raw[lo]! && next !== undefined ? next : clean[lo]!;
  const c = clean[lo]! + (rawOffset - raw[lo]!);
  return next !== undefined && c > next ? next : c;
}

/** Applies non-overlapping edits to `raw`; returns the new text and the map back to `raw`. */
export function applyEdits(raw: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const sorted = isSorted(edits) ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const map: OffsetMap = { clean: [], raw: [], inserted: [] };
  pushAnchor(map, 0, 0, 0);
  let rawPos = 0;
  let cleanPos = 0;
  for (const edit of sorted) {
    if (edit.start < rawPos) throw new RangeError(`Cannot apply edit at ${edit.start}: overlaps previous edit ending at ${rawPos}`);
    if (edit.end < edit.start || edit.end > raw.length) throw new RangeError(`Cannot apply edit ${edit.start}..${edit.end}: outside text`);
    if (edit.start > rawPos) {
      parts.push(raw.slice(rawPos, edit.start));
      cleanPos += edit.start - rawPos;
    }
    if (edit.insert.length === edit.end - edit.start) {
      // A same-length replacement ("\u00a0" → " ", "Yang" → "yang") keeps every offset: no anchor.
      parts.push(edit.insert);
      cleanPos += edit.insert.length;
      rawPos = edit.end;
      continue;
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

/**
 * Composes two maps in linear time: `inner` maps text B to A, `outer` maps text C to B; the result
 * maps C to A.
 */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const result: OffsetMap = { clean: [], raw: [], inserted: [] };
  let j = 0;
  for (let i = 0; i < outer.clean.length; i++) {
    const c0 = outer.clean[i]!;
    const b0 = outer.raw[i]!;
    while (j + 1 < inner.clean.length && inner.clean[j + 1]! <= b0) j++;
    const a0 = inner.inserted[j] ? inner.raw[j]! : inner.raw[j]! + (b0 - inner.clean[j]!);
    if (outer.inserted[i]) {
      pushAnchor(result, c0, a0, 1);
      continue;
    }
    pushAnchor(result, c0, a0, inner.inserted[j]!);
    // Inner anchors inside this copied stretch start new segments of their own.
    const c1 = outer.clean[i + 1];
    const b1 = c1 === undefined ? Infinity : b0 + (c1 - c0);
    while (j + 1 < inner.clean.length && inner.clean[j + 1]! < b1) {
      j++;
      pushAnchor(result, c0 + (inner.clean[j]! - b0), inner.raw[j]!, inner.inserted[j]!);
    }
  }
  return result;
}

/** Index of the last anchor at or before `offset`. */
function anchorAt(clean: readonly number[], offset: number): number {
  let lo = 0;
  let hi = clean.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clean[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isSorted(edits: readonly Edit[]): boolean {
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.start) return false;
  return true;
}

/** Appends an anchor, replacing one at the same cleaned offset and skipping one that changes nothing. */
function pushAnchor(map: OffsetMap, clean: number, raw: number, inserted: number): void {
  const n = map.clean.length;
  if (n > 0 && map.clean[n - 1] === clean) {
    map.raw[n - 1] = raw;
    map.inserted[n - 1] = inserted;
    if (n > 1 && continues(map, n - 2, clean, raw, inserted)) popAnchor(map);
    return;
  }
  if (n > 0 && continues(map, n - 1, clean, raw, inserted)) return;
  map.clean.push(clean);
  map.raw.push(raw);
  map.inserted.push(inserted);
}

/** True when a copy anchor at (clean, raw) just continues the copy segment at index `i`. */
function continues(map: OffsetMap, i: number, clean: number, raw: number, inserted: number): boolean {
  return inserted === 0 && map.inserted[i] === 0 && raw - map.raw[i]! === clean - map.clean[i]!;
}

function popAnchor(map: OffsetMap): void {
  map.clean.pop();
  map.raw.pop();
  map.inserted.pop();
}
