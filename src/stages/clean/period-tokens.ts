import type { Token } from './period-edits.js';
import { classOf, codePointAt, LETTER, NUMBER, runEnd, SPACE, WORD } from './letters.js';

/**
 * Tokens of `text.slice(from, to)` for the period rules: words (runs of letters, marks and digits,
 * with inner apostrophes, dots or hyphens: "U.S", "kompas.com", "Rusia-Tiongkok") or one other
 * character. A token is a word when its first code unit is a letter or a digit. The array and its
 * tokens hold until the next call. A token's `text` is cut from `text` when first read: the rules
 * read the words around periods, a few of a stretch's tokens.
 */
export function periodTokens(text: string, from: number, to: number): Token[] {
  const tokens = scratch;
  source = text;
  let n = 0;
  for (let i = from; i < to; ) {
    const c = codePointAt(text, i, to);
    const width = c > 0xffff ? 2 : 1;
    const classes = classOf(c);
    if ((classes & WORD) === 0) {
      if ((classes & SPACE) === 0) put(tokens, n++, i, i + width, false);
      i += width;
      continue;
    }
    let end = runEnd(text, i + width, to, WORD);
    // "U.S", "kompas.com", "Rusia-Tiongkok", "Putin’s": a joiner counts only with a word character after it.
    while (end + 1 < to && isJoiner(text.charCodeAt(end)) && (classOf(codePointAt(text, end + 1, to)) & WORD) !== 0) end = runEnd(text, end + 1, to, WORD);
    put(tokens, n++, i, end, width === 1 && (classes & (LETTER | NUMBER)) !== 0);
    i = end;
  }
  tokens.length = n;
  return tokens;
}

/**
 * The array of the last call, and every token object made so far, which later calls reuse: a
 * stretch is judged before the next is read, and fresh tokens for every suspicious paragraph were
 * a large share of the stage's garbage.
 */
const scratch: Token[] = [];
const made: LazyToken[] = [];
/** The text of the last call, which the tokens' `text` is cut from. */
let source = '';

/** A token whose `text` is sliced from `source` on first read (most tokens' never is). */
class LazyToken implements Token {
  private cut: string | null = null;

  constructor(
    public start: number,
    public end: number,
    public word: boolean,
  ) {}

  get text(): string {
    return (this.cut ??= source.slice(this.start, this.end));
  }

  reset(start: number, end: number, word: boolean): void {
    this.start = start;
    this.end = end;
    this.word = word;
    this.cut = null;
  }
}

function put(tokens: Token[], at: number, start: number, end: number, word: boolean): void {
  let token = made[at];
  if (token === undefined) made.push((token = new LazyToken(start, end, word)));
  else token.reset(start, end, word);
  tokens[at] = token;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45; // ' ’ . -
}
