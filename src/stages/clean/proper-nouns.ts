import { classOf, codePointAt, LETTER, NUMBER, runEnd, SPACE, UPPER, WORD } from './letters.js';

/**
 * Words written with a capital in mid-sentence somewhere in the text ("Presiden Rusia Vladimir" →
 * Rusia, Vladimir): likely proper nouns, evidence that a one-word "sentence" ("Rusia.") is a broken
 * piece of the sentence before. Tokens are runs of letters, marks and digits, single other
 * characters and line breaks; a word after a line break or a sentence end does not count. Linear in
 * the text.
 */
export function properNouns(text: string): ReadonlySet<string> {
  const nouns = new Set<string>();
  let previous = NONE;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = codePointAt(text, i, n);
    const width = c > 0xffff ? 2 : 1;
    const classes = classOf(c);
    if ((classes & WORD) === 0) {
      if ((classes & SPACE) !== 0 && c !== 10) {
        i += width;
        continue;
      }
      // "\n" . ! ? " “ : end what came before; other symbols leave a break a break.
      const ends = c === 10 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 58;
      previous = ends || previous === BREAK ? BREAK : PUNCT;
      i += width;
      continue;
    }
    const end = runEnd(text, i + width, n, WORD);
    // A word starts with a letter or digit of the Basic Multilingual Plane (an astral first
    // character reads as half a pair, as the check on the token's first code unit always did).
    const isWord = width === 1 && (classes & (LETTER | NUMBER)) !== 0;
    if (isWord && previous !== NONE && previous !== BREAK && isCapital(text, i, c, classes)) nouns.add(text.slice(i, end));
    previous = isWord ? WORD_TOKEN : previous === BREAK ? BREAK : PUNCT;
    i = end;
  }
  return nouns;
}

const NONE = 0;
const BREAK = 1;
const WORD_TOKEN = 2;
const PUNCT = 3;

/** The first character changes when lower-cased ("Rusia", "Ǆ"), as the rules test capitals. */
function isCapital(text: string, i: number, c: number, classes: number): boolean {
  if (c < 128) return (classes & UPPER) !== 0;
  const first = text.charAt(i);
  return first !== first.toLowerCase();
}

/**
 * Pairs of a word and a capitalised word written together in mid-sentence, keyed "first Second" with
 * the first word in lower case ("pada hari Rabu" gives "hari Rabu"). Linear in the text.
 */
export function capitalisedPairs(text: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const m of text.matchAll(/([\p{L}\p{M}\p{N}]+) (?=(\p{Lu}[\p{L}\p{M}\p{N}]*))/gu)) pairs.add(`${m[1]!.toLowerCase()} ${m[2]}`);
  return pairs;
}

/** Questions answered by searching before the whole set of pairs is built: most texts ask one or two. */
const MAX_SEARCHES = 8;

/**
 * Answers "is `first second` one of `capitalisedPairs(text)`?" ("hari" and "Rabu"). The first few
 * questions search the text for `second` instead of listing every pair, which costs a pass and a
 * string per capitalised word; a text that asks more gets the set.
 */
export function pairFinder(text: string): (first: string, second: string) => boolean {
  let searches = 0;
  let pairs: ReadonlySet<string> | undefined;
  return (first, second) => {
    if (pairs === undefined && ++searches > MAX_SEARCHES) pairs = capitalisedPairs(text);
    return pairs !== undefined ? pairs.has(`${first} ${second}`) : pairOccurs(text, first, second);
  };
}

/** A word whose lower case is `first`, one space, then exactly the word `second`, starting with \p{Lu}. */
function pairOccurs(text: string, first: string, second: string): boolean {
  const n = text.length;
  if (first === '' || second === '' || (classOf(codePointAt(second, 0, second.length)) & UPPER) === 0) return false;
  for (let at = text.indexOf(second, 2); at !== -1; at = text.indexOf(second, at + 1)) {
    if (text.charCodeAt(at - 1) !== 32 || runEnd(text, at, n, WORD) !== at + second.length) continue;
    const start = wordStart(text, at - 1);
    if (start < at - 1 && text.slice(start, at - 1).toLowerCase() === first) return true;
  }
  return false;
}

/** The start of the run of letters, marks and digits that ends at `end`, read backwards by code point. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    let c = text.charCodeAt(i - 1);
    let width = 1;
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        c = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if ((classOf(c) & WORD) === 0) return i;
    i -= width;
  }
  return i;
}
