import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDraft, type Draft } from './context.js';
import { inTextOrder } from './draft-order.js';

function draft(start: number, end: number, tag: string): Draft {
  return makeDraft({ start, end, actorIds: [tag], resolution: 'name', confidence: 1 });
}

function tags(list: Draft[]): string[] {
  return list.map((d) => d.actorIds[0]!);
}

describe('inTextOrder', () => {
  // runs as the steps add them: names, then partial names, then pronouns, with ties at one start
  const runs = [draft(4, 6, 'a'), draft(9, 10, 'b'), draft(1, 2, 'c'), draft(4, 5, 'd'), draft(4, 6, 'e'), draft(0, 1, 'f'), draft(9, 12, 'g')];

  it('orders by start, the longer first at one start, keeping ties in their order', () => {
    assert.deepEqual(tags(inTextOrder(runs, true)), ['f', 'c', 'a', 'e', 'd', 'g', 'b']);
  });
  it('orders by start alone when the length does not count', () => {
    assert.deepEqual(tags(inTextOrder(runs, false)), ['f', 'c', 'a', 'd', 'e', 'b', 'g']);
  });
  it('agrees with the builtin stable sort on long lists too', () => {
    const many: Draft[] = [];
    for (let k = 0; k < 200; k++) many.push(draft((k * 37) % 50, ((k * 37) % 50) + 1 + (k % 3), String(k)));
    for (const longer of [true, false]) {
      const expected = many.slice().sort((a, b) => a.start - b.start || (longer ? b.end - a.end : 0));
      assert.deepEqual(tags(inTextOrder(many, longer)), tags(expected));
      assert.deepEqual(tags(inTextOrder(many.slice(0, 40), longer)), tags(expected.filter((d) => Number(d.actorIds[0]) < 40)));
    }
  });
  it('leaves its input as it was', () => {
    const copy = runs.slice();
    inTextOrder(runs, true);
    assert.deepEqual(runs, copy);
  });
});
