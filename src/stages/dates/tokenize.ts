import type { Token } from '../../core/doc.js';

/** A token of a candidate window: words, digit runs and single punctuation marks. */
export interface FineToken {
  start: number;
  end: number;
  /** Lower-cased, diacritics-stripped (words); the digits (numbers); the character (punctuation). */
  norm: string;
  kind: 'word' | 'num' | 'punct';
  /** Whitespace (or the window's start) comes right before the token. */
  space: boolean;
  /** First character is an upper-case letter. */
  upper: boolean;
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
  let i = start;
  let space = true;
  while (i < end) {
    const cls = classify(text, i);
    if (cls === SPACE_CLASS) {
      space = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (cls !== PUNCT_CLASS) while (j < end && classify(text, j) === cls) j++;
    const raw = text.slice(i, j);
    const kind = cls === LETTER_CLASS ? 'word' : cls === DIGIT_CLASS ? 'num' : 'punct';
    const c = text.charCodeAt(i);
    const upper = kind === 'word' && (c < 128 ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase());
    const norm = kind === 'word' ? normalizeWord(raw) : kind === 'punct' ? (APOSTROPHES.includes(raw) ? "'" : raw) : raw;
    out.push({ start: i, end: j, norm, kind, space, upper });
    space = false;
    i = j;
  }
  return out;
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
 * are taken over as they are, saving a second scan of the text; others (`21/8/2024`, `mid-March`, `20th`)
 * are split by `tokenizeRange`.
 */
export function fromTokenLayer(text: string, tokens: readonly Token[], lo: number, hi: number): FineToken[] {
  const out: FineToken[] = [];
  let prevEnd = -1;
  for (let i = lo; i <= hi; i++) {
    const t = tokens[i]!;
    const space = i === lo || t.start > prevEnd;
    prevEnd = t.end;
    const simple = simpleKind(t);
    if (simple === null) {
      const parts = tokenizeRange(text, t.start, t.end);
      if (parts.length > 0) parts[0]!.space = space;
      for (const p of parts) out.push(p);
    } else if (simple === 'punct') {
      const raw = text[t.start]!;
      out.push({ start: t.start, end: t.end, norm: APOSTROPHES.includes(raw) ? "'" : raw, kind: 'punct', space, upper: false });
    } else {
      out.push({ start: t.start, end: t.end, norm: t.norm, kind: simple, space, upper: t.upper });
    }
  }
  return out;
}

/**
 * The kind of a token-layer token that needs no second split: ASCII letters only, ASCII digits only, or one
 * punctuation mark. Anything else (`21/8/2024`, `mid-march`, `20th`, non-ASCII letters) returns null.
 */
function simpleKind(t: Token): FineToken['kind'] | null {
  const norm = t.norm;
  if (t.end - t.start !== norm.length) return null;
  const c0 = norm.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    for (let i = 1; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      if (c < 97 || c > 122) return null;
    }
    return 'word';
  }
  if (c0 >= 48 && c0 <= 57) {
    for (let i = 1; i < norm.length; i++) {
      const c = norm.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
    return 'num';
  }
  return norm.length === 1 && c0 < 128 && t.kind === 'punct' ? 'punct' : null;
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
