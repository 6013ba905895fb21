import { describeEvalSet, setFiles } from '../eval-set.js';

// The eighth blind set: written without reading readout's rules, measured once (see README.md). Its first run is the
// honest measure of unseen text, and its floors only guard against regressions.
describeEvalSet({
  name: 'eighth blind set',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at 1cc75b6; en headline 6/10, recall 20/72, dates 20/28, places 9/13; id headline
   * 4/10, recall 20/70, dates 19/31, places 6/12): rounded down to the nearest 0.05, the headline 0.05 lower as a margin.
   * Never raise them by tuning on this set.
   */
  floors: {
    en: { headline: 0.55, recall: 0.25, date: 0.7, place: 0.65 },
    id: { headline: 0.35, recall: 0.25, date: 0.6, place: 0.5 },
  },
});
