import { fileURLToPath } from 'node:url';
import { describeEvalSet } from '../eval-set.js';

/** A path inside this set's folder. */
function here(path: string): string {
  return fileURLToPath(new URL(path, import.meta.url));
}

// The seventh blind set: written without reading readout's rules and not yet measured (see README.md). Its first run
// will be the honest measure of unseen text, and its floors will only guard against regressions.
describeEvalSet({
  name: 'seventh blind set',
  paths: [here('en'), here('id')],
  gold: here('gold.jsonl'),
  manifest: here('manifest.jsonl'),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Zero until the first, blind run; they are set from that run (rounded down to the nearest 0.05, the headline 0.05
   * lower as a margin) and never raised by tuning on this set.
   */
  floors: {
    en: { headline: 0, recall: 0, date: 0, place: 0 },
    id: { headline: 0, recall: 0, date: 0, place: 0 },
  },
});
