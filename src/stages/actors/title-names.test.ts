import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

// What follows a title before its name (title words, a country, honorifics), name candidates that are no
// names, short names that must agree with the title, and short forms that are common words.
const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

function run(lang: string, text: string, published: string): Doc {
  const doc = makeDoc(text, { lang, published });
  stage.run(doc, { packs });
  return doc;
}
function summary(doc: Doc): string[] {
  return (doc.mentions ?? []).filter((m) => !m.modifier).map((m) => `${m.text}=${m.actorIds.join('+')}/${m.resolution}`);
}
type Case = [published: string, text: string, expected: string[]];
function table(lang: string, cases: Case[]): void {
  for (const [published, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(summary(run(lang, text, published)), expected));
  }
}

/** Runs the stage on a text opening with a dateline ("HANOI (Reuters) -", "MANILA, KOMPAS.com -", "HANOI/MANILA …"). */
function runDatelined(lang: string, text: string): Doc {
  const doc = makeDoc(text, { lang, published: '2024-04-09' });
  const city = text.search(/[/ ,]/);
  doc.dateline = { start: 0, end: text.indexOf('- ') + 1, place: { start: 0, end: text.includes('/') ? text.indexOf(' ') : city } };
  stage.run(doc, { packs });
  return doc;
}

describe('actors: what stands between a title and its name', () => {
  table('en', [
    ['2025-01-20', 'Malaysian Prime Minister Datuk Seri Ahmad Razak opened the forum.', ['Malaysian Prime Minister Datuk Seri Ahmad Razak=ahmad-razak/title']],
    ['2025-01-20', 'Qatari Foreign Minister Sheikh Hamad Al Thani flew home.', ['Qatari Foreign Minister Sheikh Hamad Al Thani=hamad-al-thani/title']],
    ['2025-01-20', 'Saudi Foreign Minister Prince Faisal bin Farhan landed in Cairo.', ['Saudi Foreign Minister Prince Faisal bin Farhan=faisal-bin-farhan/name']],
    // an initial and its dot are part of the name
    ['2025-03-05', 'Indian Trade Minister R. Kumaran met the delegation.', ['Indian Trade Minister R. Kumaran=r-kumaran/title']],
    ['2025-03-05', 'Trade Minister Ana M. Duarte of Portugal met the delegation.', ['Trade Minister Ana M. Duarte=ana-m-duarte/title', 'Portugal=PRT/name']],
    ['2021-03-05', 'Russian Foreign Minister S. Lavrov met the delegation.', ['Russian Foreign Minister S. Lavrov=sergey-lavrov/name']],
    ['2024-05-01', 'Russian President Warns Europe Over Missiles', ['Russian President=vladimir-putin/role']],
    ['2025-04-01', 'Russia and China\'s foreign ministers met. Later, President Prabowo and President Erdogan agreed to expand trade.', ['Russia=RUS/name', 'China=CHN/name', 'President Prabowo=prabowo-subianto/name', 'President Erdogan=recep-tayyip-erdogan/name']],
  ]);
  table('id', [
    ['2025-03-10', 'Presiden Prabowo menyambut Sekjen Partai Komunis Vietnam To Lam di Jakarta.', ['Presiden Prabowo=prabowo-subianto/name', 'Sekjen Partai Komunis Vietnam To Lam=to-lam/name']],
    // title words the pack does not list, known by the country and the name that follow them
    ['2025-03-05', 'Menteri Perdagangan Internasional Jepang Kenta Morimoto tiba di Jakarta.', ['Menteri Perdagangan Internasional Jepang Kenta Morimoto=kenta-morimoto/title']],
    ['2025-03-05', 'Menteri Urusan Digital Estonia Liis Tamm berbicara di forum itu.', ['Menteri Urusan Digital Estonia Liis Tamm=liis-tamm/title']],
    ['2025-02-01', 'Menlu Sugiono menemui Menlu Saudi di Riyadh.', ['Menlu Sugiono=sugiono/name', 'Menlu Saudi=faisal-bin-farhan/role']],
    ['2025-02-01', 'Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan tiba di Jakarta.', ['Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan=faisal-bin-farhan/name']],
    ['2019-06-01', 'Presiden Jokowi menyambut Presiden Republik Korea Moon Jae-in di Bogor.', ['Presiden Jokowi=joko-widodo/name', 'Presiden Republik Korea Moon Jae-in=moon-jae-in/title']],
    ['2024-05-01', 'Presiden Rusia Ancam Eropa soal Rudal', ['Presiden Rusia=vladimir-putin/role']],
    ['2025-03-10', 'Menteri Koordinator Bidang Kemaritiman dan Investasi Budi Santosa meninjau pelabuhan.', ['Menteri Koordinator Bidang Kemaritiman dan Investasi Budi Santosa=budi-santosa/title']],
    ['2025-03-10', 'Menteri Sekretaris Negara Ahmad Yani membacakan keputusan itu.', ['Menteri Sekretaris Negara Ahmad Yani=ahmad-yani/title']],
    // "Agama" is a portfolio here, though the data knows a G. K. Agama
    ['2025-03-10', 'Menteri Agama Nasaruddin Umar membuka acara itu.', ['Menteri Agama Nasaruddin Umar=nasaruddin-umar/title']],
    ['2025-03-10', 'Perdana Menteri Datuk Seri Ahmad Razak membuka pertemuan.', ['Perdana Menteri Datuk Seri Ahmad Razak=ahmad-razak/title']],
    ['2023-03-10', 'Jokowi menjadi Presiden Pertama yang berkunjung ke sana.', ['Jokowi=joko-widodo/name']],
    ['2025-03-10', 'Menteri Koordinator Bidang Pangan Budi Santosa tiba. Menteri Koordinator Bidang Pangan lalu berbicara.', ['Menteri Koordinator Bidang Pangan Budi Santosa=budi-santosa/title', 'Menteri Koordinator=budi-santosa/role']],
    ['2025-04-01', 'Presiden Prabowo dan Presiden Erdogan sepakat memperluas perdagangan.', ['Presiden Prabowo=prabowo-subianto/name', 'Presiden Erdogan=recep-tayyip-erdogan/name']],
    ['2025-04-01', 'Presiden Prabowo Lepas Kapal Bantuan', ['Presiden Prabowo=prabowo-subianto/name']],
  ]);
  it('takes the country named after a title as the person\'s country', () => {
    const doc = run('id', 'Presiden Republik Korea Moon Jae-in tiba.', '2019-06-01');
    assert.deepEqual(doc.actors!.map((a) => [a.id, a.country, a.code]), [['moon-jae-in', 'KOR', 'KORGOV']]);
  });
  it('gives an unknown person with a bare title the country of a one-city dateline', () => {
    const cases: Array<[string, string, string | null]> = [
      ['en', 'HANOI (Reuters) - Foreign ministry spokeswoman Pham Thu Ha said the boats must leave.', 'VNM'],
      ['id', 'MANILA, KOMPAS.com - Juru bicara Kemlu Maria Santos mengatakan kapal itu harus pergi.', 'PHL'],
      ['en', 'HANOI/MANILA (Reuters) - Foreign ministry spokeswoman Pham Thu Ha said the boats must leave.', null],
    ];
    for (const [lang, text, country] of cases) assert.equal(runDatelined(lang, text).actors!.find((a) => a.kind === 'person')?.country, country, text);
  });
  it('gives an ambassador the country the article named the post with, never the dateline\'s, where envoys are posted', () => {
    const cases: Array<[string, string, string | null]> = [
      ['en', 'SANTIAGO (Reuters) - Chile expelled the Peruvian ambassador on Friday. Ambassador Luis Quispe left the city at night.', 'PER'],
      ['id', 'SANTIAGO, KOMPAS.com - Chile mengusir Duta Besar Peru pada Jumat. Duta Besar Luis Quispe meninggalkan kota itu.', 'PER'],
      ['en', 'SANTIAGO (Reuters) - Ambassador Luis Quispe left the city at night.', null],
    ];
    for (const [lang, text, country] of cases) assert.equal(runDatelined(lang, text).actors!.find((a) => a.id === 'luis-quispe')?.country ?? null, country, text);
  });
  it('gives no role from a title after "former" / "mantan"', () => {
    for (const [lang, text] of [['en', 'Mourners honoured former President Joko Widodo.'], ['id', 'Warga menyambut mantan Presiden Joko Widodo.']] as const) {
      const jokowi = run(lang, text, '2025-06-01').actors!.find((a) => a.id === 'joko-widodo');
      assert.deepEqual([jokowi?.role, jokowi?.code], [null, 'IDN']);
    }
  });
});

