import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addSignature, FILTER_SIZE, hasSignature, signature, signatureSet } from './signature.js';
import { TokenTrie } from './token-trie.js';
import type { Unit } from './match-units.js';

const unit = (norm: string, upper = false): Unit => ({ start: 0, end: norm.length, norm, kind: 'word', upper, sentence: 0 });

/** A norm of letters whose signature has `low` as its lowest bits (of `mask`). */
function normAt(low: number, mask: number, taken: ReadonlySet<string> = new Set()): string {
  for (const a of 'abcdefghijklmnopqrstuvwxyz') {
    for (const b of 'abcdefghijklmnopqrstuvwxyz') {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        const norm = a + b + c;
        if ((signature(norm) & mask) === low && !taken.has(norm)) return norm;
      }
    }
  }
  throw new Error(`no norm with signature bits ${low}`);
}

describe('signature sets', () => {
  // the sets are bits of 32-bit words: the first and last bit of a word, the sign bit among them, must hold alone
  it('holds each signature at the edges of its word and of the set, and no neighbour', () => {
    for (const sig of [0, 1, 30, 31, 32, 63, FILTER_SIZE - 33, FILTER_SIZE - 32, FILTER_SIZE - 1]) {
      const set = signatureSet();
      addSignature(set, sig);
      assert.ok(hasSignature(set, sig), String(sig));
      for (const other of [sig - 1, sig + 1, sig ^ 32]) if (other >= 0 && other < FILTER_SIZE) assert.equal(hasSignature(set, other), false, `${sig} beside ${other}`);
    }
  });
});

describe('first-word filter in bits', () => {
  // two bits a signature, sixteen to a word: a first word in the top pair (the sign bit) or the lowest starts
  // its phrases, in the case it needs, and its neighbours in the word start none
  it('passes first words whose bits are the first or last pair of a word', () => {
    for (const low of [0, 15]) {
      const anyCase = normAt(low, 15);
      const upperOnly = normAt(low, 15, new Set([anyCase]));
      const trie = new TokenTrie();
      trie.insert([anyCase], [false], { entry: { type: 'block' }, needsUpper: false });
      trie.insert([upperOnly], [false], { entry: { type: 'block' }, needsUpper: false }, [], true);
      trie.seal();
      assert.ok(trie.starts(unit(anyCase)), anyCase);
      assert.ok(trie.starts(unit(anyCase, true)), anyCase);
      assert.ok(trie.starts(unit(upperOnly, true)), upperOnly);
      if (signature(upperOnly) !== signature(anyCase)) assert.equal(trie.starts(unit(upperOnly)), false, upperOnly);
      const neighbour = normAt(low === 0 ? 1 : 14, 15);
      assert.equal(trie.starts(unit(neighbour)), false, neighbour);
      assert.equal(trie.starts(unit(neighbour, true)), false, neighbour);
    }
  });
});
