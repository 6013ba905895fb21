import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../../core/doc.js';
import { loadPacks } from '../../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from '../index.js';

const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

/** Group mentions of a text as `text=code`. */
function groups(lang: string, text: string): string[] {
  const doc: Doc = makeDoc(text, { lang, published: '2024-06-01' });
  stage.run(doc, { packs });
  const byId = new Map((doc.actors ?? []).map((a) => [a.id, a]));
  return (doc.mentions ?? [])
    .filter((m) => byId.get(m.actorIds[0]!)?.kind === 'group')
    .map((m) => {
      assert.equal(doc.text.slice(m.start, m.end), m.text);
      return `${m.text}=${byId.get(m.actorIds[0]!)!.code}`;
    });
}
function table(lang: string, cases: Array<[string, string[]]>): void {
  for (const [text, expected] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(groups(lang, text), expected));
}

describe('generic agents: English', () => {
  table('en', [
    ['Syrian rebels shelled the outskirts of the town overnight.', ['Syrian rebels=SYRREB']],
    ["Syria's rebels rejected the truce.", ["Syria's rebels=SYRREB"]],
    ['A Tunisian court jailed the blogger for two years.', ['Tunisian court=TUNJUD']],
    ['A court in Guyana freed the fishermen on Monday.', ['court in Guyana=GUYJUD']],
    ['Ukrainian lawmakers voted to extend martial law.', ['Ukrainian lawmakers=UKRLEG']],
    ['Egyptian demonstrators blocked the main avenue.', ['Egyptian demonstrators=EGYOPP']],
    ['Israeli police arrested two men near the gate.', ['Israeli police=ISRCOP']],
    ['Insurgents ambushed a convoy on the highway.', ['Insurgents=REB']],
    ['Police fired tear gas at the crowd.', ['Police=COP']],
    ['Georgia held a vote. The government said turnout was high.', ['government=GEOGOV']],
    ['The government thanked China for its help.', ['government=GOV']], // China is the counterpart
    ['US officials met U.S. lawmakers.', ['U.S. lawmakers=USALEG']],
    ['Troops from Russia crossed the border.', ['Troops from Russia=RUSMIL']],
    ['Two Peruvian men were detained at the port.', ['Peruvian men=PERPPL']],
    ["Chile's commander inspected the base.", ["Chile's commander=CHLMIL"]],
    ['Congress rejected the budget.', ['Congress=LEG']],
    ['Rebels in eastern Chad seized the town.', ['Rebels in eastern Chad=TCDREB']],
    ['The mayor of the northern Peruvian city of Tacna resigned.', ['mayor of the northern Peruvian=PERGOV']],
    ['Chile fined a Peruvian airline and two Bolivian airlines.', ['Peruvian airline=PERBUS', 'Bolivian airlines=BOLBUS']],
    ['Police of the West Bank town arrested two men.', ['Police of the West Bank=PSECOP']],
    ['Dissidents from junta-ruled Mali met the envoy.', ['Dissidents from junta-ruled Mali=MLIOPP']],
    ['UK and Irish activists blocked the port.', ['UK=GBROPP', 'Irish activists=IRLOPP']],
    ['The Greek coast guard rescued forty people.', ['Greek coast guard=GRCMIL']],
    ['Kenyan, Tanzanian and Ugandan police shut the road.', ['Kenyan=KENCOP', 'Tanzanian=TZACOP', 'Ugandan police=UGACOP']],
  ]);
});

describe('generic agents: English false positives', () => {
  table('en', [
    ['Russian President Vladimir Putin met the press.', []],
    ['The Russian government rejected the claim.', []],
    ['Residents fled the fighting.', []], // a `country` noun alone is no mention
    ['France and Germany argued. The government said nothing.', ['government=GOV']], // no one focus country
    ['The attack was claimed as a terrorist act.', []], // a bare singular is a modifier
    ['Fighters of the Free Syrian Army took the hill.', []],
    ['Officials said the talks went well.', []],
    ['Men and women queued for water.', []], // people of no named country are no actor
    ['Rebels in the capital of Chad fled.', ['Rebels=REB']], // two words before the country: no link
    ['Russia and Ugandan police shut the road.', ['Ugandan police=UGACOP']], // a country named as a noun acts alone
  ]);
});

describe('generic agents: Indonesian', () => {
  table('id', [
    ['Polisi Israel menangkap dua pemuda di dekat gerbang.', ['Polisi Israel=ISRCOP']],
    ['Pemberontak Suriah menembaki pinggiran kota.', ['Pemberontak Suriah=SYRREB']],
    ['Pengadilan di Guyana membebaskan para nelayan.', ['Pengadilan di Guyana=GUYJUD']],
    ['Ribuan pengunjuk rasa berkumpul di depan gedung parlemen Georgia.', ['pengunjuk rasa=OPP']], // the parliament is an institution
    ['Demonstran dan mahasiswa menolak undang-undang itu.', ['Demonstran=OPP', 'mahasiswa=EDU']],
    ['Legislator Ukraina memperpanjang darurat militer.', ['Legislator Ukraina=UKRLEG']],
    ['Anggota parlemen memperpanjang darurat militer.', ['Anggota parlemen=LEG']],
    ['Pejabat Belarus menolak tuduhan itu.', ['Pejabat Belarus=BLRGOV']],
  ]);
});

describe('generic agents: Indonesian false positives', () => {
  table('id', [
    ['Kementerian Luar Negeri menyampaikan protes.', []],
    ['Warga menonton pertandingan itu.', []],
    ['Panglima TNI meninjau pasukan di perbatasan.', ['pasukan=MIL']],
  ]);
});
