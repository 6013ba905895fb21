/**
 * Reads CountryInfo's time-bounded roles (`country_leaders_countryinfo.jsonl`) and keeps those that map
 * cleanly to a people-file role key, from 2000 on, for the target countries. Quirks handled (see the
 * reference README): names as `{A }{B }` variant lists, impossible days (`2008-06-31` = end of June),
 * cabinet ("Government") rows that are monthly snapshots with open starts before January 2003, and
 * multi-post titles joined with `&` across years, which are skipped because they do not say which
 * post was held when.
 */
import { readFileSync } from 'node:fs';
import { roleKeyOf } from './actors-import-roles.js';

/** One dated role of one named person, as read from a source. */
export interface RawRole {
  country: string; names: string[]; role: string; from: string; to?: string; approx: boolean
  source: 'countryinfo'
}

/** Keep roles that were held on or after this day. */
export const SINCE = '2000-01-01';

/** `{VLADIMIR PUTIN }{VLADIMIR VLADIMIROVICH PUTIN }` → both variants; a plain name → itself. */
export function splitNames(field: string): string[] {
  const braced = [...field.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!.trim()).filter((n) => n !== '');
  return braced.length > 0 ? braced : [field.trim()].filter((n) => n !== '');
}

/** A real calendar day from a source date: `2008-06-31` → `2008-06-30`; garbage → undefined. */
export function clampDay(s: string): string | undefined {
  const m = /(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day after `day` (month-end snapshots hand over on the 1st of the next month). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface Row { country: string; name: string; role: string; start: string; end: string; source: string }

/** Reads the file and returns the roles that map to a key, for `countries`, held since 2000. */
export function readCountryInfo(file: string, countries: ReadonlySet<string>): RawRole[] {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
  const horizon = horizons(rows);
  const out: RawRole[] = [];
  for (const r of rows) {
    if (!countries.has(r.country)) continue;
    const cabinet = r.source === 'Government';
    const role = roleKeyOf(r.role, cabinet ? 'cabinet' : 'leaders');
    if (role === undefined) continue;
    const start = clampDay(r.start);
    const end = clampDay(r.end);
    // Open start in the cabinet snapshots = "already in office when the data begins".
    const from = start ?? (cabinet ? horizon.cabinetStart : undefined);
    if (from === undefined) continue;
    // Open end = "still in office when the data ends": clip at the data's horizon, never leave open.
    const to = end === undefined ? (cabinet ? horizon.cabinetEnd.get(r.country)! : horizon.leadersEnd) : cabinet ? nextDay(end) : end;
    if (to < SINCE || to <= from) continue;
    const approx = cabinet || end === undefined || start === undefined || start !== r.start.trim() || (r.end !== '' && end !== r.end.trim());
    out.push({ country: r.country, names: splitNames(r.name), role, from, to, approx, source: 'countryinfo' });
  }
  return out;
}

/**
 * The days the source covers, read from the data itself: the leaders list as a whole, the first full
 * cabinet snapshot, and each country's cabinet snapshots up to the end of the month of its last one.
 */
function horizons(rows: readonly Row[]): { cabinetStart: string; cabinetEnd: Map<string, string>; leadersEnd: string } {
  let leadersEnd = '0000-01-01';
  const cabinetEnd = new Map<string, string>();
  const starts = new Map<string, number>();
  for (const r of rows) {
    for (const v of [r.start, r.end]) {
      const d = clampDay(v);
      if (d === undefined) continue;
      if (r.source !== 'Government') {
        if (d > leadersEnd) leadersEnd = d;
        continue;
      }
      if (v === r.start) starts.set(d, (starts.get(d) ?? 0) + 1);
      const monthEnd = nextMonth(d);
      if (monthEnd > (cabinetEnd.get(r.country) ?? '')) cabinetEnd.set(r.country, monthEnd);
    }
  }
  // The first full snapshot (many cabinets starting the same day), not a stray early date.
  const cabinetStart = [...starts].filter(([, n]) => n >= 50).map(([d]) => d).sort()[0] ?? '9999-12-31';
  return { cabinetStart, cabinetEnd, leadersEnd: nextDay(leadersEnd) };
}

/** The first day of the month after `day`'s month. */
function nextMonth(day: string): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
