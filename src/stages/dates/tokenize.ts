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
const TOKEN = /[\p{L}\p{M}]+|\p{Nd}+|\S/gu;
const MARKS = /\p{M}/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /^[\p{L}\p{M}\p{Nd}]/u;

/** Tokenises `text.slice(start, end)` into fine tokens with offsets into `text`. */
export function tokenizeRange(text: string, start: number, end: number): FineToken[] {
  const out: FineToken[] = [];
  TOKEN.lastIndex = start;
  let prevEnd = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m[0];
    const tokEnd = Math.min(m.index + s.length, end);
    const c = s.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'num' : LETTER.test(s) ? 'word' : 'punct';
    out.push({
      start: m.index,
      end: tokEnd,
      norm: kind === 'word' ? normalizeWord(s) : s,
      kind,
      space: m.index === start || m.index > prevEnd,
      upper: kind === 'word' && UPPER.test(s),
    });
    prevEnd = tokEnd;
  }
  return out;
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
