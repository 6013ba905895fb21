import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentTrie } from './agents/agent-trie.js';
import { makeFinal, TokenTrie } from './token-trie.js';
import type { Unit } from './match-units.js';

const unit = (norm: string, upper = false): Unit => ({ start: 0, end: norm.length, norm, kind: 'word', upper, sentence: 0 });

describe('first-word filters', () => {
  // words that share a first word's signatures ("tie", "toe" beside "the"; "palace" beside "police") start nothing
  it('a trie starts only at its first words, in the case they need', () => {
    const trie = new TokenTrie();
    trie.insert(['the', 'two', 'leaders'], [false, false, false], { entry: { type: 'group', refers: 'person', roles: null }, needsUpper: false });
    trie.insert(['hana', 'sato'], [false, false], { entry: { type: 'actor', id: 'hana-sato', kind: 'person', alias: 'name' }, needsUpper: true }, [], true);
    trie.seal();
    assert.ok(trie.starts(unit('the')));
    assert.ok(trie.starts(unit('the', true)));
    for (const norm of ['tie', 'toe', 'thee', 'he', 'th']) assert.equal(trie.starts(unit(norm)), false, norm);
    assert.ok(trie.starts(unit('hana', true)));
    assert.equal(trie.starts(unit('hana')), false);
    for (const norm of ['hoya', 'hera', 'ha']) assert.equal(trie.starts(unit(norm, true)), false, norm);
  });

  it('an agent trie starts only at its first words', () => {
    const trie = new AgentTrie();
    trie.insert(['police', 'officers'], { sector: 'COP', use: 'bare' });
    assert.ok(trie.starts('police'));
    for (const norm of ['palace', 'pole', 'officers', 'p']) assert.equal(trie.starts(norm), false, norm);
  });
});

describe('match meanings', () => {
  // "UN" in capitals ends on the capitals-only edge and the plain one at once: one match with both meanings
  it('joins the meanings of two edges ending together, and the next article finds them unchanged', () => {
    const trie = new TokenTrie();
    const org = { entry: { type: 'actor' as const, id: 'un', kind: 'organization' as const, alias: 'short' as const }, needsUpper: false };
    const block = { entry: { type: 'block' as const }, needsUpper: false };
    trie.insert(['un'], [true], org);
    trie.insert(['un'], [false], block);
    trie.seal();
    const units = [{ ...unit('un', true), end: 2 }];
    for (let article = 0; article < 2; article++) {
      const m = trie.longestAt(units, 0, 'UN');
      assert.deepEqual(m?.finals.map((f) => f.entry.type), ['block', 'actor'], `article ${article}`);
    }
    assert.deepEqual(trie.longestAt(units, 0, 'Un')?.finals.map((f) => f.entry.type), ['block']);
  });
});

describe('walks that cannot go on', () => {
  // a first word's walk is skipped when the next word continues none of its phrases, here or in a slot trie
  it('finds the same matches with the next-word check as a walk from the root', () => {
    const actor = (id: string) => ({ entry: { type: 'actor' as const, id, kind: 'country' as const, alias: 'name' as const }, needsUpper: false });
    const countries = new TokenTrie();
    countries.insert(['the', 'gambia'], [false, false], actor('GMB'));
    countries.insert(['chad'], [false], actor('TCD'));
    const orgs = new TokenTrie();
    orgs.insert(['the', 'senate'], [false, false], actor('SEN'));
    const trie = new TokenTrie();
    trie.insert(['the', 'two', 'leaders'], [false, false, false], { entry: { type: 'group', refers: 'person', roles: null }, needsUpper: false });
    trie.insert(['the', 'un'], [false, true], actor('UN'));
    trie.insert(['', 'president'], [false, false], { entry: { type: 'title', role: 'president', slot: 'country' }, needsUpper: false }, ['country', null]);
    trie.insert(['chad'], [false], actor('TCD'));
    for (const t of [countries, orgs]) t.seal();
    trie.seal([countries, orgs]);
    const fill = (kind: 'country' | 'org', j: number, units: Unit[]) => {
      const t = kind === 'country' ? countries : orgs;
      const head = units[j] ? t.head(units[j]!) : undefined;
      return head ? t.matchesFrom(head, units, j, '') : [];
    };
    const cases: Array<[string, number | undefined]> = [
      ['the gambia president', 3], ['the two leaders', 3], ['the two', undefined], ['the un', 2], ['the senate', undefined],
      ['the gambia', undefined], ['the people', undefined], ['the', undefined], ['chad president', 2], ['chad', 1],
    ];
    for (const [phrase, end] of cases) {
      const units = phrase.split(' ').map((n) => unit(n));
      const head = trie.head(units[0]!);
      assert.ok(head, phrase);
      const fromHead = trie.longestFrom(head, units, 0, phrase.toUpperCase(), (k, j) => fill(k, j, units));
      const fromRoot = trie.longestAt(units, 0, phrase.toUpperCase(), (k, j) => fill(k, j, units));
      assert.equal(fromHead?.end, end, phrase);
      assert.equal(fromRoot?.end, end, phrase);
    }
    // a sentence's end or a mark ends a walk
    const split = [unit('the'), { ...unit('gambia'), sentence: 1 }];
    assert.equal(countries.matchesFrom(countries.head(split[0]!)!, split, 0, '').length, 0);
    assert.equal(countries.matchesFrom(countries.head(unit('the'))!, [unit('the'), unit('gambia')], 0, '').length, 1);
  });
});

describe('finals', () => {
  // the steps read the meaning of every final of every match: one shape for all keeps each read a comparison
  it('gives every meaning the same fields in the same order, and every final its rule', () => {
    const finals = [
      makeFinal({ type: 'actor', id: 'RUS', kind: 'country', alias: 'name' }, true, undefined),
      makeFinal({ type: 'actor', id: 'li-qiang', kind: 'person', alias: 'alias', partial: true }, true, { introduced: true }),
      makeFinal({ type: 'title', role: 'president', slot: 'country' }, false, undefined),
      makeFinal({ type: 'pronoun', gender: 'm', object: false }, false, undefined),
      makeFinal({ type: 'block' }, true, undefined),
    ];
    const fields = finals.map((f) => Object.keys(f.entry).join(' '));
    assert.equal(new Set(fields).size, 1, fields.join('\n'));
    assert.ok(finals.every((f) => Object.keys(f).join(' ') === 'entry needsUpper rule'));
    // the meaning itself is kept
    assert.equal(finals[1]!.entry.type === 'actor' && finals[1]!.entry.partial, true);
    assert.equal(finals[2]!.entry.type === 'title' && finals[2]!.entry.slot, 'country');
  });
});
