/**
 * Unicode classes the period rules ask about, per code point: letter (\p{L}), upper-case letter
 * (\p{Lu}), mark (\p{M}), number (\p{N}) and white space (\s). Each code point is tested once and
 * remembered: scanning with regular expressions built a match array per word.
 */
export const LETTER = 1;
export const UPPER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const SPACE = 16;
/** Letters, marks and digits: the characters of a word. */
export const WORD = LETTER | MARK | NUMBER;

/** The classes of code point `c`, as a bit set of the constants above. */
export function classOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  if (c <= 0xffff) {
    const known = BMP[c]!;
    if (known !== 0) return known & ~KNOWN;
    const computed = compute(c);
    BMP[c] = computed | KNOWN;
    return computed;
  }
  let known = ASTRAL.get(c);
  if (known === undefined) ASTRAL.set(c, (known = compute(c)));
  return known;
}

/** The code point at `i`; a surrogate pair counts as one only when both halves are before `end`. */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

/** The end of the run of characters of `classes` from `i` (code point by code point). */
export function runEnd(text: string, i: number, end: number, classes: number): number {
  while (i < end) {
    const u = text.charCodeAt(i);
    // Most characters are ASCII: one look in the small table, no surrogate or cache checks.
    if (u < 128) {
      if ((ASCII[u]! & classes) === 0) return i;
      i++;
      continue;
    }
    const c = codePointAt(text, i, end);
    if ((classOf(c) & classes) === 0) return i;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

/** Set in the BMP table once a code point's classes are known (its classes may be none). */
const KNOWN = 128;
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
const L = /^\p{L}$/u;
const LU = /^\p{Lu}$/u;
const M = /^\p{M}$/u;
const N = /^\p{N}$/u;
const S = /^\s$/u;
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => compute(c));

function compute(c: number): number {
  const ch = String.fromCodePoint(c);
  let out = 0;
  if (L.test(ch)) out |= LETTER;
  if (LU.test(ch)) out |= UPPER;
  if (M.test(ch)) out |= MARK;
  if (N.test(ch)) out |= NUMBER;
  if (S.test(ch)) out |= SPACE;
  return out;
}
