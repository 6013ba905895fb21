import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadPacks } from '../../lang/pack.js';
import { checkData } from './check-data.js';

/** A data folder with the real place tables and one small pack `xx` holding the given files. */
function dataDirWith(files: Record<string, string>, regions?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'places-data-'));
  cpSync(join(DEFAULT_DATA_DIR, 'places'), join(dir, 'places'), { recursive: true });
  if (regions) writeFileSync(join(dir, 'places', 'regions.tsv'), regions);
  mkdirSync(join(dir, 'lang', 'xx'), { recursive: true });
  writeFileSync(join(dir, 'lang', 'xx', 'pack.yml'), 'code: xx\nname: Test\nlocale: en\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'lang', 'xx', name), text);
  return dir;
}

test('checkData accepts the project’s place data', () => {
  assert.deepEqual(checkData(loadPacks()), []);
});

test('checkData names the file and line of an alias that resolves to nothing', () => {
  const dir = dataDirWith({ 'places.tsv': '# test\nalias\tname\tcountry\nAtlantis\tAtlantis\tGRC\n' });
  const problems = checkData(loadPacks(dir));
  assert.ok(problems.some((p) => p.includes('places.tsv:3') && p.includes('Atlantis')), problems.join('\n'));
});

test('checkData reports an alias with two meanings, unknown cue keys and a missing header', () => {
  const dir = dataDirWith({
    'landmarks.tsv': '# test\nalias\tlandmark\tplace\tcountry\nPalace\tPalace\tParis\tFRA\nPalace\tPalace\tLondon\tGBR\n',
    'place-cues.yml': 'event: [in]\nwhere: [at]\n',
  });
  const problems = checkData(loadPacks(dir));
  assert.ok(problems.some((p) => p.includes('landmarks.tsv:4') && p.includes('"Palace"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('unknown key "where"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('place-cues.yml: must open with a header')), problems.join('\n'));
});

test('checkData reports a region whose seat lies in another admin area', () => {
  const dir = dataDirWith({}, '# test\nname\tcountry\tadmin\tseat\nIllinois\tUSA\tIL\tAtlanta\n');
  const problems = checkData(loadPacks(dir));
  assert.ok(problems.some((p) => p.includes('regions.tsv:3') && p.includes('Atlanta')), problems.join('\n'));
});
