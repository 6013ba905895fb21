/**
 * The people files in data/actors/people/ follow the agreed format, and the checker that guards
 * them catches each kind of mistake (tables of broken entries below must each be reported).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPeople, holdsOn, type LoadedPerson, type Person } from '../scripts/lib/actors-people.js';
import { checkPeople, isIsoDay } from '../scripts/lib/actors-check-people.js';

const people = loadPeople();

test('people files: every file loads and passes the format checks', () => {
  assert.ok(people.length > 0, 'no people loaded');
  assert.deepEqual(checkPeople(people), []);
});

const who = (country: string, role: string, day: string): string[] =>
  people.filter(({ person }) => person.country === country)
    .filter(({ person }) => person.roles.some((r) => r.role === role && holdsOn(r, day)))
    .map(({ person }) => person.id);

// Facts the engine's tests lean on: who held the role on the day (handover day = successor).
const holders: [string, string, string, string][] = [
  ['CHN', 'prime-minister', '2023-03-10', 'li-keqiang'],
  ['CHN', 'prime-minister', '2023-03-11', 'li-qiang'],
  ['RUS', 'president', '2010-01-01', 'dmitry-medvedev'],
  ['RUS', 'president', '2024-01-01', 'vladimir-putin'],
  ['IDN', 'president', '2024-10-20', 'prabowo-subianto'],
  ['IDN', 'president', '2024-10-19', 'joko-widodo'],
  ['IDN', 'defence-minister', '2022-01-01', 'prabowo-subianto'],
  ['IDN', 'foreign-minister', '2025-01-01', 'sugiono'],
  ['UKR', 'president', '2023-06-01', 'volodymyr-zelensky'],
  // the heir, not the king: "the Saudi crown prince" in 2023
  ['SAU', 'crown-prince', '2023-10-12', 'mohammed-bin-salman'],
  ['SAU', 'monarch', '2023-10-12', 'king-salman'],
  // small states' leaders: a treaty with Australia, a Namibian succession, a Mauritian comeback, a Sahel junta
  ['TUV', 'prime-minister', '2023-06-01', 'kausea-natano'],
  ['TUV', 'prime-minister', '2024-02-26', 'feleti-teo'],
  ['NAM', 'president', '2024-06-01', 'nangolo-mbumba'],
  ['NAM', 'vice-president', '2024-06-01', 'netumbo-nandi-ndaitwah'],
  ['MUS', 'prime-minister', '2024-11-13', 'navin-ramgoolam'],
  ['MUS', 'prime-minister', '2024-11-12', 'pravind-jugnauth'],
  ['NER', 'president', '2024-01-01', 'abdourahamane-tiani'],
];
for (const [country, role, day, id] of holders) {
  test(`people files: ${country} ${role} on ${day} is ${id}`, () => {
    assert.deepEqual(who(country, role, day), [id]);
  });
}

const base: Person = { id: 'a-b', name: 'A B', country: 'RUS', gender: 'm', roles: [{ role: 'minister', from: '2001-01-01' }] };
const one = (p: Partial<Person>): LoadedPerson[] => [{ file: 't.yml', person: { ...base, ...p } }];

// Each broken entry must be reported, with the rule named in the message.
const broken: [string, LoadedPerson[], RegExp][] = [
  ['bad id', one({ id: 'A B' }), /kebab-case/],
  ['country not ISO3', one({ country: 'RU' }), /not ISO3/],
  ['bad gender', one({ gender: 'x' as 'm' }), /gender/],
  ['unknown role', one({ roles: [{ role: 'tsar', from: '2001-01-01' }] }), /unknown role/],
  ['impossible date', one({ roles: [{ role: 'minister', from: '2008-06-31' }] }), /not a YYYY-MM-DD/],
  ['inverted dates', one({ roles: [{ role: 'minister', from: '2005-01-01', to: '2004-01-01' }] }), /after to/],
  ['same role overlaps', one({ roles: [{ role: 'minister', from: '2001-01-01', to: '2005-01-01' }, { role: 'minister', from: '2004-01-01' }] }), /overlaps role 1/],
  ['no country, no org', one({ country: null, roles: [{ role: 'secretary-general', from: '2001-01-01' }] }), /needs org/],
  ['duplicate id', [...one({}), ...one({ name: 'C D' })], /duplicate id/],
  ['two presidents on one day', [...one({ roles: [{ role: 'president', from: '2000-01-01', to: '2008-05-07' }] }),
    ...one({ id: 'c-d', name: 'C D', roles: [{ role: 'president', from: '2008-05-06' }] })], /overlap/],
  ['same full name on two people', [...one({}), ...one({ id: 'c-d', name: 'C D', aliases: ['A B'] })], /also names/],
];
for (const [what, input, rule] of broken) {
  test(`checkPeople() reports ${what}`, () => {
    const problems = checkPeople(input);
    assert.ok(problems.some((m) => rule.test(m)), problems.join('\n') || 'no problem reported');
  });
}

// Valid entries that must not be reported.
const fine: [string, LoadedPerson[]][] = [
  ['a handover on the same day', [...one({ roles: [{ role: 'president', from: '2000-01-01', to: '2008-05-07' }] }),
    ...one({ id: 'c-d', name: 'C D', roles: [{ role: 'president', from: '2008-05-07' }] })]],
  ['presidents of two countries at once', [...one({ roles: [{ role: 'president', from: '2000-01-01' }] }),
    ...one({ id: 'c-d', name: 'C D', country: 'UKR', roles: [{ role: 'president', from: '2000-01-01' }] })]],
  ['two non-exclusive ministers at once', [...one({}), ...one({ id: 'c-d', name: 'C D' })]],
  ['the same surname on two people', [...one({ aliases: ['Li'] }), ...one({ id: 'c-d', name: 'C D', aliases: ['Li'] })]],
];
for (const [what, input] of fine) {
  test(`checkPeople() accepts ${what}`, () => assert.deepEqual(checkPeople(input), []));
}

test('isIsoDay() accepts real days only', () => {
  assert.equal(isIsoDay('2024-02-29'), true);
  assert.equal(isIsoDay('2023-02-29'), false);
  assert.equal(isIsoDay('20230311'), false);
});
