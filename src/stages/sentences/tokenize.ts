import type { Token } from '../../core/doc.js';
import { isLetter, isLetterOrMark, isLetterOrNumber, isNumber, isSpace } from './char-class.js';

/**
 * Tokens of `text.slice(start, end)`, appended to `out` with `sentence` as their sentence index.
 * At each position the first that fits is taken: an initialism ("U.S.", "a.m."), a possessive
 * ("'s"), a word (letters, optionally digits: "G20"; inner apostrophes: "O'Brien"; hyphen chains:
 * "undang-undang"), a number ("3.5", "2.000", "21/8/2024"), an ellipsis, then any other single
 * character. Hyphenated words are split at the hyphen ("Rusia-Tiongkok" → Rusia, -, Tiongkok) so
 * that names inside compounds can be matched, except reduplications, which are one word in
 * Indonesian ("undang-undang", "negara-negara", "bertahun-tahun"). A possessive is its own token
 * ("Putin's" → Putin, 's). A hand-written scanner: a regular expression with Unicode classes and
 * capture groups cost a match array per token.
 */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    const u = text.charCodeAt(i);
    if (u === 32) {
      i++;
      continue;
    }
    // Most words are ASCII letters ended by a space or punctuation: read those in one plain loop.
    if (u < 128 && (u | 32) >= 97 && (u | 32) <= 122) {
      let k = i + 1;
      let hash = Math.imul(FNV_OFFSET ^ (u | 32), FNV_PRIME);
      // "iSrael", "eBay": a capital inside a word that opens in lower case still marks a name
      let inner = false;
      for (; k < end; k++) {
        const d = text.charCodeAt(k);
        if ((d | 32) < 97 || (d | 32) > 122) break;
        if (d < 97) inner = true;
        hash = Math.imul(hash ^ (d | 32), FNV_PRIME);
      }
      // The general path below takes words that go on ("O'Brien", "G20", "Rusia-Tiongkok", "Pérez")
      // and a letter with a period, which may open an initialism ("U.S.").
      const after = k < end ? text.charCodeAt(k) : 32;
      if (after < 128 && ENDS_ASCII_WORD[after] === 1 && (after !== 46 || k - i > 1)) {
        out.push({ start: i, end: k, norm: asciiNorm(text, i, k, hash), kind: 'word', upper: u < 97 || inner, sentence });
        i = k;
        continue;
      }
    }
    const c = codePointAt(text, i, end);
    const width = c > 0xffff ? 2 : 1;
    if (isSpace(c)) {
      i += width;
      continue;
    }
    let to: number;
    let kind: Token['kind'] = 'word';
    if (isLetter(c)) {
      to = initialismEnd(text, i + width, end);
      if (to < 0) {
        to = wordChainEnd(text, i, end);
        if (chained && !isReduplication(text.slice(i, to))) {
          splitHyphens(text, i, to, sentence, out);
          i = to;
          continue;
        }
        // The scan saw every character of the word: ASCII ones need no normalising pass.
        const word = text.slice(i, to);
        out.push(token(text, i, to, (seen & WIDE) !== 0 ? normalize(word) : (seen & UPPER) !== 0 ? word.toLowerCase() : word, 'word', sentence, (seen & UPPER) !== 0));
        i = to;
        continue;
      }
    } else if ((c === 39 || c === 0x2019) && isPossessive(text, i + 1, end)) {
      to = i + 2;
    } else if (isNumber(c)) {
      to = numberEnd(text, i, end);
      kind = 'number';
    } else {
      to = c === 46 && i + 2 < end && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46 ? i + 3 : i + width;
      kind = 'punct';
    }
    out.push(make(text, i, to, kind, sentence));
    i = to;
  }
}

