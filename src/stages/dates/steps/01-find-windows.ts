import type { Doc, Token } from '../../../core/doc.js';
import type { DateLexicon } from '../lexicon.js';
import { MAX_YEAR, MIN_YEAR } from '../rules/context.js';

/** A stretch of text worth parsing for dates. */
export interface Window {
  start: number;
  end: number;
  /** Index into `doc.sentences`, or -1 for the dateline. */
  sentence: number;
  /** The window begins at its sentence's first token. */
  sentenceStart: boolean;
}

/** Tokens kept before an anchor (`the end of last` before `year`) and after it (`(21/8/2024) malam`). */
const LOOK_BEHIND = 4;
const LOOK_AHEAD = 7;
/** A token layer may keep `mid-March`, `Sunday's` or `jum'at` whole; their parts are checked too. */
const JOINERS = /[-'’./]+/;

/**
 * The prefilter: only windows around anchor tokens (see `isAnchor`) are parsed, so sentences without
 * any cost one Set lookup per token. Without a token layer,
 * every sentence is one window.
 */
export function findWindows(doc: Doc, lex: DateLexicon): Window[] {
  const out: Window[] = [];
  const line = doc.dateline;
  if (line) {
    const span = line.date ?? line;
    out.push({ start: span.start, end: span.end, sentence: -1, sentenceStart: true });
  }
  const tokens = doc.tokens ?? [];
  if (tokens.length === 0) {
    (doc.sentences ?? []).forEach((s, sentence) => out.push({ start: s.start, end: s.end, sentence, sentenceStart: true }));
    return out;
  }
  let last: { lo: number; hi: number; window: Window } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isAnchor(tok.norm, lex) && !(lex.weakAnchors.has(tok.norm) && inContext(tokens, i, lex))) continue;
    const s = tok.sentence;
    let lo = Math.max(0, i - LOOK_BEHIND);
    while (tokens[lo]!.sentence !== s) lo++;
    let hi = Math.min(tokens.length - 1, i + LOOK_AHEAD);
    while (tokens[hi]!.sentence !== s) hi--;
    if (last && last.window.sentence === s && lo <= last.hi + 1) {
      last.hi = hi;
      last.window.end = tokens[hi]!.end;
      continue;
    }
    const window: Window = { start: tokens[lo]!.start, end: tokens[hi]!.end, sentence: s, sentenceStart: lo === 0 || tokens[lo - 1]!.sentence !== s };
    out.push(window);
    last = { lo, hi, window };
  }
  return out;
}

/**
 * Anchors: a pack word (month, weekday, unit, relative day, head), a year (`2024`), or a number joined
 * to punctuation (`21/8/2024`, `2023-03-20` when the token layer keeps them whole). A plain number
 * (`300 companies`) is not: every numeric date holds a year or sits near a month, weekday or head word
 * that the window around that anchor reaches.
 */
function isAnchor(norm: string, lex: DateLexicon): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (norm.length === 4) {
      const y = Number(norm);
      return y >= MIN_YEAR && y <= MAX_YEAR;
    }
    return hasJoiner(norm);
  }
  return lex.anchors.has(norm) || (hasJoiner(norm) && norm.split(JOINERS).some((p) => lex.anchors.has(p)));
}

/** A weak anchor counts beside a context word or a number: `tahun lalu`, `two years ago`, `3 hari lalu`, `hari ini`. */
function inContext(tokens: readonly Token[], i: number, lex: DateLexicon): boolean {
  const s = tokens[i]!.sentence;
  for (const k of [i - 1, i + 1, i - 2, i + 2]) {
    const t = tokens[k];
    if (t && t.sentence === s && (lex.context.has(t.norm) || t.kind === 'number' || isDigit(t.norm.charCodeAt(0)))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when a token holds `-`, `'`, `’`, `.` or `/` (a loop: cheaper than a regex on every token). */
function hasJoiner(norm: string): boolean {
  for (let i = 1; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 45 || c === 39 || c === 8217 || c === 46 || c === 47) return true;
  }
  return false;
}
