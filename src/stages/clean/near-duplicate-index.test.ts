import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearDuplicateIndex, fingerprint } from './near-duplicate-index.js';

const words = (n: number, salt: string) => Array.from({ length: n }, (_, i) => `${salt}${i}`).join(' ');

test('NearDuplicateIndex finds a near repeat after its shared table has grown', () => {
  const index = new NearDuplicateIndex();
  // 3,000 distinct trigrams: the table grows several times while this index fills it.
  for (let p = 0; p < 30; p++) {
    const paragraph = words(102, `p${p}w`);
    assert.equal(index.check(fingerprint(paragraph, 0, paragraph.length).grams, p), null);
  }
  const original = words(40, 'x');
  const text = `${original}\n${original.replace('x7 ', 'changed ')}`;
  assert.equal(index.check(fingerprint(text, 0, original.length).grams, 30), null);
  assert.equal(index.check(fingerprint(text, original.length + 1, text.length).grams, 31), 30);
});

test('a new NearDuplicateIndex sees nothing of the paragraphs of an earlier one', () => {
  const paragraph = words(30, 'k');
  const first = new NearDuplicateIndex();
  assert.equal(first.check(fingerprint(paragraph, 0, paragraph.length).grams, 0), null);
  const second = new NearDuplicateIndex();
  assert.equal(second.check(fingerprint(paragraph, 0, paragraph.length).grams, 0), null);
  assert.equal(second.check(fingerprint(paragraph, 0, paragraph.length).grams, 1), 0);
});

test('fingerprint() gives equal keys to paragraphs with the same words and no trigrams when not asked', () => {
  const a = fingerprint('Putin’s  VISIT, again!', 0, 22);
  const b = fingerprint('putin s visit again', 0, 19);
  assert.deepEqual([a.key, a.check, a.words], [b.key, b.check, b.words]);
  assert.equal(fingerprint(words(20, 'w'), 0, 50, false).grams, null);
});

test('fingerprint() keeps every trigram of a paragraph longer than its shared list at first', () => {
  const long = words(2000, 'g');
  const print = fingerprint(long, 0, long.length);
  assert.equal(print.grams?.length, 1998);
  assert.equal(new Set(print.grams).size, 1998);
  const index = new NearDuplicateIndex();
  assert.equal(index.check(print.grams, 0), null);
  const edited = long.replace('g5 ', 'changed ');
  assert.equal(index.check(fingerprint(edited, 0, edited.length).grams, 1), 0);
});
