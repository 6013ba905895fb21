/** Days since 1970-01-01 (UTC calendar; dates here have no time zone). */
export type DayNum = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; month 1–12. */
export function dayNum(y: number, m: number, d: number): DayNum {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function ymd(n: DayNum): { y: number; m: number; d: number } {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function isoWeekday(n: DayNum): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Days in a month (month 1–12). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNum(y, mo, d) : null;
}

/** Formats a date at a precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function formatDate(y: number, m?: number, d?: number): string {
  const yy = String(y).padStart(4, '0');
  if (m === undefined) return yy;
  const mm = String(m).padStart(2, '0');
  return d === undefined ? `${yy}-${mm}` : `${yy}-${mm}-${String(d).padStart(2, '0')}`;
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
