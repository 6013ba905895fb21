import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isRejection } from '../../src/core/pipeline.js';
import { readGold } from '../../src/eval/gold.js';
import { evalId, runEval } from '../../src/eval/run-eval.js';
import { createDefaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/read-inputs.js';

// The blind set: 24 articles (12 en, 12 id) written without looking at what readout makes of them, to
// measure how it generalises. It is a measurement, not a target: the floors below only catch a pipeline
// that breaks on unseen text, and no rule is tuned on these articles (see README.md beside this file).
const ARTICLES = ['en/', 'id/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const GOLD = fileURLToPath(new URL('./gold.jsonl', import.meta.url));
const MANIFEST = fileURLToPath(new URL('./manifest.jsonl', import.meta.url));

/** Deliberately low: falling under them means a stage broke, not that the set was missed by a point. */
const FLOORS = { headline: 0.3, recall: 0.2, date: 0.3, place: 0.3 };

describe('blind set files', () => {
  const gold = readGold(GOLD);
  it('holds 12 articles per language', () => {
    for (const lang of ['en', 'id']) assert.equal(gold.filter((g) => g.lang === lang).length, 12, lang);
  });
  it('the gold names every article exactly once, in text, HTML and JSON alike, and the manifest agrees with it', async () => {
    const ids: string[] = [];
    const formats = new Set<string>();
    for await (const input of readInputs(ARTICLES)) {
      if (isRejection(input)) continue;
      ids.push(evalId(input.meta));
      formats.add(input.meta.format);
    }
    assert.deepEqual(ids.sort(), gold.map((g) => g.id).sort());
    assert.deepEqual([...formats].sort(), ['html', 'json', 'txt']);
    const manifest = readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; published: string; lang: string });
    const byId = new Map(gold.map((g) => [g.id, g]));
    for (const m of manifest) assert.deepEqual([byId.get(m.id)?.published, byId.get(m.id)?.lang], [m.published, m.lang], m.id);
    assert.equal(manifest.length, gold.length);
  });
});

describe('readout eval on the blind set', async () => {
  const pipeline = await createDefaultPipeline();
  const report = await runEval({ gold: readGold(GOLD), goldPath: GOLD, paths: ARTICLES, pipeline });
  const misses = JSON.stringify(report.articles.filter((a) => !a.headline).map((a) => a.id));
  it('reports figures for both languages over all 24 articles, none missing or rejected', () => {
    assert.deepEqual(Object.keys(report.languages).sort(), ['en', 'id']);
    for (const lang of ['en', 'id']) assert.equal(report.languages[lang]!.articles, 12, lang);
    assert.equal(report.rejected, 0);
    assert.deepEqual(report.articles.filter((a) => a.missing), []);
  });
  for (const lang of ['en', 'id']) {
    it(`${lang}: headline accuracy, recall, date and place accuracy stay above the low floors`, () => {
      const s = report.languages[lang]!;
      assert.ok(s.headline_accuracy >= FLOORS.headline, `headline ${s.headline_accuracy}, missed: ${misses}`);
      assert.ok(s.recall >= FLOORS.recall, `recall ${s.recall}`);
      assert.ok(s.date_accuracy >= FLOORS.date, `date ${s.date_accuracy}`);
      assert.ok(s.place_accuracy >= FLOORS.place, `place ${s.place_accuracy}`);
    });
  }
});
