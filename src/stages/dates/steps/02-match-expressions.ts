import type { DateLexicon } from '../lexicon.js';
import { dayFirst, monthFirst, yearAlone } from '../rules/absolute.js';
import type { Found, MatchContext, Rule } from '../rules/context.js';
import { headedNumericDate, isoDate, numericDate } from '../rules/numeric.js';
import { relativeExpression } from '../rules/relative.js';
import { absorbSuffix } from '../rules/suffix.js';
import { shiftedWeekday, weekdayExpression } from '../rules/weekday.js';
import type { FineToken } from '../tokenize.js';

/** An expression found in a window, with its character span. */
export interface Match {
  start: number;
  end: number;
  found: Found;
}

const FREE_TEXT = { twoPart: false, shortYear: false } as const;
const RULES: readonly Rule[] = [
  isoDate,
  (ctx, i) => numericDate(ctx, i, FREE_TEXT),
  headedNumericDate,
  weekdayExpression,
  shiftedWeekday,
  relativeExpression,
  dayFirst,
  monthFirst,
  yearAlone,
];

/**
 * Reads every temporal expression in a window of tokens, left to right; at each token the longest
 * reading of any rule wins, then the scan goes on after it.
 */
export function matchExpressions(toks: readonly FineToken[], lex: DateLexicon, sentenceStart: boolean): Match[] {
  const ctx: MatchContext = { toks, lex, sentenceStart };
  const out: Match[] = [];
  for (let i = 0; i < toks.length; ) {
    const tok = toks[i]!;
    if (tok.kind === 'punct' || (tok.kind === 'word' && !lex.starters.has(tok.norm)) || blocked(ctx, i)) {
      i++;
      continue;
    }
    let best: Found | null = null;
    for (const rule of RULES) {
      const found = rule(ctx, i);
      if (found && found.end > i && (!best || found.end > best.end)) best = found;
    }
    if (!best) {
      i++;
      continue;
    }
    best.end = absorbSuffix(ctx, best.end);
    out.push({ start: toks[i]!.start, end: toks[best.end - 1]!.end, found: best });
    i = best.end;
  }
  return out;
}

/** A number right after an identifier word is not a date: `Resolution 2231`, `PP No. 12/2024`. */
function blocked(ctx: MatchContext, i: number): boolean {
  if (ctx.toks[i]!.kind !== 'num') return false;
  let p = i - 1;
  if (ctx.toks[p]?.norm === '.' || ctx.toks[p]?.norm === ':') p--;
  const prev = ctx.toks[p];
  return prev !== undefined && ctx.lex.blockers.has(prev.norm);
}
