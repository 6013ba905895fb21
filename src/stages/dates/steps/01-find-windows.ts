import type { Token } from '../../../core/doc.js';
import type { DateInput } from '../date-input.js';
import { JoinerCursor } from '../joiner-cursor.js';
import { maybeKey, type DateLexicon } from '../lexicon.js';
import { MAX_YEAR, MIN_YEAR } from '../rules/context.js';

/** A stretch of text worth parsing for dates. */
export interface Window {
  start: number;
  end: number;
  /** Index into `doc.sentences`, or -1 for the dateline. */
  sentence: number;
  /** The window begins at its sentence's first token. */
  sentenceStart: boolean;
  /** First and last index into `doc.tokens`, when the window was cut from the token layer. */
  lo?: number;
  hi?: number;
}

/** Tokens kept before an anchor (`the end of last` before `year`) and after it (`(21/8/2024) malam`). */
const LOOK_BEHIND = 4;
const LOOK_AHEAD = 7;
/** A token layer may keep `mid-March`, `Sunday's` or `jum'at` whole; their parts are checked too. */
const JOINERS = /[-'’./]+/;
const STRONG = 1;
const WEAK = 2;

/**
 * The prefilter: only windows around anchor tokens (see `isAnchor`) are parsed, so sentences without
 * any cost one Set lookup per token. Without a token layer, every sentence is one window.
 */
export function findWindows(doc: DateInput, lex: DateLexicon): Window[] {
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
  let last: Window | null = null;
  const joiners = new JoinerCursor(doc.text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'punct') continue;
    const kind = maybeKey(lex.anchorShapes, tok.norm) ? lex.anchorKind.get(tok.norm) : undefined;
    if (kind === undefined ? !otherAnchor(tok, lex, joiners) : kind === WEAK && !inContext(tokens, i, lex)) continue;
    const s = tok.sentence;
    let lo = Math.max(0, i - LOOK_BEHIND);
    while (tokens[lo]!.sentence !== s) lo++;
    let hi = Math.min(tokens.length - 1, i + LOOK_AHEAD);
    while (tokens[hi]!.sentence !== s) hi--;
    if (last && last.sentence === s && lo <= last.hi! + 1) {
      last.hi = hi;
      last.end = tokens[hi]!.end;
      continue;
    }
    last = { start: tokens[lo]!.start, end: tokens[hi]!.end, sentence: s, sentenceStart: lo === 0 || tokens[lo - 1]!.sentence !== s, lo, hi };
    out.push(last);
  }
  return out;
}

/**
 * Anchors besides the pack's words (`lex.anchorKind`): a year (`2024`), a number joined to punctuation
 * (`21/8/2024`, `2.5` when the token layer keeps them whole), or a pack word inside a joined token
 * (`mid-March`, `Sunday's`). A plain number (`300 companies`) is not: every numeric date holds a year or
 * sits near a month, weekday or head word whose window reaches it.
 */
function otherAnchor(tok: Token, lex: DateLexicon, joiners: JoinerCursor): boolean {
  const norm = tok.norm;
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (norm.length === 4) {
      const y = Number(norm);
      return y >= MIN_YEAR && y <= MAX_YEAR;
    }
    return norm.length > 2 && joiners.within(tok.start, tok.end) && hasJoiner(norm);
  }
  // The shortest joined anchor is a prefix and a short name ("mid-may"): skip the common short words.
  if (norm.length < 5 || !joiners.within(tok.start, tok.end) || !hasJoiner(norm)) return false;
  return norm.split(JOINERS).some((p) => lex.anchorKind.get(p) === STRONG);
}

/** True when `norm` holds one of `-'’./` (asked of the tokens whose text holds one). */
function hasJoiner(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 47) return true;
  }
  return false;
}

/** A weak anchor counts beside a context word or a number: `tahun lalu`, `two years ago`, `3 hari lalu`, `hari ini`. */
function inContext(tokens: readonly Token[], i: number, lex: DateLexicon): boolean {
  return near(tokens, i, i - 1, lex) || near(tokens, i, i + 1, lex) || near(tokens, i, i - 2, lex) || near(tokens, i, i + 2, lex);
}

function near(tokens: readonly Token[], i: number, k: number, lex: DateLexicon): boolean {
  const t = tokens[k];
  return t !== undefined && t.sentence === tokens[i]!.sentence && (lex.context.has(t.norm) || t.kind === 'number' || isDigit(t.norm.charCodeAt(0)));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
