import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../core/doc.js';
import { pickDate, type PickDateOptions } from '../../core/pick-date.js';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc } from '../../../test/fixtures/dates/make-doc.js';
import { createDatesStage } from './index.js';

const packs = loadPacks();
const stage = await createDatesStage({}, packs);
// 2024-08-21 is a Wednesday.
const PUBLISHED = '2024-08-21';

function run(text: string, lang: string, title = false) {
  const doc = makeDoc(text, { lang, published: PUBLISHED });
  if (title) doc.sentences![0]!.title = true;
  stage.run(doc, { packs });
  return doc;
}

/** What each date is marked as: `background`, `reporting`, `restated`, or basis `dateline`. */
function marks(d: DateMention): string[] {
  const out: string[] = [];
  if (d.background) out.push('background');
  if (d.reporting) out.push('reporting');
  if (d.restated) out.push('restated');
  if (d.basis === 'dateline') out.push('dateline');
  return out;
}

type MarkCase = [text: string, expected: Array<[date: string, marks: string[]]>];

const MARKS: Record<string, MarkCase[]> = {
  en: [
    ['Ministers had met in Oslo on Monday.', [['Monday', ['background']]]],
    ['It was the first summit since the vote in March.', [['March', ['background']]]],
    ['The envoy previously met the king in Riyadh in February.', [['February', ['background']]]],
    ['Previously, the envoy toured Cairo on Monday.', [['Monday', ['background']]]],
    ['The army shelled the town, the ministry said on Tuesday.', [['Tuesday', ['reporting']]]],
    ['The talks were held in Geneva on Tuesday.', [['Tuesday', ['restated']]]],
    ['The meeting took place at the palace on 19 August.', [['19 August', ['restated']]]],
    ['The ban took effect on Monday.', [['Monday', ['restated']]]],
    ['The rejection was delivered at the General Assembly on Saturday.', [['Saturday', ['restated']]]],
    ['The Joint Russian Statement was issued on Wednesday after talks.', [['Wednesday', ['restated']]]],
    ['SEOUL/TOKYO, Aug 21 (Yonhap) - The two ministers met in Busan on Saturday.', [['Aug 21', ['dateline']], ['Saturday', []]]],
    // false positives: a plain event date, "had" as a main verb, a restating subject whose date is in a later clause
    ['The ministers met on Monday.', [['Monday', []]]],
    ['The two leaders had talks on Monday.', [['Monday', []]]],
    ['The talks began after a blast in the port, which killed ten on Monday.', [['Monday', []]]],
    ['Monday, the chancellor said, was a good day for Europe.', [['Monday', []]]],
    // a relative clause between commas dates only itself; one the sentence ends with may date the main clause too
    ['Manele, who took office in May, said his government valued the ties.', [['May', ['background']]]],
    ['The premier met Manele, who took office in May.', [['May', []]]],
    ['The drone attacks, which began on Sunday, hit the port.', [['Sunday', []]]],
  ],
  id: [
    ['Kedua menteri sempat bertemu di Kairo pada Februari.', [['Februari', ['background']]]],
    ['Sebelumnya, utusan itu berkunjung ke Amman pada Senin (19/8/2024).', [['Senin (19/8/2024)', ['background']]]],
    ['Lawatan ini yang pertama sejak pelantikannya pada Maret lalu.', [['Maret lalu', ['background']]]],
    ['Kapal itu ditahan di perairan Natuna, kata juru bicara, Selasa (20/8/2024).', [['Selasa (20/8/2024)', ['reporting']]]],
    ['Peringatan tersebut disampaikan pada Senin (19/8/2024) di Bandung.', [['Senin (19/8/2024)', ['restated']]]],
    ['Pertemuan kedua menteri itu berlangsung Senin (19/8/2024).', [['Senin (19/8/2024)', ['restated']]]],
    ['Kunjungan itu dilakukan pada 19 Agustus.', [['19 Agustus', ['restated']]]],
    ['Keputusan itu diumumkan Menteri Luar Negeri pada Rabu, 21 Agustus 2024.', [['Rabu, 21 Agustus 2024', ['restated']]]],
    ['Pemanggilan itu dilakukan pada Kamis (22/8/2024) di Beijing.', [['Kamis (22/8/2024)', ['restated']]]],
    ['Penolakan itu disampaikan delegasi Indonesia di New York, Sabtu (28/9).', [['Sabtu (28/9)', ['restated']]]],
    ['Pemanggilan dilakukan oleh wakil menteri pada Kamis (22/8/2024).', [['Kamis (22/8/2024)', ['restated']]]],
    ['Pemanggilan dilakukan oleh wakil menteri di Beijing, Kamis (22/8/2024).', [['Kamis (22/8/2024)', ['restated']]]],
    // a day set between the first two commas is the first clause's too; one running on into the next clause is not
    ['Pemanggilan dilakukan di Beijing, Kamis (22/8/2024), setelah serangan pekan lalu.', [['Kamis (22/8/2024)', ['restated']], ['pekan lalu', []]]],
    ['Ucapan itu disampaikan lewat surat, Selasa (21/10) malam, beberapa jam setelah pemungutan suara.', [['Selasa (21/10) malam', ['restated']]]],
    ['Pemanggilan dilakukan di Beijing, Kamis (22/8/2024) setelah serangan pekan lalu.', [['Kamis (22/8/2024)', []], ['pekan lalu', []]]],
    ['MAKASSAR/DILI, 21 Agustus (Antara) - Kedua menteri bertemu pada Senin.', [['21 Agustus', ['dateline']], ['Senin', []]]],
    // false positives
    ['Presiden bertemu Perdana Menteri di Bogor pada Senin (19/8/2024).', [['Senin (19/8/2024)', []]]],
    ['Pertemuan itu digelar setelah banjir melanda kota, yang menewaskan lima orang pada Senin.', [['Senin', []]]],
    ['Sugiono, yang tiba di Beijing pada Senin (19/8/2024), bertemu Wang Yi.', [['Senin (19/8/2024)', ['background']]]],
  ],
};

