import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JoinerCursor } from './joiner-cursor.js';

test('JoinerCursor tells, in text order, which spans hold a joiner', () => {
  const text = "Talks end mid-March, on Sunday’s 21/8 vote. Then none";
  const spans: Array<[string, boolean]> = [];
  const cursor = new JoinerCursor(text);
  for (const m of text.matchAll(/\S+/g)) spans.push([m[0], cursor.within(m.index, m.index + m[0].length)]);
  assert.deepEqual(
    spans.filter(([, joined]) => joined).map(([word]) => word),
    ['mid-March,', 'Sunday’s', '21/8', 'vote.'],
  );
});

test('JoinerCursor finds none in a text without joiners', () => {
  const cursor = new JoinerCursor('Rabu pagi');
  assert.equal(cursor.within(0, 4), false);
  assert.equal(cursor.within(5, 9), false);
});

test('JoinerCursor asked about an earlier span looks again', () => {
  const cursor = new JoinerCursor("we'll go. They met. It’s late", "'’");
  assert.equal(cursor.within(20, 29), true);
  assert.equal(cursor.within(10, 19), false);
  assert.equal(cursor.within(0, 5), true);
  assert.equal(cursor.within(6, 8), false);
});
