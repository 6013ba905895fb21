import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isRejection } from '../src/core/pipeline.js';
import { readGold } from '../src/eval/gold.js';
import { evalId, runEval } from '../src/eval/run-eval.js';
import { createDefaultPipeline } from '../src/pipeline.js';
import { readInputs } from '../src/readers/read-inputs.js';

/** The least a language must reach on a set, each a share in [0, 1]. */
export interface Floors {
  headline: number;
  recall: number;
  date: number;
  place: number;
}

/** An annotated set of our own articles: where it lives, how large it is, and the floors it guards. */
export interface EvalSet {
  /** How the tests name it: `holdout set`, `dev set`. */
  name: string;
  /** What `readout eval` reads: the set's folder or its language folders. */
  paths: string[];
  gold: string;
  manifest: string;
  /** Articles per language. */
  perLanguage: number;
  /**
   * The input formats that are articles. A set whose folder also holds its gold and manifest names `txt`
   * alone, or those JSON Lines files would be counted as articles; a set of mixed formats names them all,
   * and each must occur.
   */
  formats: string[];
  floors: Record<string, Floors>;
}

/**
 * Where a set's files are, in `folder`: its language folders (the folder itself when none are named), `gold.jsonl`
 * and `manifest.jsonl`.
 */
export function setFiles(folder: URL, languages: string[] = []): Pick<EvalSet, 'paths' | 'gold' | 'manifest'> {
  const at = (path: string) => fileURLToPath(new URL(path, folder));
  return { paths: languages.length > 0 ? languages.map((l) => at(`${l}/`)) : [at('./')], gold: at('gold.jsonl'), manifest: at('manifest.jsonl') };
}

/** The tests every set gets: its files agree with its gold and manifest, and `readout eval` stays above its floors. */
export function describeEvalSet(set: EvalSet): void {
  describe(`${set.name} files`, () => {
    const gold = readGold(set.gold);
    it(`holds ${set.perLanguage} articles per language`, () => {
      for (const lang of Object.keys(set.floors)) assert.equal(gold.filter((g) => g.lang === lang).length, set.perLanguage, lang);
    });
    it('the gold names every article file exactly once, and the manifest agrees with it', async () => {
      const ids: string[] = [];
      const formats = new Set<string>();
      for await (const input of readInputs(set.paths)) {
        if (isRejection(input) || !set.formats.includes(input.meta.format)) continue;
        ids.push(evalId(input.meta));
        formats.add(input.meta.format);
      }
      assert.deepEqual(ids.sort(), gold.map((g) => g.id).sort());
      assert.deepEqual([...formats].sort(), [...set.formats].sort());
      const manifest = readFileSync(set.manifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; published: string; lang: string });
      const byId = new Map(gold.map((g) => [g.id, g]));
      for (const m of manifest) assert.deepEqual([byId.get(m.id)?.published, byId.get(m.id)?.lang], [m.published, m.lang], m.id);
      assert.equal(manifest.length, gold.length);
    });
  });

  describe(`readout eval on the ${set.name}`, async () => {
    const pipeline = await createDefaultPipeline();
    const report = await runEval({ gold: readGold(set.gold), goldPath: set.gold, paths: set.paths, pipeline });
    const misses = JSON.stringify(report.articles.filter((a) => !a.headline).map((a) => a.id));
    for (const [lang, floor] of Object.entries(set.floors)) {
      const s = report.languages[lang];
      it(`${lang}: headline-event accuracy stays at or above ${floor.headline}`, () => assert.ok(s && s.headline_accuracy >= floor.headline, `${s?.headline_accuracy} missed: ${misses}`));
      it(`${lang}: event recall stays at or above ${floor.recall}`, () => assert.ok(s && s.recall >= floor.recall, String(s?.recall)));
      it(`${lang}: date accuracy stays at or above ${floor.date}`, () => assert.ok(s && s.date_accuracy >= floor.date, String(s?.date_accuracy)));
      it(`${lang}: place accuracy stays at or above ${floor.place}`, () => assert.ok(s && s.place_accuracy >= floor.place, String(s?.place_accuracy)));
    }
    it('no article is missing or rejected', () => {
      assert.equal(report.rejected, 0);
      assert.deepEqual(report.articles.filter((a) => a.missing), []);
    });
  });
}
