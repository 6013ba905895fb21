import type { DateBasis, DatePrecision } from '../../core/doc.js';
import { dayNum, daysInMonth, formatDate, formatDay, isoWeekday, monthIndex, ymd, type DayNum } from './calendar.js';
import type { DateParts, Found } from './rules/context.js';

/** A found expression resolved as far as the evidence allows. */
export interface Resolved {
  value: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
  until?: string;
  partial?: string;
  future?: boolean;
  /** It needed a publication date and had none. */
  unanchored?: boolean;
  /** The weekday written beside the date is not that date's weekday. */
  mismatch?: { stated: number; actual: number };
  /** The other day/month reading was possible too (`3/4/2024`): that reading. */
  ambiguous?: string;
  /** The date was read against the pack's day/month order, the only valid reading (`20/3/2023` in US English). */
  swapped?: boolean;
}

/**
 * Resolves an expression against the publication day (`anchor`, or null when unknown). `forward` says the
 * clause is future or planned. Rules: a weekday goes to the most recent such day on or before the
 * publication day (the next one on or after it when forward; `lalu`/`last` strictly before, `depan`/`next`
 * strictly after); a day-month without a year takes the year nearest the publication day (forward: the
 * first on or after it; `June last year`: the year it is told); weeks resolve to their Monday–Sunday range
 * (precision day with `until`), months and years to month and year precision. With no anchor nothing is invented: `partial` keeps a month and day.
 */
export function resolveFound(f: Found, anchor: DayNum | null, forward: boolean, orderCertain = false): Resolved {
  if (f.rel) return resolveRelative(f.rel.unit, f.rel.offset, anchor);
  if (f.weekend) return resolveWeekend(f.shift, anchor, forward);
  if (f.weekday !== undefined && f.weekOffset !== undefined) return resolveWeekdayInWeek(f.weekday, f.weekOffset, anchor);
  if (f.weekday !== undefined && f.d === undefined) return resolveWeekday(f.weekday, f.shift, anchor, forward);
  return resolveCalendar(f, anchor, forward, orderCertain);
}

