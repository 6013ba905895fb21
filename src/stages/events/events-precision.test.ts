import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { createEventsStage } from './index.js';
import type { Pickers } from './pickers.js';
import { TEST_ACTORS } from './test-actors.js';
import { makeTestDoc } from './test-doc.js';

const packs = loadPacks();

/** Dates for hand-built docs: a year written in the event's sentence, else the publication date. */
const yearPickers: Pickers = {
  pickDate(doc, span) {
    const s = doc.sentences![span.sentence]!;
    const year = /\b(19|20)\d\d\b/.exec(doc.text.slice(s.start, s.end))?.[0];
    if (year) return { date: year, date_precision: 'year', date_basis: 'explicit' };
    return { date: doc.published, date_precision: 'day', date_basis: 'published' };
  },
  pickPlace: () => null,
};
const stage = await createEventsStage({ pickers: yearPickers }, packs);

async function code(lang: string, text: string, title = false): Promise<Doc> {
  const doc = makeTestDoc(text, { lang, actors: TEST_ACTORS, published: '2025-03-12', title });
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
];

const NONE: Array<[string, string, string]> = [
  ['a weather warning threatens nobody', 'en', 'Russia issued a heavy rain warning on Monday.'],
  ['peringatan cuaca bukan ancaman', 'id', 'Rusia memperingatkan potensi banjir pekan ini.'],
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
