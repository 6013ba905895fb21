import { fileURLToPath } from 'node:url';
import { describeEvalSet } from '../eval-set.js';

// The fifth blind set: 20 articles (10 en, 10 id; text, HTML and JSON) written blind to the stages. Its first run is
// the honest measure of unseen text; until that run is taken the floors are zero, so only the set's integrity (one
// gold line per file, the manifest agreeing, no article missing or rejected) is guarded.
describeEvalSet({
  name: 'blind set, fifth part',
  paths: ['en/', 'id/'].map((d) => fileURLToPath(new URL(d, import.meta.url))),
  gold: fileURLToPath(new URL('./gold.jsonl', import.meta.url)),
  manifest: fileURLToPath(new URL('./manifest.jsonl', import.meta.url)),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /** Zero until the first, blind run; then set from it (rounded down to the nearest 0.05), never by tuning on this set. */
  floors: {
    en: { headline: 0, recall: 0, date: 0, place: 0 },
    id: { headline: 0, recall: 0, date: 0, place: 0 },
  },
});
