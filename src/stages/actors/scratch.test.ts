import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchStarts } from './match-starts.js';
import { coveredUnits, sharedZeros } from './scratch.js';
import type { Match } from './token-trie.js';

function match(start: number, end: number): Match {
  return { start, end, finals: [] };
}

describe('per-article buffers', () => {
  it('give each article zeroed units, bounded by its length', () => {
    const first = coveredUnits(300);
    first.fill(1, 10, 200);
    const next = coveredUnits(100);
    assert.equal(next.length, 100);
    assert.ok(next.every((b) => b === 0));
    assert.equal(next[150], undefined); // past the article's units, as with a fresh array
    assert.equal(next[-1], undefined);
  });
  it('grow for a long article', () => {
    assert.ok(coveredUnits(50_000).every((b) => b === 0));
    assert.ok(sharedZeros(50_000).every((b) => b === 0));
  });
  it('find no match of an earlier article', () => {
    const earlier = new MatchStarts(40);
    const m = match(5, 7);
    earlier.set(m);
    assert.equal(earlier.get(5), m);
    const next = new MatchStarts(20);
    assert.equal(next.get(5), undefined);
    assert.equal(next.get(-1), undefined);
    assert.equal(next.get(20), undefined);
    const own = match(19, 20);
    next.set(own);
    assert.equal(next.get(19), own);
  });
});
