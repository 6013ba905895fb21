import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertSorted, nearestScore } from './context.js';

describe('insertSorted', () => {
  it('keeps a list of positions ascending, repeats included', () => {
    const list: number[] = [];
    for (const value of [7, 3, 9, 3, 0, 12, 8]) insertSorted(list, value);
    assert.deepEqual(list, [0, 3, 3, 7, 8, 9, 12]);
  });
  it('feeds nearestScore the order it needs', () => {
    const list: number[] = [];
    for (const value of [40, 10, 25]) insertSorted(list, value);
    assert.equal(nearestScore(list, 30), 5);
    assert.equal(nearestScore(list, 5), 1e9 + 5);
  });
});
