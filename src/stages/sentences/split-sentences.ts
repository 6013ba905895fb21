import type { Span } from '../../core/span.js';
import type { Abbreviations } from './abbreviations.js';
import { sentenceBreaks } from './sentence-breaks.js';

/** Paragraphs are segmented in chunks of about this many characters: Intl.Segmenter is super-linear. */
export const CHUNK = 4000;

/** What splitting needs for one language, prepared when the stage is built. */
export interface SentenceTools {
  segmenter: Intl.Segmenter;
  abbreviations: Abbreviations;
  /** `sentenceBreaks` agrees with the segmenter's locale (checked by `rulesAgree`); else the segmenter does all. */
  rules: boolean;
}

/** Sentences of one stretch of text, and how many were cut at a hard boundary. */
export interface SplitResult {
  sentences: Span[];
  /** Sentences cut because no sentence end came within a chunk. */
  forced: number;
}

/**
 * Splits `text.slice(start, end)` into sentences: UAX #29 rules on chunks (`sentenceBreaks`, or
 * Intl.Segmenter for characters it does not know), then segments that end
 * in an abbreviation or an initial are joined to the next ("Jend. | Sudirman tiba." → one sentence,
 * "J. | K. | Rowling" → one). Quotes and closing brackets stay with their sentence, as ICU keeps them.
 * Spans are trimmed of surrounding whitespace. Linear in the length of the stretch.
 */
export function splitSentences(text: string, span: Span, tools: SentenceTools): SplitResult {
  const { start, end } = span;
  const { segmenter, abbreviations, rules } = tools;
  const sentences: Span[] = [];
  let forced = 0;
  let pending: Span | null = null;
  for (let chunkStart = start; chunkStart < end; ) {
    const { end: chunkEnd, hard } = chunkEndOf(text, chunkStart, end);
    const breaks = (rules ? sentenceBreaks(text, chunkStart, chunkEnd) : null) ?? segmentBreaks(text, chunkStart, chunkEnd, segmenter);
    let from = chunkStart;
    for (let b = 0; b <= breaks.length; b++) {
      const to = b < breaks.length ? breaks[b]! : chunkEnd;
      const span = trim(text, from, to);
      from = to;
      if (span.end <= span.start) continue;
      if (pending && joins(text, pending, span, abbreviations)) pending.end = span.end;
      else {
        if (pending) sentences.push(pending);
        pending = span;
      }
    }
    if (hard && pending) {
      sentences.push(pending);
      pending = null;
      forced++;
    }
    chunkStart = chunkEnd;
  }
  if (pending) sentences.push(pending);
  return { sentences, forced };
}

/** Segment starts after the first, by Intl.Segmenter: for text with characters `sentenceBreaks` does not know. */
function segmentBreaks(text: string, start: number, end: number, segmenter: Intl.Segmenter): number[] {
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(text.slice(start, end))) if (index > 0) breaks.push(start + index);
  return breaks;
}

/**
 * Where the chunk from `from` ends: the whole rest when short; else just after the last sentence end
 * (". " and the like) in the chunk's second half; else at the last space (`hard`); else a hard cut.
 */
function chunkEndOf(text: string, from: number, end: number): { end: number; hard: boolean } {
  if (end - from <= CHUNK) return { end, hard: false };
  const limit = from + CHUNK;
  for (let i = limit - 1; i > from + CHUNK / 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 && isSentenceEnd(text.charCodeAt(i - 1))) return { end: i + 1, hard: false };
  }
  // Bounded backward search: lastIndexOf would scan to the start of a text without spaces.
  for (let i = limit - 1; i > from; i--) if (text.charCodeAt(i) === 32) return { end: i + 1, hard: true };
  // Never split a surrogate pair.
  const cut = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
  return { end: cut, hard: true };
}

/** "Dr. | Smith", "J. | K. | Rowling", "at 10 a.m. | on Monday" join; "the U.S. | The talks" does too (listed). */
function joins(text: string, previous: Span, next: Span, abbreviations: Abbreviations): boolean {
  if (text.charCodeAt(previous.end - 1) !== 46) return false;
  let i = previous.end - 1;
  while (i > previous.start && !isSpace(text.charCodeAt(i - 1))) i--;
  // Most words open with a letter: the pattern that strips opening quotes and brackets need not run.
  const word = OPENERS.includes(text.charAt(i)) ? text.slice(i, previous.end).replace(/^[("“‘'[]+/u, '') : text.slice(i, previous.end);
  if (abbreviations.always.has(word)) return true;
  // An initial: one capital letter and a period ("J.", "B.J." ends in "J."); a word whose last letter
  // is ASCII but no capital, most words, is none.
  if (mayBeInitials(word) && /^(?:\p{Lu}\.)+$/u.test(word)) return true;
  if (abbreviations.mayEnd.has(word)) return /^[\p{Ll}\p{N}]/u.test(text.charAt(next.start));
  return false;
}

/** The characters the pattern in `joins` strips from the start of a word. */
const OPENERS = '("“‘\'[';

/** False when `word` (ending in a period) cannot be initials: the character before the period is ASCII and no capital. */
function mayBeInitials(word: string): boolean {
  const c = word.length >= 2 ? word.charCodeAt(word.length - 2) : 0;
  return c >= 128 || (c >= 65 && c <= 90);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isSentenceEnd(c: number): boolean {
  // . ! ? and closing quotes or brackets after them
  return c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34 || c === 41 || c === 0x2019;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
