import { describeEvalSet, setFiles } from '../eval-set.js';

// The second development set: 30 articles (15 en, 15 id; text, HTML and JSON) written blind to the stages and
// meant to be tuned on, so its floors guard against regressions; they say nothing about unseen text.
describeEvalSet({
  name: 'second dev set',
  ...setFiles(new URL('./', import.meta.url), ['en', 'id']),
  perLanguage: 15,
  formats: ['html', 'json', 'txt'],
  /**
   * Rounded down to the nearest 0.05 from the first, blind run (en headline 4/15, recall 17/80, dates 16/24,
   * places 9/15; id headline 9/15, recall 28/77, dates 21/26, places 8/15), then raised as the stages improved
   * (en headline 8/15, recall 24/80, dates 23/30, places 13/20; then en headline 12/15, recall 29/80, dates 28/34,
   * places 16/24; id headline 12/15, recall 33/77, dates 24/29, places 9/18). id places are 9/19 since the EU's
   * sanctions package is found: its headline takes the lead's first event place, the invaded country of a clause
   * about the war's anniversary, not the city of the ministers' meeting told after it. Now en headline 15/15, recall
   * 35/80; id headline 15/15, recall 37/77 (closing a consulate cuts relations; declarations of persona non grata).
   */
  floors: {
    en: { headline: 0.9, recall: 0.4, date: 0.8, place: 0.65 },
    id: { headline: 0.9, recall: 0.45, date: 0.8, place: 0.45 },
  },
});
