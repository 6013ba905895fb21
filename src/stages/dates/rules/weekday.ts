import { dayFirst, monthFirst } from './absolute.js';
import { at, cuedBy, DASHES, isPunct, nameAt, sentenceInitial, type Found, type MatchContext } from './context.js';
import { numericDate, numericDayRange } from './numeric.js';
import { absorbSuffix } from './suffix.js';

/**
 * A weekday, alone or with its calendar date: `Rabu (21/8/2024)`, `Sabtu (9/11)`, `Wednesday, March 20`,
 * `pada hari Rabu`, `Rabu lalu`, `Wednesday night`, and in English news style `said Wednesday`.
 * `Rabu` alone, with no cue, is not a date in Indonesian (the pack's `bare: false`).
 */
export function weekdayExpression(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  const head = at(ctx, lex.headWeekday, i);
  const j = head?.end ?? i;
  const wd = nameAt(ctx, lex.weekdays, lex.weekdaysCapitalised, j);
  if (!wd) return null;
  // "Minggu" opening a sentence is as likely "week" as "Sunday".
  if (wd.value.ambiguous && !head && sentenceInitial(ctx, j)) return null;
  const attached = attachedDate(ctx, wd.end);
  if (attached) return { ...attached, weekday: wd.value.n };
  // "Senin-Selasa (19-20/8/2024)": a span of days; the first weekday goes with the first day.
  if (isPunct(ctx, wd.end, DASHES)) {
    const wd2 = nameAt(ctx, lex.weekdays, lex.weekdaysCapitalised, wd.end + 1);
    const span = wd2 ? attachedDate(ctx, wd2.end) : null;
    if (span?.until) return { ...span, weekday: wd.value.n };
  }
  if (wd.value.short) return null;
  let k = wd.end;
  const week = weekOf(ctx, k);
  if (week) return { end: week.end, weekday: wd.value.n, weekOffset: week.offset };
  const shift = at(ctx, lex.shiftAfter, k);
  if (shift) k = shift.end;
  const found: Found = { end: k, weekday: wd.value.n };
  if (shift) found.shift = shift.value;
  const cued = head || shift || cuedBy(ctx, lex.cueWeekday, i) || absorbSuffix(ctx, k) > k;
  if (cued || (lex.bareWeekday && bareAllowed(ctx, j, k)) || betweenCommas(ctx, i, k)) return found;
  return null;
}

/** `last Wednesday`, `next Monday`, `this Friday`. */
export function shiftedWeekday(ctx: MatchContext, i: number): Found | null {
  const shift = at(ctx, ctx.lex.shiftBefore, i);
  if (!shift) return null;
  const wd = nameAt(ctx, ctx.lex.weekdays, ctx.lex.weekdaysCapitalised, shift.end);
  if (!wd || wd.value.short) return null;
  return { end: wd.end, weekday: wd.value.n, shift: shift.value };
}

/** `pekan lalu`, `last week`, `next week` right after a weekday: the week it falls in. */
function weekOf(ctx: MatchContext, k: number): { end: number; offset: number } | null {
  const before = at(ctx, ctx.lex.shiftBefore, k);
  const unit = at(ctx, ctx.lex.units, before?.end ?? k);
  if (!unit || unit.value !== 'week') return null;
  if (before) return { end: unit.end, offset: before.value };
  const after = at(ctx, ctx.lex.shiftAfter, unit.end);
  return after ? { end: after.end, offset: after.value } : null;
}

/** The date right after a weekday: `(21/8/2024)`, `(9/11)`, `, 21 Agustus 2024`, `, March 20`. */
function attachedDate(ctx: MatchContext, k: number): Found | null {
  let j = isPunct(ctx, k, ',') ? k + 1 : k;
  const paren = isPunct(ctx, j, '(');
  if (paren) j++;
  const found =
    numericDayRange(ctx, j) ??
    numericDate(ctx, j, { twoPart: true, shortYear: true }) ??
    dayFirst(ctx, j) ??
    (ctx.toks[j]?.kind === 'word' ? monthFirst(ctx, j) : null);
  if (!found || found.d === undefined) return null;
  if (!paren) return found;
  return isPunct(ctx, found.end, ')') ? { ...found, end: found.end + 1 } : null;
}

/** `Menlu, Rabu, mengatakan`: a weekday set off by commas, when the pack allows it. */
function betweenCommas(ctx: MatchContext, i: number, k: number): boolean {
  return ctx.lex.weekdayBetweenCommas && isPunct(ctx, i - 1, ',') && isPunct(ctx, k, ',.;');
}

/** A bare weekday is not part of a name: `Wednesday Addams`, `Black Friday`, `Good Friday`. */
function bareAllowed(ctx: MatchContext, j: number, k: number): boolean {
  const prev = ctx.toks[j - 1];
  const next = ctx.toks[k];
  return !(prev?.kind === 'word' && prev.upper) && !(next?.kind === 'word' && next.upper);
}
