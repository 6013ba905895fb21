// `readout extract` on the bench corpus: throughput, peak RSS, wall and CPU time, ratio to the floor,
// and the time of each stage (from READOUT_TIMINGS=1) as a multiple of the floor's whole run. Measured
// on one thread (`--jobs 1`, the per-stage figures compare with the floor's) and with the default
// worker threads (one per core: the wall time a user waits; stage times are summed over the workers).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const name = 'extract';

export default async function run(ctx) {
  const bin = join(ctx.root, 'bin', 'readout');
  const jobs = availableParallelism();
  for (const [label, args] of [['readout extract', ['--jobs', '1']], [`extract --jobs ${jobs}`, ['--jobs', String(jobs)]]]) {
    if (label !== 'readout extract' && jobs === 1) continue;
    const m = await ctx.measure(bin, ['extract', ctx.corpus.path, ...args], { cwd: ctx.root, env: { READOUT_TIMINGS: '1' } });
    if (m.status !== 0) {
      const lines = m.stderr.split('\n').filter((l) => l && !l.includes('timings (ms)'));
      console.log(`readout extract exited ${m.status}; ${lines.length} stderr line(s), first: ${lines[0] ?? ''}`);
    }
    ctx.report(label, m);
    const line = m.stderr.split('\n').find((l) => l.startsWith('readout: timings (ms): '));
    if (!line) {
      console.log('(no per-stage timings: readout extract stopped before the end; the figures above are not meaningful)');
      continue;
    }
    const timings = JSON.parse(line.slice('readout: timings (ms): '.length));
    const floorMs = ctx.floor ? ctx.floor.seconds * 1000 : null;
    const floorCpuMs = ctx.floor?.cpuSeconds ? ctx.floor.cpuSeconds * 1000 : null;
    console.log(`per stage${args[1] === '1' ? '' : ', summed over the workers'} (ms${floorMs ? ', × floor wall time' : ''}${floorCpuMs ? ', × floor cpu time' : ''}):`);
    for (const [stage, ms] of Object.entries(timings)) {
      const vs = floorMs ? `${(ms / floorMs).toFixed(2).padStart(7)}×` : '';
      const vsCpu = floorCpuMs ? `${(ms / floorCpuMs).toFixed(2).padStart(7)}×` : '';
      console.log(`  ${stage.padEnd(12)} ${ms.toFixed(0).padStart(8)} ms ${vs} ${vsCpu}`);
    }
    ctx.record(label, { stagesMs: timings, wallSeconds: m.seconds, cpuSeconds: m.cpuSeconds });
  }
}
