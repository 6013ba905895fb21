// Preloaded into a measured process (`node --import ./rss-probe.mjs …`): at exit, writes the process's
// peak resident set size (kB) and CPU time (ms) as JSON to the file named by READOUT_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.READOUT_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
    } catch {
      // The bench reports a missing figure; the measured process must not fail because of the probe.
    }
  });
}
