/**
 * Imports country facts for the actors stage:
 * - `data/actors/countries.tsv` (ISO3, CAMEO code, English name, capital) from the CountryInfo
 *   crosswalk in ../shared/reference/country_codes.csv (CountryInfo, CC BY-SA 3.0, Schrodt 2012);
 * - `name` rows of `data/lang/<code>/countries.tsv` from the i18n-iso-countries package (MIT),
 *   merged into the hand-curated rows already in those files (curated rows are never dropped).
 * Run: `npx tsx scripts/import-countries.ts` (skips with a message when ../shared is absent).
 */
import { parseCsv } from './lib/csv.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const reference = `${root}../shared/reference/country_codes.csv`;
const require = createRequire(import.meta.url);

/** Known errors of the reference crosswalk (checked against ISO 3166 and the countries' own sites). */
const CAPITAL_FIXES: Record<string, string> = { MNE: 'Podgorica', USA: 'Washington', SRB: 'Belgrade', ISR: 'Jerusalem' };
/** Countries the crosswalk lacks: ISO3, CAMEO code (CAMEO manual 1.1b3 Table 3.2 where it has one), name, capital. */
const EXTRA_COUNTRIES = [['VAT', 'VAT', 'Holy See', 'Vatican City'], ['XKX', 'KSV', 'Kosovo', 'Pristina']];


if (!existsSync(reference)) {
  process.stdout.write(`import-countries: skipped: ${reference} is absent\n`);
} else {
  const iso3s = writeCountries();
  for (const lang of ['en', 'id']) mergeNames(lang, iso3s);
}

/**
 * Writes data/actors/countries.tsv; returns the ISO3 codes written. The crosswalk's iso3 column is
 * misaligned on some rows (Guatemala reads GLP), so a 3-letter CAMEO code that is a real ISO3 code
 * wins, the iso3 column is the fallback (American Samoa: CAMEO USAASM, ISO3 ASM).
 */
function writeCountries(): Set<string> {
  const iso = isoCountries('en');
  const [header, ...rows] = parseCsv(readFileSync(reference, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  const out = new Map<string, string>();
  for (const r of rows) {
    const cameo = r[col('cameo_code')] ?? '';
    const iso3 = /^[A-Z]{3}$/.test(cameo) && iso.isValid(cameo) ? cameo : r[col('iso3')] ?? '';
    if (!iso.isValid(iso3) || out.has(iso3)) continue; // rows without a real ISO3 (Bosnian entities, Netherlands Antilles)
    const name = iso.getName(iso3, 'en') ?? r[col('name')];
    const capital = CAPITAL_FIXES[iso3] ?? titleCase(r[col('capital')] ?? '');
    out.set(iso3, [iso3, cameo || iso3, name, capital].join('\t'));
  }
  const head = [
    '# Countries: ISO 3166-1 alpha-3, CAMEO country code, English name, capital.',
    '# Source: codes and capitals from openeventdata/CountryInfo@07c9c54 CountryInfo.120116.txt (via the readout',
    '# reference country_codes.csv; CC BY-SA 3.0, Schrodt 2012), English names from i18n-iso-countries (MIT);',
    '# imported by scripts/import-countries.ts. Licence: CC BY-SA 3.0. Date: 2026-11.',
    'iso3\tcameo\tname\tcapital',
  ];
  for (const row of EXTRA_COUNTRIES) if (!out.has(row[0]!)) out.set(row[0]!, row.join('\t'));
  const sorted = [...out.keys()].sort().map((k) => out.get(k)!);
  writeFileSync(`${root}data/actors/countries.tsv`, [...head, ...sorted, ''].join('\n'));
  return new Set(out.keys());
}

interface IsoCountries {
  registerLocale(l: unknown): void; getNames(l: string, o: { select: 'all' }): Record<string, string[]>
  alpha2ToAlpha3(a: string): string | undefined; isValid(c: string): boolean; getName(c: string, l: string): string | undefined
}

function isoCountries(lang: string): IsoCountries {
  const countries = require('i18n-iso-countries') as IsoCountries;
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return countries;
}

/** Adds every ISO country name of the language that the curated file lacks. */
function mergeNames(lang: string, iso3s: Set<string>): void {
  const countries = isoCountries(lang);
  const file = `${root}data/lang/${lang}/countries.tsv`;
  // curated rows stay; rows of codes the crosswalk does not know are dropped
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && (l.startsWith('#') || l.startsWith('iso3\t') || iso3s.has(l.split('\t')[0]!)));
  const seen = new Set(lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[2]?.toLowerCase()));
  const added: string[] = [];
  for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3 || !iso3s.has(iso3)) continue;
    for (const name of names) {
      if (seen.has(name.toLowerCase()) || /[(),]/.test(name)) continue;
      seen.add(name.toLowerCase());
      added.push(`${iso3}\tname\t${name}`);
    }
  }
  writeFileSync(file, [...lines, ...added.sort(), ''].join('\n'));
  process.stdout.write(`import-countries: ${lang}: ${added.length} names added\n`);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

