import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** GDELT export facts carried into `data/` by scripts/import-gdelt-fips.ts. */
export interface GdeltData {
  /** The 61 GDELT 2.0 Events column names, in file order. */
  eventColumns: string[];
  /** The 16 GDELT 2.0 Mentions column names, in file order. */
  mentionColumns: string[];
  /** ISO3 → FIPS 10-4 and English name. */
  fips: Map<string, { fips: string; name: string }>;
}

let cached: GdeltData | undefined;

/** Loads the GDELT column lists and the FIPS crosswalk once per process. */
export function loadGdeltData(dataDir = fileURLToPath(new URL('../../../data/', import.meta.url))): GdeltData {
  if (cached && dataDir === defaultDir()) return cached;
  const lines = (file: string): string[] => readFileSync(`${dataDir}${file}`, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const fips = new Map<string, { fips: string; name: string }>();
  for (const line of lines('geo/fips.tsv')) {
    const [iso3, code, name] = line.split('\t');
    if (iso3 && code) fips.set(iso3, { fips: code, name: name ?? iso3 });
  }
  const data = { eventColumns: lines('export/gdelt2-events-columns.txt'), mentionColumns: lines('export/gdelt2-mentions-columns.txt'), fips };
  if (data.eventColumns.length !== 61 || data.mentionColumns.length !== 16) {
    throw new Error(`GDELT column lists are broken: ${data.eventColumns.length} event and ${data.mentionColumns.length} mention columns`);
  }
  if (dataDir === defaultDir()) cached = data;
  return data;
}

function defaultDir(): string {
  return fileURLToPath(new URL('../../../data/', import.meta.url));
}
