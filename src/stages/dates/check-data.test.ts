import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPacks } from '../../lang/pack.js';
import { checkData } from './check-data.js';

test('checkData() passes on the shipped packs', () => {
  assert.deepEqual(checkData(loadPacks()), []);
});

test('checkData() names the file, line and rule of broken date data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dates-check-'));
  const pack = join(dir, 'lang', 'xx');
  mkdirSync(pack, { recursive: true });
  cpSync(new URL('../../../data/lang/en/', import.meta.url), pack, { recursive: true });
  writeFileSync(join(pack, 'pack.yml'), '# test\ncode: xx\nname: Test\nlocale: en\n');
  writeFileSync(join(pack, 'months.yml'), '# test\nnames:\n  1: [january]\n  2: [january]\n  13: [smarch]\nambiguous: [may]\n');
  writeFileSync(join(pack, 'relative-dates.yml'), 'days: {yesterday: -1}\nbefore: {last: -2}\n');
  const problems = checkData(loadPacks(dir));
  assert.ok(problems.some((p) => /^xx\/months\.yml:\d+: name used for two different entries: january$/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('names key must be 1–12: 13')));
  assert.ok(problems.some((p) => p.includes('missing names: 3')));
  assert.ok(problems.some((p) => p.includes('ambiguous name not listed in names or short: may')));
  assert.ok(problems.some((p) => p.includes('relative-dates.yml') && p.includes('no header comment')));
  assert.ok(problems.some((p) => p.includes('before shift must be -1, 0 or 1: last')));
});
