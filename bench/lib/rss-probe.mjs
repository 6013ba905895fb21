// Preloaded into a measured process (`node --import ./rss-probe.mjs …`): at exit, writes the process's
// peak resident set size in kilobytes to the file named by READOUT_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.READOUT_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // The bench reports a missing figure; the measured process must not fail because of the probe.
    }
  });
}
