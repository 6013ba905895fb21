import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchStarts } from './match-starts.js';
import { ScratchBytes, ScratchInts } from './scratch.js';
import type { Match } from './token-trie.js';

function match(start: number, end: number): Match {
  return { start, end, finals: [], slot: undefined };
}

describe('per-article buffers', () => {
  it('give each article zeroed units, bounded by its length', () => {
    const scratch = new ScratchBytes();
    scratch.zeroed(300).fill(1, 10, 200);
    const next = scratch.zeroed(100);
    assert.equal(next.length, 100);
    assert.ok(next.every((b) => b === 0));
    assert.equal(next[150], undefined); // past the article's units, as with a fresh array
    assert.equal(next[-1], undefined);
    const ints = new ScratchInts();
    ints.zeroed(10).fill(7);
    assert.deepEqual([...ints.zeroed(12)], new Array(12).fill(0));
  });
  it('grow for a long article', () => {
    const scratch = new ScratchBytes();
    scratch.zeroed(10).fill(1);
    assert.ok(scratch.zeroed(50_000).every((b) => b === 0));
    assert.ok(new ScratchBytes().zeros(50_000).every((b) => b === 0));
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
