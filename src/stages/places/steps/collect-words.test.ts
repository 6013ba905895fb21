import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../../core/doc.js';
import { buildTestDoc } from '../build-test-doc.js';
import { collectWords } from './01-collect-words.js';

/** Tokens of the whole text, the dateline's words included, as a sentence splitter whose span covers it would give. */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*|[^\s\p{L}]/gu)].map((m) => ({
    start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase(), kind: /^\p{L}/u.test(m[0]) ? 'word' : 'punct',
    upper: /^\p{Lu}/u.test(m[0]), sentence: 0,
  }));
}

test('collectWords() leaves out the words of a dateline that the token layer covers', () => {
  const doc = buildTestDoc('Envoys from Guinea-Bissau met in Lisbon.', { dateline: 'DAKAR, Wire -' });
  doc.tokens = tokensOf(doc.text);
  assert.deepEqual(collectWords(doc).map((w) => w.norm), ['envoys', 'from', 'guinea', 'bissau', 'met', 'in', 'lisbon']);
});

test('collectWords() leaves out a token that reaches into the dateline, and only it', () => {
  const doc = buildTestDoc('Talks in Lisbon ended.', { dateline: 'DAKAR, Wire -' });
  doc.tokens = tokensOf(doc.text);
  // The dateline ends inside "Wire": a token across its end is dateline text, the next one is body.
  doc.dateline = { start: 0, end: doc.text.indexOf('Wire') + 2 };
  assert.deepEqual(collectWords(doc).map((w) => w.norm), ['talks', 'in', 'lisbon', 'ended']);
});

test('collectWords() keeps every word when there is no dateline', () => {
  const doc = buildTestDoc('Talks in Lisbon ended.');
  assert.deepEqual(collectWords(doc).map((w) => w.norm), ['talks', 'in', 'lisbon', 'ended']);
});