function resolveRelative(unit: string, offset: number, anchor: DayNum | null): Resolved {
  const out: Resolved = { value: null, precision: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day', basis: 'relative' };
  if (offset > 0) out.future = true;
  if (anchor === null) {
    out.unanchored = true;
  } else if (unit === 'day') {
    out.value = formatDay(anchor + offset); // "kemarin", "yesterday"
  } else if (unit === 'week') {
    const target = anchor + 7 * offset; // "pekan lalu", "two weeks ago": that week's Monday to Sunday
    const monday = target - (isoWeekday(target) - 1);
    out.value = formatDay(monday);
    out.until = formatDay(monday + 6);
  } else {
    const { y, m } = ymd(anchor);
    const idx = monthIndex(y, m) + offset;
    out.value = unit === 'month' ? formatDate(Math.floor(idx / 12), (idx % 12) + 1) : formatDate(y + offset); // "bulan lalu", "next year"
  }
  return out;
}

/**
 * The weekend as a Saturday–Sunday range: `last weekend`/`akhir pekan lalu` the one before the publication
 * week's, `this weekend` the publication week's, `next weekend` the one after; alone (`over the weekend`)
 * the most recent one that has begun, or in a future clause the next one not yet over.
 */
function resolveWeekend(shift: number | undefined, anchor: DayNum | null, forward: boolean): Resolved {
  const out: Resolved = { value: null, precision: 'day', basis: 'relative' };
  if (shift === 1) out.future = true;
  if (anchor === null) return { ...out, unanchored: true };
  const saturday = anchor - (isoWeekday(anchor) - 1) + 5;
  let start = saturday + 7 * (shift ?? 0);
  if (shift === undefined && !forward && saturday > anchor) start -= 7;
  out.value = formatDay(start);
  out.until = formatDay(start + 1);
  if (start > anchor) out.future = true;
  return out;
}

function resolveWeekday(weekday: number, shift: number | undefined, anchor: DayNum | null, forward: boolean): Resolved {
  if (anchor === null) return { value: null, precision: null, basis: 'relative', unanchored: true, ...(shift === 1 ? { future: true } : {}) };
  const today = isoWeekday(anchor);
  let n: DayNum;
  if (shift === -1) n = anchor - (((today - weekday + 7) % 7) || 7); // "Rabu lalu", "last Wednesday"
  else if (shift === 1) n = anchor + (((weekday - today + 7) % 7) || 7); // "Rabu depan", "next Wednesday"
  else if (forward) n = anchor + ((weekday - today + 7) % 7); // "akan bertemu pada hari Rabu"
  else n = anchor - ((today - weekday + 7) % 7); // "pada hari Rabu", the same day counts
  return { value: formatDay(n), precision: 'day', basis: 'relative', ...(n > anchor ? { future: true } : {}) };
}

/** "Kamis pekan lalu", "Thursday next week": that weekday in the publication week shifted by `offset`. */
function resolveWeekdayInWeek(weekday: number, offset: number, anchor: DayNum | null): Resolved {
  if (anchor === null) return { value: null, precision: null, basis: 'relative', unanchored: true, ...(offset > 0 ? { future: true } : {}) };
  const n = anchor - (isoWeekday(anchor) - 1) + 7 * offset + weekday - 1;
  return { value: formatDay(n), precision: 'day', basis: 'relative', ...(n > anchor ? { future: true } : {}) };
}

function resolveCalendar(f: Found, anchor: DayNum | null, forward: boolean, orderCertain: boolean): Resolved {
  const precision: DatePrecision = f.d !== undefined ? 'day' : f.m !== undefined ? 'month' : 'year';
  let y = f.y;
  if (y === undefined) {
    if (anchor === null) {
      const partial = `--${pad(f.m!)}${f.d !== undefined ? `-${pad(f.d)}` : ''}`;
      return { value: null, precision, basis: 'explicit', partial, unanchored: true };
    }
    y = f.yearOffset !== undefined ? ymd(anchor).y + f.yearOffset : pickYear(f.m!, f.d, anchor, f.shift === -1 && f.shiftAfterMonth ? 'past' : f.shift ?? (forward ? 'forward' : 'nearest'));
  }
  let { m, d } = f;
  const out: Resolved = { value: '', precision, basis: 'explicit' };
  if (f.altReading) {
    const alt = f.altReading;
    // A weekday beside the date settles the day/month order: "Sabtu (9/11)".
    if (f.weekday !== undefined && isoWeekday(dayNum(y, m!, d!)) !== f.weekday && isoWeekday(dayNum(y, alt.m, alt.d)) === f.weekday) {
      m = alt.m;
      d = alt.d;
    } else if (f.weekday === undefined && !orderCertain) {
      // "3/4/2024" in English: US and British writers disagree; Indonesian writes day first only.
      out.ambiguous = formatDate(y, alt.m, alt.d);
    }
  }
  if (f.swapped) out.swapped = true;
  out.value = formatDate(y, m, d);
  if (f.until) out.until = formatUntil(f.until, y, m, d, precision);
  if (f.weekday !== undefined && d !== undefined) {
    const actual = isoWeekday(dayNum(y, m!, d));
    if (actual !== f.weekday) out.mismatch = { stated: f.weekday, actual };
  }
  if (anchor !== null && isAfter(y, m, d, anchor)) out.future = true;
  return out;
}

/**
 * The year for a month (and day) written without one: the nearest to the anchor; `forward` (a future
 * clause): the first on or after it; shift -1 (`last May`, `8 Mei lalu`): the last before it (a day may be
 * the anchor's own); `past` (`Mei lalu`): the last month on or before the anchor's; +1 (`Maret depan`,
 * `next March`): the first after it; 0 (`this June`): the anchor's year.
 */
function pickYear(m: number, d: number | undefined, anchor: DayNum, mode: number | 'forward' | 'nearest' | 'past'): number {
  const ay = ymd(anchor).y;
  if (mode === 0) return ay;
  let best = ay;
  let bestDist = Infinity;
  for (let y = ay - 1; y <= ay + 1; y++) {
    const day = d === undefined ? null : Math.min(d, daysInMonth(y, m));
    const dist = day === null ? monthIndex(y, m) - monthIndex(ay, ymd(anchor).m) : dayNum(y, m, day) - anchor;
    const ok =
      mode === 'nearest' ? true : mode === 'forward' ? dist >= 0 : mode === 'past' ? dist <= 0 : mode === 1 ? dist > 0 : day === null ? dist < 0 : dist <= 0;
    if (ok && Math.abs(dist) < Math.abs(bestDist)) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function formatUntil(u: DateParts, y: number, m: number | undefined, d: number | undefined, precision: DatePrecision): string {
  if (precision === 'year') return formatDate(u.y ?? y);
  let uy = u.y ?? y;
  const um = u.m ?? m!;
  // "30 December - 2 January": the end falls in the next year.
  if (u.y === undefined && monthIndex(uy, um) * 32 + (u.d ?? 0) < monthIndex(y, m!) * 32 + (d ?? 0)) uy++;
  return precision === 'month' ? formatDate(uy, um) : formatDate(uy, um, u.d);
}

function isAfter(y: number, m: number | undefined, d: number | undefined, anchor: DayNum): boolean {
  const a = ymd(anchor);
  if (m === undefined) return y > a.y;
  if (d === undefined) return monthIndex(y, m) > monthIndex(a.y, a.m);
  return dayNum(y, m, d) > anchor;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
