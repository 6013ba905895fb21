import { describeEvalSet, setFiles } from '../eval-set.js';

// The seventh blind set: written without reading readout's rules, measured once (see README.md). Its first run is the
// honest measure of unseen text, and its floors only guard against regressions.
describeEvalSet({
  name: 'seventh blind set',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at e6a3492; en headline 4/10, recall 29/86, dates 26/35, places 11/14; id headline
   * 6/10, recall 45/86, dates 39/44, places 26/32): rounded down to the nearest 0.05, the headline 0.05 lower as a margin.
   * Never raise them by tuning on this set. The Indonesian date floor was lowered to 0.8 once, when a later rule found
   * id-09's cancelled meeting and the complaints about it (recall 45 → 47) and dated them by the morning publication
   * day, the day after the gold's: more events matched, each dated one day late, not a date lost.
   */
  floors: {
    en: { headline: 0.35, recall: 0.3, date: 0.7, place: 0.75 },
    id: { headline: 0.55, recall: 0.5, date: 0.8, place: 0.8 },
  },
});
