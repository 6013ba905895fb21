import type { Token } from '../../core/doc.js';
import { firstTokenStartingAt } from '../../core/sorted.js';

/**
 * A token of a candidate window: words, digit runs and single punctuation marks. A token of the token
 * layer that already has this shape is used as it is (the fields are a subset of `Token`'s), so these
 * are never changed. Whether whitespace comes before one is told by {@link spaced}.
 */
export interface FineToken {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, diacritics-stripped (words); the digits (numbers); the character (punctuation). */
  readonly norm: string;
  readonly kind: 'word' | 'number' | 'punct';
  /** First character is an upper-case letter. */
  readonly upper: boolean;
}

/**
 * Whitespace (or the start of the list) comes right before token `i`. Every other character of the text
 * is part of some token, so a gap between two tokens is whitespace.
 */
export function spaced(toks: readonly FineToken[], i: number): boolean {
  return i === 0 || toks[i]!.start > toks[i - 1]!.end;
}

// Dates need digit- and punctuation-level tokens ("21/8/2024", "7-10", "2.5", "1940s") whose shape
// this stage fixes itself, so it does not depend on how the sentences stage splits numbers.
// A hand-written scanner: ASCII is classified by char code, only other characters meet a regex.
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const MARKS = /\p{M}/gu;
// "Jum’at" and "Jum'at", "Wednesday’s" and "Wednesday's" read alike.
const APOSTROPHES = '’‘ʼ`';

/** Tokenises `text.slice(start, end)` into fine tokens with offsets into `text`. */
export function tokenizeRange(text: string, start: number, end: number): FineToken[] {
  const out: FineToken[] = [];
  scanRange(text, start, end, out, 0);
  return out;
}

/** Writes the fine tokens of `text.slice(start, end)` into `out` from index `n`; returns the index after them. */
function scanRange(text: string, start: number, end: number, out: FineToken[], n: number): number {
  let i = start;
  while (i < end) {
    const cls = classify(text, i);
    if (cls === SPACE_CLASS) {
      i++;
      continue;
    }
    let j = i + 1;
    if (cls !== PUNCT_CLASS) while (j < end && classify(text, j) === cls) j++;
    const raw = text.slice(i, j);
    const kind = cls === LETTER_CLASS ? 'word' : cls === DIGIT_CLASS ? 'number' : 'punct';
    const c = text.charCodeAt(i);
    const upper = kind === 'word' && (c < 128 ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase());
    const norm = kind === 'word' ? normalizeWord(raw) : kind === 'punct' ? (APOSTROPHES.includes(raw) ? "'" : raw) : raw;
    out[n++] = { start: i, end: j, norm, kind, upper };
    i = j;
  }
  return n;
}

const SPACE_CLASS = 0;
const LETTER_CLASS = 1;
const DIGIT_CLASS = 2;
const PUNCT_CLASS = 3;

function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER_CLASS;
    if (c >= 48 && c <= 57) return DIGIT_CLASS;
    return c === 32 || (c >= 9 && c <= 13) ? SPACE_CLASS : PUNCT_CLASS;
  }
  // Surrogate pairs (rare here) are classified by their first half, as punctuation.
  const ch = text[i]!;
  if (LETTER.test(ch)) return LETTER_CLASS;
  return SPACE.test(ch) ? SPACE_CLASS : PUNCT_CLASS;
}

/**
 * The fine tokens of `doc.tokens[lo..hi]`: simple tokens (letters only, digits only, one punctuation mark)
 * are taken over as they are, which saves a second scan of the text and an object a token; others
 * (`21/8/2024`, `mid-March`, `20th`) are split by `tokenizeRange`. With `limit`, what lies at or after that
 * offset is left out and a token across it is cut there, exactly as `tokenizeRange` would cut it.
 */
export function fromTokenLayer(text: string, tokens: readonly Token[], lo: number, hi: number, limit = Infinity): FineToken[] {
  // Sized for one fine token a layer token, the common case: growing the list token by token allocated
  // more than the tokens themselves. A token that splits lengthens it.
  const out: FineToken[] = new Array<FineToken>(Math.max(0, hi - lo + 1));
  let n = 0;
  for (let i = lo; i <= hi; i++) {
    const t = tokens[i]!;
    if (t.start >= limit) break;
    if (t.end <= limit && isSimple(t)) out[n++] = t;
    else n = scanRange(text, t.start, Math.min(t.end, limit), out, n);
  }
  // only when a token split or the limit cut: the length setter is a runtime call even when it changes nothing
  if (n !== out.length) out.length = n;
  return out;
}

/**
 * The fine tokens of `text.slice(start, end)` within sentence `sentence`: from the token layer when the doc
 * has one (the same tokens as `tokenizeRange`, without a second scan of the text), else from the text.
 */
export function sentenceTokens(text: string, tokens: readonly Token[] | undefined, sentence: number, start: number, end: number): FineToken[] {
  if (!tokens || tokens.length === 0) return tokenizeRange(text, start, end);
  const lo = firstTokenStartingAt(tokens, start);
  // The layer holds each sentence's tokens together, in text order, inside the sentence's span: the tokens of
  // `sentence` starting before `end` are those up to the last one starting before `end`, found by a second
  // search rather than by reading every token (a token of another sentence at either end sends it back to reading
  // them one by one).
  let last = firstTokenStartingAt(tokens, end) - 1;
  if (last >= lo && (tokens[lo]!.sentence !== sentence || tokens[last]!.sentence !== sentence)) {
    last = lo - 1;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence && tokens[last + 1]!.start < end) last++;
  }
  return fromTokenLayer(text, tokens, lo, last, end);
}

/**
 * True for a token-layer token that is already a fine token: ASCII letters only (a word), ASCII digits only
 * (a number), or one ASCII punctuation mark other than the backtick (read as an apostrophe). Anything else
 * (`21/8/2024`, `mid-march`, `20th`, non-ASCII letters) needs a second split.
 */
function isSimple(t: Token): boolean {
  const norm = t.norm;
  if (t.end - t.start !== norm.length) return false;
  const c0 = norm.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    if (t.kind !== 'word') return false;
    for (let i = 1; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      if (c < 97 || c > 122) return false;
    }
    return true;
  }
  if (c0 >= 48 && c0 <= 57) {
    if (t.kind !== 'number') return false;
    for (let i = 1; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }
  return norm.length === 1 && c0 < 128 && c0 !== 96 && t.kind === 'punct';
}

/** Lower-cases and strips diacritics (`Jum'at` parts, `Élysée` → `elysee`). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(MARKS, '');
  }
  return lower;
}

/** Splits a pack phrase (`waktu setempat`, `a.m.`) into the norms its tokens will have. */
export function phraseNorms(phrase: string): string[] {
  return tokenizeRange(phrase, 0, phrase.length).map((t) => t.norm);
}