describe('actors: short names must agree with the title', () => {
  table('en', [
    ['2025-03-10', 'Portuguese Prime Minister Luis Montenegro arrived in Madrid. Montenegro said ties were close.', ['Portuguese Prime Minister Luis Montenegro=luis-montenegro/title', 'Montenegro=luis-montenegro/partial-name']],
    ['2024-07-01', 'Vietnamese foreign ministry spokeswoman Le Thi Thu Hang rejected the claim.', ['Vietnamese foreign ministry spokeswoman Le Thi Thu Hang=le-thi-thu-hang/title']],
    ['2024-11-01', 'To Lam landed in Hanoi. To the surprise of many, he spoke first.', ['To Lam=to-lam/name', 'he=to-lam/pronoun']],
  ]);
  table('id', [
    ['2025-03-10', 'Perdana Menteri Portugal Luis Montenegro tiba di Lisabon.', ['Perdana Menteri Portugal Luis Montenegro=luis-montenegro/title']],
    ['2024-11-01', 'To Lam tiba di Jakarta. To Lam lalu bertemu wartawan.', ['To Lam=to-lam/name', 'To Lam=to-lam/name']],
  ]);
});

describe('actors: a surname after a country\'s possessive', () => {
  it('"China\'s Li" is the Li holding a Chinese post on the date', () => {
    const li = (date: string) => summary(run('en', "Trade deal signed as China's Li tours Perth", date)).filter((s) => s.includes('Li='));
    assert.deepEqual(li('2024-06-17'), ["China's Li=li-qiang/partial-name"]);
    assert.deepEqual(li('2019-06-17'), ["China's Li=li-keqiang/partial-name"]);
  });
  it('joins the owning country to the person, who is the agent', () => {
    const doc = run('en', "Canberra talks: China's Li meets Russia's Putin, China's economy slows", '2024-06-17');
    assert.deepEqual(summary(doc), ["China's Li=li-qiang/partial-name", "Russia's Putin=vladimir-putin/partial-name", 'China=CHN/name']);
  });
});

