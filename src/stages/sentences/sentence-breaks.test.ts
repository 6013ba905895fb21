import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rulesAgree, sentenceBreaks } from './sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Segment starts after the first, as Intl.Segmenter finds them. */
function reference(text: string): number[] {
  const out: number[] = [];
  for (const { index } of segmenter.segment(text)) if (index > 0) out.push(index);
  return out;
}

const cases: Array<[string, number[]]> = [
  ['They met. Talks ended.', [10]],
  ['Inflation rose 3.5 percent.', []],
  ['The U.S. State Department', [9]],
  ['the U.S representative', []],
  ['at 10 a.m. on Monday', []],
  ['She said, "We agree." The talks ended.', [22]],
  ['Did they meet? Yes! Twice.', [15, 20]],
  ['Wait... and see', []],
  ['Ya; tidak. (dan lain-lain)', []],
  ['He left.) Then', [10]],
  ['Ia berkata, “Kami siap.” Lalu dia pergi.', [25]],
  ['Yes.— No', []],
];

for (const [text, expected] of cases) {
  test(`sentenceBreaks() splits ${JSON.stringify(text)} as Intl.Segmenter does`, () => {
    assert.deepEqual(sentenceBreaks(text, 0, text.length), expected);
    assert.deepEqual(expected, reference(text));
  });
}

test('sentenceBreaks() leaves text with characters it does not know to Intl.Segmenter', () => {
  for (const text of ['Tokyo。Osaka', 'a.\u2029b', 'x\u00a0y.', 'Ok. 😀 Next', 'a.\nb']) assert.equal(sentenceBreaks(text, 0, text.length), null);
});

test('sentenceBreaks() reads only the stretch it is given', () => {
  const text = 'Skip. This part. Not this';
  assert.deepEqual(sentenceBreaks(text, 6, 16), []);
  assert.deepEqual(sentenceBreaks(text, 0, 16), [6]);
});

test('sentenceBreaks() agrees with Intl.Segmenter on random text of the characters it knows', () => {
  const known: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) known.push(String.fromCharCode(c));
  for (let c = 0xa1; c < 0x250; c++) known.push(String.fromCharCode(c));
  for (let c = 0x300; c < 0x370; c += 7) known.push(String.fromCharCode(c));
  for (let c = 0x2010; c < 0x2028; c++) known.push(String.fromCharCode(c));
  const common = ['a', 'b', 'A', 'B', '.', '.', '!', '?', ' ', ' ', ' ', '"', "'", '(', ')', ',', '5', '’', '”', '–', 'é', ':', ';', '-', '\u0301', '\t'];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    for (let i = 1 + Math.floor(random() * 12); i > 0; i--) text += random() < 0.3 ? known[Math.floor(random() * known.length)] : common[Math.floor(random() * common.length)];
    const ours = sentenceBreaks(text, 0, text.length);
    assert.ok(ours !== null, JSON.stringify(text));
    assert.deepEqual(ours, reference(text), JSON.stringify(text));
  }
});

test('rulesAgree() accepts the locales of the packs and refuses one that tailors the rules', () => {
  assert.equal(rulesAgree(new Intl.Segmenter('en', { granularity: 'sentence' })), true);
  assert.equal(rulesAgree(new Intl.Segmenter('id', { granularity: 'sentence' })), true);
  assert.equal(rulesAgree(new Intl.Segmenter('el', { granularity: 'sentence' })), false);
});
