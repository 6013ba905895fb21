import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enoughToSniff, sniffFormat } from './sniff-format.js';

const cases: Array<[string, string]> = [
  ['{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
  ['{"text":"only one line"}\n', 'jsonl'],
  ['\ufeff{"text":"BOM first"}\n', 'jsonl'],
  ['{\n  "text": "pretty printed"\n}\n', 'json'],
  ['{"text": "no newline at all"}', 'json'],
  ['  [{"text":"a"}]', 'json'],
  ['<!DOCTYPE html><html><body><p>Hi</p>', 'html'],
  ['\n\n<html lang="id">', 'html'],
  ['<p>Fragment</p>', 'html'],
  ['<?xml version="1.0"?><html>', 'html'],
  ['Presiden Prabowo bertemu Putin di Moskow.', 'txt'],
  ['< 5 km from the border, troops gathered.', 'txt'],
  ['<3 fans', 'txt'],
  ['{not json at all}\nsecond line', 'json'],
  ['', 'txt'],
];

for (const [input, format] of cases) {
  test(`sniffFormat() reads ${JSON.stringify(input.slice(0, 30))} as ${format}`, () => {
    assert.equal(sniffFormat(Buffer.from(input)), format);
  });
}

test('enoughToSniff() waits for the end of the first line when it opens with {', () => {
  assert.equal(enoughToSniff(Buffer.from('{"text": "still go')), false);
  assert.equal(enoughToSniff(Buffer.from('{"text": "x"}\n')), true);
  assert.equal(enoughToSniff(Buffer.from('   ')), false);
  assert.equal(enoughToSniff(Buffer.from('Plain')), true);
});
