import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCleanData } from '../clean-data.js';
import { normalizeWhitespace } from './05-normalize-whitespace.js';

const context = { data: compileCleanData(undefined), metaTitle: null, format: 'txt', marks: {} };

const CASES: Array<[string, string, Array<[number, number, string]>]> = [
  ['two spaces become one', 'a  b', [[1, 3, ' ']]],
  ['a single space at the start goes', ' a', [[0, 1, '']]],
  ['a single space at the end goes', 'a ', [[1, 2, '']]],
  ['a run at the end goes whole', 'a  ', [[1, 3, '']]],
  ['a line break at the end goes', 'a b\n', [[3, 4, '']]],
  ['spaces around a line break go', 'a \n b', [[1, 4, '\n']]],
  ['many line breaks become one blank line', 'a\n\n\n\nb', [[1, 5, '\n\n']]],
  ['a blank line between paragraphs stays', 'a\n\nb', []],
  ['a single line break stays', 'a\nb', []],
  ['a text of spaces goes', '  ', [[0, 2, '']]],
  ['an empty text has nothing to do', '', []],
];

for (const [name, text, expected] of CASES) {
  test(`normalizeWhitespace: ${name}`, () => {
    const edits = normalizeWhitespace.run(text, context).edits ?? [];
    assert.deepEqual(edits.map((e) => [e.start, e.end, e.insert]), expected);
  });
}
