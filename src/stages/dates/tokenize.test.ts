import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../core/doc.js';
import { sentenceTokens, tokenizeRange, type FineToken } from './tokenize.js';

/** A token layer as the sentences stage makes it: each sentence's tokens together, in text order. */
function layer(text: string, sentences: ReadonlyArray<readonly [number, number]>): Token[] {
  const tokens: Token[] = [];
  sentences.forEach(([start, end], sentence) => {
    for (const m of text.slice(start, end).matchAll(/[\p{L}\d/’'-]+|[^\s\p{L}\d]/gu)) {
      const raw = m[0];
      const c = raw.charCodeAt(0);
      const kind = c >= 48 && c <= 57 ? 'number' : /\p{L}/u.test(raw[0]!) ? 'word' : 'punct';
      tokens.push({ start: start + m.index, end: start + m.index + raw.length, norm: raw.toLowerCase(), kind, upper: raw[0] !== raw[0]!.toLowerCase(), sentence });
    }
  });
  return tokens;
}

const plain = (toks: readonly FineToken[]) => toks.map(({ start, end, norm, kind, upper }) => ({ start, end, norm, kind, upper }));

test('sentenceTokens() gives the fine tokens of tokenizeRange() for every sentence and cut', () => {
  const text = 'Menlu bertemu Rabu (21/8/2024) di Jakarta. Talks resumed mid-March, on Sunday’s vote.';
  const sentences = [[0, 42], [43, text.length]] as const;
  const tokens = layer(text, sentences);
  sentences.forEach(([start, end], sentence) => {
    for (let cut = start; cut <= end; cut++) {
      assert.deepEqual(plain(sentenceTokens(text, tokens, sentence, start, cut)), plain(tokenizeRange(text, start, cut)), `sentence ${sentence} cut at ${cut}`);
    }
  });
});

test('sentenceTokens() of a sentence with no tokens is empty', () => {
  const text = 'Rabu. ... Kamis.';
  const tokens = layer(text, [[0, 5]]);
  assert.deepEqual(sentenceTokens(text, tokens, 1, 6, 9), []);
});
