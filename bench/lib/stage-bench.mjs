// One stage alone on the bench corpus: its wall and CPU time as a multiple of the floor's whole run, and its
// setup, which every `readout` run pays before its first article. Articles are prepared by the stages
// before it in chunks of 100 (not timed, and dropped after, so the heap stays the size a streaming run
// has); the stage then runs on each chunk `ctx.runs` times under the clock and the fastest pass of each
// chunk counts, which keeps a busy machine's hiccups out of the figure. Benches the compiled dist/, which
// bench/run.mjs keeps in step with src/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The default pipeline's stages in order: module under dist/ and factory name. */
const STAGES = [
  ['clean', 'createCleanStage'],
  ['language', 'createLanguageStage'],
  ['sentences', 'createSentencesStage'],
  ['actors', 'createActorsStage'],
  ['dates', 'createDatesStage'],
  ['places', 'createPlacesStage'],
];

/**
 * Benches stage `name`; `count(doc)` is what it found in an article and `unit` names it ("mentions").
 * Setup is timed cold: no stage before it loads the stage's own data.
 */
export async function benchStage(ctx, name, unit, count) {
  const load = (path) => import(pathToFileURL(join(ctx.root, 'dist', path)).href);
  const create = async ([stage, factory]) => (await load(`stages/${stage}/index.js`))[factory]({}, packs);
  const { loadPacks } = await load('lang/pack.js');
  const { createDoc } = await load('core/create-doc.js');
  const packs = loadPacks(join(ctx.root, 'data') + '/');
  const at = STAGES.findIndex(([stage]) => stage === name);
  const before = [];
  for (const entry of STAGES.slice(0, at)) before.push(await create(entry));
  const setup = performance.now();
  const setupCpu = process.cpuUsage();
  const measured = await create(STAGES[at]);
  const setupMs = performance.now() - setup;
  const setupCpuUsage = process.cpuUsage(setupCpu);
  const setupCpuMs = (setupCpuUsage.user + setupCpuUsage.system) / 1000;
  const lines = readFileSync(ctx.corpus.path, 'utf8').split('\n').filter(Boolean);
  const passes = Math.max(1, ctx.runs ?? 1);
  let wall = 0;
  let cpu = 0;
  let found = 0;
  for (let k = 0; k < lines.length; k += 100) {
    const docs = [];
    for (const line of lines.slice(k, k + 100)) {
      const rec = JSON.parse(line);
      const doc = createDoc({ meta: { sourcePath: null, format: 'jsonl', lang: rec.lang, publishedRaw: rec.published }, raw: rec.text, diagnostics: [] });
      for (const stage of before) await stage.run(doc, { packs });
      docs.push(doc);
    }
    const diagnostics = docs.map((doc) => doc.diagnostics.length);
    let bestWall = Infinity;
    let bestCpu = Infinity;
    for (let pass = 0; pass < passes; pass++) {
      // Each pass starts from the prepared doc: the stage adds diagnostics, which must not pile up.
      docs.forEach((doc, i) => (doc.diagnostics.length = diagnostics[i]));
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const doc of docs) measured.run(doc, { packs });
      const c = process.cpuUsage(c0);
      bestWall = Math.min(bestWall, performance.now() - t0);
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
    }
    wall += bestWall;
    cpu += bestCpu;
    for (const doc of docs) found += count(doc);
  }
  const vs = (ms, floorSeconds) => (floorSeconds ? `${(ms / 1000 / floorSeconds).toFixed(2)}× floor` : 'no floor');
  console.log(`${name} stage: setup ${setupMs.toFixed(0)} ms (cpu ${setupCpuMs.toFixed(0)} ms); ${lines.length} articles, ${found} ${unit}; fastest of ${passes} pass(es) per 100 articles`);
  console.log(`  wall ${wall.toFixed(0).padStart(6)} ms  ${vs(wall, ctx.floor?.seconds)}`);
  console.log(`  cpu  ${cpu.toFixed(0).padStart(6)} ms  ${vs(cpu, ctx.floor?.cpuSeconds)}`);
  ctx.record(`${name} stage`, { setupMs, setupCpuMs, wallMs: wall, cpuMs: cpu, [unit]: found, floorRatio: ctx.floor ? wall / 1000 / ctx.floor.seconds : null });
}
