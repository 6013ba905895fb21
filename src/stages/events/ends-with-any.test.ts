import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsWithAny } from './ends-with-any.js';

describe('endsWithAny', () => {
  const cases: Array<[string, readonly string[], number, boolean]> = [
    ['received', ['ed', 'en'], 0, true],
    ['taken', ['ed', 'en'], 0, true],
    ['meets', ['ed', 'en'], 0, false],
    // the ending alone is a word of its own, and still ends in itself
    ['ed', ['ed'], 0, true],
    // "inviting" keeps a stem of five letters; "king" keeps one
    ['inviting', ['ing'], 3, true],
    ['king', ['ing'], 3, false],
    ['invite', [], 0, false],
  ];
  for (const [word, endings, minStem, expected] of cases) {
    it(`endsWithAny("${word}", [${endings.join(', ')}], ${minStem}) is ${expected}`, () => {
      assert.equal(endsWithAny(word, endings, minStem), expected);
    });
  }
});
