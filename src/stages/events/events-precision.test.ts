import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { createEventsStage } from './index.js';
import type { Pickers } from './pickers.js';
import { TEST_ACTORS } from './test-actors.js';
import { makeTestDoc, type TestActor } from './test-doc.js';

const packs = loadPacks();

/** Dates for hand-built docs: a year written in the event's sentence, else the publication date. */
const yearPickers: Pickers = {
  pickDate(doc, span) {
    const s = doc.sentences![span.sentence]!;
    const text = doc.text.slice(s.start, s.end);
    const month = /\b(January|Januari|November) (\d{4})\b/.exec(text);
    if (month) return { date: `${month[2]}-${month[1] === 'November' ? '11' : '01'}`, date_precision: 'month', date_basis: 'explicit' };
    const year = /\b(19|20)\d\d\b/.exec(text)?.[0];
    if (year) return { date: year, date_precision: 'year', date_basis: 'explicit' };
    return { date: doc.published, date_precision: 'day', date_basis: 'published' };
  },
  pickPlace: () => null,
};
const stage = await createEventsStage({ pickers: yearPickers }, packs);

/** Demonstrators: a group, not a state. */
const FARMERS: TestActor = { id: 'farmers', name: 'Farmers', kind: 'group', country: 'AUS', code: 'AUSAGR', names: ['Farmers', 'Petani'] };

/** Event places of the fixtures. */
const PLACES = {
  Sydney: { name: 'Sydney', country: 'AUS', lat: -33.87, lon: 151.21 },
  Shanghai: { name: 'Shanghai', country: 'CHN', lat: 31.23, lon: 121.47 },
};

async function code(lang: string, text: string, title = false): Promise<Doc> {
  const doc = makeTestDoc(text, { lang, actors: [...TEST_ACTORS, FARMERS], published: '2025-03-12', title, places: PLACES });
  await stage.run(doc, { packs });
  return doc;
}

/** `TYPE/mode source>target [participants] modality date`, `*` on the headline event. */
function sig(doc: Doc): string[] {
  return (doc.events ?? []).map((e) =>
    `${e.main ? '*' : ''}${e.plover}${e.mode ? '/' + e.mode : ''} ${e.source?.id ?? '-'}>${e.target?.id ?? '-'} [${e.participants.map((p) => p.id).sort().join(',')}] ${e.modality} ${e.date ?? '-'}`);
}

const MAIN: Array<[string, string, string, boolean, string]> = [
  // [name, lang, text, first line is a headline, expected headline event]
  ['a call first held in an earlier year is background, not the current call', 'en',
    'Putin and Xi held a video call on Wednesday. The two leaders first spoke by telephone in 2019.', false,
    '*CONSULT/video vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12'],
  ['a war in an earlier year does not date a current complaint', 'en',
    'China criticised Russia over the border on Monday. Russia and China fought a border war in 1969.', false,
    '*ACCUSE CHN>RUS [CHN,RUS] actual 2025-03-12'],
  ['pertemuan tahun lampau tidak menggabung ke pertemuan kini', 'id',
    'Prabowo dan Albanese mengadakan pembicaraan pada Rabu. Prabowo dan Albanese bertemu di Sydney pada 2019.', false,
    '*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12'],
  ['an itinerary adds no country to a visit', 'en',
    'Prabowo visits Australia.\nPrabowo is on a three-day trip to Australia and China.', true,
    '*CONSULT/visit prabowo-subianto>AUS [AUS,prabowo-subianto] actual 2025-03-12'],
  ['rangkaian lawatan tidak menambah negara ke kunjungan', 'id',
    'Prabowo berkunjung ke Australia.\nPrabowo melakukan lawatan tiga hari ke Australia dan Tiongkok.', true,
    '*CONSULT/visit prabowo-subianto>AUS [AUS,prabowo-subianto] actual 2025-03-12'],
  ['pembicaraan telepon is a phone call', 'id', 'Prabowo melakukan pembicaraan telepon dengan Albanese.', false,
    '*CONSULT/phone prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12'],
  ['judul "Telepon" is a phone call', 'id', 'Prabowo Telepon Albanese\nKeduanya membahas perdagangan.', true,
    '*CONSULT/phone prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12'],
  ['a state protesting criticises its target', 'en', 'China protests Australian ships near the reef.', false,
    '*ACCUSE CHN>AUS [AUS,CHN] actual 2025-03-12'],
  ['a state protesting to another criticises it', 'en', 'Russia protested to China over the drills.', false,
    '*ACCUSE RUS>CHN [CHN,RUS] actual 2025-03-12'],
  ['an adjective between "imposed" and "sanctions" keeps the target', 'en', 'Washington imposed new sanctions on Putin.', false,
    '*COERCE USA>vladimir-putin [USA,vladimir-putin] actual 2025-03-12'],
  ['sanksi baru tetap punya sasaran', 'id', 'Amerika Serikat menjatuhkan sanksi baru terhadap Putin.', false,
    '*COERCE USA>vladimir-putin [USA,vladimir-putin] actual 2025-03-12'],
  ['missiles launched at a country attack it', 'en', 'Russia launched more than 40 cruise missiles at China overnight.', false,
    '*ASSAULT RUS>CHN [CHN,RUS] actual 2025-03-12'],
  ['rudal yang diluncurkan ke arah suatu negara menyerangnya', 'id', 'Rusia meluncurkan sekitar 40 rudal jelajah ke arah Tiongkok pada Selasa.', false,
    '*ASSAULT RUS>CHN [CHN,RUS] actual 2025-03-12'],
  ['judul "Luncurkan" rudal ke suatu negara', 'id', 'Tiongkok Luncurkan Puluhan Roket ke Australia\nBerita selengkapnya menyusul.', true,
    '*ASSAULT CHN>AUS [AUS,CHN] actual 2025-03-12'],
];