for (const [lang, cases] of Object.entries(MARKS)) {
  for (const [text, expected] of cases) {
    test(`markDateContext() (${lang}): ${text}`, () => {
      assert.deepEqual(run(text, lang).dates!.map((d) => [d.text, marks(d)]), expected);
    });
  }
}

type PickCase = [text: string, event: { sentence: number; trigger: string; background?: boolean }, expected: string | null, title?: boolean];

// Each event is given by its sentence and trigger word; the expected date is what pickDate() returns.
const PICKS: Record<string, PickCase[]> = {
  en: [
    // a later sentence restating the event carries its date; the report's date waits
    ['Kim warned Seoul of retaliation, state media said on Thursday. He spoke to soldiers at a base. The remarks were made during an inspection on Tuesday.', { sentence: 0, trigger: 'warned' }, '2024-08-20'],
    ['The Kremlin criticised the sanctions. The criticism came in a statement on Monday.', { sentence: 0, trigger: 'criticised' }, '2024-08-19'],
    // the event clause's date beats a nearer reporting date
    ['Ministers met in Oslo on Tuesday after three rounds of difficult talks and signed, officials said on Thursday.', { sentence: 0, trigger: 'signed' }, '2024-08-20'],
    // a headline event: a dateline left in the lead does not beat the lead's weekday
    ['Ministers meet in Busan\nSEOUL/TOKYO, Aug 21 (Yonhap) - The two ministers met in Busan on Saturday.', { sentence: 0, trigger: 'meet' }, '2024-08-17', true],
    // background dates serve only the background event
    ['Kenya hosted talks on trade. The two ministers met in Oslo, their first meeting since the election in March.', { sentence: 1, trigger: 'met' }, PUBLISHED],
    ['Kenya hosted talks on trade. The envoy previously met the king in Riyadh in February.', { sentence: 1, trigger: 'met' }, '2024-02'],
    ['Ministers met in Oslo on Monday, the first talks since the vote in March. The envoy had phoned the king shortly after.', { sentence: 1, trigger: 'phoned', background: true }, '2024-03'],
    // false positive: a restating sentence's date in a later clause is not the event's
    ['The president condemned the attack. The talks began after a blast in the port, which killed ten on Monday.', { sentence: 0, trigger: 'condemned' }, PUBLISHED],
    // what the subject of a relative clause did there is not what the main clause tells
    ['Xi met Manele in Beijing. Manele, who took office in May, said his government valued the ties.', { sentence: 1, trigger: 'said' }, PUBLISHED],
    ['Xi met Manele in Beijing. Manele, who took office in May, said his government valued the ties.', { sentence: 1, trigger: 'took' }, '2024-05'],
  ],
  id: [
    ['Presiden Iran mengecam Israel. Kecaman itu disampaikan di Teheran pada Minggu (18/8/2024).', { sentence: 0, trigger: 'mengecam' }, '2024-08-18'],
    ['Jokowi memberi selamat kepada Modi. Ucapan selamat itu dikirim lewat surat pada Senin (19/8/2024).', { sentence: 0, trigger: 'memberi' }, '2024-08-19'],
    ['Kapal itu ditahan di Natuna pada Senin (19/8/2024) setelah dikejar dua hari, kata juru bicara, Selasa (20/8/2024).', { sentence: 0, trigger: 'ditahan' }, '2024-08-19'],
    ['Kedua menteri membahas perdagangan. Menlu bertemu mitranya di Kairo, pertemuan pertama sejak pelantikannya pada Maret.', { sentence: 1, trigger: 'bertemu' }, PUBLISHED],
    ['Kedua menteri membahas perdagangan. Sebelumnya, Menlu sempat bertemu mitranya di Kairo pada Februari.', { sentence: 1, trigger: 'bertemu' }, '2024-02'],
    ['Presiden mengecam serangan itu. Pembicaraan itu dilakukan menyusul ledakan di pelabuhan, yang terjadi pada Senin.', { sentence: 0, trigger: 'mengecam' }, PUBLISHED],
  ],
};

for (const [lang, cases] of Object.entries(PICKS)) {
  for (const [text, event, expected, title] of cases) {
    test(`pickDate() after the dates stage (${lang}): "${event.trigger}" in ${text}`, () => {
      const doc = run(text, lang, title);
      const s = doc.sentences![event.sentence]!;
      const at = text.indexOf(event.trigger, s.start);
      const options: PickDateOptions = { sentence: event.sentence, span: { start: at, end: at + event.trigger.length } };
      if (event.background) options.background = true;
      assert.equal(pickDate(doc, options).date, expected);
    });
  }
}
