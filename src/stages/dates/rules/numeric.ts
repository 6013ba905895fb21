import { isValidDate } from '../calendar.js';
import type { DateLexicon } from '../lexicon.js';
import { spaced } from '../tokenize.js';
import { at, isPunct, MAX_YEAR, MIN_YEAR, type Found, type MatchContext } from './context.js';

/** `2023-03-20`: ISO calendar dates, valid anywhere. */
export function isoDate(ctx: MatchContext, i: number): Found | null {
  const t = ctx.toks;
  if (t[i]?.kind !== 'number' || t[i]!.norm.length !== 4) return null;
  if (!isPunct(ctx, i + 1, '-') || !isPunct(ctx, i + 3, '-')) return null;
  if (t[i + 2]?.kind !== 'number' || t[i + 4]?.kind !== 'number') return null;
  if (t[i + 2]!.norm.length !== 2 || t[i + 4]!.norm.length !== 2) return null;
  for (let k = i + 1; k <= i + 4; k++) if (spaced(t, k)) return null;
  const y = Number(t[i]!.norm);
  const m = Number(t[i + 2]!.norm);
  const d = Number(t[i + 4]!.norm);
  if (y < MIN_YEAR || y > MAX_YEAR || !isValidDate(y, m, d)) return null;
  return { end: i + 5, y, m, d };
}

/** Options of `numericDate`. */
export interface NumericOptions {
  /** Accept day/month without a year (`Sabtu (9/11)`, `tanggal 17/8`). */
  twoPart: boolean;
  /** Accept a two-digit year (`Rabu (21/8/24)`). */
  shortYear: boolean;
}

/**
 * Numeric dates in the pack's order (`dmy`: `21/8/2024`; `mdy`: `8/21/2024`). Free text only takes three
 * parts with a four-digit year; `rasio 21/8` and `24/7` are not dates. Separators: `/`, and `.` or `-`
 * with a four-digit year (`21.08.2024`).
 */
export function numericDate(ctx: MatchContext, i: number, options: NumericOptions): Found | null {
  const t = ctx.toks;
  const a = t[i];
  if (a?.kind !== 'number' || a.norm.length > 2 || !isPunct(ctx, i + 1, '/.-')) return null;
  const sep = t[i + 1]!.norm;
  const b = t[i + 2];
  if (b?.kind !== 'number' || b.norm.length > 2 || spaced(t, i + 1) || spaced(t, i + 2)) return null;
  let end = i + 3;
  let y: number | undefined;
  if (isPunct(ctx, end, sep) && !spaced(t, end) && t[end + 1]?.kind === 'number' && !spaced(t, end + 1)) {
    const c = t[end + 1]!.norm;
    if (c.length === 4) y = Number(c);
    else if (c.length === 2 && sep === '/' && options.shortYear) y = 2000 + Number(c);
    else return null;
    if (y < MIN_YEAR || y > MAX_YEAR) return null;
    end += 2;
  } else if (!options.twoPart || sep !== '/') return null;
  // "12/PMK.010/2024", "1/2/3/4": part of a longer code.
  if (isPunct(ctx, end, '/.-') && !spaced(t, end) && t[end + 1] && !spaced(t, end + 1) && t[end + 1]!.kind !== 'punct') return null;
  const reading = readNumeric(ctx.lex, Number(a.norm), Number(b.norm), y);
  return reading ? { end, ...(y !== undefined ? { y } : {}), ...reading } : null;
}

/** `tanggal 17/8`: a day head makes a two-part numeric date acceptable. */
export function headedNumericDate(ctx: MatchContext, i: number): Found | null {
  const head = at(ctx, ctx.lex.headDay, i);
  return head ? numericDate(ctx, head.end, { twoPart: true, shortYear: false }) : null;
}

/** Reads two numbers as day and month in the pack's order, falling back to the other order when impossible. */
function readNumeric(lex: DateLexicon, a: number, b: number, y: number | undefined): Pick<Found, 'm' | 'd' | 'altReading' | 'swapped'> | null {
  const dmy = lex.numericOrder === 'dmy';
  const d = dmy ? a : b;
  const m = dmy ? b : a;
  const main = isValidDate(y, m, d);
  const other = isValidDate(y, d, m);
  if (main) return other && a !== b ? { m, d, altReading: { m: d, d: m } } : { m, d };
  return other ? { m: d, d: m, swapped: true } : null;
}

/**
 * A day range before a numeric month in day-first packs, after a weekday span: `Senin-Selasa (19-20/8/2024)`,
 * `(19-20/8)`. Only in `dmy` packs: month-first writers do not write it.
 */
export function numericDayRange(ctx: MatchContext, i: number): Found | null {
  const t = ctx.toks;
  if (ctx.lex.numericOrder !== 'dmy' || t[i]?.kind !== 'number' || !isPunct(ctx, i + 1, '-') || t[i + 2]?.kind !== 'number') return null;
  if (spaced(t, i + 1) || spaced(t, i + 2)) return null;
  const rest = numericDate(ctx, i + 2, { twoPart: true, shortYear: true });
  const d1 = Number(t[i]!.norm);
  if (!rest || rest.swapped || rest.d === undefined || d1 < 1 || d1 >= rest.d) return null;
  const found: Found = { end: rest.end, m: rest.m!, d: d1, until: { m: rest.m!, d: rest.d } };
  if (rest.y !== undefined) found.y = rest.y;
  return found;
}
