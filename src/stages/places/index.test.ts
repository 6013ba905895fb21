import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPacks } from '../../lang/pack.js';
import { buildTestDoc, type TestDocOptions } from './build-test-doc.js';
import { createPlacesStage } from './index.js';

const packs = loadPacks();
const stage = await createPlacesStage({}, packs);

/** Runs the stage; each place as `text→Name,ISO3,role`. */
function places(text: string, options: TestDocOptions = {}): string[] {
  const doc = buildTestDoc(text, options);
  stage.run(doc, { packs });
  for (const p of doc.places!) assert.equal(doc.text.slice(p.start, p.end), p.text, 'span matches its text');
  return doc.places!.map((p) => `${p.text}→${p.name},${p.country},${p.role}`);
}

// [input, expected places] — event cues, landmarks, exonyms, country-level places.
const EN: Array<[string, string[]]> = [
  ['Xi and Putin held talks at Zhongnanhai on Thursday.', ['Zhongnanhai→Beijing,CHN,event']],
  ['The leaders met at the Kremlin.', ['Kremlin→Moscow,RUS,event']],
  ['The two sides signed the deal in the Great Hall of the People.', ['Great Hall of the People→Beijing,CHN,event']],
  ['Putin arrived in Beijing for a two-day visit.', ['Beijing→Beijing,CHN,event']],
  ['During a visit to China, the premier praised the ties.', ['China→China,CHN,event']],
  ['Talks were held in The Hague last week.', ['The Hague→The Hague,NLD,event']],
  ['Officials gathered in Kiev and then in Peking.', ['Kiev→Kyiv,UKR,event', 'Peking→Beijing,CHN,event']],
  ['The ministers met at the White House.', ['White House→Washington,USA,event']],
  ['Leaders flew to Bali and met in Nusa Dua.', ['Bali→Bali,IDN,event', 'Nusa Dua→Bali,IDN,event']],
  ['He spoke in Washington on Monday.', ['Washington→Washington,USA,event']],
  ['Moscow warned that the move would backfire.', ['Moscow→Moscow,RUS,mention']],
  ['The delegation flew from Beijing to Moscow.', ['Beijing→Beijing,CHN,mention', 'Moscow→Moscow,RUS,mention']],
  ['Prices rose in China’s largest cities.', ['China→China,CHN,mention']],
  ['Putin Arrives In Beijing For Talks With Xi', ['Beijing→Beijing,CHN,event']],
  ['The prime minister heads to Canberra next week.', ['Canberra→Canberra,AUS,event']],
  ['Putin arrived in the Chinese capital on Monday.', ['Chinese capital→Beijing,CHN,event']],
  ['Talks opened in China’s capital.', ['China’s capital→Beijing,CHN,event']],
  ['Russian capital flight slowed.', []],
  ['Envoys met in Sao Paulo and in St Petersburg.', ['Sao Paulo→São Paulo,BRA,event', 'St Petersburg→Saint Petersburg,RUS,event']],
  ['The summit in Guinea-Bissau opened.', ['Guinea-Bissau→Guinea-Bissau,GNB,event']],
  // Kazakhstan's capital took back its name in 2022; the gazetteer's record still says Nur-Sultan
  ['The leaders met in Astana on Wednesday.', ['Astana→Astana,KAZ,event']],
  ['Modi received Marcos at Hyderabad House.', ['Hyderabad House→New Delhi,IND,event']],
  ['The talks were held at the Konstantinovsky Palace.', ['Konstantinovsky Palace→Saint Petersburg,RUS,event']],
  // a town's name with a feature noun names the feature: Scarborough Shoal is no English town, the South China Sea no China
  ['A coast guard ship fired water cannon near Scarborough Shoal.', []],
  ['Patrols sailed in the South China Sea.', []],
  // a part of a country written in lower case is still in it
  ['The two sides signed the truce in eastern Congo.', ['Congo→DR Congo,COD,event']],
];

