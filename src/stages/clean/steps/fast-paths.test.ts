import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUnicode } from './03-normalize-unicode.js';
import { normalizeWhitespace } from './05-normalize-whitespace.js';
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

test('normalize-whitespace edits what the blank-run pattern finds', () => {
  const RUN = /[ \n]{2,}|^[ \n]|[ \n]$/g;
  let seed = 17;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < 5000; n++) {
    let text = '';
    for (let i = Math.floor(random() * 12); i > 0; i--) text += ['a', ' ', '\n', 'b'][Math.floor(random() * 4)];
    const expected = [...text.matchAll(RUN)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length, insert: replacement(m[0], m.index === 0 || m.index + m[0].length === text.length) }))
      .filter((e) => e.insert !== text.slice(e.start, e.end));
    assert.deepEqual(normalizeWhitespace.run(text, context).edits, expected, JSON.stringify(text));
  }
});

/** The rule of the step, restated: nothing at the ends, else one space, one break or one blank line. */
function replacement(run: string, atEdge: boolean): string {
  if (atEdge) return '';
  const breaks = run.split('\n').length - 1;
  return breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
}
