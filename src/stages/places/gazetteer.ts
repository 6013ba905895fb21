import { join } from 'node:path';
import type { PlaceKind } from '../../core/doc.js';
import { loadCities, type CityRecord, type LoadCitiesOptions } from './load-cities.js';
import { normWords } from './normalize.js';
import { readTable } from './read-table.js';

/** A place the gazetteer knows: a city, country, region, or a landmark standing for one. */
export interface Place {
  /** Canonical English name (`Moscow`; for a landmark, the place it stands for). */
  name: string;
  kind: PlaceKind;
  /** ISO3 country code. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** A national capital or seat of government. */
  capital: boolean;
  geonameId?: number;
  /** GeoNames first-level admin code, for qualifiers (`Paris, Texas`). */
  admin?: string;
  /** Canonical English name of the landmark (`Kremlin`) when `kind` is `landmark`. */
  landmark?: string;
  /** For a country: its capital's English name (`Moscow`). */
  capitalName?: string;
}

/** Places by normalised name: what the gazetteer looks names up in. */
export interface PlaceIndex {
  get(key: string): Place[] | undefined;
}

/** The offline gazetteer shared by every pack: cities, countries and regions by normalised name. */
export interface Gazetteer {
  /** Cities by normalised name (`new york`), most populous first; made into places on first lookup. */
  readonly cities: PlaceIndex;
  /** Countries by ISO3. */
  readonly countries: Map<string, Place>;
  /** Regions (states, provinces) by normalised name. */
  readonly regions: Map<string, Place[]>;
  /** Every word-prefix of a city or region name (`new`, `new york`, `new york city`), and what may follow one. */
  readonly starts: { has(prefix: string): boolean; continues(prefix: string, word: string): boolean };
  /** The place an English name denotes in a country (city first, then region, then the country). */
  resolve(name: string, iso3: string): Place | undefined;
}

const memo = new Map<string, Gazetteer>();

/** Loads the gazetteer once per process and data folder. */
export function loadGazetteer(dataDir: string, options: Omit<LoadCitiesOptions, 'englishNames'> = {}): Gazetteer {
  const key = `${dataDir}\0${options.minPopulation ?? ''}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const dir = join(dataDir, 'places');
  const countries = readCountries(join(dir, 'countries.tsv'));
  const iso3 = new Map([...countries.values()].map((c) => [c.iso2, c.place.country!]));
  const englishNames = new Map(readTable(join(dir, 'english-names.tsv')).map((r) => [Number(r.geoname_id), r.name!]));
  const cacheDir = options.cacheDir === undefined ? join(dataDir, '..', '.cache', 'places') : options.cacheDir;
  const table = loadCities({ ...options, cacheDir, englishNames });
  // One place per city, shared by every name it is found under ("Genève" and "Geneva").
  const made = new Map<number, Place>();
  const place = (c: CityRecord): Place => {
    let p = made.get(c.order);
    if (!p) {
      p = {
        name: c.name, kind: 'city', country: iso3.get(c.iso2) ?? null, lat: c.lat, lon: c.lon,
        population: c.population, capital: c.feature === 'PPLC' || c.feature === 'PPLG', geonameId: c.id, admin: c.admin,
      };
      made.set(c.order, p);
    }
    return p;
  };
  const lists = new Map<string, Place[]>();
  const cities: PlaceIndex = {
    get(k) {
      let list = lists.get(k);
      if (list === undefined) {
        const records = table.get(k);
        if (!records) return undefined;
        list = records.map(place);
        lists.set(k, list);
      }
      return list;
    },
  };
  const byIso3 = new Map([...countries.values()].map((c) => [c.place.country!, c.place]));
  const regions = readRegions(join(dir, 'regions.tsv'), cities);
  for (const k of regions.keys()) table.addStart(k);
  const starts = { has: (s: string) => table.isStart(s), continues: (s: string, w: string) => table.continues(s, w) };
  const gazetteer: Gazetteer = { cities, countries: byIso3, regions, starts, resolve: (n, c) => resolve(gazetteer, n, c) };
  memo.set(key, gazetteer);
  return gazetteer;
}

/** Appends a place under a name, normalised. */
export function addName(index: Map<string, Place[]>, name: string, place: Place): void {
  addKey(index, normWords(name).join(' '), place);
}

function addKey(index: Map<string, Place[]>, key: string, place: Place): void {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function resolve(g: Gazetteer, name: string, iso3: string): Place | undefined {
  const key = normWords(name).join(' ');
  const inCountry = (list: Place[] | undefined) => list?.find((p) => p.country === iso3);
  const country = g.countries.get(iso3);
  return inCountry(g.cities.get(key)) ?? inCountry(g.regions.get(key)) ??
    (country && normWords(country.name).join(' ') === key ? country : undefined);
}

function readCountries(file: string): Map<string, { iso2: string; place: Place }> {
  const out = new Map<string, { iso2: string; place: Place }>();
  for (const r of readTable(file)) {
    const lat = r.lat ? Number(r.lat) : null;
    const lon = r.lon ? Number(r.lon) : null;
    const place: Place = { name: r.name!, kind: 'country', country: r.iso3!, lat, lon, population: 0, capital: false };
    if (r.capital) place.capitalName = r.capital;
    out.set(r.iso3!, { iso2: r.iso2!, place });
  }
  return out;
}

/** Regions point at their seat: `Bali` takes Denpasar's coordinates (the seat column names it). */
function readRegions(file: string, cities: PlaceIndex): Map<string, Place[]> {
  const out = new Map<string, Place[]>();
  for (const r of readTable(file)) {
    const seat = findSeat(cities, r.seat ?? '', r.country ?? '', r.admin ?? '');
    const place: Place = {
      name: r.name!, kind: 'region', country: r.country!, lat: seat?.lat ?? null, lon: seat?.lon ?? null,
      population: 0, capital: false, admin: r.admin!,
    };
    addName(out, r.name!, place);
  }
  return out;
}

/** The seat city of a region: `Springfield` in Illinois, not the larger one in Missouri. */
export function findSeat(cities: PlaceIndex, seat: string, country: string, admin: string): Place | undefined {
  return cities.get(normWords(seat).join(' '))?.find((p) => p.country === country && p.admin === admin);
}
