/**
 * Unicode general categories the tokenizer asks about, per code point: letter (\p{L}), mark
 * (\p{M}), number (\p{N}) and white space (\s). Looked up once per code point and remembered:
 * a regular expression test per character would dominate tokenizing.
 */
export function isLetter(c: number): boolean {
  return (classOf(c) & LETTER) !== 0;
}

/** \p{L} or \p{M}. */
export function isLetterOrMark(c: number): boolean {
  return (classOf(c) & (LETTER | MARK)) !== 0;
}

/** \p{L} or \p{N}. */
export function isLetterOrNumber(c: number): boolean {
  return (classOf(c) & (LETTER | NUMBER)) !== 0;
}

/** \p{N}. */
export function isNumber(c: number): boolean {
  return (classOf(c) & NUMBER) !== 0;
}

/** White space as in \s. */
export function isSpace(c: number): boolean {
  return (classOf(c) & SPACE) !== 0;
}

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const SPACE = 8;
/** Set once the code point's classes are known. */
const KNOWN = 16;

/** Classes of the Basic Multilingual Plane, filled on first use of each code point. */
const BMP = new Uint8Array(0x10000);
/** Classes of the rarer code points above it. */
const ASTRAL = new Map<number, number>();

function classOf(c: number): number {
  if (c <= 0xffff) {
    const known = BMP[c]!;
    if (known !== 0) return known;
    return (BMP[c] = compute(c));
  }
  let known = ASTRAL.get(c);
  if (known === undefined) ASTRAL.set(c, (known = compute(c)));
  return known;
}

function compute(c: number): number {
  const ch = String.fromCodePoint(c);
  let out = KNOWN;
  if (L.test(ch)) out |= LETTER;
  if (M.test(ch)) out |= MARK;
  if (N.test(ch)) out |= NUMBER;
  if (S.test(ch)) out |= SPACE;
  return out;
}

const L = /^\p{L}$/u;
const M = /^\p{M}$/u;
const N = /^\p{N}$/u;
const S = /^\s$/u;
