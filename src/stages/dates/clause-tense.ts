import type { Span } from '../../core/span.js';
import type { DateLexicon } from './lexicon.js';
import { matchPhrase } from './phrase-table.js';
import { tokenizeRange } from './tokenize.js';

// Clause boundaries: language-neutral punctuation.
const BOUNDARY = ',;:—–"“”';

/**
 * True when the clause around `[start, end)` is future or planned (`will meet on Wednesday`, `akan
 * bertemu pada hari Rabu`). A fronted date (`On Wednesday, Putin will…`) takes the next clause too.
 * Only the clause is tokenised, found by scanning characters outward from the date within its sentence.
 */
export function inFutureClause(text: string, sentence: Span, start: number, end: number, lex: DateLexicon): boolean {
  let left = start;
  while (left > sentence.start && !BOUNDARY.includes(text[left - 1]!)) left--;
  let right = clauseEnd(text, end, sentence.end);
  const toks = tokenizeRange(text, left, right);
  const outside = toks.filter((t) => t.start < start || t.start >= end).length;
  if (outside <= 1 && right < sentence.end) {
    const more = clauseEnd(text, right + 1, sentence.end);
    toks.push(...tokenizeRange(text, right, more));
    right = more;
  }
  for (let k = 0; k < toks.length; k++) if (matchPhrase(lex.future, toks, k)) return true;
  return false;
}

function clauseEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !BOUNDARY.includes(text[i]!)) i++;
  return i;
}
