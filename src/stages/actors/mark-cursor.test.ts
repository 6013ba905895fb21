import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarkCursor } from './mark-cursor.js';

test('MarkCursor tells, in text order, which spans hold a mark', () => {
  const text = "Putin's envoy met U.S. and US-China officials. Then none";
  const cursor = new MarkCursor(text, ".'-");
  const held: string[] = [];
  for (const m of text.matchAll(/\S+/g)) if (cursor.within(m.index, m.index + m[0].length)) held.push(m[0]);
  assert.deepEqual(held, ["Putin's", 'U.S.', 'US-China', 'officials.']);
});

test('MarkCursor finds none in a text without its marks', () => {
  const cursor = new MarkCursor('Menlu Retno', ".'-");
  assert.equal(cursor.within(0, 5), false);
  assert.equal(cursor.within(6, 11), false);
});
