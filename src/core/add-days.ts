/** Adds `days` to a `YYYY-MM-DD` date (calendar days, in UTC, so no clock change shifts it). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