/**
 * The norm of the ASCII letters `text.slice(start, end)`, whose lower-cased characters hash (FNV-1a)
 * to `hash`. A word read before gets the same string back: most words of an article, and of a
 * corpus, are a few thousand, and a string made per word (and its lower-cased copy) was most of what
 * the tokens allocated; a shared string also keeps its hash, so the stages' look-ups by norm hash it
 * once. Words that meet in a slot take turns, which bounds the memory kept.
 */
function asciiNorm(text: string, start: number, end: number, hash: number): string {
  const slot = (hash ^ (hash >>> 15)) & (ASCII_NORMS.length - 1);
  const known = ASCII_NORMS[slot]!;
  if (known.length === end - start && sameFolded(known, text, start)) return known;
  const norm = ownLowerCase(text, start, end);
  ASCII_NORMS[slot] = norm;
  return norm;
}

/**
 * The ASCII letters `text.slice(start, end)` in lower case, as a string of their own: V8 makes a slice
 * of 13 characters or more a view of the text (and lower-casing gives a lower-case view back), and a
 * view kept in the table would keep a whole article alive.
 */
function ownLowerCase(text: string, start: number, end: number): string {
  let norm = '';
  for (let i = start; i < end; i++) norm += String.fromCharCode(text.charCodeAt(i) | 32);
  return norm;
}

/** Whether lower-case `norm` equals the ASCII letters of `text` from `start` folded to lower case (lengths checked). */
function sameFolded(norm: string, text: string, start: number): boolean {
  for (let j = 0; j < norm.length; j++) if (norm.charCodeAt(j) !== (text.charCodeAt(start + j) | 32)) return false;
  return true;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Norms of ASCII words met so far, by hash: 2^14 slots (a few hundred kB with their strings). */
const ASCII_NORMS: string[] = new Array<string>(1 << 14).fill('');

/** Per ASCII code unit: 1 when it ends an ASCII word as it stands, so not a letter, a digit, "'" or "-". */
const ENDS_ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 ? 0 : 1);

/** "undang-undang", "negara-negara", "bertahun-tahun", "sebesar-besarnya": yes; "Rusia-Tiongkok": no. */
export function isReduplication(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  if (a.length < 2 || b.length < 2) return false;
  return a === b || a.endsWith(b) || b.startsWith(a) || (a.length >= 4 && b.includes(a.slice(-4)) && a.includes(b.slice(0, 4)));
}

/** Lower case without diacritics; curly apostrophes become straight ("Pérez’s" → "perez's"). */
export function normalize(text: string): string {
  // ASCII is the common case and needs no decomposition; a lower-case ASCII word is its own norm.
  let lower = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
    if (c >= 65 && c <= 90) lower = false;
  }
  return lower ? text : text.toLowerCase();
}

/**
 * After a first letter: the end of "U.S." or "a.m." (pairs of a period and a letter, then a
 * period), or -1. With "U.S.A" the last letter has no period, so "U.S." is the initialism.
 */
function initialismEnd(text: string, i: number, end: number): number {
  let pairs = 0;
  let afterLast = i;
  let afterPrevious = i;
  while (afterLast < end && text.charCodeAt(afterLast) === 46 && afterLast + 1 < end) {
    const c = codePointAt(text, afterLast + 1, end);
    if (!isLetter(c)) break;
    afterPrevious = afterLast;
    afterLast += c > 0xffff ? 3 : 2;
    pairs++;
  }
  if (pairs === 0) return -1;
  if (afterLast < end && text.charCodeAt(afterLast) === 46) return afterLast + 1;
  // The last pair's period closes the initialism instead ("U.S.A" → "U.S.").
  return pairs >= 2 ? afterPrevious + 1 : -1;
}

/** What the last `wordChainEnd` saw: upper-case ASCII letters, characters beyond ASCII (bits; it may say so of characters it then left out). */
let seen = 0;
const UPPER = 1;
const WIDE = 2;
/** The last `wordChainEnd` went over a hyphen. */
let chained = false;

