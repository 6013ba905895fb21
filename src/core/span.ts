/** Half-open range of UTF-16 code units into `Doc.text` (the contract's offsets). */
export interface Span {
  start: number;
  end: number;
}

/** Returns true when `inner` lies within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Returns true when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorts spans by start, then by longest first; returns the same array. */
export function sortSpans<T extends Span>(spans: T[]): T[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the span in a sorted, non-overlapping list that contains `offset`, or -1. */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
