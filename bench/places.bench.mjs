// The places stage alone on the bench corpus: its wall and CPU time as a multiple of the floor's whole run
// (the budget is 0.5×), and its setup (loading the gazetteer, compiling each pack's place tables),
// which every `readout` run pays before its first article. Articles are prepared by the stages before it
// (it reads the actors' countries) in chunks of 100 (not timed, and dropped after, so the heap stays the
// size a streaming run has); the places stage then runs on each chunk `ctx.runs` times under the clock and
// the fastest pass of each chunk counts, which keeps a busy machine's hiccups out of the figure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const name = 'places';

export default async function run(ctx) {
  const dist = join(ctx.root, 'dist');
  const built = join(dist, 'stages', 'places', 'index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(ctx.root, 'src'))) {
    console.log('dist/ is stale: running npm run build');
    spawnSync('npm', ['run', 'build', '--silent'], { cwd: ctx.root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const { loadPacks } = await load('lang/pack.js');
  const { createDoc } = await load('core/create-doc.js');
  const packs = loadPacks(join(ctx.root, 'data') + '/');
  const before = [
    (await load('stages/clean/index.js')).createCleanStage({}, packs),
    await (await load('stages/language/index.js')).createLanguageStage({}, packs),
    (await load('stages/sentences/index.js')).createSentencesStage({}, packs),
    await (await load('stages/actors/index.js')).createActorsStage({}, packs),
    await (await load('stages/dates/index.js')).createDatesStage({}, packs),
  ];
  // The gazetteer is loaded once per process, and nothing before this line loads it: this is a cold start.
  const setup = performance.now();
  const setupCpu = process.cpuUsage();
  const places = await (await load('stages/places/index.js')).createPlacesStage({}, packs);
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
      for (const doc of docs) places.run(doc, { packs });
      const c = process.cpuUsage(c0);
      bestWall = Math.min(bestWall, performance.now() - t0);
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
    }
    wall += bestWall;
    cpu += bestCpu;
    for (const doc of docs) found += doc.places.length;
  }
  const vs = (ms, floorSeconds) => (floorSeconds ? `${(ms / 1000 / floorSeconds).toFixed(2)}× floor` : 'no floor');
  console.log(`places stage: setup ${setupMs.toFixed(0)} ms (cpu ${setupCpuMs.toFixed(0)} ms); ${lines.length} articles, ${found} places; fastest of ${passes} pass(es) per 100 articles`);
  console.log(`  wall ${wall.toFixed(0).padStart(6)} ms  ${vs(wall, ctx.floor?.seconds)}`);
  console.log(`  cpu  ${cpu.toFixed(0).padStart(6)} ms  ${vs(cpu, ctx.floor?.cpuSeconds)}`);
  ctx.record('places stage', { setupMs, setupCpuMs, wallMs: wall, cpuMs: cpu, places: found, floorRatio: ctx.floor ? wall / 1000 / ctx.floor.seconds : null });
}

/** Newest modification time of the .ts files under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(path) : e.name.endsWith('.ts') ? statSync(path).mtimeMs : 0);
  }
  return t;
}
