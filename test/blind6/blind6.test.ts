import { describeEvalSet, setFiles } from '../eval-set.js';

// The sixth blind set: written without reading readout's rules, measured once (see README.md). Its first run is the
// honest measure of unseen text, and its floors only guard against regressions.
describeEvalSet({
  name: 'sixth blind set',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Set from the first, blind run (main at b5dd31b; en headline 2/10, recall 15/82, dates 12/25, places 8/11; id headline
   * 5/10, recall 21/72, dates 20/33, places 10/18): rounded down to the nearest 0.05, the headline 0.05 lower as a margin.
   * Never raise them by tuning on this set. The English place floor was lowered to 0.65 once, when a later rule found
   * en-01's accusation (said in Warsaw, told in the sentence about the consulate in Poznań, which it takes as its place):
   * one more event matched with a place, not a place lost.
   */
  floors: {
    en: { headline: 0.15, recall: 0.15, date: 0.45, place: 0.65 },
    id: { headline: 0.45, recall: 0.25, date: 0.6, place: 0.55 },
  },
});
