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

test('tokenize() marks a word opening in lower case with a capital inside as a name ("eBay", a mistyped "cHile")', () => {
  const out: Token[] = [];
  const text = 'cHile eBay chile émile';
  tokenize(text, 0, text.length, 0, out);
  assert.deepEqual(out.map((t) => [t.norm, t.upper]), [['chile', true], ['ebay', true], ['chile', false], ['emile', false]]);
});

test('tokenize() norms a word met again in another case, or after a word of the same length, as itself', () => {
  const out: Token[] = [];
  const text = 'Talks talks TALKS tAlKs walks Talks, talk talks.';
  tokenize(text, 0, text.length, 0, out);
  assert.deepEqual(out.filter((t) => t.kind === 'word').map((t) => t.norm), ['talks', 'talks', 'talks', 'talks', 'walks', 'talks', 'talk', 'talks']);
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

/** The token pattern the scanner implements, as one regular expression: the reference it must agree with. */
const PATTERN = new RegExp(
  [String.raw`(\p{L}(?:\.\p{L})+\.)`, String.raw`(['’][sS](?![\p{L}\p{N}]))`, String.raw`(WORD(?:-WORD)*)`, String.raw`(\p{N}+(?:[.,:/]\p{N}+)*)`, String.raw`(\.\.\.|\S)`]
    .join('|')
    .replace(/WORD/g, String.raw`\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*(?:\p{N}+(?![\p{N}]|[.,]\p{N}))?`),
  'gu',
);

function byPattern(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(PATTERN)) {
    const at = start + m.index;
    if (m[3] !== undefined && m[0].includes('-') && !isReduplication(m[0])) {
      let offset = at;
      for (const part of m[0].split('-')) {
        if (offset > at) out.push(`${offset - 1}:-/p`);
        out.push(`${offset}:${part}/w`);
        offset += part.length + 1;
      }
    } else out.push(`${at}:${m[0]}/${m[4] !== undefined ? 'n' : m[5] !== undefined ? 'p' : 'w'}`);
  }
  return out;
}

test('tokenize() agrees with the token pattern on random text, astral and broken characters included', () => {
  const alphabet = ['a', 'b', 's', 'S', 'A', '.', '.', "'", '’', '-', '-', ',', ':', '/', '1', '2', ' ', ' ', 'é', 'e\u0301', '\u0301', '²', '٣', '\u00a0', '😀', '𝐀', '\ud800', '\udc00', 'ß', 'İ', '!', '…', 'ǅ', '\u3000', '漢'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    for (let i = 1 + Math.floor(random() * 14); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
    const start = random() < 0.3 ? Math.floor(random() * text.length) : 0;
    const end = random() < 0.3 ? start + Math.floor(random() * (text.length - start + 1)) : text.length;
    const out: Token[] = [];
    tokenize(text, start, end, 0, out);
    assert.deepEqual(out.map((t) => `${t.start}:${text.slice(t.start, t.end)}/${t.kind[0]}`), byPattern(text, start, end), JSON.stringify([text, start, end]));
  }
});