const ID: Array<[string, string[]]> = [
  ['Putin bertemu pejabat Tiongkok di Moskow pada hari Rabu.', ['Moskow→Moscow,RUS,event']],
  ['Kunjungan ke Rusia itu berlangsung tiga hari.', ['Rusia→Russia,RUS,event']],
  ['Presiden menerima tamu di Istana Bogor.', ['Istana Bogor→Bogor,IDN,event']],
  ['Pertemuan digelar di Istana Merdeka, Jakarta.', ['Istana Merdeka→Jakarta,IDN,event']],
  ['Menteri itu tiba di Jenewa dan kemudian ke Den Haag.', ['Jenewa→Geneva,CHE,event', 'Den Haag→The Hague,NLD,event']],
  ['Kedua pemimpin berbicara di Aula Besar Rakyat.', ['Aula Besar Rakyat→Beijing,CHN,event']],
  ['Delegasi itu tiba di AS pekan lalu.', ['AS→United States,USA,event']],
  ['Para menteri bertemu di kota Bogor.', ['Bogor→Bogor,IDN,event']],
  ['Prabowo Tiba Di Moskow Untuk Bertemu Putin', ['Moskow→Moscow,RUS,event']],
  ['Li Qiang tiba di ibu kota Rusia pada Selasa.', ['ibu kota Rusia→Moscow,RUS,event']],
  ['Sidang digelar di Jalur Gaza dan Tepi Barat.', ['Jalur Gaza→Gaza Strip,PSE,event', 'Tepi Barat→West Bank,PSE,event']],
  ['Delegasi berangkat dari Beijing pagi ini.', ['Beijing→Beijing,CHN,mention']],
  ['Pertemuan digelar di Istana Konstantinovsky.', ['Istana Konstantinovsky→Saint Petersburg,RUS,event']],
  ['Kapal itu diusir dari Laut Natuna Utara.', []],
  ['Pasukan itu menyerang kota-kota di timur Ukraina.', ['Ukraina→Ukraine,UKR,event']],
];

// False positives: person names, months, weekdays, common words and birds are no places.
const EN_FALSE: Array<[string, string[]]> = [
  ['Michael Jordan visited the team.', []],
  ['Theresa May said the vote would go ahead.', []],
  ['Paris Hilton arrived late.', []],
  ['The treaty was signed in May.', []],
  ['Nice weather helped the talks.', []],
  ['Reading the statement, he paused.', []],
  ['Mobile phones were banned.', []],
  ['They ate roast turkey in the evening.', []],
  ['Prince Turki al-Faisal spoke at length.', []],
  ['Most people agreed. Most of them left.', []],
  ['The Washington Post reported the talks.', []],
  ['He stood in the rain.', []],
  ['The accord was signed in March in Union Station.', []],
  ['Delegates met in Federal court and later in Central Asia.', []],
  ['Talks in Russian and in English continued.', []],
  ['Turkey is served at the dinner.', []],
];

const ID_FALSE: Array<[string, string[]]> = [
  ['Pertemuan itu berlangsung pada Rabu pagi.', []],
  ['Rabu adalah hari yang sibuk.', []],
  ['Harga batu bara naik tajam.', []],
  ['Turki al-Faisal memberi sambutan.', []],
  ['Kota itu ramai sekali.', []],
  ['Michael Jordan tiba di lapangan.', []],
  ['Pihaknya di bawah tekanan.', []],
  ['Perjanjian ditandatangani pada Mei di Jalan Raya Bogor.', []],
  ['Pertemuan di Negara tetangga itu ditunda.', []],
  ['Kota Bogor menjadi tuan rumah.', ['Bogor→Bogor,IDN,mention']],
];

for (const [lang, table] of [['en', EN], ['id', ID], ['en', EN_FALSE], ['id', ID_FALSE]] as const) {
  for (const [input, expected] of table) {
    test(`places (${lang}) ${JSON.stringify(input)} → ${expected.join(' | ') || 'no place'}`, () => {
      assert.deepEqual(places(input, { lang }), expected);
    });
  }
}

