import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, composeMaps, identityMap, toCleanOffset, toRawEnd, toRawOffset, toRawSpan, type Edit, type OffsetMap } from './offset-map.js';

test('applyEdits() deletes, replaces and inserts, and maps every copied offset back', () => {
  const raw = 'ab  cd&amp;ef';
  const { text, map } = applyEdits(raw, [
    { start: 3, end: 4, insert: '' },
    { start: 6, end: 11, insert: '&' },
  ]);
  assert.equal(text, 'ab cd&ef');
  assert.equal(toRawOffset(map, 3), 4); // "c"
  assert.equal(toRawOffset(map, 5), 6); // "&" maps to the start of "&amp;"
  assert.equal(toRawEnd(map, 6), 11); // a span ending after "&" ends after "&amp;"
  assert.deepEqual(toRawSpan(map, { start: 3, end: 8 }), { start: 4, end: 13 });
  assert.equal(toCleanOffset(map, 4), 3);
  assert.equal(toCleanOffset(map, 8), 5); // inside "&amp;"
  assert.equal(toCleanOffset(map, 8, 'end'), 6);
});

test('applyEdits() rejects overlapping edits', () => {
  assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 4, insert: '' }, { start: 2, end: 3, insert: 'x' }]), RangeError);
});

test('identityMap() maps every offset to itself', () => {
  const map = identityMap();
  for (const n of [0, 5, 1000]) assert.equal(toRawOffset(map, n), n);
});

test('applyEdits() keeps one anchor per change, not per character', () => {
  const raw = 'x'.repeat(10_000);
  const { map } = applyEdits(raw, [{ start: 5000, end: 5001, insert: '' }]);
  assert.equal(map.clean.length, 2);
});

/** Random edits over a string of length `n`, non-overlapping and sorted. */
function editsArb(n: number): fc.Arbitrary<Edit[]> {
  return fc
    .array(fc.tuple(fc.nat(n), fc.nat(3), fc.constantFrom('', 'X', 'YZ')), { maxLength: 8 })
    .map((list) => {
      const edits: Edit[] = [];
      let pos = 0;
      for (const [s, len, insert] of [...list].sort((a, b) => a[0] - b[0])) {
        const start = Math.max(s, pos);
        const end = Math.min(n, start + len);
        if (start > n) break;
        edits.push({ start, end, insert });
        pos = end + 1;
      }
      return edits;
    });
}

/** Every character of `text` that came unchanged from `raw` is found at its mapped offset. */
function assertCopiesMapBack(raw: string, text: string, map: OffsetMap): void {
  for (let c = 0; c < text.length; c++) {
    const ch = text[c]!;
    if (ch === 'X' || ch === 'Y' || ch === 'Z' || ch === 'Q' || ch === 'R') continue;
    assert.equal(raw[toRawOffset(map, c)], ch, `offset ${c}`);
  }
}

test('composeMaps() of two rounds of edits maps copied characters back to the original', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-w]{0,40}$/), fc.integer(), (raw, seed) => {
      const [first] = fc.sample(editsArb(raw.length), { numRuns: 1, seed });
      const a = applyEdits(raw, first!);
      const [second] = fc.sample(editsArb(a.text.length), { numRuns: 1, seed: seed + 1 });
      const b = applyEdits(a.text, second!.map((e) => ({ ...e, insert: e.insert.replace('X', 'Q').replace('YZ', 'R') })));
      const map = composeMaps(a.map, b.map);
      assertCopiesMapBack(raw, b.text, map);
      // Span ends never precede span starts, and stay inside the raw text.
      for (let c = 0; c <= b.text.length; c++) {
        const span = toRawSpan(map, { start: 0, end: c });
        assert.ok(span.end >= span.start && span.end <= raw.length);
      }
    }),
  );
});

test('toCleanOffset() inverts toRawOffset() on copied characters', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-w]{0,40}$/), fc.integer(), (raw, seed) => {
      const [edits] = fc.sample(editsArb(raw.length), { numRuns: 1, seed });
      const { text, map } = applyEdits(raw, edits!);
      for (let c = 0; c < text.length; c++) {
        if (text[c] === 'X' || text[c] === 'Y' || text[c] === 'Z') continue;
        assert.equal(toCleanOffset(map, toRawOffset(map, c)), c);
      }
    }),
  );
});
