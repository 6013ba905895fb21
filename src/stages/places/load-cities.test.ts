import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCities, type CityTable } from './load-cities.js';

/** Every record of a table, name by name. */
function records(table: CityTable) {
  return [...table.keys()].map((k) => [k, table.get(k)] as const);
}

test('loadCities keeps capitals and seats, drops city districts, and caches what it read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-cache-'));
  const cities = loadCities({ cacheDir: dir, minPopulation: 200_000 });
  assert.ok(cities.get('jakarta')?.some((c) => c.name === 'Jakarta' && c.feature === 'PPLC'));
  assert.ok(cities.get('vatican city')?.length, 'a capital below the population floor stays');
  assert.ok(![...cities.keys()].some((k) => k.includes('kreis')), 'city districts are dropped');
  assert.equal(readdirSync(dir).length, 1);
  assert.deepEqual(records(loadCities({ cacheDir: dir, minPopulation: 200_000 })), records(cities));
});

test('loadCities lists the most populous city of a name first, and finds a city under its English name too', () => {
  const english = new Map([[2660646, 'Geneva']]);
  const cities = loadCities({ cacheDir: null, minPopulation: 15_000, englishNames: english });
  const populations = cities.get('san jose')!.map((c) => c.population);
  assert.deepEqual(populations, [...populations].sort((a, b) => b - a));
  const geneva = cities.get('geneva')!.find((c) => c.id === 2660646);
  assert.equal(geneva?.name, 'Geneva');
  assert.deepEqual(cities.get('geneve')!.find((c) => c.id === 2660646), geneva, 'the same record under both names');
});

test('loadCities rebuilds a torn cache file instead of failing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-cache-'));
  const first = loadCities({ cacheDir: dir, minPopulation: 500_000 });
  const [file] = readdirSync(dir);
  writeFileSync(join(dir, file!), '{"format":"readout-cities-3"\nhal');
  assert.deepEqual(records(loadCities({ cacheDir: dir, minPopulation: 500_000 })), records(first));
  assert.ok(existsSync(join(dir, file!)));
});

test('loadCities rebuilds the cache when the English names change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-cache-'));
  assert.equal(loadCities({ cacheDir: dir, minPopulation: 15_000 }).has('geneva'), true); // Geneva, Illinois
  const renamed = loadCities({ cacheDir: dir, minPopulation: 15_000, englishNames: new Map([[2660646, 'Geneva']]) });
  assert.ok(renamed.get('geneva')!.some((c) => c.id === 2660646));
});

test('loadCities works without a cache folder', () => {
  assert.ok(loadCities({ cacheDir: null, minPopulation: 1_000_000 }).size > 100);
});
