#!/usr/bin/env node
// `npm run bench`: throughput and memory of readout against the floor of any Node text pipeline.
// Generates a synthetic corpus into bench/out/ (gitignored), times ../shared/bench/floor.mjs on it when
// that folder exists, then runs every bench/*.bench.mjs module in name order. Never run as a test.
//
//   npm run bench -- [--articles N] [--runs N] [--seed N] [--only NAME]
//
// A bench module exports `name` and `default async function (ctx)`; ctx holds the corpus, the floor's
// figures, `measure` and `report` (see bench/lib/context.mjs). A module that exports `run(options)`
// instead is called with `{ articles }` and its returned figures are printed. Add `bench/<name>.bench.mjs`
// to add a section.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext } from './lib/context.mjs';
import { ensureBuilt } from './lib/ensure-built.mjs';
import { generateCorpus } from './lib/generate-corpus.mjs';
import { fastestOf, measureNode } from './lib/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2' },
    only: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));

const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const corpusPath = join(out, 'corpus.jsonl');
const corpus = { path: corpusPath, ...(await generateCorpus(corpusPath, Number(values.articles), Number(values.seed))) };
console.log(`corpus: ${corpus.articles} articles (${corpus.byLang.en} en, ${corpus.byLang.id} id), ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${Math.round(corpus.bytes / corpus.articles)} bytes an article on average`);
console.log(`        ${corpusPath}\n`);

const floorScript = join(root, '..', 'shared', 'bench', 'floor.mjs');
let floor = null;
if (existsSync(floorScript)) {
  floor = await fastestOf(runs, () => measureNode(floorScript, [corpusPath]));
  if (floor.status !== 0) {
    console.log(`floor: failed (exit ${floor.status}): ${floor.stderr.trim().split('\n')[0]}`);
    floor = null;
  }
} else {
  console.log('floor: skipped: ../shared/bench/floor.mjs not found (ratios to the floor are not reported)');
}

ensureBuilt(root);
const ctx = createContext({ root, corpus, floor, runs });
if (floor) ctx.report('floor', floor);

const modules = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()
  .filter((f) => !values.only || f.startsWith(values.only));
for (const file of modules) {
  const mod = await import(pathToFileURL(join(root, 'bench', file)).href);
  const label = mod.name ?? file.replace(/\.bench\.mjs$/, '');
  console.log(`\n== ${label} ==`);
  try {
    if (typeof mod.default === 'function') {
      await mod.default(ctx);
    } else if (typeof mod.run === 'function') {
      // A module that also runs on its own: `run({ articles })` resolves to its figures.
      const figures = await mod.run({ articles: corpus.articles });
      for (const [key, value] of Object.entries(figures ?? {})) console.log(`  ${key.padEnd(28)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
      ctx.record(label, figures ?? {});
    } else {
      console.log(`skipped: ${file} exports neither a default function nor run()`);
    }
  } catch (error) {
    console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    ctx.record(label, { error: String(error) });
  }
}
ctx.save(join(out, 'results.json'));
