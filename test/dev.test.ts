import { describeEvalSet, setFiles } from './eval-set.js';

// The development set: 20 articles (10 en, 10 id) written blind to the stages, then used to find headline-event
// failures whose causes were fixed by general rules (each tested on sentences of its own). It is tuned on, so
// it guards against regressions; it does not measure generalisation.
describeEvalSet({
  name: 'dev set',
  ...setFiles(new URL('./dev/', import.meta.url)),
  perLanguage: 10,
  formats: ['txt'],
  /**
   * Rounded down to the nearest 0.05 from what the pipeline reaches (first run: en headline 6/10, id 5/10;
   * now: en headline 9/10, recall 17/22, dates 17/19, places 2/7; id headline 7/10, recall 14/20, dates 14/14,
   * places 8/8). Raise them as the stages improve. en places fell from 3/6 when a demand coded in place of a
   * threat stopped matching the gold's untyped air strike, whose place it happened to share, and to 2/7 when
   * the trade ministers' dated roles made the India–UK signing a match (its place, a residence, is not found).
   * id dates are 14/16 since headline events told of countries took their officials from the lead: two more
   * headline events match, each dated by a date its sentence gives an earlier act (an air strike, an earthquake)
   * with a relative clause or a comma between, which word order alone cannot tell apart. Then (lead dates of the
   * act criticised left to it, weapons pledged as aid, officials of the side acted on): en headline 9/10, recall
   * 17/22, dates 17/19; id headline 9/10, recall 16/20, dates 16/17.
   */
  floors: {
    en: { headline: 0.8, recall: 0.7, date: 0.85, place: 0.25 },
    id: { headline: 0.9, recall: 0.8, date: 0.9, place: 0.95 },
  },
});
