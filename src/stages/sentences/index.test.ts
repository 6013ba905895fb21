import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSentencesStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';
import type { Doc, Paragraph } from '../../core/doc.js';

const packs = loadPacks();
const stage = createSentencesStage({}, packs);

/** A doc whose text is already clean: one paragraph per line. */
function split(text: string, lang: string, extra: Partial<Doc> = {}): Doc {
  const doc = createDoc({ meta: { sourcePath: null, format: 'txt' }, raw: text, diagnostics: [] });
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  Object.assign(doc, { lang, paragraphs, dateline: null }, extra);
  stage.run(doc, { packs });
  return doc;
}
const sentencesOf = (doc: Doc) => doc.sentences!.map((s) => doc.text.slice(s.start, s.end));

const cases: Array<[string, string, string[]]> = [
  ['en', 'Dr. Lee met Gen. Ruiz on Monday. They talked.', ['Dr. Lee met Gen. Ruiz on Monday.', 'They talked.']],
  ['en', 'The U.S. State Department said so. The talks began.', ['The U.S. State Department said so.', 'The talks began.']],
  ['en', 'They met at 10 a.m. on Monday. Talks ended at 5 p.m. The next round is in May.', ['They met at 10 a.m. on Monday.', 'Talks ended at 5 p.m.', 'The next round is in May.']],
  ['en', 'J. K. Rowling spoke. She left.', ['J. K. Rowling spoke.', 'She left.']],
  ['en', 'Inflation rose 3.5 percent. Rates held.', ['Inflation rose 3.5 percent.', 'Rates held.']],
  ['en', 'She said, "We agree." The talks ended.', ['She said, "We agree."', 'The talks ended.']],
  ['en', 'The minister (who had just arrived.) spoke. Then he left!', ['The minister (who had just arrived.) spoke.', 'Then he left!']],
  ['en', 'Did they meet? Yes. Twice.', ['Did they meet?', 'Yes.', 'Twice.']],
  ['en', 'Gov. Ames signed bill No. 12 into law. It takes effect in Jan. next year.', ['Gov. Ames signed bill No. 12 into law.', 'It takes effect in Jan. next year.']],
  ['id', 'Jend. TNI Andika tiba di Jl. Merdeka Barat No. 5. Ia disambut Menhan.', ['Jend. TNI Andika tiba di Jl. Merdeka Barat No. 5.', 'Ia disambut Menhan.']],
  ['id', 'Prof. Dr. Budi hadir pukul 10.00 WIB. Acara dimulai.', ['Prof. Dr. Budi hadir pukul 10.00 WIB.', 'Acara dimulai.']],
  ['id', 'Ia berkata, “Kami siap.” Lalu dia pergi.', ['Ia berkata, “Kami siap.”', 'Lalu dia pergi.']],
  ['id', 'Harga naik 12,5 persen dll. dan pasokan turun. Pemerintah bereaksi.', ['Harga naik 12,5 persen dll. dan pasokan turun.', 'Pemerintah bereaksi.']],
  ['id', 'Bantuan dikirim ke Gaza, Sudan, dsb. Pengiriman berikutnya bulan depan.', ['Bantuan dikirim ke Gaza, Sudan, dsb.', 'Pengiriman berikutnya bulan depan.']],
  ['id', 'Kapolda Irjen. Karyoto memimpin apel. Kombes. Ade hadir.', ['Kapolda Irjen. Karyoto memimpin apel.', 'Kombes. Ade hadir.']],
];

for (const [lang, text, expected] of cases) {
  test(`sentences stage splits (${lang}) ${JSON.stringify(text.slice(0, 40))}`, () => {
    assert.deepEqual(sentencesOf(split(text, lang)), expected);
  });
}

test('sentences stage makes the headline one sentence with title: true', () => {
  const text = 'Talks end. Deal signed\nThe ministers met. They agreed.';
  const doc = split(text, 'en', { paragraphs: [{ start: 0, end: 22, title: true }, { start: 23, end: text.length }] });
  assert.deepEqual(sentencesOf(doc), ['Talks end. Deal signed', 'The ministers met.', 'They agreed.']);
  assert.equal(doc.sentences![0]!.title, true);
  assert.deepEqual(doc.sentences!.map((s) => s.paragraph), [0, 1, 1]);
});

test('sentences stage leaves the dateline out of every sentence', () => {
  const text = 'JAKARTA, KOMPAS.com - Presiden tiba. Ia disambut.';
  const doc = split(text, 'id', { dateline: { start: 0, end: 21 } });
  assert.deepEqual(sentencesOf(doc), ['Presiden tiba.', 'Ia disambut.']);
  assert.ok(doc.tokens!.every((t) => t.start >= 21));
});

test('sentences stage works for a language without a pack', () => {
  assert.deepEqual(sentencesOf(split('Le ministre est arrivé. Il a parlé.', 'fr')), ['Le ministre est arrivé.', 'Il a parlé.']);
});

test('sentences stage splits a giant paragraph without sentence ends at spaces, with a diagnostic', () => {
  const text = 'kata '.repeat(200_000).trim();
  const doc = split(text, 'id');
  assert.ok(doc.sentences!.length > 10);
  for (const s of doc.sentences!) assert.ok(s.end - s.start <= 4000);
  assert.ok(doc.diagnostics.some((d) => d.code === 'sentence-too-long'));
});

test('sentences stage cuts a giant word with no spaces at all', () => {
  const text = 'x'.repeat(100_000);
  const doc = split(text, 'en');
  assert.equal(doc.sentences!.reduce((n, s) => n + s.end - s.start, 0), text.length);
});

test('sentences stage leaves the stamp line under a headline out of every sentence', () => {
  const text = 'Ministers Meet in Oslo\nMonday, 3 March 2025 08:10 GMT\nThe ministers met in Oslo on Monday.';
  const doc = split(text, 'en');
  doc.paragraphs![0]!.title = true;
  doc.paragraphs![1]!.stamp = true;
  stage.run(doc, { packs });
  assert.deepEqual(sentencesOf(doc), ['Ministers Meet in Oslo', 'The ministers met in Oslo on Monday.']);
});
