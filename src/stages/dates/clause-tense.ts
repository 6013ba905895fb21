import type { Token } from '../../core/doc.js';
import { firstTokenStartingAt } from '../../core/sorted.js';
import type { Span } from '../../core/span.js';
import type { DateInput } from './date-input.js';
import type { DateLexicon } from './lexicon.js';
import { JoinerCursor } from './joiner-cursor.js';
import { matchPhrase, maybeKey } from './phrase-table.js';
import { tokenizeRange } from './tokenize.js';

// Clause boundaries: language-neutral punctuation.
const BOUNDARY = ',;:—–"“”';
// A clause is searched at most this far each side of the date (tokens; characters on the text path), so a
// huge sentence without punctuation stays linear in its number of dates.
const REACH = 30;
const REACH_CHARS = 200;

/**
 * True when the clause around `[start, end)` is future or planned (`will meet on Wednesday`, `akan
 * bertemu pada hari Rabu`). A fronted date (`On Wednesday, Putin will…`) takes the next clause too.
 * Only the clause is tokenised, found by scanning characters outward from the date within its sentence.
 */
export function inFutureClause(text: string, sentence: Span, start: number, end: number, lex: DateLexicon): boolean {
  let left = start;
  const leftLimit = Math.max(sentence.start, start - REACH_CHARS);
  while (left > leftLimit && !BOUNDARY.includes(text[left - 1]!)) left--;
  let right = clauseEnd(text, end, Math.min(sentence.end, end + REACH_CHARS));
  const toks = tokenizeRange(text, left, right);
  const outside = toks.filter((t) => t.start < start || t.start >= end).length;
  if (outside <= 1 && right < sentence.end) {
    const more = clauseEnd(text, right + 1, Math.min(sentence.end, right + 1 + REACH_CHARS));
    toks.push(...tokenizeRange(text, right, more));
    right = more;
  }
  for (let k = 0; k < toks.length; k++) if (matchPhrase(lex.future, toks, k) && !partOfDate(toks, k, lex)) return true;
  return false;
}

/**
 * A one-word cue beside a unit, month or weekday belongs to another date: "met on Monday and agreed to resume
 * talks early next year", "tahun depan". That date is future by itself; it does not make this clause future.
 */
function partOfDate(toks: readonly { norm: string }[], k: number, lex: DateLexicon): boolean {
  const dated = (t: { norm: string } | undefined) => t !== undefined && (lex.units.has(t.norm) || lex.months.has(t.norm) || lex.weekdays.has(t.norm));
  return (lex.shiftBefore.has(toks[k]!.norm) && dated(toks[k + 1])) || (lex.shiftAfter.has(toks[k]!.norm) && dated(toks[k - 1]));
}

function clauseEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && !BOUNDARY.includes(text[i]!)) i++;
  return i;
}

/**
 * `inFutureClause` on the token layer: the same clause rule without a second scan of the text. Falls back
 * to the text when there is no token layer or a token of the clause holds an apostrophe ("we'll").
 */
export function inFutureClauseOfDoc(doc: DateInput, sentence: number, start: number, end: number, lex: DateLexicon): boolean {
  const tokens = doc.tokens;
  const span = doc.sentences![sentence]!;
  if (!tokens || tokens.length === 0) return inFutureClause(doc.text, span, start, end, lex);
  const a = firstTokenStartingAt(tokens, start);
  if (a >= tokens.length || tokens[a]!.sentence !== sentence) return inFutureClause(doc.text, span, start, end, lex);
  let b = a;
  while (b + 1 < tokens.length && tokens[b + 1]!.end <= end) b++;
  // Plain loops, no closures: this runs for every weekday and year-less date.
  let left = a;
  while (left > 0 && a - left < REACH && tokens[left - 1]!.sentence === sentence && !isBoundary(tokens[left - 1]!)) left--;
  let right = b;
  while (right + 1 < tokens.length && right - b < REACH && tokens[right + 1]!.sentence === sentence && !isBoundary(tokens[right + 1]!)) right++;
  if (a - left + (right - b) <= 1 && right + 2 < tokens.length && tokens[right + 2]!.sentence === sentence) {
    right += 2;
    const limit = right + REACH;
    while (right + 1 < tokens.length && right < limit && tokens[right + 1]!.sentence === sentence && !isBoundary(tokens[right + 1]!)) right++;
  }
  for (let k = left; k <= right; k++) {
    const norm = tokens[k]!.norm;
    if (matchPhrase(lex.future, tokens, k, right + 1) && !partOfDate(tokens, k, lex)) return true;
    if (hasApostrophe(norm)) return inFutureClause(doc.text, span, start, end, lex);
  }
  return false;
}

function isBoundary(t: Token): boolean {
  return t.kind === 'punct' && BOUNDARY.includes(t.norm[0]!);
}

/**
 * Per-doc memo of "does this sentence hold any future cue (or an apostrophe)?": most sentences hold none,
 * and then no date of theirs needs the clause scan.
 */
export function futureSentenceMemo(doc: DateInput, lex: DateLexicon): (sentence: number) => boolean {
  // 0 not yet known, 1 no cue, 2 a cue: an array, as sentences are numbered densely from 0.
  const memo = new Uint8Array(doc.sentences?.length ?? 0);
  const apostrophes = new JoinerCursor(doc.text, APOSTROPHES);
  return (sentence) => {
    if (!(sentence >= 0 && sentence < memo.length)) return sentenceHasCue(doc, sentence, lex, apostrophes);
    let known = memo[sentence]!;
    if (known === 0) memo[sentence] = known = sentenceHasCue(doc, sentence, lex, apostrophes) ? 2 : 1;
    return known === 2;
  };
}

/** The apostrophes a token's norm may hold: lower casing and dropping marks make none, and `’` stays one or becomes `'`. */
const APOSTROPHES = "'’";

/**
 * A future cue in the sentence, or a token with an apostrophe (see {@link inFutureClauseOfDoc}): a sentence whose
 * text holds none (nearly all), as the cursor tells, is not read a character at a time for them.
 */
function sentenceHasCue(doc: DateInput, sentence: number, lex: DateLexicon, apostrophes: JoinerCursor): boolean {
  const tokens = doc.tokens;
  const span = doc.sentences?.[sentence];
  if (!tokens || tokens.length === 0 || !span) return true;
  const future = lex.future;
  const from = firstTokenStartingAt(tokens, span.start);
  let to = from;
  for (; to < tokens.length && tokens[to]!.start < span.end; to++) {
    const norm = tokens[to]!.norm;
    if (maybeKey(future.shapes, norm) && future.has(norm)) return true;
  }
  if (to === from) return false;
  if (!apostrophes.within(tokens[from]!.start, tokens[to - 1]!.end)) return false;
  for (let i = from; i < to; i++) if (hasApostrophe(tokens[i]!.norm)) return true;
  return false;
}

/** `norm` holds `'` or `’` (a loop: two `includes` calls cost more on these short words). */
function hasApostrophe(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}
