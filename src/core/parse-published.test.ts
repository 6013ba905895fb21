import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from './create-doc.js';
import { parsePublished } from './parse-published.js';

const valid: Array<[string, string]> = [
  ['2024-08-21', '2024-08-21'],
  ['2024-08-21T10:00:00+07:00', '2024-08-21'],
  ['2024-08-21T23:30:00-05:00', '2024-08-21'], // the publisher's own day, not UTC's
  ['2024-08-21T10:00:00.123Z', '2024-08-21'],
  ['2024-08-21 10:00', '2024-08-21'],
  ['2024-08-21 10:00:00 WIB', '2024-08-21'],
  ['2024/8/1', '2024-08-01'],
  ['20240821', '2024-08-21'],
  ['20240821T100000Z', '2024-08-21'],
  ['Wed, 21 Aug 2024 10:00:00 +0700', '2024-08-21'],
  ['21 Aug 2024', '2024-08-21'],
  ['1 September 2023 08:00 GMT', '2023-09-01'],
  ['1724209200', '2024-08-21'],
  ['1724209200000', '2024-08-21'],
  ['  2024-02-29  ', '2024-02-29'],
];
for (const [input, expected] of valid) {
  test(`parsePublished() reads ${JSON.stringify(input)}`, () => assert.equal(parsePublished(input), expected));
}

const invalid = ['not-a-date', '', '2023-02-29', '2024-13-01', '2024-00-10', '21/08/2024', '08/21/2024', 'Rabu (21/8/2024)', '0000-01-01', '99 Foo 2024', '2024-08-21T10:00:00+07:00 extra', '12345', '2024-08-21'.repeat(10)];
for (const input of invalid) {
  test(`parsePublished() refuses ${JSON.stringify(input.slice(0, 40))}`, () => assert.equal(parsePublished(input), null));
}

test('createDoc() keeps a valid published date as YYYY-MM-DD', () => {
  const doc = createDoc({ meta: { sourcePath: null, format: 'json', publishedRaw: '2024-08-21T10:00:00+07:00', recordId: 'r1' }, raw: 'x', diagnostics: [] });
  assert.equal(doc.published, '2024-08-21');
  assert.equal(doc.id, 'r1');
  assert.deepEqual(doc.diagnostics, []);
});

test('createDoc() leaves an invalid published date null with a published-invalid warning', () => {
  const doc = createDoc({ meta: { sourcePath: null, format: 'json', publishedRaw: 'not-a-date' }, raw: 'x', diagnostics: [] });
  assert.equal(doc.published, null);
  assert.equal(doc.id, '');
  assert.deepEqual(doc.diagnostics.map((d) => [d.code, d.severity]), [['published-invalid', 'warning']]);
});
