import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { DateMention } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc } from '../../../test/fixtures/dates/make-doc.js';
import { createDatesStage } from './index.js';

type Expected = [string, string | null, string | null, string, Record<string, unknown>?];
type Case = [string, Expected[], string[]?];
interface Table {
  groups: Array<{ published: string | null; dateline?: boolean; cases: Case[] }>;
  falsePositives: string[];
}

const packs = loadPacks();
const stage = await createDatesStage({}, packs);

function run(text: string, lang: string, published: string | null, tokens: boolean, dateline = false) {
  const doc = makeDoc(text, { lang, published, tokens, dateline });
  stage.run(doc, { packs });
  return doc;
}

function shape(d: DateMention): Expected {
  const extra: Record<string, unknown> = {};
  if (d.until !== undefined) extra.until = d.until;
  if (d.partial !== undefined) extra.partial = d.partial;
  if (d.future) extra.future = true;
  const row: Expected = [d.text, d.value, d.precision, d.basis];
  if (Object.keys(extra).length > 0) row.push(extra);
  return row;
}

for (const lang of ['en', 'id']) {
  const table = parse(readFileSync(new URL(`../../../test/fixtures/dates/${lang}.yml`, import.meta.url), 'utf8')) as Table;
  for (const group of table.groups) {
    for (const [text, expected, codes = []] of group.cases) {
      test(`dates (${lang}, published ${group.published}): ${text}`, () => {
        const doc = run(text, lang, group.published, true, group.dateline);
        assert.deepEqual(doc.dates!.map(shape), expected.map((e) => e.map((x) => (x instanceof Date ? x.toISOString().slice(0, 10) : x))));
        assert.deepEqual(doc.diagnostics.map((d) => d.code).sort(), [...codes].sort());
        for (const d of doc.dates!) assert.equal(doc.text.slice(d.start, d.end), d.text);
        // Without a token layer the stage parses whole sentences and must find the same.
        assert.deepEqual(run(text, lang, group.published, false, group.dateline).dates, doc.dates);
        for (const d of doc.dates!) assert.equal(d.sentence === -1, d.basis === 'dateline' || (group.dateline === true && d.start < text.indexOf('\n')));
      });
    }
  }
  for (const text of table.falsePositives) {
    test(`dates (${lang}) false positive: "${text}" holds no date`, () => {
      assert.deepEqual(run(text, lang, '2024-08-21', true).dates!.map((d) => d.text), []);
    });
  }
}

test('a doc in a language with no pack gets an empty dates layer', () => {
  assert.deepEqual(run('Putin met Xi on 20 March 2023.', 'xx', '2024-08-21', true).dates, []);
});

test('a new language needs only data: a copied pack reads dates with no code change', async () => {
  const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'dates-pack-'));
  cpSync(new URL('../../../data/lang/id/', import.meta.url), join(dir, 'lang', 'xx'), { recursive: true });
  writeFileSync(join(dir, 'lang', 'xx', 'pack.yml'), '# test\ncode: xx\nname: Test\nlocale: id\nnumericDateOrder: dmy\n');
  const copied = loadPacks(dir);
  const xx = await createDatesStage({}, copied);
  const doc = makeDoc('Menlu tiba pada Rabu (21/8/2024) dan pulang kemarin.', { lang: 'xx', published: '2024-08-23' });
  xx.run(doc, { packs: copied });
  assert.deepEqual(doc.dates!.map((d) => [d.text, d.value]), [['Rabu (21/8/2024)', '2024-08-21'], ['kemarin', '2024-08-22']]);
});

test('a huge sentence of dates with no punctuation is read in one pass (no quadratic clause search)', () => {
  const text = `Talks will resume ${'on Monday '.repeat(30_000)}and end.`;
  for (const tokens of [true, false]) {
    const doc = run(text, 'en', '2024-08-21', tokens);
    assert.equal(doc.dates!.length, 30_000);
    assert.equal(doc.dates![0]!.value, '2024-08-26'); // "will" is within reach of the first
    assert.equal(doc.dates!.at(-1)!.value, '2024-08-19'); // and far out of reach of the last
  }
});
