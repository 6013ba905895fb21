// Runs a Node script as a child process and measures wall time and peak RSS (through rss-probe.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

/**
 * Runs `node SCRIPT ARGS` with stdout discarded; resolves to
 * `{ seconds, cpuSeconds, peakRssMB, status, stderr }` (wall time; user + system CPU time of the
 * process, steadier than wall time on a busy machine). `env` adds environment variables.
 */
export function measureNode(script, args, { env = {}, cwd } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  const rssFile = join(scratch, 'rss');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PROBE, script, ...args], {
      cwd,
      env: { ...process.env, ...env, READOUT_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const err = [];
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakRssMB = null;
      let cpuSeconds = null;
      try {
        const probe = JSON.parse(readFileSync(rssFile, 'utf8'));
        peakRssMB = probe.maxRssKb / 1024;
        cpuSeconds = probe.cpuMs / 1000;
      } catch {
        // no figure: the process died before its exit handler ran
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ seconds, cpuSeconds, peakRssMB, status, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Repeats a measurement `runs` times and keeps the fastest (least disturbed) run. */
export async function fastestOf(runs, measure) {
  let best = null;
  for (let i = 0; i < runs; i++) {
    const m = await measure();
    if (best === null || m.seconds < best.seconds) best = m;
  }
  return best;
}
