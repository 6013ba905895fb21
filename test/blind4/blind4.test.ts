import { describeEvalSet, setFiles } from '../eval-set.js';

// The fourth blind set: 20 articles (10 en, 10 id; text, HTML and JSON) written blind to the stages; its first run is
// the honest measure of unseen text, and its floors only guard against regressions.
describeEvalSet({
  name: 'blind set, fourth part',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at fd2e63b; en headline 5/10, recall 32/78, dates 25/32, places 7/15; id
   * headline 4/10, recall 24/69, dates 20/30, places 13/22): rounded down to the nearest 0.05, the headline 0.05
   * lower as a margin. Never raise them by tuning on this set.
   */
  floors: {
    en: { headline: 0.45, recall: 0.4, date: 0.75, place: 0.45 },
    id: { headline: 0.35, recall: 0.3, date: 0.65, place: 0.55 },
  },
});
