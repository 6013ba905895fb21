import type { Token } from './period-edits.js';
import { classOf, codePointAt, LETTER, NUMBER, runEnd, SPACE, WORD } from './letters.js';

/**
 * Tokens of `text.slice(from, to)` for the period rules: words (runs of letters, marks and digits,
 * with inner apostrophes, dots or hyphens: "U.S", "kompas.com", "Rusia-Tiongkok") or one other
 * character. A token is a word when its first code unit is a letter or a digit.
 */
export function periodTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; ) {
    const c = codePointAt(text, i, to);
    const width = c > 0xffff ? 2 : 1;
    const classes = classOf(c);
    if ((classes & WORD) === 0) {
      if ((classes & SPACE) === 0) tokens.push({ text: text.slice(i, i + width), start: i, end: i + width, word: false });
      i += width;
      continue;
    }
    let end = runEnd(text, i + width, to, WORD);
    // "U.S", "kompas.com", "Rusia-Tiongkok", "Putin’s": a joiner counts only with a word character after it.
    while (end + 1 < to && isJoiner(text.charCodeAt(end)) && (classOf(codePointAt(text, end + 1, to)) & WORD) !== 0) end = runEnd(text, end + 1, to, WORD);
    tokens.push({ text: text.slice(i, end), start: i, end, word: width === 1 && (classes & (LETTER | NUMBER)) !== 0 });
    i = end;
  }
  return tokens;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45; // ' ’ . -
}
