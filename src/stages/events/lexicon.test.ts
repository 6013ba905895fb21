import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPacks } from '../../lang/pack.js';
import { compileLexicon, type Trigger } from './lexicon.js';

const packs = loadPacks();

describe('compileLexicon', () => {
  for (const code of packs.codes()) {
    const lex = compileLexicon(packs.get(code)!);
    if (!lex) continue;
    it(`${code}: gives every one-word trigger and its variants the same fields in the same order`, () => {
      const shapes = new Set<string>();
      const visit = (t: Trigger | undefined): void => {
        if (!t) return;
        shapes.add(Object.keys(t).join(','));
        visit(t.state);
        visit(t.hosting);
        visit(t.money);
        visit(t.allegation);
        visit(t.admission);
        visit(t.complaint);
      };
      for (const w of lex.triggers.firstWords()) visit(lex.triggers.wordValue(w));
      assert.equal(shapes.size, 1, [...shapes].join('\n'));
    });
  }
});
