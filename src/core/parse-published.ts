/**
 * Month abbreviations of RFC 2822 / HTTP dates (`Wed, 21 Aug 2024 10:00:00 +0700`). These are
 * format tokens fixed by the RFC, not words of a language, so they live here rather than in a pack.
 */
const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** ISO date, optionally followed by a time and zone: `2024-08-21`, `2024-08-21T10:00:00+07:00`, `2024/08/21 10:00`. */
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[T ]|, ?)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5}))?)?$/i;
/** Compact ISO date: `20240821`, `20240821T100000Z`. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?$/i;
/** RFC 2822 and similar: `Wed, 21 Aug 2024 10:00:00 +0700`, `21 Aug 2024`. */
const RFC = /^(?:[A-Za-z]{3},? )?(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?(?:[+-]\d{4}|[A-Z]{1,5}))?)?$/;
/** Epoch seconds or milliseconds, as some pages declare them. */
const EPOCH = /^(\d{10}|\d{13})$/;

/**
 * Reads a declared publication date into `YYYY-MM-DD`, or null when it is not a real calendar date in
 * a format we know. The date is taken as written, in the publisher's own time zone: a page dated
 * `2024-08-21T23:30:00-05:00` was published on the 21st where it was written, whatever UTC says.
 *
 * @example parsePublished('2024-08-21T10:00:00+07:00') // '2024-08-21'
 * @example parsePublished('Wed, 21 Aug 2024 10:00:00 +0700') // '2024-08-21'
 * @example parsePublished('not-a-date') // null
 * @example parsePublished('2023-02-30') // null
 */
export function parsePublished(value: string): string | null {
  const v = value.trim();
  if (v.length > 64) return null;
  let m = ISO.exec(v) ?? COMPACT.exec(v);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC.exec(v);
  if (m) {
    const month = RFC_MONTHS.indexOf(m[2]!.toLowerCase());
    return month === -1 ? null : ymd(Number(m[3]), month + 1, Number(m[1]));
  }
  m = EPOCH.exec(v);
  if (m) {
    const ms = m[1]!.length === 10 ? Number(m[1]) * 1000 : Number(m[1]);
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** `YYYY-MM-DD` when year, month and day form a real date in a plausible range, else null. */
function ymd(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
