import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../../test/fixtures/actors/make-doc.js';
import { buildUnits, HYPHEN_AFTER, normalizePhrase, phraseParts, POSSESSIVE } from './match-units.js';

function show(text: string, tokens = true): string[] {
  const { units, flags } = buildUnits(makeDoc(text, { lang: 'en', tokens }));
  return units.map((u, i) => `${u.norm}${flags[i]! & POSSESSIVE ? "'s" : ''}${flags[i]! & HYPHEN_AFTER ? '-' : ''}`);
}

describe('buildUnits', () => {
  const cases: Array<[string, string[]]> = [
    ["Putin's visit", ["putin's", 'visit']],
    ['China’s role', ["china's", 'role']],
    ['US-China talks', ['us-', 'china', 'talks']],
    ['the U.S. envoy', ['the', 'us', 'envoy']],
    ["Ma'ruf Amin", ["ma'ruf", 'amin']],
    ['Élysée, São Paulo', ['elysee', ',', 'sao', 'paulo']],
    ['Li and lima', ['li', 'and', 'lima']],
  ];
  for (const [text, expected] of cases) {
    it(`splits "${text}" the same with and without a token layer`, () => {
      assert.deepEqual(show(text), expected);
      assert.deepEqual(show(text, false), expected);
    });
  }
  it('keeps spans that quote the text', () => {
    const doc = makeDoc("Putin's aide met U.S. officials.", { lang: 'en' });
    assert.deepEqual(buildUnits(doc).units.map((u) => doc.text.slice(u.start, u.end)), ['Putin', 'aide', 'met', 'U.S.', 'officials', '.']);
  });
  it('normalises data phrases the way it normalises text', () => {
    assert.deepEqual(normalizePhrase('António Guterres'), ['antonio', 'guterres']);
    assert.deepEqual(normalizePhrase('Secretary-General'), ['secretary', 'general']);
  });
  it('normalises plain ASCII phrases as it normalises any phrase', () => {
    for (const phrase of ['Li Qiang', ' Priya  Raman ', 'G20 summit', '9z Z9', 'Foo[bar]', 'x@y', '`q', 'a\tb', '']) {
      assert.deepEqual(normalizePhrase(phrase), phraseParts(phrase).map((p) => p.norm), phrase);
    }
  });
});
