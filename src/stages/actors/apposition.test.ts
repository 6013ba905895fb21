import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

// A role in apposition to the person just named is that person's capacity, not the role's holder.
const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

function summary(lang: string, text: string, published: string): string[] {
  const doc = makeDoc(text, { lang, published });
  stage.run(doc, { packs });
  return (doc.mentions ?? []).filter((m) => !m.modifier).map((m) => `${m.text}=${m.actorIds.join('+')}/${m.resolution}`);
}

describe('actors: roles in apposition', () => {
  const cases: Array<[lang: string, published: string, text: string, expected: string[]]> = [
    ['id', '2023-05-10', 'Presiden Joko Widodo, selaku ketua ASEAN, menelepon Presiden Xi Jinping.', ['Presiden Joko Widodo=joko-widodo/name', 'ketua ASEAN=joko-widodo/role', 'Presiden Xi Jinping=xi-jinping/name']],
    ['id', '2023-05-10', 'Retno Marsudi sebagai Menlu bertemu Wang Yi.', ['Retno Marsudi=retno-marsudi/name', 'Menlu=retno-marsudi/role', 'Wang Yi=wang-yi/name']],
  ];
  for (const [lang, published, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(summary(lang, text, published), expected));
  }
});
