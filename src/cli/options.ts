import { InvalidArgumentError } from 'commander';

/** Parses a `YYYY-MM-DD` option value, rejecting impossible dates. */
export function parseDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
}

/** Parses an ISO 639-1 language code option. */
export function parseLangOption(value: string): string {
  if (/^[a-z]{2}$/.test(value)) return value;
  throw new InvalidArgumentError(`expected a two-letter language code, got "${value}"`);
}

/** Parses a positive whole number option. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
}

/** Parses a size in megabytes (`32`, `0.5`), for `--max-size`. */
export function parseSizeOption(value: string): number {
  const n = Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  throw new InvalidArgumentError(`expected a size in megabytes, got "${value}"`);
}

/** Parses a TCP port option (1–65535). */
export function parsePort(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
  throw new InvalidArgumentError(`expected a port from 1 to 65535, got "${value}"`);
}
