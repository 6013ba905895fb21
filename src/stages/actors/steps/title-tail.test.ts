import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../../../test/fixtures/actors/make-doc.js';
import type { ArticleContext } from '../context.js';
import { buildUnits } from '../match-units.js';
import { writesLower } from './title-tail.js';

function context(text: string): ArticleContext {
  return { units: buildUnits(makeDoc(text, { lang: 'id' })).units, lowerNorms: new Set() } as ArticleContext;
}

describe('writesLower', () => {
  const text = 'Ketua Partai Buruh Toe Hana bicara. Dia bilang partai itu kecil, kata sang toe.';
  const cases: Array<[string, boolean]> = [
    ['partai', true], // "Partai" and "partai"
    ['buruh', false], // capitalised only
    ['toe', true],
    ['tie', false], // shares "toe"'s first and last letters and length
    ['hana', false],
    ['kecil', true],
  ];
  it('tells the words the article writes in lower case somewhere', () => {
    const ctx = context(text);
    for (const [norm, expected] of cases) assert.equal(writesLower(ctx, norm), expected, norm);
  });
  it('answers the same after many questions, once it keeps a set', () => {
    const ctx = context(text);
    for (let round = 0; round < 4; round++) {
      for (const [norm, expected] of cases) assert.equal(writesLower(ctx, norm), expected, `${norm}, round ${round}`);
    }
    assert.ok(ctx.lowerNorms.size > 0);
  });
});