describe('actors: data gaps', () => {
  it('knows "Georgian" and "Georgians"', () => {
    const doc = run('en', 'Georgian President Mikheil Kavelashvili met Georgians abroad.', '2025-03-10');
    assert.equal(doc.actors!.find((a) => a.kind === 'person')?.country, 'GEO');
    assert.ok(doc.mentions!.some((m) => m.text === 'Georgians' && m.actorIds[0] === 'GEO'));
  });
  it('gives Dmitry Medvedev his security council post after January 2020', () => {
    const a = run('en', 'Dmitry Medvedev warned the West.', '2024-05-01').actors![0]!;
    assert.deepEqual([a.role?.title, a.code], ['Deputy Chairman of the Security Council', 'RUSGOV']);
  });
  const traps: Array<[string, string, string]> = [
    ['en', 'The loan is worth five billion US dollars.', 'USA'],
    ['id', 'Rupiah melemah terhadap dolar AS pada Senin.', 'USA'],
    ['id', 'Pesawat TNI AU mendarat di Yangon.', 'african-union'],
  ];
  for (const [lang, text, id] of traps) {
    it(`${lang}: "${text}" does not name ${id}`, () => assert.ok(!run(lang, text, '2025-01-01').mentions!.some((m) => m.actorIds.includes(id))));
  }
  it('id: "TNI AU" is the Indonesian military', () => {
    assert.deepEqual(summary(run('id', 'Pesawat TNI AU mendarat di Yangon.', '2025-01-01')), ['TNI AU=tni/name']);
  });
});

