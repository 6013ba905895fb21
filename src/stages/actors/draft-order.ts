import type { Draft } from './context.js';

/** Above this many drafts an insertion pass may cost more than the builtin sort's comparator calls. */
const INSERTION_MAX = 64;

/**
 * A copy of `drafts` in text order (by start; with `longerFirst`, the longer first at one start), stable
 * like `Array.prototype.sort`. The steps add drafts in a few runs already in order, so for an article's
 * few dozen an insertion pass moves little and calls no comparator.
 */
export function inTextOrder(drafts: readonly Draft[], longerFirst: boolean): Draft[] {
  return sortInTextOrder(drafts.slice(), longerFirst);
}

/** `inTextOrder` in place: for a list nobody reads in its old order after (no copy). */
export function sortInTextOrder(out: Draft[], longerFirst: boolean): Draft[] {
  if (out.length > INSERTION_MAX) return out.sort(longerFirst ? byStartLongerFirst : byStart);
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    let k = i - 1;
    for (; k >= 0; k--) {
      const o = out[k]!;
      if (o.start < d.start || (o.start === d.start && (!longerFirst || o.end >= d.end))) break;
      out[k + 1] = o;
    }
    out[k + 1] = d;
  }
  return out;
}

function byStart(a: Draft, b: Draft): number {
  return a.start - b.start;
}

function byStartLongerFirst(a: Draft, b: Draft): number {
  return a.start - b.start || b.end - a.end;
}
