import { at, cuedBy, dayAt, DASHES, isPunct, nameAt, yearAt, type DateParts, type Found, type MatchContext } from './context.js';

/**
 * Day first: `20 March 2023`, `8 Mei`, `tanggal 17 Agustus`, `the 20th of March`, ranges `7-10 May`,
 * `16-17 Mei 2024`, `between 7 and 10 May`, `30 April - 2 May`.
 */
export function dayFirst(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  let j = i;
  const open = at(ctx, lex.rangeOpen, j);
  if (open) j = open.end;
  j = at(ctx, lex.headDay, j)?.end ?? j;
  j = at(ctx, lex.dayPrefix, j)?.end ?? j;
  const d1 = dayAt(ctx, j);
  if (!d1) return null;
  let k = d1.end;
  const m1 = monthAfterDay(ctx, k);
  if (m1) k = m1.end;
  let until: DateParts | undefined;
  const sep = rangeSep(ctx, k, open !== null);
  if (sep !== null) {
    const d2 = dayAt(ctx, at(ctx, lex.dayPrefix, sep)?.end ?? sep);
    const m2 = d2 ? monthAfterDay(ctx, d2.end) : null;
    // "7-10 May", "30 April - 2 May"; "7 May to 10" is not read as a range.
    if (d2 && m2) {
      until = { m: m2.m, d: d2.d };
      k = m2.end;
    }
  }
  const month = m1?.m ?? until?.m;
  if (month === undefined || (open && !until)) return null;
  const found: Found = { end: k, m: month, d: d1.d };
  if (until) found.until = until;
  return withYear(ctx, found);
}

/** Month first: `March 20, 2023`, `May 7-10`, `March 2023`, and a month alone after a cue (`in March`, `pada bulan Maret`). */
export function monthFirst(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  const head = at(ctx, lex.headMonth, i);
  const j = head?.end ?? i;
  const month = nameAt(ctx, lex.months, lex.monthsCapitalised, j);
  if (!month) return null;
  const m = month.value.n;
  const d1 = dayAt(ctx, month.end);
  if (d1) {
    const found: Found = { end: d1.end, m, d: d1.d };
    const sep = rangeSep(ctx, d1.end, false);
    const d2 = sep !== null ? dayAt(ctx, sep) : null;
    if (d2 && d2.d > d1.d) {
      found.until = { m, d: d2.d };
      found.end = d2.end;
    }
    return withYear(ctx, found);
  }
  const y = yearAt(ctx, isPunct(ctx, month.end, ',') ? month.end + 1 : month.end);
  if (y) return { end: y.end, y: y.y, m };
  if (month.value.short || !(head || cuedBy(ctx, lex.cueMonth, i))) return null;
  return { end: month.end, m };
}

/**
 * A year after a cue: `in 2022`, `pada tahun 2022`, `sejak 2014`; ranges `tahun 2022-2023`, `between 2019 and
 * 2022`, `from 2019 to 2022`. Not `Resolution 2231`, `1940s`, or a year with no cue (`the 2022 vote`).
 */
export function yearAlone(ctx: MatchContext, i: number): Found | null {
  const open = at(ctx, ctx.lex.rangeOpen, i);
  const head = at(ctx, ctx.lex.headYear, open?.end ?? i);
  const y = yearAt(ctx, head?.end ?? open?.end ?? i);
  if (!y || !(open || head || cuedBy(ctx, ctx.lex.cueYear, i))) return null;
  const found: Found = { end: y.end, y: y.y };
  const sep = isPunct(ctx, y.end, '/') ? y.end + 1 : rangeSep(ctx, y.end, open !== null);
  const y2 = sep !== null ? yearAt(ctx, sep) : null;
  if (y2 && y2.y > y.y) {
    found.until = { y: y2.y };
    found.end = y2.end;
  } else if (open) return null; // "from 2019" alone: the cue rule reads "2019"
  return found;
}

/** `[of] March` after a day number. */
function monthAfterDay(ctx: MatchContext, k: number): { end: number; m: number } | null {
  const j = at(ctx, ctx.lex.of, k)?.end ?? k;
  const month = nameAt(ctx, ctx.lex.months, ctx.lex.monthsCapitalised, j);
  return month ? { end: month.end, m: month.value.n } : null;
}

/** Index after a range separator (`-`, `to`, `hingga`; `and`/`dan` after `between`/`antara`), or null. */
function rangeSep(ctx: MatchContext, k: number, opened: boolean): number | null {
  if (isPunct(ctx, k, DASHES)) return k + 1;
  const join = at(ctx, ctx.lex.rangeJoin, k) ?? (opened ? at(ctx, ctx.lex.rangeAnd, k) : null);
  return join ? join.end : null;
}

/** Adds a following year (`, 2023`, ` 2023`) to a day-month found. */
function withYear(ctx: MatchContext, found: Found): Found {
  const k = isPunct(ctx, found.end, ',') ? found.end + 1 : found.end;
  const y = yearAt(ctx, k);
  if (!y) return found;
  return { ...found, y: y.y, end: y.end };
}

/** `last May`, `next March`, `this June`: a month shifted from the publication date's. */
export function shiftedMonth(ctx: MatchContext, i: number): Found | null {
  const shift = at(ctx, ctx.lex.shiftBefore, i);
  const month = shift ? nameAt(ctx, ctx.lex.months, ctx.lex.monthsCapitalised, shift.end) : null;
  if (!shift || !month || month.value.short) return null;
  return { end: month.end, m: month.value.n, shift: shift.value };
}
