import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCities } from './load-cities.js';

test('loadCities keeps capitals and seats, drops city districts, and caches what it read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-cache-'));
  const cities = loadCities({ cacheDir: dir, minPopulation: 200_000 });
  assert.ok(cities.some((c) => c.name === 'Jakarta' && c.feature === 'PPLC'));
  assert.ok(cities.some((c) => c.name === 'Vatican City'), 'a capital below the population floor stays');
  assert.ok(!cities.some((c) => c.name.includes('(Kreis')), 'city districts are dropped');
  assert.equal(readdirSync(dir).length, 1);
  assert.deepEqual(loadCities({ cacheDir: dir, minPopulation: 200_000 }), cities);
});

test('loadCities rebuilds a torn cache file instead of failing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'places-cache-'));
  const first = loadCities({ cacheDir: dir, minPopulation: 500_000 });
  const [file] = readdirSync(dir);
  writeFileSync(join(dir, file!), '[[1, "Half');
  assert.deepEqual(loadCities({ cacheDir: dir, minPopulation: 500_000 }), first);
  assert.ok(existsSync(join(dir, file!)));
});

test('loadCities works without a cache folder', () => {
  assert.ok(loadCities({ cacheDir: null, minPopulation: 1_000_000 }).length > 100);
});
