import type { DateLexicon } from './lexicon.js';
import { matchPhrase } from './phrase-table.js';
import type { FineToken } from './tokenize.js';

// Clause boundaries: language-neutral punctuation.
const BOUNDARY = ',;:—–"“”';

/**
 * True when the clause around `[start, end)` is future or planned (`will meet on Wednesday`, `akan
 * bertemu pada hari Rabu`). A fronted date (`On Wednesday, Putin will…`) takes the next clause.
 */
export function inFutureClause(toks: readonly FineToken[], start: number, end: number, lex: DateLexicon): boolean {
  let lo = toks.findIndex((t) => t.start >= start);
  if (lo < 0) return false;
  let hi = lo;
  while (hi + 1 < toks.length && toks[hi + 1]!.end <= end) hi++;
  const isBoundary = (k: number) => toks[k]!.kind === 'punct' && BOUNDARY.includes(toks[k]!.norm);
  let left = lo;
  while (left > 0 && !isBoundary(left - 1)) left--;
  let right = hi;
  while (right + 1 < toks.length && !isBoundary(right + 1)) right++;
  const outside = lo - left + (right - hi);
  if (outside <= 1 && right + 2 < toks.length) {
    right += 2;
    while (right + 1 < toks.length && !isBoundary(right + 1)) right++;
  }
  for (let k = left; k <= right; k++) if (matchPhrase(lex.future, toks, k)) return true;
  return false;
}
