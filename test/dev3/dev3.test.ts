import { describeEvalSet, setFiles } from '../eval-set.js';

// The third development set: 20 articles (10 en, 10 id; text, HTML and JSON) written blind to the stages and
// meant to be tuned on, so its floors guard against regressions; they say nothing about unseen text.
describeEvalSet({
  name: 'third dev set',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 10,
  formats: ['html', 'json', 'txt'],
  /**
   * Rounded down to the nearest 0.05 from what the pipeline reaches after the fixes its first, blind run showed
   * (first run: en headline 3/10, recall 17/80, dates 11/18, places 2/5; id headline 5/10, recall 32/72, dates
   * 24/32, places 10/19; now: en headline 8/10, recall 25/80, dates 17/25, places 5/9; id headline 7/10, recall
   * 36/72, dates 28/34, places 10/19; then, the summoned ambassador named by the apposition after his title and the
   * summons dated by the sentence restating it: id headline 8/10, recall 36/72, dates 29/35, places 11/20). Raise
   * them as the stages improve.
   */
  floors: {
    en: { headline: 0.8, recall: 0.3, date: 0.65, place: 0.55 },
    id: { headline: 0.8, recall: 0.5, date: 0.8, place: 0.5 },
  },
});
