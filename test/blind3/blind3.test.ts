import { describeEvalSet, setFiles } from '../eval-set.js';

// The third blind set: 20 articles (10 en, 10 id; text, HTML and JSON) written blind to the stages and never tuned
// on, so its floors only guard against regressions on unseen text; its scores are the honest measure.
describeEvalSet({
  name: 'blind set, third part',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at a850dad; en headline 6/10, recall 32/64, dates 28/34, places 6/14; id
   * headline 6/10, recall 26/50, dates 22/27, places 6/8): rounded down to the nearest 0.05, the headline 0.05
   * lower as a margin. Never raise them by tuning on this set. The Indonesian place floor was lowered to 0.65 once,
   * when later statement rules found Mark Brown's criticism of New Zealand and the agreement with China he recalled
   * (id recall 32 → 33), the agreement told without its place: one more event found, no place lost (places 6/8 → 6/9).
   */
  floors: {
    en: { headline: 0.55, recall: 0.5, date: 0.8, place: 0.4 },
    id: { headline: 0.55, recall: 0.5, date: 0.8, place: 0.65 },
  },
});
