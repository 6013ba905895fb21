import type { Doc } from '../../../core/doc.js';
import type { DateLexicon } from '../lexicon.js';

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
const JOINER = /[-'’./]/;
const JOINERS = /[-'’./]+/;

/**
 * The prefilter: only windows around anchor tokens (digits, or a month, weekday, unit or relative word of
 * the pack) are parsed, so sentences without any cost one Set lookup per token. Without a token layer,
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
    const c = tok.norm.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !lex.anchors.has(tok.norm) && !(JOINER.test(tok.norm) && tok.norm.split(JOINERS).some((p) => lex.anchors.has(p)))) continue;
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
