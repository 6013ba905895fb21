import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

/** Runs the stage; each agent mention reads `text=id+id/resolution` (modifiers left out). */
function run(lang: string, text: string, published: string | null = '2024-06-01'): Doc {
  const doc = makeDoc(text, { lang, published });
  stage.run(doc, { packs });
  return doc;
}
function summary(doc: Doc): string[] {
  return (doc.mentions ?? []).filter((m) => !m.modifier).map((m) => `${m.text}=${m.actorIds.join('+')}/${m.resolution}`);
}
type Case = [published: string | null, text: string, expected: string[]];
function table(lang: string, cases: Case[]): void {
  for (const [published, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(summary(run(lang, text, published)), expected));
  }
}

describe('actors stage: English', () => {
  table('en', [
    ['2024-05-16', 'Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday.', ['Chinese President Xi Jinping=xi-jinping/name', 'Russian President Vladimir Putin=vladimir-putin/name']],
    ['2024-03-01', 'Indonesian Defence Minister Budi Santoso met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur.', ['Indonesian Defence Minister Budi Santoso=budi-santoso/title', 'Malaysian Prime Minister Anwar Ibrahim=anwar-ibrahim/title']],
    ['2024-01-10', 'Kremlin spokesperson Dmitry Peskov told reporters the call was useful.', ['Kremlin spokesperson Dmitry Peskov=dmitry-peskov/name']],
    ['2024-01-10', 'Chinese Premier Zhao Wen said trade would grow. Zhao added that tariffs hurt.', ['Chinese Premier Zhao Wen=zhao-wen/title', 'Zhao=zhao-wen/partial-name']],
    ['2024-02-02', "Putin's envoy praised China's restraint.", ['Putin=vladimir-putin/partial-name', 'China=CHN/name']],
    ['2024-02-02', 'Beijing warned Washington against new tariffs.', ['Beijing=CHN/metonym', 'Washington=USA/metonym']],
    ['2024-02-02', 'Moscow and Beijing said they would cooperate.', ['Moscow=RUS/metonym', 'Beijing=CHN/metonym']],
    ['2024-02-02', 'The Kremlin said the call lasted an hour.', ['The Kremlin=RUS/metonym']],
    ['2024-02-02', 'Boko Haram raided two villages as ISIL fighters shelled the town.', ['Boko Haram=boko-haram/name', 'ISIL=islamic-state/name']],
    ['2024-02-02', 'Vladimir Putin arrived in Hanoi. He met the Vietnamese leadership. Later he flew home.', ['Vladimir Putin=vladimir-putin/name', 'He=vladimir-putin/pronoun', 'he=vladimir-putin/pronoun']],
    ['2023-05-05', 'Retno Marsudi met Sergey Lavrov in Jakarta. She said the talks were frank.', ['Retno Marsudi=retno-marsudi/name', 'Sergey Lavrov=sergey-lavrov/name', 'She=retno-marsudi/pronoun']],
    ['2023-11-15', 'Xi Jinping spoke with Joe Biden by video link. The two leaders discussed trade.', ['Xi Jinping=xi-jinping/name', 'Joe Biden=joe-biden/name', 'The two leaders=joe-biden+xi-jinping/group']],
    ['2023-11-15', 'Russia and China signed a pact. Both sides praised it.', ['Russia=RUS/name', 'China=CHN/name', 'Both sides=CHN+RUS/group']],
    ['2023-11-15', 'The Russian government rejected the claim.', ['Russian government=RUS/name']],
    ['2023-11-15', 'The Chinese Foreign Ministry issued a statement.', ['Chinese Foreign Ministry=chn-foreign-ministry/name']],
    ['2023-11-15', 'NATO and the European Union condemned the attack, while the UN urged calm.', ['NATO=nato/name', 'European Union=european-union/name', 'UN=united-nations/name']],
    ['2024-04-04', 'UN Secretary-General António Guterres called for a ceasefire. The UN chief urged restraint.', ['UN Secretary-General António Guterres=antonio-guterres/name', 'UN chief=antonio-guterres/role']],
    ['2024-04-04', 'Foreign Minister Ana Torres spoke first.', ['Foreign Minister Ana Torres=ana-torres/title']],
    ['2025-06-01', "U.S. President Donald Trump called Ukraine's President Volodymyr Zelensky. The two presidents spoke for an hour.", ['U.S. President Donald Trump=donald-trump/name', "Ukraine's President Volodymyr Zelensky=volodymyr-zelensky/title", 'The two presidents=donald-trump+volodymyr-zelensky/group']],
    ['2024-04-04', 'US officials met U.S. lawmakers and Turkey sent a note.', ['US=USA/name', 'U.S. lawmakers=USA-LEG/name', 'Turkey=TUR/name']],
    // both spellings of the adjective are in use
    ['2024-04-06', 'Ecuadorean police entered the embassy, and Ecuadorians protested.', ['Ecuadorean police=ECU-COP/name', 'Ecuadorians=ECU/name']],
    // an institution joined to the word after it only describes it: the country goes on to that noun
    ['2025-05-06', "Sudan's army-led government cut ties.", ["Sudan's army-led government=SDN-GOV/name"]],
    ['2024-07-29', 'Mexico and other Latin American states protested.', ['Mexico=MEX/name']],
    // a capital a note is sent to stands for its government; one travelled to is a place
    ['2025-03-19', 'Serbia sent protest notes to Moscow, Beijing over the pact. The envoy flew to Moscow.', ['Serbia=SRB/name', 'Moscow=RUS/metonym', 'Beijing=CHN/metonym']],
    // a pronoun owning an agent names its country, not the article's focus; a bare "the government" keeps the focus
    // a ministry is some state's: the capital after it, else the article's focus, else no mention
    ['2024-05-16', 'The foreign ministry in Tallinn summoned the envoy. Police in Kabul arrested two men.', ['foreign ministry=EST-GOV/name', 'Police=AFG-COP/name']],
    ['2024-05-16', 'The foreign ministry said the talks went well.', []],
    // an object pronoun is no subject of its own clause: the nearest other person of its sentence, else one before
    ['2024-05-16', 'Vladimir Putin thanked Xi Jinping for the welcome and invited him to Moscow.', ['Vladimir Putin=vladimir-putin/name', 'Xi Jinping=xi-jinping/name', 'him=xi-jinping/pronoun']],
    ['2024-05-16', 'Xi Jinping said Vladimir Putin had invited him to Moscow.', ['Xi Jinping=xi-jinping/name', 'Vladimir Putin=vladimir-putin/name', 'him=xi-jinping/pronoun']],
    ['2024-05-16', 'Vladimir Putin spoke with Xi Jinping, and his aide congratulated him.', ['Vladimir Putin=vladimir-putin/name', 'Xi Jinping=xi-jinping/name', 'his=vladimir-putin/pronoun', 'him=xi-jinping/pronoun']],
    ['2024-05-16', 'Xi Jinping arrived on Monday. Vladimir Putin welcomed him at the airport.', ['Xi Jinping=xi-jinping/name', 'Vladimir Putin=vladimir-putin/name', 'him=xi-jinping/pronoun']],
    // an object pronoun with no other person in its sentence takes, in the one before, the nearest person no verb follows
    ['2024-05-16', 'Xi Jinping said he looked forward to working with Vladimir Putin. Sergey Lavrov also congratulated him.', ['Xi Jinping=xi-jinping/name', 'he=xi-jinping/pronoun', 'Vladimir Putin=vladimir-putin/name', 'Sergey Lavrov=sergey-lavrov/name', 'him=vladimir-putin/pronoun']],
    // a possessor in the pronoun's own sentence is no clause's subject; in a sentence before, it stays the topic
    ['2023-02-21', "Xi Jinping's speech came after Vladimir Putin landed in Minsk, where he met the mayor.", ["Xi Jinping=xi-jinping/name", 'Vladimir Putin=vladimir-putin/name', 'he=vladimir-putin/pronoun']],
    ['2023-02-21', "Xi Jinping's speech was long. He said the ties were firm.", ['Xi Jinping=xi-jinping/name', 'He=xi-jinping/pronoun']],
    // a country has an envoy at every post: its only ambassador in the data is not the one a title alone names
    ['2024-05-16', 'Estonia summoned the Russian ambassador on Monday.', ['Estonia=EST/name', 'Russian ambassador=RUS/name']],
    ['2024-05-16', 'Vladimir Putin met Xi Jinping in Beijing. Putin said his government valued the ties.', ['Vladimir Putin=vladimir-putin/name', 'Xi Jinping=xi-jinping/name', 'Putin=vladimir-putin/partial-name', 'his=vladimir-putin/pronoun', 'government=RUS-GOV/name']],
  ]);
});

