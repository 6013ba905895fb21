// The dateline never ends up inside the first body sentence, whatever its form: clean → language → sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCleanStage } from './index.js';
import { createLanguageStage } from '../language/index.js';
import { createSentencesStage } from '../sentences/index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';

const packs = loadPacks();
const stages = [createCleanStage({}, packs), await createLanguageStage({}, packs), createSentencesStage({}, packs)];

// [first body line, the first sentence once the dateline is left out]
const cases: Array<[string, string]> = [
  ['LIMA/SANTIAGO, Oct 2 (Reuters) - Chile and Peru agreed on a border pact on Monday.', 'Chile and Peru agreed on a border pact on Monday.'],
  ['MUMBAI, Feb 3 (PTI) Finance Minister Rao opened the new port on Friday.', 'Finance Minister Rao opened the new port on Friday.'],
  ['DOHA, 3rd March, 2025 (QNA) -- The emir received the visiting envoy at his palace.', 'The emir received the visiting envoy at his palace.'],
  ['Detik.com, Bandung - Wali kota meresmikan pasar baru di pusat kota pada Senin.', 'Wali kota meresmikan pasar baru di pusat kota pada Senin.'],
  ['BERITA.CO, Semarang - Gubernur menerima duta besar Jepang di kantornya.', 'Gubernur menerima duta besar Jepang di kantornya.'],
  ['Medan (ANTARA) - Gubernur membuka pameran dagang internasional pada Selasa.', 'Gubernur membuka pameran dagang internasional pada Selasa.'],
];

for (const [line, first] of cases) {
  test(`the dateline stays out of the first sentence: ${JSON.stringify(line.slice(0, 32))}`, async () => {
    const raw = `${line}\nThe second paragraph follows here. Paragraf kedua menyusul di sini.`;
    const doc = createDoc({ meta: { sourcePath: null, format: 'txt' }, raw, diagnostics: [] });
    for (const s of stages) await s.run(doc, { packs });
    const s0 = doc.sentences![0]!;
    assert.equal(doc.text.slice(s0.start, s0.end), first);
  });
}
