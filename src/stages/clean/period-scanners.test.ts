import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodTokens } from './period-tokens.js';
import { capitalisedPairs, pairFinder, properNouns } from './proper-nouns.js';

// The scanners replace regular expressions; these are the patterns they must agree with.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const NOUN_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]|\n/gu;

function nounsByPattern(text: string): Set<string> {
  const nouns = new Set<string>();
  let previous = '';
  for (const m of text.matchAll(NOUN_TOKEN)) {
    const token = m[0];
    const first = token.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    if (isWord && previous !== '' && previous !== 'break' && first !== first.toLowerCase()) nouns.add(token);
    if (token === '\n' || token === '.' || token === '!' || token === '?' || token === '"' || token === '“' || token === ':') previous = 'break';
    else previous = isWord ? 'word' : previous === 'break' ? 'break' : 'punct';
  }
  return nouns;
}

/** Random short texts over letters of several scripts, marks, digits, joiners, spaces and broken surrogates. */
function randomTexts(count: number, seed: number): string[] {
  const alphabet = ['a', 'b', 'A', 'R', 'é', 'É', 'ǅ', 'İ', '\u0301', '2', '²', ' ', ' ', ' ', '\n', '\u00a0', '.', '.', "'", '’', '-', ',', ':', '"', '“', '!', '𝐀', '😀', '\ud800', '\udc00', 'Ж', 'ж'];
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    for (let i = 1 + Math.floor(random() * 16); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
    out.push(text);
  }
  return out;
}

test('periodTokens() agrees with the word-or-symbol pattern on random text', () => {
  for (const text of randomTexts(20000, 3)) {
    const from = text.length > 2 ? 1 : 0;
    const expected = [...text.slice(from).matchAll(TOKEN)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0].charAt(0)) }));
    // Tokens cut their text when it is read: compared as plain records.
    const tokens = periodTokens(text, from, text.length).map((t) => ({ text: t.text, start: t.start, end: t.end, word: t.word }));
    assert.deepEqual(tokens, expected, JSON.stringify(text));
  }
});

test('properNouns() agrees with the token pattern on random text', () => {
  for (const text of randomTexts(20000, 5)) assert.deepEqual([...properNouns(text)], [...nounsByPattern(text)], JSON.stringify(text));
});

test('properNouns() takes capitals in mid-sentence, not after a sentence end or a line break', () => {
  assert.deepEqual([...properNouns('Presiden Rusia Vladimir Putin tiba. Ia disambut.\nMenlu Retno hadir: Kami')], ['Rusia', 'Vladimir', 'Putin', 'Retno']);
});

test('pairFinder() answers as the set of capitalised pairs does, searching or not', () => {
  for (const text of randomTexts(5000, 11)) {
    const pairs = capitalisedPairs(text);
    const words = [...new Set(text.split(/[\s.,:"“!'’-]+/u).filter(Boolean))];
    const has = pairFinder(text);
    for (const first of words.slice(0, 4)) for (const second of words.slice(0, 4)) {
      assert.equal(has(first.toLowerCase(), second), pairs.has(`${first.toLowerCase()} ${second}`), JSON.stringify([text, first, second]));
    }
  }
  const text = 'Mereka bertemu pada hari Rabu di Moskow. Pada hari. Rabu itu';
  const has = pairFinder(text);
  assert.equal(has('hari', 'Rabu'), true);
  assert.equal(has('pada', 'hari'), false);
  assert.equal(has('di', 'Moskow'), true);
  assert.equal(has('bertemu', 'Rabu'), false);
});
