import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReduplication, tokenize } from './tokenize.js';
import type { Token } from '../../core/doc.js';

function tokens(text: string): string[] {
  const out: Token[] = [];
  tokenize(text, 0, text.length, 0, out);
  return out.map((t) => `${text.slice(t.start, t.end)}/${t.kind[0]}`);
}

const cases: Array<[string, string[]]> = [
  ["Putin's visit", ['Putin/w', "'s/w", 'visit/w']],
  ['China’s envoy', ['China/w', '’s/w', 'envoy/w']],
  ["O'Brien met d'Alema", ["O'Brien/w", 'met/w', "d'Alema/w"]],
  ['undang-undang dan negara-negara', ['undang-undang/w', 'dan/w', 'negara-negara/w']],
  ['bertahun-tahun', ['bertahun-tahun/w']],
  ['kerja sama Rusia-Tiongkok', ['kerja/w', 'sama/w', 'Rusia/w', '-/p', 'Tiongkok/w']],
  ['pro-Russian forces', ['pro/w', '-/p', 'Russian/w', 'forces/w']],
  ['the U.S. and a.m. times', ['the/w', 'U.S./w', 'and/w', 'a.m./w', 'times/w']],
  ['naik 12,5 persen atau 3.5%', ['naik/w', '12,5/n', 'persen/w', 'atau/w', '3.5/n', '%/p']],
  ['Rabu (21/8/2024) pukul 14.30', ['Rabu/w', '(/p', '21/8/2024/n', ')/p', 'pukul/w', '14.30/n']],
  ['Rp10.000 dan RM50 di G20', ['Rp/w', '10.000/n', 'dan/w', 'RM50/w', 'di/w', 'G20/w']],
  ['“berkembang,” katanya...', ['“/p', 'berkembang/w', ',/p', '”/p', 'katanya/w', '.../p']],
  ['Pérez, Żelazny', ['Pérez/w', ',/p', 'Żelazny/w']],
];

for (const [text, expected] of cases) {
  test(`tokenize() splits ${JSON.stringify(text)}`, () => assert.deepEqual(tokens(text), expected));
}

test('tokenize() gives lower-case, diacritic-free norms and the upper flag', () => {
  const out: Token[] = [];
  const text = 'Pérez’s ÉLAN';
  tokenize(text, 0, text.length, 3, out);
  assert.deepEqual(out.map((t) => [t.norm, t.upper, t.sentence]), [['perez', true, 3], ["'s", false, 3], ['elan', true, 3]]);
});

test('tokenize() keeps offsets within the range it is given', () => {
  const text = 'before. The middle part. after';
  const out: Token[] = [];
  tokenize(text, 8, 24, 1, out);
  assert.deepEqual(out.map((t) => text.slice(t.start, t.end)), ['The', 'middle', 'part', '.']);
});

const redup: Array<[string, boolean]> = [
  ['undang-undang', true], ['sebesar-besarnya', true], ['bertahun-tahun', true], ['kupu-kupu', true],
  ['Rusia-Tiongkok', false], ['Xi-Putin', false], ['anti-China', false], ['al-Assad', false],
];
for (const [word, expected] of redup) {
  test(`isReduplication(${JSON.stringify(word)}) is ${expected}`, () => assert.equal(isReduplication(word), expected));
}