describe('actors stage: Indonesian', () => {
  table('id', [
    ['2024-08-21', 'Presiden Rusia Vladimir Putin menerima Perdana Menteri Tiongkok Li Qiang di Kremlin pada hari Rabu.', ['Presiden Rusia Vladimir Putin=vladimir-putin/name', 'Perdana Menteri Tiongkok Li Qiang=li-qiang/name']],
    ['2025-01-08', 'Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing menentang sanksi itu.', ['Juru bicara Kementerian Luar Negeri China Lin Jian=lin-jian/title', 'Beijing=CHN/metonym']],
    ['2023-06-01', 'Menlu Retno bertemu Menlu Rusia Sergei Lavrov di Jakarta.', ['Menlu Retno=retno-marsudi/name', 'Menlu Rusia Sergei Lavrov=sergey-lavrov/name']],
    ['2025-02-01', 'Menlu Sugiono bertolak ke Kairo.', ['Menlu Sugiono=sugiono/name']],
    ['2020-02-01', 'Menlu menegaskan sikap Indonesia.', ['Menlu=retno-marsudi/role', 'Indonesia=IDN/name']],
    ['2024-08-22', 'Li Qiang tiba di Minsk. Li kemudian bertemu pejabat Belarus.', ['Li Qiang=li-qiang/name', 'Li=li-qiang/partial-name', 'pejabat Belarus=BLR-GOV/name']],
    ['2025-03-03', 'Presiden Prabowo Subianto menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka. Kedua pemimpin membahas kerja sama pertahanan.', ['Presiden Prabowo Subianto=prabowo-subianto/name', 'Perdana Menteri Australia Anthony Albanese=anthony-albanese/title', 'Kedua pemimpin=anthony-albanese+prabowo-subianto/group']],
    ['2025-03-03', 'Istana Merdeka menyatakan kunjungan itu sukses. Moskow dan Beijing menolak tuduhan itu.', ['Istana Merdeka=IDN/metonym', 'Moskow=RUS/metonym', 'Beijing=CHN/metonym']],
    ['2023-07-07', 'Jokowi tiba di Tokyo. Ia disambut hangat.', ['Jokowi=joko-widodo/name', 'Ia=joko-widodo/pronoun']],
    ['2023-07-07', 'Indonesia dan Malaysia sepakat memperkuat kerja sama. Kedua negara juga membahas perbatasan.', ['Indonesia=IDN/name', 'Malaysia=MYS/name', 'Kedua negara=IDN+MYS/group']],
    ['2023-07-07', 'PBB dan Uni Eropa menyambut keputusan ASEAN dan Organisasi Kerja Sama Shanghai.', ['PBB=united-nations/name', 'Uni Eropa=european-union/name', 'ASEAN=asean/name', 'Organisasi Kerja Sama Shanghai=sco/name']],
    ['2023-07-07', 'Pemerintah Rusia membantah laporan itu.', ['Pemerintah Rusia=RUS/name']],
  ]);
});

