import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isRejection } from '../src/core/pipeline.js';
import { readGold } from '../src/eval/gold.js';
import { evalId, runEval } from '../src/eval/run-eval.js';
import { createDefaultPipeline } from '../src/pipeline.js';
import { readInputs } from '../src/readers/read-inputs.js';

// The development set: 20 articles (10 en, 10 id) written blind to the stages, then used to find headline-event
// failures whose causes were fixed by general rules (each tested on sentences of its own). It is tuned on, so
// it guards against regressions; it does not measure generalisation.
const DEV = fileURLToPath(new URL('./dev/', import.meta.url));
const GOLD = fileURLToPath(new URL('./dev/gold.jsonl', import.meta.url));
const MANIFEST = fileURLToPath(new URL('./dev/manifest.jsonl', import.meta.url));

/**
 * Floors per language, rounded down to the nearest 0.05 from what the pipeline reaches (first run: en headline
 * 6/10, id 5/10; now: en headline 7/10, recall 16/22, dates 16/18, places 3/6; id headline 7/10, recall 14/20,
 * dates 14/14, places 8/8). Raise them as the stages improve.
 */
const FLOORS: Record<string, { headline: number; recall: number; date: number; place: number }> = {
  en: { headline: 0.7, recall: 0.7, date: 0.85, place: 0.5 },
  id: { headline: 0.7, recall: 0.7, date: 0.95, place: 0.95 },
};

describe('dev set files', () => {
  const gold = readGold(GOLD);
  it('holds 10 articles per language', () => {
    for (const lang of ['en', 'id']) assert.equal(gold.filter((g) => g.lang === lang).length, 10, lang);
  });
  it('the gold names every article file exactly once, and the manifest agrees with it', async () => {
    const files: string[] = [];
    for await (const input of readInputs([DEV])) if (!isRejection(input) && input.meta.format === 'txt') files.push(evalId(input.meta));
    assert.deepEqual(files.sort(), gold.map((g) => g.id).sort());
    const manifest = readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; published: string; lang: string });
    const byId = new Map(gold.map((g) => [g.id, g]));
    for (const m of manifest) assert.deepEqual([byId.get(m.id)?.published, byId.get(m.id)?.lang], [m.published, m.lang], m.id);
    assert.equal(manifest.length, gold.length);
  });
});

describe('readout eval on the dev set', async () => {
  const pipeline = await createDefaultPipeline();
  const report = await runEval({ gold: readGold(GOLD), goldPath: GOLD, paths: [DEV], pipeline });
  const misses = JSON.stringify(report.articles.filter((a) => !a.headline).map((a) => a.id));
  for (const [lang, floor] of Object.entries(FLOORS)) {
    const s = report.languages[lang]!;
    it(`${lang}: headline-event accuracy stays at or above ${floor.headline}`, () => assert.ok(s.headline_accuracy >= floor.headline, `${s.headline_accuracy} missed: ${misses}`));
    it(`${lang}: event recall stays at or above ${floor.recall}`, () => assert.ok(s.recall >= floor.recall, String(s.recall)));
    it(`${lang}: date accuracy stays at or above ${floor.date}`, () => assert.ok(s.date_accuracy >= floor.date, String(s.date_accuracy)));
    it(`${lang}: place accuracy stays at or above ${floor.place}`, () => assert.ok(s.place_accuracy >= floor.place, String(s.place_accuracy)));
  }
  it('no article is missing or rejected', () => {
    assert.equal(report.rejected, 0);
    assert.deepEqual(report.articles.filter((a) => a.missing), []);
  });
});
