export { addDays } from '../core/add-days.js';

/**
 * The first and last day a date of any precision can mean, for range filters.
 *
 * @example
 * dateRange('2024-02') // { start: '2024-02-01', end: '2024-02-29' }
 * dateRange('2024')    // { start: '2024-01-01', end: '2024-12-31' }
 */
export function dateRange(date: string | null): { start: string; end: string } | null {
  if (date === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { start: date, end: date };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(date)) return { start: `${date}-01-01`, end: `${date}-12-31` };
  return null;
}