describe('actors stage: roles on the date', () => {
  const premier: Array<[string, string, string]> = [
    ['en', '2010-05-01', 'wen-jiabao'], ['en', '2019-05-01', 'li-keqiang'], ['en', '2023-03-10', 'li-keqiang'],
    ['en', '2023-03-11', 'li-qiang'], ['en', '2024-08-21', 'li-qiang'],
    ['id', '2019-05-01', 'li-keqiang'], ['id', '2024-08-21', 'li-qiang'],
  ];
  for (const [lang, published, id] of premier) {
    it(`${lang}: the Chinese premier on ${published} is ${id}`, () => {
      const text = lang === 'en' ? 'The Chinese premier arrived in Canberra.' : 'Perdana Menteri Tiongkok tiba di Canberra.';
      assert.deepEqual(run(lang, text, published).mentions!.map((m) => m.actorIds[0]), [id]);
    });
  }
  it('"Premier Li" is the Li who was premier that day', () => {
    assert.equal(run('en', 'Premier Li spoke.', '2019-01-01').mentions![0]!.actorIds[0], 'li-keqiang');
    assert.equal(run('en', 'Premier Li spoke.', '2024-01-01').mentions![0]!.actorIds[0], 'li-qiang');
  });
  it('gives each actor its role title, sector and CAMEO code on the date', () => {
    const doc = run('en', 'Vladimir Putin met Prabowo Subianto and Indonesian Defence Minister Budi Santoso. UN Secretary-General António Guterres was briefed.', '2024-01-15');
    const got = Object.fromEntries(doc.actors!.map((a) => [a.id, [a.role?.title ?? null, a.code, a.country]]));
    assert.deepEqual(got['vladimir-putin'], ['President', 'RUSGOV', 'RUS']);
    assert.deepEqual(got['prabowo-subianto'], ['Defence Minister', 'IDNMIL', 'IDN']);
    assert.deepEqual(got['budi-santoso'], ['Defence Minister', 'IDNMIL', 'IDN']);
    assert.deepEqual(got['antonio-guterres'], ['Secretary-General', 'IGOUNO', 'PRT']);
    assert.equal(run('en', 'Prabowo Subianto spoke.', '2025-01-15').actors![0]!.code, 'IDNGOV');
  });
  it('gives no role, and the bare country code, outside every period of office', () => {
    const after = run('en', 'Joko Widodo spoke.', '2025-06-01').actors![0]!;
    assert.deepEqual([after.role, after.code], [null, 'IDN']);
    const before = run('en', 'Prabowo Subianto spoke.', '2015-06-01').actors![0]!;
    assert.deepEqual([before.role, before.code], [null, 'IDN']);
  });
  it('a person the data does not know, by a past title, is one of the elite of the country the text gives, never a guessed one', () => {
    const named = run('en', 'Police arrested former Peruvian Vice President Ana Torres on Friday.', '2024-04-06').actors!.find((a) => a.id === 'ana-torres')!;
    assert.deepEqual([named.country, named.code, named.role?.sector], ['PER', 'PERELI', 'ELI']);
    const bare = run('en', 'Mexico recalled its envoy after police arrested former Vice President Ana Torres.', '2024-04-06').actors!.find((a) => a.id === 'ana-torres')!;
    assert.deepEqual([bare.country, bare.code], [null, null]);
  });
  it('a country\'s role nobody held on the date is the country, coded with the role\'s sector', () => {
    const doc = run('en', "Peru's national security adviser flew to Quito. The Chilean defence minister stayed home.", '2024-01-15');
    assert.deepEqual(doc.mentions!.map((m) => [m.text, m.actorIds.join('+'), m.code ?? null]), [
      ["Peru's national security adviser", 'PER', 'PERGOVMIL'], ['Chilean defence minister', 'CHL', 'CHLMIL'],
    ]);
  });
  it('without a date takes the most recent role, with less confidence and a diagnostic', () => {
    const doc = run('en', 'Prabowo Subianto spoke.', null);
    assert.equal(doc.actors![0]!.role?.title, 'President');
    assert.ok(doc.diagnostics.some((d) => d.code === 'actor-role-undated'));
  });
  it('a country as such has its CAMEO country code; a metonym carries the government code', () => {
    const doc = run('en', 'China will respond. Beijing said so.', '2024-01-15');
    assert.equal(doc.actors![0]!.code, 'CHN');
    assert.equal(doc.mentions![1]!.code, 'CHNGOV');
  });
  it('takes the country named after an unknown name ("… of Brazil", "… dari Brasil")', () => {
    const en = run('en', 'Trade Minister Ana Lima of Brazil met reporters.', '2024-01-15').actors!.find((a) => a.id === 'ana-lima');
    assert.deepEqual([en?.country, en?.code], ['BRA', 'BRAGOV']);
    const id = run('id', 'Menteri Perdagangan Ana Lima dari Brasil bertemu wartawan.', '2024-01-15').actors!.find((a) => a.id === 'ana-lima');
    assert.deepEqual([id?.country, id?.code], ['BRA', 'BRAGOV']);
  });
  it('reports people recognised by title, once each', () => {
    const doc = run('id', 'Perdana Menteri Malaysia Anwar Ibrahim tiba. Perdana Menteri Malaysia Anwar Ibrahim kembali.', '2024-01-15');
    assert.deepEqual(doc.diagnostics.map((d) => d.code), ['actor-from-title']);
    assert.deepEqual([doc.actors![0]!.country, doc.actors![0]!.code], ['MYS', 'MYSGOV']);
  });
});

