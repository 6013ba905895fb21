import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BoilerplateRule } from './clean-data.js';
import { mergeRules } from './merge-rules.js';

const rule = (pattern: RegExp): BoilerplateRule => ({ test: (line) => pattern.test(line), source: 'test', pattern });

test('mergeRules() joins rules of the same flags and matches a line exactly when one of them does', () => {
  const rules = [rule(/^Read more(?![\p{L}\p{N}])/iu), rule(/^(?:Photo|Foto)\s*:/iu), rule(/^By \p{Lu}\p{L}+$/u), rule(/a|b$/u), rule(/-- AFP$/u)];
  const merged = mergeRules(rules);
  assert.equal(merged.length, 2);
  const lines = ['Read more: talks', 'read MORE', 'Readers said', 'FOTO: Antara', 'Photos of it', 'By Jane', 'by Jane', 'xa', 'yb', 'bz', 'Oleh -- AFP', '', 'Nothing here'];
  for (const line of lines) assert.equal(merged.some((r) => r.test(line)), rules.some((r) => r.test(line)), line);
});

test('mergeRules() keeps a rule with a back reference, and rules whose groups clash, as they are', () => {
  const backReference = rule(/^(\w)\1$/u);
  assert.ok(mergeRules([backReference, rule(/^x$/u)]).includes(backReference));
  const clashing = [rule(/^(?<word>a)$/u), rule(/^(?<word>b)$/u)];
  assert.deepEqual(mergeRules(clashing), clashing);
});