describe('actors: a country before portfolio words and a title', () => {
  /** Each person: `mention=country/role`. */
  function people(text: string): string[] {
    const doc = run('en', text, '2025-06-02');
    const out: string[] = [];
    for (const m of doc.mentions ?? []) {
      const a = doc.actors?.find((x) => x.id === m.actorIds[0]);
      if (a?.kind === 'person') out.push(`${m.text}=${a.country ?? '-'}/${a.role?.title ?? '-'}`);
    }
    return out;
  }
  it('takes the country past portfolio words the pack does not list', () => {
    assert.deepEqual(people('Japanese Economy Minister Kenji Arata met the delegation.'), ['Japanese Economy Minister Kenji Arata=JPN/Minister']);
    assert.deepEqual(people("Brazil's Mines and Energy Minister Caio Lemos spoke first."), ["Brazil's Mines and Energy Minister Caio Lemos=BRA/Minister"]);
  });
  it('reads a cabinet secretary\'s portfolio joined by "and"', () => {
    assert.deepEqual(people('British Business and Trade Secretary Tom Hale signed the accord.'), ['British Business and Trade Secretary Tom Hale=GBR/Trade Minister']);
  });
  it('gives a deputy the generic role, not the title\'s', () => {
    assert.deepEqual(people('Russian Deputy Foreign Minister Pavel Orlov said the talks would go on.'), ['Russian Deputy Foreign Minister Pavel Orlov=RUS/Minister']);
  });
  it('a crown prince is no monarch', () => {
    assert.deepEqual(people('Bahraini Crown Prince Ali Hamdan met the delegation.'), ['Bahraini Crown Prince Ali Hamdan=BHR/Crown Prince']);
  });
  it('reads the adjectives of small states before a title', () => {
    assert.deepEqual(people('Somali President Ali Warsame and Ecuadorian Foreign Minister Lucia Mena met in Geneva.'), ['Somali President Ali Warsame=SOM/President', 'Ecuadorian Foreign Minister Lucia Mena=ECU/Foreign Minister']);
    assert.deepEqual(people('Tuvaluan Prime Minister Sam Iona spoke first.'), ['Tuvaluan Prime Minister Sam Iona=TUV/Prime Minister']);
  });
  it('never joins a country to a title across "and"', () => {
    assert.deepEqual(people('Talks between Russia and Foreign Minister Ana Torres went on.'), ['Foreign Minister Ana Torres=-/Foreign Minister']);
  });
});


describe('actors: private people introduced by what they do', () => {
  table('en', [
    ['2025-02-12', 'Chile freed Peruvian teacher Rosa Quispe on Tuesday.', ['Chile=CHL/name', 'Peruvian teacher Rosa Quispe=rosa-quispe/title']],
    ['2025-02-12', 'Peru detained American journalist Tom Ridley in March.', ['Peru=PER/name', 'American journalist Tom Ridley=tom-ridley/title']],
  ]);
  table('id', [
    ['2025-02-12', 'Chile membebaskan guru asal Peru Rosa Quispe pada Selasa.', ['Chile=CHL/name', 'guru asal Peru Rosa Quispe=rosa-quispe/title']],
  ]);
  it('a byline is no title: the dateline after it names no person', () => {
    const doc = run('en', 'Staff reporter\n\nLIMA, Peru, April 21 - Chile and Peru held talks.', '2025-04-21');
    assert.deepEqual((doc.actors ?? []).filter((a) => a.kind === 'person').map((a) => a.id), []);
  });
  it('takes the sector of what they do as its code', () => {
    const doc = run('en', 'Peru detained American journalist Tom Ridley in March.', '2025-02-12');
    assert.equal(doc.actors?.find((a) => a.id === 'tom-ridley')?.code, 'USAMED');
  });
});

describe('actors: a name set off by commas after a title', () => {
  it('names the holder of a title that names its country, posting included', () => {
    const en = run('en', "Chile summoned Peru's ambassador to Chile, Rosa Quispe Mamani, on Thursday.", '2025-02-12');
    assert.equal(en.actors?.find((a) => a.id === 'rosa-quispe-mamani')?.code, 'PERGOV');
    const id = run('id', 'Chile memanggil Duta Besar Peru untuk Chile, Rosa Quispe Mamani, pada Kamis.', '2025-02-12');
    assert.equal(id.actors?.find((a) => a.id === 'rosa-quispe-mamani')?.code, 'PERGOV');
  });
  it('leaves a title without its country alone: its holder may be any side\'s envoy', () => {
    const doc = run('en', "Chile expelled Peru's envoy. Peru ordered out six Chilean diplomats, including the acting ambassador, Tomas Vidal Rojas, on Friday.", '2025-02-12');
    assert.equal(doc.actors?.find((a) => a.id === 'tomas-vidal-rojas'), undefined);
  });
});

describe('actors: a counterpart named after a comma', () => {
  table('en', [['2025-01-20', 'The minister met his Chinese counterpart, Wang Yi, in Beijing.', ['Chinese counterpart, Wang Yi=wang-yi/name']]]);
  table('id', [['2025-01-20', 'Menteri itu bertemu mitranya dari Tiongkok, Wang Yi, di Beijing.', ['mitranya dari Tiongkok, Wang Yi=wang-yi/name']]]);
});
