// The actors stage alone on the bench corpus: its wall and CPU time as a multiple of the floor's whole run
// (the budget is 0.5×). Articles are prepared by clean, language and sentences in chunks of 100
// (not timed, and dropped after, so the heap stays the size a streaming run has), then the actors stage
// runs on each chunk under the clock.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const name = 'actors';

export default async function run(ctx) {
  const dist = join(ctx.root, 'dist');
  const built = join(dist, 'stages', 'actors', 'index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(ctx.root, 'src', 'stages', 'actors'))) {
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
  ];
  const setup = performance.now();
  const actors = await (await load('stages/actors/index.js')).createActorsStage({}, packs);
  const setupMs = performance.now() - setup;
  const lines = readFileSync(ctx.corpus.path, 'utf8').split('\n').filter(Boolean);
  let wall = 0;
  let cpu = 0;
  let mentions = 0;
  for (let k = 0; k < lines.length; k += 100) {
    const docs = [];
    for (const line of lines.slice(k, k + 100)) {
      const rec = JSON.parse(line);
      const doc = createDoc({ meta: { sourcePath: null, format: 'jsonl', lang: rec.lang, publishedRaw: rec.published }, raw: rec.text, diagnostics: [] });
      for (const stage of before) await stage.run(doc, { packs });
      docs.push(doc);
    }
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const doc of docs) actors.run(doc, { packs });
    const c = process.cpuUsage(c0);
    wall += performance.now() - t0;
    cpu += (c.user + c.system) / 1000;
    for (const doc of docs) mentions += doc.mentions.length;
  }
  const vs = (ms, floorSeconds) => (floorSeconds ? `${(ms / 1000 / floorSeconds).toFixed(2)}× floor` : 'no floor');
  console.log(`actors stage: setup ${setupMs.toFixed(0)} ms; ${lines.length} articles, ${mentions} mentions`);
  console.log(`  wall ${wall.toFixed(0).padStart(6)} ms  ${vs(wall, ctx.floor?.seconds)}`);
  console.log(`  cpu  ${cpu.toFixed(0).padStart(6)} ms  ${vs(cpu, ctx.floor?.cpuSeconds)}`);
  ctx.record('actors stage', { setupMs, wallMs: wall, cpuMs: cpu, mentions, floorRatio: ctx.floor ? wall / 1000 / ctx.floor.seconds : null });
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
