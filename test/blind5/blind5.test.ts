import { describeEvalSet, setFiles } from '../eval-set.js';

// The fifth blind set: 20 articles (10 en, 10 id; text, HTML and JSON) written blind to the stages. Its first run is
// the honest measure of unseen text, and its floors only guard against regressions.
describeEvalSet({
  name: 'blind set, fifth part',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at c64af7c; en headline 2/10, recall 14/59, dates 11/18, places 7/9; id headline
   * 8/10, recall 21/58, dates 19/27, places 13/16): rounded down to the nearest 0.05, the headline 0.05 lower as a
   * margin. Never raise them by tuning on this set.
   */
  floors: {
    en: { headline: 0.15, recall: 0.2, date: 0.6, place: 0.75 },
    id: { headline: 0.75, recall: 0.35, date: 0.7, place: 0.8 },
  },
});
