import type { PunctuationWords } from './clean-data.js';
import { classOf, LETTER } from './letters.js';

/**
 * True when some period in the stretch could be stray: a space before it, a lower-case word or a
 * listed word after it, a function word or a verb of saying before it, or few words since the last
 * sentence end or comma.
 */
export function hasSuspiciousPeriod(text: string, from: number, to: number, w: PunctuationWords | null): boolean {
  let sentenceStart = from;
  for (let i = text.indexOf('.', from); i !== -1 && i < to; i = text.indexOf('.', i + 1)) {
    if (i === from || text.charCodeAt(i - 1) === 32) return true;
    const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
    if (after !== 32) continue; // "3.5", "U.S", ".”", "..."
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === 32) j++;
    const prev = wordBefore(text, i, from);
    if (w !== null && prev === prev.toLowerCase() && (w.noFinal.has(prev) || w.needsObject.has(prev))) return true;
    if (j >= to) continue;
    const next = wordAfter(text, j, to);
    if (next === '') continue;
    const nextLower = next.toLowerCase();
    if (next.charAt(0) === nextLower.charAt(0) && (classOf(next.charCodeAt(0)) & LETTER) !== 0) return true;
    if (w !== null && (w.continuation.has(nextLower) || w.weakContinuation.has(nextLower) || w.noFinal.has(nextLower) || w.predicateStarts.has(nextLower))) return true;
    if (countSpaces(text, sentenceStart, i) <= 2 || shortClauseAfterComma(text, i - prev.length, sentenceStart)) return true;
    sentenceStart = j;
  }
  return false;
}

/** "Menurut Retno, Sato.": a comma one or two words before the period's word (at `wordStart`). */
function shortClauseAfterComma(text: string, wordStart: number, sentenceStart: number): boolean {
  for (let i = wordStart - 1, spaces = 0; i >= sentenceStart && i >= wordStart - 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 44) return true; // ","
    if (c === 32 && ++spaces > 2) return false;
  }
  return false;
}

function wordBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, start: number, to: number): string {
  let i = start;
  while (i < to && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

function countSpaces(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 3; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Letters, digits and marks, cheaply: ASCII alphanumerics or anything above U+00BF. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0x2019 && c !== 0x201d && c !== 0x201c && c !== 0x2018);
}