describe('actors stage: false positives', () => {
  const traps: Array<[string, string, string]> = [
    ['en', 'He told us the plan.', 'USA'],
    ['en', 'The turkey was roasted for the festival.', 'TUR'],
    ['en', 'The vote is planned for May 5.', 'theresa-may'],
    ['en', 'Michael Jordan won six titles.', 'JOR'],
    ['en', 'She studied in Atlanta, Georgia, for two years.', 'GEO'],
    ['en', 'China Daily reported the figures.', 'CHN'],
    ['en', 'The South China Sea dispute continues.', 'CHN'],
    ['en', 'Li Na won the tournament.', 'li-qiang'],
    ['en', 'Kim said the restaurant was full.', 'kim-jong-un'],
    ['en', 'The festival will be held in Beijing next year.', 'CHN'],
    ['en', 'The Beijing-Moscow rail link reopened.', 'CHN'],
    ['en', 'Washington Post reporters asked questions.', 'USA'],
    ['en', 'The president said nothing.', 'joe-biden'],
    ['en', 'The clerics want an Islamic state in the north.', 'islamic-state'],
    ['id', 'Polisi menangani kasus itu sejak lima hari lalu.', 'USA'],
    ['id', 'Polisi menangani kasus itu sejak lima hari lalu.', 'li-qiang'],
    ['id', 'Harga di Amerika Latin naik.', 'USA'],
    ['id', 'Sengketa Laut China Selatan berlanjut.', 'CHN'],
    ['id', 'Dua rudal jatuh di Laut Jepang.', 'JPN'],
    ['en', 'Two missiles fell into the Sea of Japan.', 'JPN'],
    ['id', 'Festival itu digelar di Beijing.', 'CHN'],
    ['id', 'Kim membeli lima buku.', 'kim-jong-un'],
    ['id', 'Ia tidak datang.', 'joko-widodo'],
    ['id', 'Pertemuan berlangsung di Istana Merdeka.', 'IDN'],
  ];
  for (const [lang, text, id] of traps) {
    it(`${lang}: "${text}" does not name ${id}`, () => {
      const doc = run(lang, text, '2024-06-01');
      assert.ok(!doc.mentions!.some((m) => m.actorIds.includes(id)), summary(doc).join(', '));
    });
  }
  it('gives empty layers for a language without a pack', () => {
    const doc = run('xx', 'Vladimir Putin met Xi Jinping.');
    assert.deepEqual([doc.mentions, doc.actors], [[], []]);
  });
});
