import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPacks } from '../../lang/pack.js';
import { checkData as checkClean } from './check-data.js';
import { checkData as checkSentences } from '../sentences/check-data.js';
import { checkData as checkLanguage } from '../language/check-data.js';

/** A data folder with one pack `xx` holding the given files. */
function packWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'readout-pack-'));
  mkdirSync(join(dir, 'lang', 'xx'), { recursive: true });
  writeFileSync(join(dir, 'lang', 'xx', 'pack.yml'), 'code: xx\nname: Test\nlocale: en\n');
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'lang', 'xx', name), body);
  return loadPacks(dir);
}
const HEADER = '# Source: test. Licence: MIT.\n';

test('the shipped packs pass the clean, sentences and language data checks', () => {
  const packs = loadPacks();
  assert.deepEqual([...checkClean(packs), ...checkSentences(packs), ...checkLanguage(packs)], []);
});

const bad: Array<[string, Record<string, string>, RegExp, typeof checkClean]> = [
  ['a file without a header', { 'clean.yml': 'no-final: [ke]\n' }, /header: missing Source: and Licence:/, checkClean],
  ['an unknown clean.yml key', { 'clean.yml': `${HEADER}no-finale: [ke]\n` }, /unknown key: no-finale/, checkClean],
  ['an upper-case word', { 'clean.yml': `${HEADER}no-final: [Ke]\n` }, /not one lower-case word: Ke/, checkClean],
  ['a pattern that does not compile', { 'boilerplate.yml': `${HEADER}line-patterns: ['^(oops']\n` }, /line-patterns/, checkClean],
  ['a nested quantifier', { 'boilerplate.yml': `${HEADER}line-patterns: ['^(a+)+$']\n` }, /nested quantifier/, checkClean],
  ['an upper-case subject pronoun', { 'clean.yml': `${HEADER}subjects: [Ia]\n` }, /subjects: not one lower-case word: Ia/, checkClean],
  ['a phrase among the fronting prepositions', { 'clean.yml': `${HEADER}fronting: [di antara]\n` }, /fronting: not one lower-case word/, checkClean],
  ['a footer pattern that does not compile', { 'boilerplate.yml': `${HEADER}footer-patterns: ['^(oops']\n` }, /footer-patterns: Invalid regular expression/, checkClean],
  ['a nested quantifier in a footer pattern', { 'boilerplate.yml': `${HEADER}footer-patterns: ['^(-+)+$']\n` }, /footer-patterns: nested quantifier/, checkClean],
  ['a dateline label in capitals', { 'dateline-labels.txt': `${HEADER}BREAKING\n` }, /dateline-labels.txt: not lower case: BREAKING/, checkClean],
  ['an empty teaser', { 'boilerplate.yml': `${HEADER}teasers: ['']\n` }, /teasers: must be a list of non-empty strings/, checkClean],
  ['an abbreviation without a period', { 'abbreviations.txt': `${HEADER}Dr\n` }, /must end in a period: Dr/, checkSentences],
  ['an unknown abbreviation flag', { 'abbreviations.txt': `${HEADER}Dr. always\n` }, /only the flag "end"/, checkSentences],
  ['a duplicate abbreviation', { 'abbreviations.txt': `${HEADER}Dr.\nDr.\n` }, /duplicate of line 2: Dr\./, checkSentences],
  ['a malformed marker line', { 'language-markers.txt': `${HEADER}Indonesian pemerintah\n` }, /expected "<codes> <lower-case marker>"/, checkLanguage],
  ['a marker listed twice', { 'language-markers.txt': `${HEADER}id karena\nms karena\n` }, /marker listed twice/, checkLanguage],
];

for (const [name, files, problem, check] of bad) {
  test(`data checks report ${name}`, () => {
    const problems = check(packWith(files));
    assert.ok(problems.some((p) => problem.test(p)), problems.join('\n'));
  });
}