/** The end of a word and the words hyphenated to it ("undang-undang", "Rusia-Tiongkok-India"). */
function wordChainEnd(text: string, i: number, end: number): number {
  seen = 0;
  chained = false;
  let to = wordEnd(text, i, end);
  while (to + 1 < end && text.charCodeAt(to) === 45 && isLetter(codePointAt(text, to + 1, end))) {
    to = wordEnd(text, to + 1, end);
    chained = true;
  }
  return to;
}

/**
 * The end of one word from its first letter at `i`: letters and marks, inner apostrophes followed
 * by letters ("O'Brien", but not the possessive "'s"), then digits unless a number goes on ("G20";
 * "Rp10.000" stops before the digits).
 */
function wordEnd(text: string, i: number, end: number): number {
  let k = lettersAndMarksEnd(text, i, end);
  while (k + 1 < end) {
    const a = text.charCodeAt(k);
    if ((a !== 39 && a !== 0x2019) || isPossessive(text, k + 1, end) || !isLetterOrMark(codePointAt(text, k + 1, end))) break;
    if (a !== 39) seen |= WIDE;
    k = lettersAndMarksEnd(text, k + 1, end);
  }
  if (k < end) {
    const c = codePointAt(text, k, end);
    if (isNumber(c)) {
      const digits = numberRunEnd(text, k, end);
      if (!followsNumber(text, digits, end)) return digits;
    }
  }
  return k;
}

/** "'s" or "’S" not followed by a letter or digit, where `i` is just after the apostrophe. */
function isPossessive(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const s = text.charCodeAt(i);
  if (s !== 115 && s !== 83) return false;
  return i + 1 >= end || !isLetterOrNumber(codePointAt(text, i + 1, end));
}

/** A number: digits, then groups of a separator and digits ("21/8/2024", "12,5", "14.30"). */
function numberEnd(text: string, i: number, end: number): number {
  let k = numberRunEnd(text, i, end);
  while (k + 1 < end && isSeparator(text.charCodeAt(k)) && isNumber(codePointAt(text, k + 1, end))) k = numberRunEnd(text, k + 1, end);
  return k;
}

/** After a digit run: another digit, or "." or "," and a digit. */
function followsNumber(text: string, k: number, end: number): boolean {
  if (k >= end) return false;
  const c = text.charCodeAt(k);
  if (c === 46 || c === 44) return k + 1 < end && isNumber(codePointAt(text, k + 1, end));
  return isNumber(codePointAt(text, k, end));
}

function isSeparator(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47; // . , : /
}

function lettersAndMarksEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) {
        if (c < 97) seen |= UPPER;
        i++;
      } else return i;
      continue;
    }
    const cp = codePointAt(text, i, end);
    if (!isLetterOrMark(cp)) return i;
    seen |= WIDE;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function numberRunEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i++;
      continue;
    }
    if (c < 128) return i;
    const cp = codePointAt(text, i, end);
    if (!isNumber(cp)) return i;
    seen |= WIDE;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** "Rusia-Tiongkok" → Rusia, -, Tiongkok. */
function splitHyphens(text: string, from: number, to: number, sentence: number, out: Token[]): void {
  let partStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 45) continue;
    if (partStart > from) out.push(make(text, partStart - 1, partStart, 'punct', sentence));
    out.push(make(text, partStart, i, 'word', sentence));
    partStart = i + 1;
  }
}

/** The code point at `i`, a surrogate pair read as one only when both halves are before `end`. */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

function make(text: string, start: number, end: number, kind: Token['kind'], sentence: number): Token {
  return token(text, start, end, normalize(text.slice(start, end)), kind, sentence);
}

function token(text: string, start: number, end: number, norm: string, kind: Token['kind'], sentence: number, inner = false): Token {
  const c = text.charCodeAt(start);
  let upper: boolean;
  if (c < 128) upper = (c >= 65 && c <= 90) || (inner && c >= 97 && c <= 122);
  else {
    const first = text.charAt(start);
    upper = first !== first.toLowerCase();
  }
  return { start, end, norm, kind, upper, sentence };
}
