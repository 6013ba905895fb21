// What bench modules get: the corpus, the floor's figures, a way to measure a Node script, and a way to
// print a section's figures the same way as the others (articles/s, MB/s, peak RSS, ratio to the floor).
import { writeFileSync } from 'node:fs';
import { fastestOf, measureNode } from './measure.mjs';

/** Builds the context handed to every bench module. */
export function createContext({ root, corpus, floor, runs }) {
  const results = { corpus: { articles: corpus.articles, bytes: corpus.bytes }, floor, sections: {} };
  const ratio = (seconds) => (floor ? seconds / floor.seconds : null);
  const cpuRatio = (cpuSeconds) => (floor?.cpuSeconds && cpuSeconds ? cpuSeconds / floor.cpuSeconds : null);
  return {
    root,
    corpus,
    /** The floor's measurement `{ seconds, peakRssMB }`, or null when ../shared is absent. */
    floor,
    runs,
    /** `measureNode(script, args, { env, cwd })`, the fastest of `runs` runs. */
    measure: (script, args, options) => fastestOf(runs, () => measureNode(script, args, options)),
    /** Wall time as a multiple of the floor's, or null without a floor. */
    ratio,
    /** CPU time as a multiple of the floor's, or null. */
    cpuRatio,
    /** Prints one line of figures for `label` from `{ seconds, peakRssMB }`, over `articles` articles. */
    report(label, m, articles = corpus.articles, bytes = corpus.bytes) {
      const perSecond = articles / m.seconds;
      const mbs = bytes / 1024 / 1024 / m.seconds;
      const rss = m.peakRssMB === null ? '?' : `${Math.round(m.peakRssMB)} MB`;
      const r = ratio(m.seconds);
      const c = cpuRatio(m.cpuSeconds);
      const cpu = m.cpuSeconds ? `  cpu ${m.cpuSeconds.toFixed(2)} s` : '';
      const vs = r === null || label === 'floor' ? '' : `   ${r.toFixed(1)}× floor${c === null ? '' : ` (cpu ${c.toFixed(1)}×)`}`;
      console.log(`${label.padEnd(16)} ${m.seconds.toFixed(2).padStart(7)} s${cpu}  ${perSecond.toFixed(0).padStart(7)} articles/s  ${mbs.toFixed(2).padStart(6)} MB/s  peak RSS ${rss}${vs}`);
      results.sections[label] = { seconds: m.seconds, cpuSeconds: m.cpuSeconds, articlesPerSecond: perSecond, mbPerSecond: mbs, peakRssMB: m.peakRssMB, floorRatio: r, floorCpuRatio: c };
    },
    /** Records extra figures of a section for results.json. */
    record(label, figures) {
      results.sections[label] = { ...(results.sections[label] ?? {}), ...figures };
    },
    save(path) {
      writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
      console.log(`\nresults: ${path}`);
    },
  };
}
