// Invariants of clean → language → sentences on generated noisy articles (fast-check).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCleanStage } from '../clean/index.js';
import { createLanguageStage } from '../language/index.js';
import { createSentencesStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';
import { toRawSpan } from '../../core/offset-map.js';
import type { Doc } from '../../core/doc.js';

const packs = loadPacks();
const stages = [createCleanStage({}, packs), await createLanguageStage({}, packs), createSentencesStage({}, packs)];

const WORDS = {
  en: 'minister talks border trade envoy agreed visit capital summit officials said would meet again with their counterparts about fishing rights the of and'.split(' '),
  id: 'menteri pembicaraan perbatasan dagang utusan sepakat kunjungan ibu kota pertemuan pejabat mengatakan akan bertemu lagi dengan mitra tentang hak tangkap ikan yang di ke dan'.split(' '),
};
const NOISE = ['  ', '\u00a0', '\u200b', '<b>', '</b>', '&amp;', '\t'];
const BOILERPLATE = ['Baca juga: Berita lain hari ini', 'Read more: Other news', 'Editor: Nama Redaktur', 'Subscribe to our newsletter'];

/** A sentence of 4–12 words from one language, capitalised, ending in a period. */
const sentenceArb = (lang: 'en' | 'id') =>
  fc.array(fc.constantFrom(...WORDS[lang]), { minLength: 4, maxLength: 12 }).map((ws) => {
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  });

/** An article: paragraphs of sentences, with noise, boilerplate lines and repeated paragraphs. */
const articleArb = fc.constantFrom<'en' | 'id'>('en', 'id').chain((lang) =>
  fc.record({
    paragraphs: fc.array(fc.array(sentenceArb(lang), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
    noise: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 6 }),
    boilerplate: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BOILERPLATE)), { maxLength: 2 }),
    repeats: fc.array(fc.nat(), { maxLength: 3 }),
  }),
);

function build(a: { paragraphs: string[][]; noise: Array<[number, string]>; boilerplate: Array<[number, string]>; repeats: number[] }): { raw: string; sentences: string[] } {
  const lines = a.paragraphs.map((p) => p.join(' '));
  for (const r of a.repeats) lines.push(lines[r % lines.length]!);
  for (const [at, line] of a.boilerplate) lines.splice(at % (lines.length + 1), 0, line);
  let raw = lines.join('\n');
  for (const [at, noise] of a.noise) {
    // Noise goes between words only, as it would in real text.
    const spaces = [...raw.matchAll(/ /g)].map((m) => m.index);
    if (spaces.length === 0) continue;
    const pos = spaces[at % spaces.length]!;
    raw = `${raw.slice(0, pos)}${noise === '<b>' || noise === '</b>' || noise === '&amp;' ? ` ${noise} ` : noise}${raw.slice(pos)}`;
  }
  return { raw, sentences: a.paragraphs.flat() };
}

async function run(raw: string): Promise<Doc> {
  const doc = createDoc({ meta: { sourcePath: null, format: 'txt' }, raw, diagnostics: [] });
  for (const s of stages) await s.run(doc, { packs });
  return doc;
}

const key = (s: string) => s.toLowerCase().replace(/&/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

test('every sentence and token maps back to the same words in the raw text', async () => {
  await fc.assert(
    fc.asyncProperty(articleArb, async (a) => {
      const { raw } = build(a);
      const doc = await run(raw);
      for (const t of doc.tokens!) {
        if (t.kind !== 'word') continue;
        const span = toRawSpan(doc.toRaw, t);
        assert.equal(raw.slice(span.start, span.end).toLowerCase(), doc.text.slice(t.start, t.end).toLowerCase());
      }
      for (const s of doc.sentences!) {
        const span = toRawSpan(doc.toRaw, s);
        const words = key(doc.text.slice(s.start, s.end)).split(' ');
        const rawKey = key(raw.slice(span.start, span.end).replace(/<\/?b>|&amp;/g, ' '));
        assert.equal(rawKey.split(' ').filter((w) => words.includes(w)).join(' '), words.join(' '));
      }
    }),
    { numRuns: 60 },
  );
});

test('cleaning never drops a sentence that occurs once', async () => {
  await fc.assert(
    fc.asyncProperty(articleArb, async (a) => {
      const { raw, sentences } = build(a);
      const doc = await run(raw);
      const text = ` ${key(doc.text)} `;
      for (const s of sentences) assert.ok(text.includes(` ${key(s)} `), `lost "${s}" from ${JSON.stringify(doc.text)}`);
    }),
    { numRuns: 60 },
  );
});

test('sentences cover every paragraph body in order without overlap, and tokens lie within them', async () => {
  await fc.assert(
    fc.asyncProperty(articleArb, async (a) => {
      const doc = await run(build(a).raw);
      const sentences = doc.sentences!;
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        const p = doc.paragraphs![s.paragraph]!;
        assert.ok(s.start >= p.start && s.end <= p.end && s.start < s.end);
        if (i > 0) assert.ok(sentences[i - 1]!.end <= s.start);
      }
      // Every non-space character of a paragraph is in a sentence.
      const covered = new Uint8Array(doc.text.length);
      for (const s of sentences) covered.fill(1, s.start, s.end);
      for (const p of doc.paragraphs!) for (let c = p.start; c < p.end; c++) if (doc.text[c] !== ' ') assert.equal(covered[c], 1, `offset ${c}`);
      let previous = -1;
      for (const t of doc.tokens!) {
        const s = sentences[t.sentence]!;
        assert.ok(t.start >= s.start && t.end <= s.end && t.start >= previous);
        assert.equal(doc.text.slice(t.start, t.end).trim(), doc.text.slice(t.start, t.end));
        previous = t.end;
      }
    }),
    { numRuns: 60 },
  );
});
