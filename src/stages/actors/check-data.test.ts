import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPacks } from '../../lang/pack.js';
import { checkData } from './check-data.js';

const BAD = new URL('../../../test/fixtures/actors/bad-data/', import.meta.url).pathname;

describe('actors checkData', () => {
  it('finds no problem in the project data', () => {
    assert.deepEqual(checkData(loadPacks()), []);
  });
  const problems = checkData(loadPacks(BAD));
  const cases: Array<[string, string]> = [
    ['unknown role key', 'people/bad.yml: li-keqiang: role premier from 2013-03-15: unknown role key'],
    ['inverted dates', 'li-keqiang: role president from 2020-01-01: inverted dates'],
    ['impossible date', 'li-keqiang: role president from 2021-02-30: not a real date: 2021-02-30'],
    ['overlapping periods', 'vladimir-putin: overlapping periods of role president'],
    ['bad gender', 'li-keqiang: gender must be m, f or null'],
    ['unknown person country', 'putin-double: unknown country "XYZ"'],
    ['unknown organisation code', 'putin-double: role president from 2000-01-01: unknown organisation code "NOPE"'],
    ['bad organisation id', 'organizations.yml: id must be a kebab-case slug: Bad_Id'],
    ['bad organisation code', 'organizations.yml: missing or bad CAMEO code: Bad_Id'],
    ['unknown organisation country', 'organizations.yml: unknown country: Bad_Id ZZZ'],
    ['unknown role in matches', 'roles.yml: unknown role key in matches: leader → emperor'],
    ['unknown country in a pack', 'lang/en/countries.tsv:6: unknown country: ZZZ'],
    ['unknown alias kind', 'lang/en/countries.tsv:5: unknown kind: nickname'],
    ['missing country name', 'lang/xx/countries.tsv: missing translation: no name for CHN'],
    ['unknown actor id', 'lang/en/actor-aliases.tsv:3: unknown actor id: no-such-actor'],
    ['unknown seat country', 'lang/en/seats.tsv:4: unknown country: ATL'],
    ['bad seat kind', 'lang/en/seats.tsv:4: kind must be seat or capital: Atlantis'],
    ['unknown title role', 'lang/en/actor-titles.yml: unknown role key: emperor'],
    ['missing organisation name', 'lang/xx/actor-aliases.tsv: missing translation: no name for organisation world-bank'],
    ['missing title translation', 'lang/xx/actor-titles.yml: missing translation: leader (in en)'],
    ['alias clash between people', 'lang/en: duplicate alias with clashing meaning: "vladimir putin" → putin-double, vladimir-putin'],
    ['a title word of two words', 'lang/en/actor-titles.yml: title_words must be single words: "deputy chief"'],
    ['a never-short form of two words', 'lang/en/actor-false-positives.yml: not_short must be single words: "long time"'],
    ['unknown country of a shared name', 'lang/en/shared-country-names.tsv:3: unknown country: ZZY ("China")'],
    ['a shared name of one country', 'lang/en/shared-country-names.tsv:4: a shared name needs two countries or more: "Russia"'],
    ['a shared name listed twice', 'lang/en/shared-country-names.tsv:5: name listed twice (first on line 3): "China"'],
    ['a shared name no country is called', 'lang/en/shared-country-names.tsv:6: not a countries.tsv alias of any of its countries: "Atlantis"'],
    ['alias clash between a country and an organisation', 'lang/en: duplicate alias with clashing meaning: "russia" → RUS, united-nations'],
  ];
  for (const [rule, expected] of cases) {
    it(`reports ${rule}`, () => assert.ok(problems.some((p) => p.includes(expected)), `missing "${expected}" in:\n${problems.join('\n')}`));
  }
});
