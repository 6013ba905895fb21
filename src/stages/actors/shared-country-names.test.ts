import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

/** The countries the article's mentions of `form` resolve to, in text order (one id per mention). */
function countriesOf(lang: string, text: string, form: RegExp): string[] {
  const doc = makeDoc(text, { lang, published: '2025-06-27' });
  stage.run(doc, { packs });
  const actors = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  return (doc.mentions ?? [])
    .filter((m) => form.test(m.text))
    .map((m) => m.actorIds.map((id) => actors.get(id)?.country ?? id).join('+'));
}

type Case = [article: string, expected: string[]];

function table(lang: string, form: RegExp, cases: Case[]): void {
  for (const [article, expected] of cases) it(`${lang}: ${article}`, () => assert.deepEqual(countriesOf(lang, article, form), expected));
}

describe('actors stage: a short name several countries share', () => {
  table('en', /Congo/, [
    // the full name first: every bare "Congo" after it is the same country
    [
      'Congo and Rwanda sign peace deal.\nThe foreign ministers of the Democratic Republic of Congo and Rwanda signed the accord in Washington. '
        + "Fighting in eastern Congo has displaced thousands. Congo's Foreign Minister Therese Kayikwamba Wagner said peace was near.",
      ['COD', 'COD', 'COD', 'COD'],
    ],
    ['The DRC accused Rwanda of backing the rebels. Congo said talks would resume.', ['COD']],
    ['Kinshasa rejected the report. Congo recalled its envoy.', ['COD']],
    ["DRC's foreign minister met Rwanda's. Congo said it would comply.", ['COD']],
    // the other country named in full, or by its capital: "Congo" is that one
    ['The Republic of the Congo held elections on Sunday. Congo has been ruled by the same man since 1997.', ['COG', 'COG']],
    ['Brazzaville hosted the summit. Congo signed an oil deal with Angola.', ['COG']],
    ['Congo-Brazzaville signed an oil deal with Angola. Congo said output would rise.', ['COG', 'COG']],
    ['The Republic of Congo signed an oil deal with Angola. Congo said output would rise.', ['COG', 'COG']],
    // neither named in full: the declared default, the one far more often in the news
    ['Congo and Rwanda traded accusations on Tuesday.', ['COD']],
    // both named in full: the default again
    ['The Democratic Republic of Congo and the Republic of the Congo share a river. Congo said the border was calm.', ['COD', 'COG', 'COD']],
  ]);
  // the adjective is shared as well
  table('en', /Congolese/, [
    ['The Congolese army said the rebels had withdrawn from Goma.', ['COD']],
    ['The Republic of the Congo voted on Sunday. The Congolese government said turnout was high.', ['COG']],
  ]);
  table('id', /Kongo/, [
    ['Kongo dan Rwanda teken perjanjian damai.\nMenteri luar negeri Republik Demokratik Kongo dan Rwanda menandatangani perjanjian itu di Washington. Pertempuran di Kongo timur terus berlanjut.', ['COD', 'COD', 'COD']],
    ['RD Kongo menuduh Rwanda mendukung pemberontak. Kongo menarik duta besarnya.', ['COD', 'COD']],
    ['Brazzaville menjadi tuan rumah pertemuan itu. Kongo menandatangani kesepakatan minyak dengan Angola.', ['COG']],
    ['Republik Kongo menandatangani kesepakatan minyak dengan Angola. Kongo menyatakan produksi akan naik.', ['COG', 'COG']],
    ['Kongo dan Rwanda saling menuduh pada hari Selasa.', ['COD']],
  ]);
  it('leaves other countries alone', () => assert.deepEqual(countriesOf('en', 'Rwanda and Uganda signed the accord.', /Rwanda|Uganda/), ['RWA', 'UGA']));
});
