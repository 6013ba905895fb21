import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { createEventsStage } from './index.js';
import { TEST_ACTORS } from './test-actors.js';
import { makeTestDoc } from './test-doc.js';

const packs = loadPacks();
const stage = await createEventsStage({}, packs);
/** Dates as the dates stage gives them: "on Tuesday" is the day before publication, anything else the dateline's day. */
const datedStage = await createEventsStage({
  pickers: {
    pickDate(doc, span) {
      const s = doc.sentences![span.sentence]!;
      if (/\bTuesday\b/.test(doc.text.slice(s.start, s.end))) return { date: '2025-03-11', date_precision: 'day', date_basis: 'relative' };
      return { date: '2025-03-12', date_precision: 'day', date_basis: 'dateline' };
    },
    pickPlace: () => null,
  },
}, packs);

/** Runs the stage on a headline and a body. */
async function code(lang: string, text: string): Promise<Doc> {
  const doc = makeTestDoc(text, { lang, actors: TEST_ACTORS, published: '2025-03-12', title: true });
  await stage.run(doc, { packs });
  return doc;
}

/** The headline event as `PLOVER CAMEO [participants]`. */
function main(doc: Doc): string {
  const e = (doc.events ?? []).find((x) => x.main);
  return e ? `${e.plover} ${e.cameo} [${e.participants.map((p) => p.id).sort().join(',')}]` : 'none';
}

