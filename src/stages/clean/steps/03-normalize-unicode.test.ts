import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUnicode } from './03-normalize-unicode.js';
import { compileCleanData } from '../clean-data.js';

const context = { data: compileCleanData(undefined), metaTitle: null, format: 'txt', marks: {} };

test('normalize-unicode skips only characters that NFC keeps and never composes with each other', () => {
  const skipped: string[] = [];
  for (const [from, to] of [[0, 0x2ff], [0x2010, 0x205e], [0x20a0, 0x20c0]] as const) {
    for (let c = from; c <= to; c++) if (c < 0xd800 || c > 0xdfff) skipped.push(String.fromCharCode(c));
  }
  for (const first of skipped) {
    // Every pair "first + other" (and "other + first") side by side in one string.
    const text = first + skipped.join(first);
    assert.equal(text.normalize('NFC'), text, `U+${first.charCodeAt(0).toString(16)}`);
  }
  assert.deepEqual(normalizeUnicode.run('Pe\u0301rez “kata” – 5 €', context).edits, [{ start: 0, end: 6, insert: 'Pérez' }]);
});
