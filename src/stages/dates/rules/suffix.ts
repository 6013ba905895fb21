import { at, isPunct, type MatchContext } from './context.js';

/**
 * Extends an expression over what belongs to it after the date: a part of the day (`Rabu malam`,
 * `Wednesday night`), a time (`pukul 14.30 WIB`, `at 3 p.m.`), a zone (`local time`, `(waktu setempat)`).
 */
export function absorbSuffix(ctx: MatchContext, k: number): number {
  const { lex } = ctx;
  k = at(ctx, lex.dayParts, k)?.end ?? k;
  k = timeAt(ctx, k) ?? k;
  k = at(ctx, lex.dayParts, k)?.end ?? k;
  const zone = at(ctx, lex.zones, k);
  if (zone) return zone.end;
  // "(local time)", "(waktu setempat)"
  if (isPunct(ctx, k, '(')) {
    const inner = at(ctx, lex.zones, k + 1);
    if (inner && isPunct(ctx, inner.end, ')')) return inner.end + 1;
  }
  return k;
}

/** `pukul 14.30`, `at 10:00`, `at 3 p.m.`: a time word, a number, then minutes or a meridiem or a zone. */
function timeAt(ctx: MatchContext, k: number): number | null {
  const word = at(ctx, ctx.lex.timeWords, k);
  if (!word || ctx.toks[word.end]?.kind !== 'number') return null;
  let j = word.end + 1;
  if (isPunct(ctx, j, '.:') && ctx.toks[j + 1]?.kind === 'number' && ctx.toks[j + 1]!.norm.length === 2) j += 2;
  else if (!at(ctx, ctx.lex.meridiem, j) && !at(ctx, ctx.lex.zones, j)) return null;
  return at(ctx, ctx.lex.meridiem, j)?.end ?? j;
}
