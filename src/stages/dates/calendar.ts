/** Days since 1970-01-01 (UTC calendar; dates here have no time zone). */
export type DayNum = number;

// Days from and to the civil calendar by integer arithmetic (H. Hinnant's algorithms): no Date objects,
// so resolving thousands of dates allocates nothing.

/** The day number of a calendar date; month 1–12 (a day past the month's end rolls over). */
export function dayNum(y: number, m: number, d: number): DayNum {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function ymd(n: DayNum): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(n: DayNum): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Days in a month (month 1–12). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when y-m-d is a real date; with no year, February 29 is allowed. */
export function isValidDate(y: number | undefined, m: number, d: number): boolean {
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1) return false;
  return d <= daysInMonth(y ?? 2000, m);
}

/** Parses a strict `YYYY-MM-DD` into a day number, or null when it is not a real date. */
export function parseIsoDay(value: string | null | undefined): DayNum | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNum(y, mo, d) : null;
}

/** Formats a date at a precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function formatDate(y: number, m?: number, d?: number): string {
  const yy = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  if (m === undefined) return yy;
  return d === undefined ? `${yy}-${two(m)}` : `${yy}-${two(m)}-${two(d)}`;
}

// Every date a document holds is formatted: the two-digit fields come from a table, not from padStart.
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function two(n: number): string {
  return TWO_DIGITS[n] ?? String(n).padStart(2, '0');
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(n: DayNum): string {
  const { y, m, d } = ymd(n);
  return formatDate(y, m, d);
}

/** Month index (years × 12 + month − 1), for month arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + m - 1;
}

/** The same month (and day) a year earlier. */
export function yearEarlier(value: string): string {
  const year = String(Number(value.slice(0, 4)) - 1);
  // 29 February has no day in the year before a leap year
  return value.endsWith('-02-29') ? `${year}-02-28` : year + value.slice(4);
}