// Disambiguation by population, the article's countries and qualifiers.
const RESOLVE: Array<[string, string, string[]]> = [
  ['en', 'French officials met in Paris on Friday.', ['Paris→Paris,FRA,event']],
  ['en', 'American officials met in Paris on Friday.', ['Paris→Paris,FRA,event']],
  ['en', 'The rally was held in Paris, Texas, on Friday.', ['Paris→Paris,USA,event']],
  ['en', 'The rally was held in Paris, Georgia, the organisers said.', ['Paris→Paris,FRA,event', 'Georgia→Georgia,GEO,event']],
  ['en', 'The envoy arrived in Jakarta, Indonesia, on Monday.', ['Jakarta→Jakarta,IDN,event']],
  ['en', 'Protesters marched in Tbilisi as tension in Georgia grew.', ['Tbilisi→Tbilisi,GEO,event', 'Georgia→Georgia,GEO,event']],
  ['en', 'Voters in Atlanta and across Georgia backed the American president.', ['Atlanta→Atlanta,USA,event', 'Georgia→Georgia,USA,event']],
  ['en', 'Officials in Moscow and Idaho disagreed.', ['Moscow→Moscow,RUS,event', 'Idaho→Idaho,USA,event']],
  ['en', 'Talks in Moscow, Minsk and Beijing went on.', ['Moscow→Moscow,RUS,event', 'Minsk→Minsk,BLR,event', 'Beijing→Beijing,CHN,event']],
  ['id', 'Ia berkunjung ke Moskow dan Beijing.', ['Moskow→Moscow,RUS,event', 'Beijing→Beijing,CHN,event']],
  ['id', 'Pertemuan di Bogor, Jawa Barat, berlangsung tertutup.', ['Bogor→Bogor,IDN,event']],
  // A venue the gazetteer does not know, then its city: the city is where it happened.
  ['id', 'Presiden bertemu Emir Qatar di Istana Amiri Diwan, Doha, Minggu (13/4/2025).', ['Doha→Doha,QAT,event']],
  ['en', 'The ministers met at the Amiri Diwan, Doha, on Sunday.', ['Doha→Doha,QAT,event']],
  ['en', 'Speaking at the United Nations, Beijing accused the West.', ['Beijing→Beijing,CHN,mention']],
  ['en', 'After talks at Camp Lejeune, Paris said no.', ['Paris→Paris,FRA,mention']],
  ['en', 'King Abdullah met the envoy in Jordan.', ['Jordan→Jordan,JOR,event']],
  ['en', 'Turkey said the talks in Turkey would resume.', ['Turkey→Turkey,TUR,event']],
  ['id', 'Menlu bertemu mitranya di Turki.', ['Turki→Turkey,TUR,event']],
  // a short name two countries share (shared-country-names.tsv): the one the article names in full, else the first
  ['en', 'Rebels of the Democratic Republic of Congo attacked three villages in Congo.', ['Congo→DR Congo,COD,event']],
  ['en', 'Troops attacked three villages in Congo on Friday.', ['Congo→DR Congo,COD,event']],
  ['en', 'The Republic of the Congo said the vote in Congo was calm.', ['Congo→Republic of the Congo,COG,event']],
  ['en', 'Officials in Brazzaville said the vote in Congo was calm.', ['Brazzaville→Brazzaville,COG,event', 'Congo→Republic of the Congo,COG,event']],
  ['id', 'Pasukan RD Kongo menyerang tiga desa di Kongo.', ['Kongo→DR Congo,COD,event']],
  ['id', 'Pemilu di Kongo berlangsung damai, kata pejabat Republik Kongo.', ['Kongo→Republic of the Congo,COG,event']],
];
for (const [lang, input, expected] of RESOLVE) {
  test(`places (${lang}) resolves ${JSON.stringify(input)} → ${expected.join(' | ')}`, () => {
    assert.deepEqual(places(input, { lang }), expected);
  });
}