describe('events: the headline event', () => {
  it('the act the title reports beats an accusation by a prominent leader in the lead', async () => {
    const doc = await code('en', [
      'Australia expels two Chinese diplomats over spy ring',
      'Albanese on Tuesday accused China of running a spy ring in Canberra, hours after Australia expelled two Chinese diplomats.',
      'Albanese said the ring had targeted ministers. Albanese told parliament he had accused China of it before. Albanese added that trade would go on.',
    ].join('\n'));
    // Australia's expulsion takes its first official in the lead as the acting side
    assert.equal(main(doc), 'SANCTION 161 [CHN,anthony-albanese]');
  });
  it('an attack someone died in, told after "after", is the demand\'s setting', async () => {
    const doc = await code('en', [
      'Australia demands answers from China after Australian student dies in Shanghai knife attack',
      'Albanese on Tuesday demanded that China explain how an Australian student came to be stabbed on his way to class.',
      'Police detained a man at the scene. The attack happened near the campus gate.',
    ].join('\n'));
    assert.equal(main(doc), 'REQUEST 100 [CHN,anthony-albanese]');
  });
  it('diplomats expelled are named wherever the front of the story names them', async () => {
    const doc = await code('en', [
      'Australia expels two Chinese diplomats over spy ring',
      'Australia expelled two Chinese diplomats on Tuesday over a spy ring in Canberra.',
      'Albanese said the two, whom Xi had sent last year, had refused to cooperate.',
    ].join('\n'));
    // the side acted on is represented by its people told in the front, as the acting side is
    assert.equal(main(doc), 'SANCTION 161 [anthony-albanese,xi-jinping]');
  });
  it('an agreement in the title yields to the talks of the same countries that produced it', async () => {
    const doc = await code('en', [
      'Prabowo and Albanese pledge closer maritime cooperation',
      'Prabowo and Albanese held talks in Jakarta on Tuesday, their second meeting this year.',
      'Prabowo said the two neighbours pledged to patrol shared waters together.',
    ].join('\n'));
    assert.equal(main(doc), 'CONSULT 046 [anthony-albanese,prabowo-subianto]');
  });
  it('a comma after the object in a headline opens another clause, whose subject is no party', async () => {
    const doc = await code('id', [
      'Rusia dan China Teken Kerangka Kerja Sama Energi, Australia Pantau dengan Cermat',
      'Rusia dan China menandatangani kerangka kerja sama energi pada Rabu.',
    ].join('\n'));
    assert.match(main(doc), /^SUPPORT 057 /);
  });
  it('an act the title and lead tell only as what is condemned stays the topic, however much the story tells of it', async () => {
    const doc = await code('id', [
      'Indonesia Kecam Keras Serangan Rusia ke Australia',
      'Indonesia mengecam keras serangan Rusia ke Australia.',
      'Kementerian menyatakan solidaritas kepada rakyat Australia.',
      'Serangan Rusia itu menghantam pelabuhan.',
      'Serangan Rusia juga menghantam bandara.',
      'Serangan Rusia itu menewaskan lima orang.',
    ].join('\n'));
    assert.equal(main(doc), 'ACCUSE 110 [IDN,RUS]');
  });
  it('an agreement of countries in the title stays the news over talks told only further down', async () => {
    const doc = await code('en', [
      'Indonesia and Australia raise ties to a strategic partnership',
      'Indonesia and Australia raised their ties to a strategic partnership on Tuesday.',
      'The two sides did not disclose the terms.',
      'The agreement covers defence and trade.',
      'Later in the day Albanese met Prabowo at the palace.',
    ].join('\n'));
    assert.match(main(doc), /^AGREE 030 /);
  });
  it('a measure a state says it will take against another is the news, over an accusation told after it', async () => {
    const doc = await code('en', [
      "Australia to shut China's consulate in Perth after spying case",
      "Australia will close China's consulate in Perth, Albanese said on Tuesday, after the government accused China of spying on dissidents.",
    ].join('\n'));
    assert.equal(main(doc), 'SANCTION 161 [CHN,anthony-albanese]');
  });
  it('an agreement stays the headline event when the talks are told only as its setting ("after talks", "in talks")', async () => {
    const doc = await code('en', [
      'Russia and China agree truce in talks in Jakarta',
      'Russia and China agreed on Tuesday to halt fighting on their border after two days of talks mediated by Indonesia.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [CHN,RUS]');
  });
  it('id: kesepakatan tetap berita utama bila perundingan hanya latarnya ("setelah perundingan", "dalam perundingan")', async () => {
    const doc = await code('id', [
      'Rusia dan Tiongkok Sepakati Gencatan Senjata dalam Perundingan di Jakarta',
      'Rusia dan Tiongkok sepakat menghentikan pertempuran di perbatasan pada Selasa setelah perundingan yang dimediasi Indonesia.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [CHN,RUS]');
  });
  it('talks told as an act of their own in the lead stay the headline event over what they agreed', async () => {
    const doc = await code('en', [
      'Russia and China agree truce in talks in Jakarta',
      'Russia and China held talks in Jakarta on Tuesday and agreed to halt fighting on their border.',
    ].join('\n'));
    assert.equal(main(doc), 'CONSULT 046 [CHN,RUS]');
  });
  it('an agreement of two countries in the title stays the headline event when their talks, told later, name no one', async () => {
    const doc = await code('en', [
      'Russia and China agree to reopen border crossings',
      'Russia and China agreed on Tuesday to reopen three border crossings closed since the spring. Trucks will pass from Friday.',
      'The deal came after Russian and Chinese customs chiefs held talks by phone on Tuesday morning, officials said.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [CHN,RUS]');
  });
  it('a signing by named people in the title stays the headline event when talks of their countries come only later', async () => {
    const doc = await code('en', [
      'Sugiono and Putin sign gas accord in Jakarta',
      'Sugiono and Putin signed a gas supply accord in Jakarta, setting prices for the next ten years.',
      'The accord covers two pipelines. Officials said the terms had been settled months ago.',
      'Before the signing, Prabowo and Putin held talks at a hotel in the capital.',
    ].join('\n'));
    assert.equal(main(doc), 'SUPPORT 057 [sugiono,vladimir-putin]');
  });
  it('a signing at a summit stays the headline event: the summit is where it happened, not talks that produced it', async () => {
    const doc = await code('en', [
      'Russia and China sign energy accord at Jakarta summit',
      'Russia and China signed an energy accord on Tuesday at a summit in Jakarta, with Albanese and Prabowo witnessing the ceremony.',
    ].join('\n'));
    assert.match(main(doc), /^SUPPORT 057 /);
  });
  it('a signing by two countries at a gathering of more stays the headline event', async () => {
    const doc = await code('en', [
      'Russia and China sign energy accord at summit hosted by Indonesia',
      'Russia and China signed an energy accord on Tuesday at a summit in Jakarta attended by Prabowo and Albanese.',
    ].join('\n'));
    assert.match(main(doc), /^SUPPORT 057 /);
  });
  it('an agreement of countries in the title yields to the signing of its treaty by their leaders', async () => {
    const doc = await code('en', [
      'Australia offers fishing rights under fresh treaty',
      'Albanese and Prabowo signed the treaty in Jakarta on Tuesday.',
      'Officials said the rights would start within two years. In return, Indonesia agreed to share patrol data with Australia.',
    ].join('\n'));
    assert.equal(main(doc), 'SUPPORT 057 [anthony-albanese,prabowo-subianto]');
  });
  it('an agreement dated only by the dateline yields to its signing the text dates', async () => {
    const doc = makeTestDoc([
      'Russia and China agree to end border dispute',
      'Russia and China have agreed to end their border dispute, officials said.',
      'Putin and Xi signed the accord late on Tuesday in Jakarta.',
      'The accord sets up a joint commission.',
    ].join('\n'), { lang: 'en', actors: TEST_ACTORS, published: '2025-03-12', title: true });
    await datedStage.run(doc, { packs });
    assert.equal(main(doc), 'SUPPORT 057 [vladimir-putin,xi-jinping]');
    assert.equal(doc.events!.find((e) => e.main)!.date, '2025-03-11');
  });
  // headline forms without the meN- prefix
  const FORMS: Array<[string, string]> = [
    ['Rusia Kirim Nota Protes ke Tiongkok', 'ACCUSE 110 [CHN,RUS]'],
    ['Australia Kirim Bantuan ke Indonesia', 'AID 070 [AUS,IDN]'],
    ['Rusia dan Tiongkok Sepakati Kerja Sama Energi', 'AGREE 030 [CHN,RUS]'],
    ['Tiongkok Ancam Australia Soal Laut China Selatan', 'THREATEN 130 [AUS,CHN]'],
    ['Prabowo Kunjungi Australia', 'CONSULT 042 [AUS,prabowo-subianto]'],
    ['Albanese Ucapkan Selamat kepada Prabowo', 'SUPPORT 051 [anthony-albanese,prabowo-subianto]'],
    ['Australia Kecam Keras Serangan Rusia di Perbatasan', 'ACCUSE 110 [AUS,RUS]'],
  ];
  it('a headline predicate after a comma takes the headline\'s subject, not the object before the comma', async () => {
    const doc = await code('id', 'Putin Surati Albanese, Ancam Tiongkok Soal Perbatasan\nBerita selengkapnya menyusul.');
    const threat = (doc.events ?? []).find((e) => e.plover === 'THREATEN');
    assert.equal(threat?.source?.id, 'vladimir-putin');
    assert.equal(threat?.target?.id, 'CHN');
  });
  for (const [title, expected] of FORMS) {
    it(`judul "${title}"`, async () => assert.equal(main(await code('id', `${title}\nBerita selengkapnya menyusul.`)), expected));
  }
});

describe('events: an agreement the front of the story tells over talks that only set its scene', () => {
  it('raising ties "as" two leaders meet: the upgrade is the news, the meeting its setting', async () => {
    const doc = await code('en', [
      'Russia, China raise ties to strategic partnership as Putin meets Xi',
      'Russia and China raised their ties to a comprehensive strategic partnership on Tuesday.',
    ].join('\n'));
    assert.match(main(doc), /^AGREE 030 /);
  });
  it('a declaration signed "usai pertemuan": talks told later as a verb do not take the headline back (id)', async () => {
    const doc = await code('id', [
      'Prabowo dan Putin Teken Deklarasi Kemitraan Strategis',
      'Deklarasi itu ditandatangani Presiden Prabowo Subianto dan Presiden Rusia Vladimir Putin usai pertemuan bilateral di Moskow.',
      'Sebelumnya, Prabowo disambut dengan upacara resmi.',
      'Prabowo kemudian berbincang dengan Putin selama dua jam.',
    ].join('\n'));
    assert.equal(main(doc), 'SUPPORT 057 [prabowo-subianto,vladimir-putin]');
  });
  it('talks the lead tells as an act of their own are still what produced the agreement', async () => {
    const doc = await code('en', [
      'Russia and China pledge deeper ties',
      'Putin and Xi held talks in Moscow on Tuesday and pledged deeper ties between Russia and China.',
    ].join('\n'));
    assert.match(main(doc), /^CONSULT/);
  });
  it('talks framed up front stay framed when an apposition restates them ("…, a meeting hosted by …")', async () => {
    const doc = await code('en', [
      'Russia and China pledge not to use force after island talks',
      'Russia and China agreed on Tuesday not to use force against each other.',
      'Putin and Xi shook hands at the start of talks held in Moscow, a meeting hosted by Albanese.',
    ].join('\n'));
    assert.match(main(doc), /^AGREE 030 /);
  });
  it('meningkatkan hubungan menjadi kemitraan strategis adalah kesepakatan (id)', async () => {
    const doc = await code('id', [
      'Rusia dan Tiongkok Tingkatkan Hubungan Menjadi Kemitraan Strategis',
      'Rusia dan Tiongkok meningkatkan hubungan kedua negara menjadi kemitraan strategis pada Selasa.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [CHN,RUS]');
  });
});

describe('events: a headline that names no source takes its sides from the lead', () => {
  it('"Juntas recall ambassadors from Australia" then the states that did', async () => {
    const doc = await code('en', ['Juntas recall ambassadors from Australia', 'Russia and China recalled their ambassadors from Australia on Sunday.'].join('\n'));
    assert.equal(main(doc), 'SANCTION 161 [AUS,CHN,RUS]');
  });
});

describe('events: a headline lists with commas alone', () => {
  it('"notes to Canberra, Jakarta over …": both are aimed at', async () => {
    const doc = await code('en', ['Russia sends protest notes to Canberra, Jakarta over defence pact', 'Russia sent protest notes to Australia and Indonesia on Tuesday.'].join('\n'));
    assert.equal(main(doc), 'ACCUSE 111 [AUS,IDN,RUS]');
  });
  it('"Putin meets Xi, Albanese hails ties": a comma before a new clause joins no one', async () => {
    const doc = await code('en', ['Putin meets Xi, Albanese hails ties', 'Putin met Xi on Tuesday.'].join('\n'));
    assert.equal(main(doc), 'CONSULT 040 [vladimir-putin,xi-jinping]');
  });
});

describe('events: the title and the lead telling each side finer or coarser are one event', () => {
  it('"Sugiono Kecam Rusia" then "Indonesia mengecam Putin": a minister for his country, a country for its president (id)', async () => {
    const doc = await code('id', ['Sugiono Kecam Rusia', 'Indonesia mengecam Putin pada Selasa.'].join('\n'));
    assert.equal(doc.events!.length, 1);
    assert.equal(main(doc), 'ACCUSE 110 [sugiono,vladimir-putin]');
  });
});

describe('events: a headline event told of countries takes their officials from the front of the story', () => {
  it('the pledging country is its first official named in the lead; the receiving one stays a country', async () => {
    const doc = await code('en', [
      'Australia pledges flood aid to Indonesia',
      'Australia on Tuesday pledged A$20 million in flood aid to Indonesia.',
      'Albanese told reporters the money would pay for shelters and clean water. President Prabowo Subianto toured the flooded towns.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [IDN,anthony-albanese]');
  });
  it('both sides of talks between countries take the officials who led them', async () => {
    const doc = await code('en', [
      'Russia and China hold talks on border trade',
      'Russia and China held talks on border trade on Tuesday.',
      'The Russian side was led by Putin and the Chinese side by Xi.',
    ].join('\n'));
    assert.equal(main(doc), 'CONSULT 046 [vladimir-putin,xi-jinping]');
  });
  it('an official named only far past the lead is not taken', async () => {
    const doc = await code('en', [
      'Australia pledges flood aid to Indonesia',
      'Australia on Tuesday pledged A$20 million in flood aid to Indonesia.',
      'The money will pay for shelters. Water is short. Roads are cut. Schools are shut.',
      'Albanese told reporters the money would pay for shelters.',
    ].join('\n'));
    assert.equal(main(doc), 'AGREE 030 [AUS,IDN]');
  });
  it('an organisation of states takes the official who holds its code, as a country takes its own', async () => {
    const doc = await code('en', [
      'Indonesia and the Shanghai Cooperation Organisation sign trade pact',
      'Indonesia and the Shanghai Cooperation Organisation signed a trade pact on Tuesday.',
      'The pact was signed by Foreign Minister Sugiono and SCO Secretary-General Nurlan Yermekbayev.',
    ].join('\n'));
    assert.equal(main(doc), 'SUPPORT 057 [nurlan-yermekbayev,sugiono]');
    // the official acts for the body, not for the state of their birth
    const official = doc.events!.find((e) => e.main)!.participants.find((p) => p.id === 'nurlan-yermekbayev')!;
    assert.deepEqual([official.country, official.code], [null, 'IGOSCO']);
  });
  it('a body of states that condemns alone is the body, not its official', async () => {
    const doc = await code('en', [
      'Shanghai Cooperation Organisation condemns attack on Australia',
      'The Shanghai Cooperation Organisation on Tuesday condemned the Russian attack on Australia.',
      'SCO Secretary-General Nurlan Yermekbayev called for restraint.',
    ].join('\n'));
    assert.match(main(doc), /\[.*sco.*\]/);
  });
  it('penandatanganan oleh RI dan organisasi antarnegara menyebut pejabat kedua pihak (id)', async () => {
    const doc = await code('id', [
      'RI dan Shanghai Cooperation Organisation Teken Pakta Dagang',
      'Indonesia dan Shanghai Cooperation Organisation menandatangani pakta dagang pada Selasa.',
      'Penandatanganan dilakukan oleh Menteri Luar Negeri Sugiono dan Sekretaris Jenderal SCO Nurlan Yermekbayev.',
    ].join('\n'));
    assert.equal(main(doc), 'SUPPORT 057 [nurlan-yermekbayev,sugiono]');
  });
  it('a rejection by Indonesia takes its foreign minister (id)', async () => {
    const doc = await code('id', [
      'Indonesia Tolak Klaim Baru Tiongkok di Laut Natuna',
      'Pemerintah Indonesia pada Selasa menolak klaim baru Tiongkok di Laut Natuna.',
      'Menteri Luar Negeri Sugiono menegaskan setiap klaim harus sesuai hukum laut internasional.',
    ].join('\n'));
    assert.equal(main(doc), 'REJECT 120 [CHN,sugiono]');
  });
});

describe('events: a title tells first what it reports', () => {
  it('an act told beside the title\'s first one ("… as X invites Y") is second to it, however prominent its people', async () => {
    const doc = await code('en', [
      'Russia and China sign energy pact as Putin invites Xi to Moscow',
      'Russia and China signed an energy pact on Tuesday.',
      'Putin also invited Xi to Moscow.',
    ].join('\n'));
    assert.match(main(doc), /^SUPPORT 057 /);
  });
  it('the act told beside stays news of its own, and wins where the first act is the lesser one', async () => {
    const doc = await code('en', [
      'Albanese thanks Prabowo as Indonesia pledges $40 million to Australia',
      'Indonesia pledged $40 million to Australia on Tuesday.',
    ].join('\n'));
    assert.equal(main(doc), 'AID 071 [anthony-albanese,prabowo-subianto]');
  });
});

describe('events: a title\'s event noun framed after its act', () => {
  it('"… after call with X" shares the subject the title opens with', async () => {
    const doc = await code('en', ['Putin pauses Australia tariffs after call with Albanese', 'The tariffs were due on Tuesday.'].join('\n'));
    const call = (doc.events ?? []).find((e) => e.mode === 'phone');
    assert.deepEqual(call?.participants.map((p) => p.id).sort(), ['anthony-albanese', 'vladimir-putin']);
  });
});

describe('events: a leader named as a period takes no part', () => {
  it('"first talks under Putin" does not make Putin Russia\'s representative', async () => {
    const doc = await code('en', ['Australia and Russia hold first talks under Putin', 'Australia and Russia held talks on Tuesday.'].join('\n'));
    assert.equal(main(doc), 'CONSULT 046 [AUS,RUS]');
  });
  it('"since Putin returned" names a time, not Russia\'s representative', async () => {
    const doc = await code('en', ['Australia and Russia hold talks', 'Australia and Russia held their first talks since Putin returned to office.'].join('\n'));
    assert.equal(main(doc), 'CONSULT 046 [AUS,RUS]');
  });
});

describe('events: a quote\'s words are the speaker\'s, not the article\'s news', () => {
  it('an act recalled inside a quote begun sentences before does not become the headline', async () => {
    const doc = await code('en', [
      'Prabowo mourns former leader',
      'Prabowo said on Tuesday he was saddened by the death.',
      '"He was a friend of Indonesia. Albanese hosted Xi in Canberra when he was in office," Prabowo told reporters.',
    ].join('\n'));
    assert.match(main(doc), /^STATEMENT /);
  });
});

describe('events: the side acted on takes an official only from the event\'s own words', () => {
  it('a threat to a country in a letter to its leader names the leader', async () => {
    const doc = await code('en', [
      'Putin threatens Australia with tariffs in letter to Albanese',
      'Putin threatened Australia with tariffs in a letter to Albanese on Tuesday.',
    ].join('\n'));
    assert.equal(main(doc), 'THREATEN 1312 [anthony-albanese,vladimir-putin]');
  });
  it('a leader who only answers later is not the one threatened', async () => {
    const doc = await code('en', [
      'Putin threatens Australia with tariffs',
      'Putin threatened Australia with tariffs on Tuesday.',
      'Albanese said the country would not bow.',
    ].join('\n'));
    assert.equal(main(doc), 'THREATEN 1312 [AUS,vladimir-putin]');
  });
});
