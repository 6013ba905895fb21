import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

// Capitals beyond the great powers act for their governments too, and the long names of the two Congos
// must not be confused.
const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

function summary(lang: string, text: string): string[] {
  const doc = makeDoc(text, { lang, published: '2025-03-05' });
  stage.run(doc, { packs });
  return (doc.mentions ?? []).filter((m) => !m.modifier).map((m) => `${m.text}=${m.actorIds.join('+')}/${m.resolution}`);
}

describe('actors: capitals as governments, the Congos', () => {
  const cases: Array<[lang: string, text: string, expected: string[]]> = [
    ['en', 'Nairobi accused Kampala of arming the militia.', ['Nairobi=KEN/metonym', 'Kampala=UGA/metonym', 'militia=UAF/name']],
    ['en', 'Kigali rejected the report, while Kinshasa welcomed it.', ['Kigali=RWA/metonym', 'Kinshasa=COD/metonym']],
    ['en', 'The talks were held in Kampala.', []],
    ['en', 'The Democratic Republic of Congo and the Republic of the Congo signed a river treaty.', ['Democratic Republic of Congo=COD/name', 'Republic of the Congo=COG/name']],
    ['en', 'DR Congo recalled its envoy.', ['DR Congo=COD/name']],
    ['id', 'Praha mengecam Bratislava atas keputusan itu.', ['Praha=CZE/metonym', 'Bratislava=SVK/metonym']],
    ['id', 'RD Kongo memanggil duta besarnya.', ['RD Kongo=COD/name']],
    ['en', 'Nairobi hit back on Monday, accusing Kampala of hypocrisy.', ['Nairobi=KEN/metonym', 'Kampala=UGA/metonym']],
    ['en', 'The ministry blamed Kampala for the unrest.', ['Kampala=UGA/metonym']],
    ['id', 'Nairobi menyalahkan Kampala atas kerusuhan itu.', ['Nairobi=KEN/metonym', 'Kampala=UGA/metonym']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(summary(lang, text), expected));
  }
});