test('places: the dateline city is where the reporter was, not an event place', () => {
  assert.deepEqual(places('Xi bertemu Putin di Beijing.', { dateline: 'JAKARTA, Kompas -', lang: 'id' }), [
    'JAKARTA→Jakarta,IDN,dateline', 'Beijing→Beijing,CHN,event',
  ]);
  assert.deepEqual(places('The ministers signed the accord on Monday.', { dateline: 'MOSCOW, Reuters -' }), ['MOSCOW→Moscow,RUS,dateline']);
});

test('places: "here" / "di sini" becomes an event place at the dateline city', () => {
  assert.deepEqual(places('Talks were held here on Monday.', { dateline: 'MOSCOW, Reuters -' }), [
    'MOSCOW→Moscow,RUS,dateline', 'here→Moscow,RUS,event',
  ]);
  assert.deepEqual(places('Pertemuan itu berlangsung di sini kemarin.', { dateline: 'BOGOR, Antara -', lang: 'id' }), [
    'BOGOR→Bogor,IDN,dateline', 'di sini→Bogor,IDN,event',
  ]);
  assert.deepEqual(places('Here is what we know.', { dateline: 'MOSCOW, Reuters -' }), ['MOSCOW→Moscow,RUS,dateline']);
});

test('places: works from sentences alone when the sentences stage gives no tokens', () => {
  assert.deepEqual(places('Putin tiba di Moskow.', { lang: 'id', noTokens: true }), ['Moskow→Moscow,RUS,event']);
});

test('places: a language without a pack gets an empty layer', () => {
  assert.deepEqual(places('Les ministres se sont réunis à Paris.', { lang: 'fr' }), []);
});

test('places: small towns need a cue; large cities do not', () => {
  assert.deepEqual(places('Jurnalis dari Batu melaporkan. Batu menjadi tuan rumah.', { lang: 'id' }), ['Batu→Batu,IDN,mention']);
  assert.deepEqual(places('Beijing-Moscow trade grew.'), ['Beijing→Beijing,CHN,mention', 'Moscow→Moscow,RUS,mention']);
});

test('places: a close call between countries is reported as a diagnostic', () => {
  const doc = buildTestDoc('The meeting took place in Reading.');
  stage.run(doc, { packs });
  assert.equal(doc.diagnostics.filter((d) => d.code === 'place-ambiguous').length, 1);
});

test('places: results are sorted by start and carry coordinates', () => {
  const doc = buildTestDoc('Talks in Jakarta followed a summit in Beijing.', { dateline: 'SEOUL, Yonhap -' });
  stage.run(doc, { packs });
  const starts = doc.places!.map((p) => p.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  for (const p of doc.places!) assert.ok(p.lat !== null && p.lon !== null && p.geonameId! > 0, p.text);
});

test('#4: a country actor read from an ambiguous name does not decide the place (Georgia the US state)', () => {
  const doc = buildTestDoc('Storms hit Atlanta. Polls stayed open across Georgia.');
  doc.actors = [
    { id: 'GEO', name: 'Georgia', kind: 'country', country: 'GEO', role: null, code: 'GEO', mentions: [] },
    { id: 'brian-kemp', name: 'Brian Kemp', kind: 'person', country: 'USA', role: null, code: 'USAGOV', mentions: [] },
  ];
  stage.run(doc, { packs });
  assert.deepEqual(doc.places!.map((p) => `${p.text}→${p.name},${p.country}`), ['Atlanta→Atlanta,USA', 'Georgia→Georgia,USA']);
});

test('#4: a small town named with its state keeps its reading without a cue (the mayor of Paris, Texas)', () => {
  assert.deepEqual(places('The mayor of Paris, Texas, spoke first.'), ['Paris→Paris,USA,mention']);
});