/** [name, lang, text, every expected event signature in text order] */
const ALL: Array<[string, string, string, string[]]> = [
  ['hosting and talks of the same two leaders are one encounter', 'en', 'Prabowo received Albanese at the palace. Prabowo and Albanese held talks.',
    ['*CONSULT/host prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['menerima dan pembicaraan kedua pemimpin adalah satu pertemuan', 'id', 'Prabowo menerima Albanese di Istana. Prabowo dan Albanese mengadakan pembicaraan.',
    ['*CONSULT/host prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['a visit to a country stays beside the talks with its leader', 'en', "Putin met Xi in Beijing. Putin's visit to China lasted two days.", [
    '*CONSULT/in-person vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12', 'CONSULT/visit vladimir-putin>CHN [CHN,vladimir-putin] actual 2025-03-12']],
  ['a one-sided headline yields to the fuller telling of the same encounter', 'en', 'Prabowo hosts a guest\nThe palace was busy on Monday. Guards lined the road. Crowds waited outside. Later Prabowo and Albanese held talks in Jakarta.', [
    'CONSULT/host prabowo-subianto>- [prabowo-subianto] actual 2025-03-12', '*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['judul sepihak kalah dari pertemuan yang lengkap', 'id', 'Prabowo Sambut Tamu\nIstana ramai pada Senin. Penjaga berjajar di jalan. Warga menunggu di luar. Kemudian Prabowo dan Albanese mengadakan pembicaraan di Jakarta.', [
    'CONSULT/host prabowo-subianto>- [prabowo-subianto] actual 2025-03-12', '*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['welcoming a leader to a place hosts a visit', 'en', 'Albanese welcomed Prabowo to Canberra.',
    ['*CONSULT/host anthony-albanese>prabowo-subianto [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['welcoming a decision praises it', 'en', 'Albanese welcomed Prabowo for the decision.',
    ['*SUPPORT anthony-albanese>prabowo-subianto [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['"X and his counterpart Y" met: both, and a summit on whose sidelines they met is no party', 'en', 'Prabowo and his Australian counterpart Albanese met on the sidelines of the Shanghai Cooperation Organisation summit.',
    ['*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['"di sela-sela" KTT bukan pihak pertemuan', 'id', 'Prabowo dan Albanese bertemu di sela-sela acara puncak Shanghai Cooperation Organisation.',
    ['*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['condemning an act abroad targets the country it happened in', 'en', 'China condemned the burning of a flag in Sydney.', ['*ACCUSE CHN>AUS [AUS,CHN] actual 2025-03-12']],
  ['mengecam tindakan di luar negeri menyasar negara tempatnya', 'id', 'Tiongkok mengecam pembakaran bendera di Sydney.', ['*ACCUSE CHN>AUS [AUS,CHN] actual 2025-03-12']],
  ['an act at home names no target', 'en', 'China condemned the burning of a flag in Shanghai.', ['*ACCUSE CHN>- [CHN] actual 2025-03-12']],
  ['farmers protesting demonstrate', 'en', 'Farmers protested against the deal.', ['*PROTEST farmers>- [farmers] actual 2025-03-12']],
  ['a state protesting to another criticises it', 'en', 'Russia protested to China over the drills.', ['*ACCUSE RUS>CHN [CHN,RUS] actual 2025-03-12']],
  ['a signing during the meeting is by both leaders', 'en', 'Prabowo met Albanese in Canberra. During the meeting, the two leaders witnessed the signing of three agreements.', [
    '*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12', 'SUPPORT prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['penandatanganan dalam pertemuan itu oleh kedua pemimpin', 'id', 'Prabowo bertemu Albanese di Canberra. Dalam pertemuan itu, kedua pemimpin menyaksikan penandatanganan tiga perjanjian.', [
    '*CONSULT/in-person prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12', 'SUPPORT prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12']],
  ['an invitation is not the agreement before it', 'en', 'Prabowo and Albanese agreed on trade. Prabowo invited Albanese to visit Jakarta.', [
    '*AGREE prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12', 'AGREE prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12',
    'CONSULT/visit anthony-albanese>IDN [IDN,anthony-albanese] planned 2025-03-12']],
  ['"He" after a quote attribution is the speaker; the invited visit is planned', 'en', 'Xi met Albanese in Beijing. Markets rose. "Trade keeps growing," Putin said. He also invited Xi to visit Moscow.', [
    '*CONSULT/in-person xi-jinping>anthony-albanese [anthony-albanese,xi-jinping] actual 2025-03-12', 'AGREE vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12',
    'CONSULT/visit xi-jinping>RUS [RUS,xi-jinping] planned 2025-03-12']],
  ['"Ia" setelah atribusi kutipan adalah penuturnya', 'id', 'Xi bertemu Albanese di Beijing. Pasar naik. "Perdagangan terus tumbuh," kata Putin. Ia juga mengundang Xi untuk berkunjung ke Moscow.', [
    '*CONSULT/in-person xi-jinping>anthony-albanese [anthony-albanese,xi-jinping] actual 2025-03-12', 'AGREE vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12',
    'CONSULT/visit xi-jinping>RUS [RUS,xi-jinping] planned 2025-03-12']],
  ['accepting an invitation is the same invitation', 'en', 'Putin invited Xi to the parade. Xi accepted the invitation.', [
    '*AGREE vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12']],
  ['menerima undangan adalah undangan yang sama', 'id', 'Putin mengundang Xi ke parade. Xi menerima undangan tersebut.', [
    '*AGREE vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2025-03-12']],
  ['undangan bukan kesepakatan sebelumnya', 'id', 'Prabowo dan Albanese sepakat soal dagang. Prabowo mengundang Albanese untuk berkunjung ke Jakarta.', [
    '*AGREE prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12', 'AGREE prabowo-subianto>anthony-albanese [anthony-albanese,prabowo-subianto] actual 2025-03-12',
    'CONSULT/visit anthony-albanese>IDN [IDN,anthony-albanese] planned 2025-03-12']],
];

/** [name, lang, text]: the headline event keeps one evidence sentence and another event tells the history. */
const HISTORY: Array<[string, string, string]> = [
  ['a fronted "Previously," makes the sentence history', 'en', 'Prabowo and Albanese held talks on Monday. Previously, Prabowo and Albanese met in Sydney.'],
  ['"Sebelumnya," di depan kalimat', 'id', 'Prabowo dan Albanese mengadakan pembicaraan pada Senin. Sebelumnya, Prabowo dan Albanese bertemu di Sydney.'],
  ['a month two before publication is history', 'en', 'Prabowo and Albanese held talks on Monday. Prabowo and Albanese met in Sydney in January 2025.'],
  ['bulan dua bulan sebelum terbit adalah sejarah', 'id', 'Prabowo dan Albanese mengadakan pembicaraan pada Senin. Prabowo dan Albanese bertemu di Sydney pada Januari 2025.'],
  ['a past-perfect call is history beside the meeting', 'en', 'Prabowo and Albanese met in Canberra on Monday. Prabowo had phoned Albanese after the election.'],
  ['a "when" clause after a background event is history', 'en', 'Albanese visited Indonesia on Monday. Albanese previously met Prabowo in Jakarta, when Albanese visited Indonesia.'],
  ['anak kalimat "ketika" setelah peristiwa latar', 'id', 'Albanese berkunjung ke Indonesia pada Senin. Albanese sebelumnya bertemu Prabowo di Jakarta, ketika Albanese berkunjung ke Indonesia.'],
];

const NONE: Array<[string, string, string]> = [
  ['a weather warning threatens nobody', 'en', 'Russia issued a heavy rain warning on Monday.'],
  ['peringatan cuaca bukan ancaman', 'id', 'Rusia memperingatkan potensi banjir pekan ini.'],
  ['a product launch attacks nobody', 'en', 'Russia launched a new drone for Chinese buyers.'],
  ['peluncuran program bukan serangan', 'id', 'Rusia meluncurkan program beasiswa untuk Tiongkok.'],
];

describe('events stage: background, itineraries, triggers', () => {
  for (const [name, lang, text, title, expected] of MAIN) {
    it(`codes ${lang}: ${name}`, async () => {
      const doc = await code(lang, text, title);
      assert.deepEqual(sig(doc).filter((s) => s.startsWith('*')), [expected]);
    });
  }
  for (const [name, lang, text] of NONE) {
    it(`finds no event ${lang}: ${name}`, async () => assert.deepEqual(sig(await code(lang, text)), []));
  }
  for (const [name, lang, text, expected] of ALL) {
    it(`codes ${lang}: ${name}`, async () => assert.deepEqual(sig(await code(lang, text, text.includes('\n'))), expected));
  }
  for (const [name, lang, text] of HISTORY) {
    it(`keeps history apart ${lang}: ${name}`, async () => {
      const doc = await code(lang, text);
      assert.equal(doc.events!.find((e) => e.main)!.evidence.length, 1);
      assert.ok(doc.events!.length >= 2);
    });
  }
  it('a sentence about a meeting told before, dating nothing itself, takes that meeting\'s date', async () => {
    const doc = await code('id', 'Prabowo menerima Albanese di Jakarta pada Rabu. Sebelumnya, Putin dan Xi bertemu di Beijing pada November 2024. Dalam pertemuan itu, Putin dan Xi sepakat memperluas perdagangan.');
    assert.deepEqual(sig(doc).filter((x) => x.startsWith('AGREE')), ['AGREE vladimir-putin>xi-jinping [vladimir-putin,xi-jinping] actual 2024-11']);
  });
  it('demonstrators still protest (141)', async () => {
    const doc = await code('en', 'Thousands protest outside the parliament.');
    assert.deepEqual(doc.events!.map((e) => e.cameo), ['141']);
  });
  it('a background call is its own event, not evidence of the current one', async () => {
    const doc = await code('en', 'Putin and Xi held a video call on Wednesday. The two leaders first spoke by telephone in 2019.');
    assert.equal(doc.events!.length, 2);
    assert.equal(doc.events!.find((e) => e.main)!.evidence.length, 1);
  });
});

describe('events stage: quotes are not statements', () => {
  for (const [lang, text] of [
    ['en', 'Prabowo met Albanese in Canberra. Trade grew last year. "We are close partners," Albanese told reporters.'],
    ['id', 'Prabowo bertemu Albanese di Canberra. Perdagangan tumbuh tahun lalu. "Kami mitra dekat," kata Albanese.'],
  ] as const) {
    it(`${lang}: a quote past the lead yields no STATEMENT event`, async () => {
      const doc = await code(lang, text);
      assert.deepEqual(doc.events!.map((e) => e.plover), ['CONSULT']);
      assert.equal(doc.quotes!.length, 1);
    });
  }
});
