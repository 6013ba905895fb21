/**
 * The reference importer (scripts/import-actors.ts): source quirks are repaired, only clean titles are
 * mapped, periods are joined, and hand-curated data always wins.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clampDay, nextDay, readCountryInfo, splitNames } from '../scripts/lib/actors-import-countryinfo.js';
import { roleKeyOf } from '../scripts/lib/actors-import-roles.js';
import { groupPeople, joinPeriods, preferCurated, titleCase, trimHolderOverlaps } from '../scripts/lib/actors-import-merge.js';
import { isPlainName } from '../scripts/lib/actors-import-phoenix.js';
import { yamlScalar } from '../scripts/lib/actors-import-yaml.js';
import type { Person } from '../scripts/lib/actors-people.js';

const days: [string, string | undefined][] = [
  ['2008-06-31', '2008-06-30'], ['2008-02-31', '2008-02-29'], ['2009-02-31', '2009-02-28'], ['2004-10-20', '2004-10-20'],
  ['YUGSVNGOV 19740101', '1974-01-01'], ['', undefined], ['2008-13-01', undefined], ['200806', undefined],
];
for (const [input, expected] of days) {
  test(`clampDay("${input}") is ${String(expected)}`, () => assert.equal(clampDay(input), expected));
}

test('nextDay() crosses month and year ends', () => {
  assert.equal(nextDay('2008-02-29'), '2008-03-01');
  assert.equal(nextDay('2010-12-31'), '2011-01-01');
});

test('splitNames() reads CountryInfo variant lists and plain names', () => {
  assert.deepEqual(splitNames('{VLADIMIR PUTIN }{VLADIMIR VLADIMIROVICH PUTIN }'), ['VLADIMIR PUTIN', 'VLADIMIR VLADIMIROVICH PUTIN']);
  assert.deepEqual(splitNames('SUHARTO'), ['SUHARTO']);
});

const titles: [string, 'leaders' | 'cabinet', string | undefined][] = [
  ['Presidents', 'leaders', 'president'],
  ['Prime ministers', 'leaders', 'prime-minister'],
  ['Kings', 'leaders', 'monarch'],
  ['Minister of Foreign Affairs', 'cabinet', 'foreign-minister'],
  ['Secretary of State for Foreign and Commonwealth Affairs', 'cabinet', 'foreign-minister'],
  ['Minister of National Defense', 'cabinet', 'defence-minister'],
  ['Governor, Central Bank', 'cabinet', 'central-bank-governor'],
  // false positives: joined posts, acting holders, look-alike titles, heads in the cabinet block
  ['Minister of Foreign Affairs & Secretary, Security Council', 'cabinet', undefined],
  ['Minister of Defense "Acting"', 'cabinet', undefined],
  ['Deputy Minister of Foreign Affairs', 'cabinet', undefined],
  ['Minister of Foreign Trade and Economic Cooperation', 'cabinet', undefined],
  ['Vice President for Atomic Energy', 'cabinet', undefined],
  ['Prime Minister', 'cabinet', undefined],
  ['Presidents, PRIME_MINISTERS', 'leaders', undefined],
];
for (const [title, block, expected] of titles) {
  test(`roleKeyOf("${title}", ${block}) is ${String(expected)}`, () => assert.equal(roleKeyOf(title, block), expected));
}

const names: [string, string][] = [
  ['SUSILO BAMBANG YUDHOYONO', 'Susilo Bambang Yudhoyono'],
  ['ABDULLAH BIN ZAYED AL-NAHYAN', 'Abdullah bin Zayed al-Nahyan'],
  ["MARTIN O'NEILL", "Martin O'Neill"],
  ['JAAP DE HOOP SCHEFFER', 'Jaap de Hoop Scheffer'],
];
for (const [input, expected] of names) test(`titleCase("${input}") is "${expected}"`, () => assert.equal(titleCase(input), expected));

test('isPlainName() keeps names and drops titled or one-word variants', () => {
  assert.equal(isPlainName('SERGEY VIKTOROVICH LAVROV'), true);
  assert.equal(isPlainName('FOREIGN MINISTER SERGEY V. LAVROV'), false);
  assert.equal(isPlainName('AMBASSADOR LAVROV'), false);
  assert.equal(isPlainName('LAVROV'), false);
});

test('yamlScalar() quotes what plain YAML would misread', () => {
  assert.equal(yamlScalar('Xi Jinping'), 'Xi Jinping');
  assert.equal(yamlScalar('No'), '"No"');
  assert.equal(yamlScalar('Lee: Jr'), '"Lee: Jr"');
});

test('joinPeriods() joins monthly snapshots of one post into one term', () => {
  const roles = joinPeriods([
    { role: 'finance-minister', from: '2004-11-01', to: '2005-03-01' },
    { role: 'finance-minister', from: '2005-03-01', to: '2006-01-01' },
    { role: 'finance-minister', from: '2007-01-01', to: '2008-01-01' },
  ]);
  assert.deepEqual(roles.map((r) => [r.from, r.to]), [['2004-11-01', '2006-01-01'], ['2007-01-01', '2008-01-01']]);
});

test('groupPeople() merges rows that share a name variant within a country', () => {
  const people = groupPeople([
    { country: 'RUS', names: ['IGOR IVANOV', 'IGOR SERGEYEVICH IVANOV'], role: 'foreign-minister', from: '2003-01-01', to: '2004-03-09', approx: true, source: 'countryinfo' },
    { country: 'RUS', names: ['IGOR SERGEYEVICH IVANOV'], role: 'deputy-prime-minister', from: '2004-01-01', to: '2004-02-01', approx: true, source: 'countryinfo' },
    { country: 'UKR', names: ['IGOR IVANOV'], role: 'finance-minister', from: '2004-01-01', to: '2004-02-01', approx: true, source: 'countryinfo' },
  ]);
  assert.deepEqual(people.map((p) => [p.country, p.name, p.roles.length]), [['RUS', 'Igor Ivanov', 2], ['UKR', 'Igor Ivanov', 1]]);
});

const person = (id: string, name: string, country: string, role: string, from: string, to?: string): Person =>
  ({ id, name, country, gender: null, aliases: [], roles: [{ role, from, ...(to ? { to } : {}) }] });

test('preferCurated() skips curated people and roles that contradict a curated holder', () => {
  const curated = [{ file: 'x.yml', person: { ...person('salva-kiir', 'Salva Kiir', 'SSD', 'president', '2011-07-09'), aliases: ['Salva Kiir Mayardit'] } },
    { file: 'x.yml', person: person('a-b', 'A B', 'IDN', 'foreign-minister', '2001-08-09', '2009-10-22') }];
  const kept = preferCurated([
    person('salva-kiir-mayardit', 'Salva Kiir Mayardit', 'SDN', 'vice-president', '2005-08-11', '2011-07-09'),
    person('c-d', 'C D', 'IDN', 'foreign-minister', '2003-01-01', '2004-01-01'),
    person('e-f', 'E F', 'IDN', 'finance-minister', '2003-01-01', '2004-01-01'),
  ], curated);
  assert.deepEqual(kept.map((p) => p.id), ['e-f']);
});

test('preferCurated() ends an imported term the day a curated holder takes over', () => {
  const curated = [{ file: 'x.yml', person: person('kim-tae-young', 'Kim Tae-young', 'KOR', 'defence-minister', '2009-09-21', '2010-12-04') }];
  const kept = preferCurated([person('lee-sang-hee', 'Lee Sang-hee', 'KOR', 'defence-minister', '2008-04-01', '2009-10-01')], curated);
  assert.deepEqual(kept.map((p) => [p.id, p.roles[0]!.to, p.roles[0]!.approx]), [['lee-sang-hee', '2009-09-21', true]]);
});

test('trimHolderOverlaps() leaves one holder per day, the later start winning', () => {
  const a = person('a', 'A A', 'IRQ', 'prime-minister', '2003-01-01', '2005-06-01');
  const b = person('b', 'B B', 'IRQ', 'prime-minister', '2005-05-03', '2006-05-20');
  trimHolderOverlaps([a, b]);
  assert.equal(a.roles[0]!.to, '2005-05-03');
  assert.equal(a.roles[0]!.approx, true);
});

const leaders = fileURLToPath(new URL('../../shared/reference/country_leaders_countryinfo.jsonl', import.meta.url));
test('readCountryInfo() reads Indonesian heads of state from the reference data', { skip: existsSync(leaders) ? false : 'shared reference data absent' }, () => {
  const roles = readCountryInfo(leaders, new Set(['IDN']));
  const megawati = roles.find((r) => r.role === 'president' && r.names.includes('MEGAWATI SUKARNOPUTRI'));
  assert.deepEqual(megawati && [megawati.from, megawati.to, megawati.approx], ['2001-07-23', '2004-10-20', false]);
  assert.ok(roles.every((r) => (r.to ?? '9999') >= '2000-01-01'), 'a role that ended before 2000 was kept');
});
