import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCleanStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';
import type { Doc, InputMeta } from '../../core/doc.js';
import { toRawSpan } from '../../core/offset-map.js';

const packs = loadPacks();
const stage = createCleanStage({}, packs);

function clean(raw: string, meta: Partial<InputMeta> = {}): Doc {
  const doc = createDoc({ meta: { sourcePath: null, format: 'txt', ...meta }, raw, diagnostics: [] });
  stage.run(doc, { packs });
  return doc;
}
const codes = (doc: Doc): string[] => doc.diagnostics.map((d) => d.code);

// [raw, cleaned text, diagnostic codes that must appear]
const repairs: Array<[string, string, string, string[]]> = [
  // Unicode and whitespace
  ['nfc', 'Cafe\u0301 opens', 'Café opens', ['unicode-normalized']],
  ['invisible', 'Pre\u200bsi\u00adden tiba', 'Presiden tiba', ['unicode-normalized']],
  ['nbsp', 'Jakarta\u00a0-\u00a0Presiden tiba.', 'Jakarta - Presiden tiba.', ['unicode-normalized']],
  ['crlf', 'Line one.\r\nLine two.', 'Line one.\nLine two.', []],
  ['spaces', '  The  minister   arrived.  \n\n\n\nShe spoke.  ', 'The minister arrived.\n\nShe spoke.', ['whitespace-collapsed']],
  ['ligature', 'The ﬁnal oﬃcial count.', 'The final official count.', ['unicode-normalized']],
  ['mojibake', 'Putinâ€™s visit â€“ a cafÃ© meeting', 'Putin’s visit – a café meeting', ['mojibake-repaired']],
  ['wrapped lines', 'The two foreign ministers met in Lisbon on\nThursday to discuss fishing rights in the\nAtlantic. They agreed to meet again.\n\nThe talks ended in the evening.', 'The two foreign ministers met in Lisbon on Thursday to discuss fishing rights in the Atlantic. They agreed to meet again.\n\nThe talks ended in the evening.', ['line-breaks-joined']],
  // HTML leftovers
  ['tags', '<p>The envoy <b>arrived</b> on Monday.</p><p>Talks began.</p>', 'The envoy arrived on Monday.\n\nTalks began.', ['html-stripped']],
  ['entities', 'Trade &amp; aid talks &#8211; round two.', 'Trade & aid talks – round two.', ['html-stripped']],
  ['script', 'Body text.<script>var x = "<p>";</script> More text.', 'Body text. More text.', ['html-stripped']],
  // Boilerplate
  ['id read-also', 'Menteri tiba di Tokyo pada Senin pagi.\nBaca juga: Menteri bertemu mitranya\nIa akan berada di sana tiga hari.', 'Menteri tiba di Tokyo pada Senin pagi.\nIa akan berada di sana tiga hari.', ['boilerplate-removed']],
  ['en read-more', 'The summit opened on Monday.\nRead more: Leaders arrive\nThe talks will last two days.', 'The summit opened on Monday.\nThe talks will last two days.', ['boilerplate-removed']],
  ['en byline', 'By Jane Roe and Sam Doe, Reuters\nThe summit opened on Monday in Lima.', 'The summit opened on Monday in Lima.', ['boilerplate-removed']],
  ['id editor', 'Gubernur meresmikan jembatan baru di Kupang.\nEditor: Siti Aminah\n(ant/dnu)', 'Gubernur meresmikan jembatan baru di Kupang.', ['boilerplate-removed']],
  ['photo credit', 'Foto: ANTARA/Budi Santoso\nPresiden menerima tamu negara di istana.', 'Presiden menerima tamu negara di istana.', ['boilerplate-removed']],
  ['copyright', 'The ministers signed the accord.\nCopyright © 2024 Example News. All rights reserved.', 'The ministers signed the accord.', ['boilerplate-removed']],
  ['subscribe', 'Officials denied the report.\nSubscribe to our newsletter for daily updates', 'Officials denied the report.', ['boilerplate-removed']],
  // A bare teaser label takes the teaser headline on the next line with it
  ['en bare read more', 'The summit opened on Monday.\nRead more:\nFarmers block roads over fuel prices\nThe talks will last two days.', 'The summit opened on Monday.\nThe talks will last two days.', ['boilerplate-removed']],
  ['en related coverage', 'The envoy arrived in Lima.\n\nRelated Coverage\n\nBank shares slide after rate decision\n\nShe met the foreign minister.', 'The envoy arrived in Lima.\n\nShe met the foreign minister.', ['boilerplate-removed']],
  ['id bare baca juga colon', 'Menteri tiba di Tokyo pada Senin pagi.\nBaca Juga:\nHarga Beras di Pasar Induk Turun Lagi\nIa akan berada di sana tiga hari.', 'Menteri tiba di Tokyo pada Senin pagi.\nIa akan berada di sana tiga hari.', ['boilerplate-removed']],
  ['en related coverage list', 'The envoy arrived in Lima.\nRelated Coverage\n• Bank shares slide after rate decision\n• Andes rail link opens to freight\nShe met the foreign minister on Tuesday.', 'The envoy arrived in Lima.\nShe met the foreign minister on Tuesday.', ['boilerplate-removed']],
  ['id bare baca juga', 'Gubernur membuka pameran.\nBaca Juga\nJadwal Kereta Mudik Lebaran Ditambah, Cek di Sini\nPameran berlangsung sepekan.', 'Gubernur membuka pameran.\nPameran berlangsung sepekan.', ['boilerplate-removed']],
  ['en dont miss', "The summit opened on Monday.\nDon't miss: Local team wins the cup final\nThe talks will last two days.", 'The summit opened on Monday.\nThe talks will last two days.', ['boilerplate-removed']],
  ['id pilihan editor', 'Presiden tiba di Kairo.\nPilihan Editor: Gempa Guncang Pulau Seram\nIa disambut menteri.', 'Presiden tiba di Kairo.\nIa disambut menteri.', ['boilerplate-removed']],
  ['id simak lihat juga', 'Presiden tiba di Kairo.\nSimak juga: Banjir Rendam Ratusan Rumah\nLihat juga: Video Pelantikan Gubernur\nIa disambut menteri.', 'Presiden tiba di Kairo.\nIa disambut menteri.', ['boilerplate-removed']],
  // Footers below the last body paragraph
  ['en agency footer', 'The ministers signed the accord in Lima.\n-- AFP', 'The ministers signed the accord in Lima.', ['boilerplate-removed']],
  ['en agency footer caps', 'Malaysia will host the forum next year.\n\n-- BERNAMA', 'Malaysia will host the forum next year.', ['boilerplate-removed']],
  ['en end mark', 'The ministers signed the accord in Lima.\n(END)', 'The ministers signed the accord in Lima.', ['boilerplate-removed']],
  ['en contributed', 'The ministers signed the accord in Lima.\nAssociated Press writer Ana Lobo in Quito contributed to this report.', 'The ministers signed the accord in Lima.', ['boilerplate-removed']],
  ['en reporting editing', 'The ministers signed the accord in Lima.\nReporting by Ana Lobo\nEditing by Sam Doe', 'The ministers signed the accord in Lima.', ['boilerplate-removed']],
  ['id initials footer', 'Gubernur meresmikan jembatan baru di Kupang.\n(ant)', 'Gubernur meresmikan jembatan baru di Kupang.', ['boilerplate-removed']],
  ['id star footer', 'Gubernur meresmikan jembatan baru di Kupang.\n(*)', 'Gubernur meresmikan jembatan baru di Kupang.', ['boilerplate-removed']],
  ['id penulis editor', 'Gubernur meresmikan jembatan baru di Kupang.\nPenulis: Budi Santoso\nEditor: Siti Aminah', 'Gubernur meresmikan jembatan baru di Kupang.', ['boilerplate-removed']],
  // Broken punctuation, Indonesian
  ['id after preposition', 'Menteri itu melakukan kunjungan ke. Kairo untuk membahas bantuan pangan.', 'Menteri itu melakukan kunjungan ke Kairo untuk membahas bantuan pangan.', ['broken-punctuation-repaired']],
  ['id after di', 'Pasukan ditarik dari perbatasan di. Suriah bagian utara.', 'Pasukan ditarik dari perbatasan di Suriah bagian utara.', ['broken-punctuation-repaired']],
  ['id fragment', 'Duta besar itu bertemu dengan wakil menteri. Mesir. Yang membidangi urusan Afrika.', 'Duta besar itu bertemu dengan wakil menteri Mesir yang membidangi urusan Afrika.', ['broken-punctuation-repaired']],
  ['id lower next', 'Pemerintah memperketat pengawasan. terhadap impor baja.', 'Pemerintah memperketat pengawasan terhadap impor baja.', ['broken-punctuation-repaired']],
  ['id lone period', 'Harga minyak naik tajam pekan ini. .', 'Harga minyak naik tajam pekan ini.', ['broken-punctuation-repaired']],
  ['id dangling word', 'Kedua pihak menandatangani nota kesepahaman di Jakarta. dengan.', 'Kedua pihak menandatangani nota kesepahaman di Jakarta.', ['broken-punctuation-repaired']],
  ['id continuation', 'Banjir merendam tiga desa. Yang terletak di tepi sungai.', 'Banjir merendam tiga desa yang terletak di tepi sungai.', ['broken-punctuation-repaired']],
  ['id pair seen elsewhere', 'Presiden tiba pada hari Senin di Kairo.\nDalam kunjungannya hari. Senin itu ia bertemu menteri.', 'Presiden tiba pada hari Senin di Kairo.\nDalam kunjungannya hari Senin itu ia bertemu menteri.', ['broken-punctuation-repaired']],
  ['id pronoun fragment', 'Menlu menerima dubes Jepang di kantornya. Ia. Juga membahas rencana kunjungan presiden.', 'Menlu menerima dubes Jepang di kantornya. Ia juga membahas rencana kunjungan presiden.', ['broken-punctuation-repaired']],
  ['id pronoun fragment before a verb', 'Gubernur meninjau lokasi banjir di Kupang dan Atambua. Beliau. Menginstruksikan bupati membuka dapur umum bagi para pengungsi.', 'Gubernur meninjau lokasi banjir di Kupang dan Atambua. Beliau menginstruksikan bupati membuka dapur umum bagi para pengungsi.', ['broken-punctuation-repaired']],
  ['id subject after a comma', 'Perdana Menteri Sato tiba di Jakarta pada Senin.\nMenurut Retno, Sato. Menyambut baik usulan kerja sama maritim dengan Indonesia.', 'Perdana Menteri Sato tiba di Jakarta pada Senin.\nMenurut Retno, Sato menyambut baik usulan kerja sama maritim dengan Indonesia.', ['broken-punctuation-repaired']],
  ['id subject after a reporting verb', 'Presiden menerima PM Sato di istana pada Senin. Presiden mengatakan Sato. Menyetujui pembukaan rute penerbangan baru.', 'Presiden menerima PM Sato di istana pada Senin. Presiden mengatakan Sato menyetujui pembukaan rute penerbangan baru.', ['broken-punctuation-repaired']],
  ['id verb needing its object', 'Presiden Ruto menyatakan. Kenya siap mengirim pasukan perdamaian ke Haiti pada tahun depan.', 'Presiden Ruto menyatakan Kenya siap mengirim pasukan perdamaian ke Haiti pada tahun depan.', ['broken-punctuation-repaired']],
  ['id verb needing its object in a longer sentence', 'Dalam jumpa pers di Nairobi, Menteri Pertahanan menegaskan. Indonesia tidak akan bergabung dengan blok militer.', 'Dalam jumpa pers di Nairobi, Menteri Pertahanan menegaskan Indonesia tidak akan bergabung dengan blok militer.', ['broken-punctuation-repaired']],
  ['id fronted phrase', 'Kedua negara menandatangani perjanjian batas laut di Bali. Dengan perjanjian itu. Malaysia akan mengakui batas wilayah yang baru.', 'Kedua negara menandatangani perjanjian batas laut di Bali. Dengan perjanjian itu, Malaysia akan mengakui batas wilayah yang baru.', ['broken-punctuation-repaired']],
  // Broken punctuation, English
  ['en fronted phrase', 'The two countries signed a maritime border treaty in Bali. Under the treaty. Malaysia will recognise the new boundary.', 'The two countries signed a maritime border treaty in Bali. Under the treaty, Malaysia will recognise the new boundary.', ['broken-punctuation-repaired']],
  ['en fronted phrase before an article', 'The talks lasted four hours. After the talks. The minister flew home to Lima on a military plane.', 'The talks lasted four hours. After the talks, the minister flew home to Lima on a military plane.', ['broken-punctuation-repaired']],
  ['en pronoun fragment', 'The minister met the envoy in Lima. He. Also invited her to visit Quito.', 'The minister met the envoy in Lima. He also invited her to visit Quito.', ['broken-punctuation-repaired']],
  ['en subject after a reporting verb', 'The spokeswoman spoke to reporters on Monday. She said Tana Reef. Was part of the disputed island chain.', 'The spokeswoman spoke to reporters on Monday. She said Tana Reef was part of the disputed island chain.', ['broken-punctuation-repaired']],
  ['en pronoun fragment before an auxiliary', 'The talks ended late on Friday. They. Were expected to resume in May.', 'The talks ended late on Friday. They were expected to resume in May.', ['broken-punctuation-repaired']],
  ['en after article', 'The president flew to the. Hague for the ruling.', 'The president flew to the Hague for the ruling.', ['broken-punctuation-repaired']],
  ['en lower next', 'The ministers agreed. on a ceasefire along the border.', 'The ministers agreed on a ceasefire along the border.', ['broken-punctuation-repaired']],
  ['en pair seen elsewhere', 'Trade Minister Ana Lobo met the envoy in Lima.\nTrade. Minister Lobo called the talks useful.', 'Trade Minister Ana Lobo met the envoy in Lima.\nTrade Minister Lobo called the talks useful.', ['broken-punctuation-repaired']],
  ['en space before period', 'The envoy left Cairo . Talks resume Friday.', 'The envoy left Cairo. Talks resume Friday.', ['broken-punctuation-repaired']],
];

for (const [name, raw, expected, expectedCodes] of repairs) {
  test(`clean stage repairs ${name}: ${JSON.stringify(raw.slice(0, 40))}`, () => {
    const doc = clean(raw);
    assert.equal(doc.text, expected);
    for (const code of expectedCodes) assert.ok(codes(doc).includes(code), `missing ${code} in ${codes(doc).join(', ')}`);
  });
}

// False positives: text that must come out unchanged, with no repair diagnostic.
const untouched: Array<[string, string]> = [
  ['abbreviations id', 'Jend. TNI Andika Perkasa tiba di Jl. Merdeka Barat No. 5 pukul 10.00 WIB.'],
  ['abbreviations en', 'Dr. Lee met U.S. officials at 10 a.m. on Monday. Gen. Ruiz did not attend.'],
  ['initials', 'B.J. Habibie and J. R. Smith spoke. The talks ended.'],
  ['decimals', 'Inflation rose 3.5 percent. Exports fell 2.1 percent.'],
  ['ellipsis', 'He paused... Then he left. She said "no..." and went home.'],
  ['domain', 'The statement was posted on kompas.com and detik.com on Monday.'],
  ['quotes', 'She said, "We agree." The talks ended.'],
  ['id short sentence', 'Ia menolak. Menurutnya, usulan itu belum matang.'],
  ['en normal capital', 'The talks ended. Russia said it would respond. China did not comment.'],
  ['id normal', 'Presiden tiba di Kairo. Ia disambut menteri luar negeri Mesir.'],
  ['less-than in prose', 'The vote was 3 < 5 and x > y in the model <Kremlin> said.'],
  ['unknown entity', 'AT&T and R&D budgets rose & fell.'],
  ['latin letters that are not mojibake', 'Â and Ã are letters; São Paulo and Ålesund too.'],
  ['headline over body', 'Ministers Agree on a New Fishing Commission\nThe two ministers met in Lisbon on Thursday.\n\nThey agreed.'],
  ['list items', 'The agreement covers the following points of the deal:\n- quotas for the northern fleets\n- inspections at sea\n\nIt takes effect in May.'],
  ['short sentence without the pair elsewhere', 'The talks ended late on Friday.\nThey left. Officials stayed in Lima for a day.'],
  ['repeated short line', 'Terima kasih.\nPresiden menutup pidatonya.\nTerima kasih.'],
  ['id quote before a speech verb', '"Kami siap membantu," Menlu menegaskan. Indonesia akan mengirim bantuan.'],
  ['id speech verb inside a quote', 'Menteri berbicara kepada wartawan di Jakarta. "Ini penting bagi kami. Kami akan mengumumkan. Tunggu saja," katanya.'],
  ['id negated speech verb', 'Namun, ia tidak menjelaskan. Pemerintah akan mengumumkan rinciannya pekan depan.'],
  ['id names ending a sentence', 'Presiden bertemu Xi dan Li. Mereka membahas perdagangan dan investasi.'],
  ['id comma list before an opener', 'Yang hadir antara lain Xi, Li. Menjelang sore, mereka makan malam bersama.'],
  ['id verb-like opener with its comma', 'Menurut Jokowi, Li. Menanggapi usulan itu, Xi tersenyum dan mengangguk kepada para menteri.'],
  ['en short sentence then also', 'He left early. Also, the envoy did not attend the dinner.'],
  ['en he said', 'It was late. He said. Officials left the building.'],
  ['id fronted phrase with a predicate', 'Di desa itu ada tiga sekolah. Di sana ada tiga. Mereka dibangun oleh pemerintah daerah.'],
  ['id fronted phrase with a verb', 'Pada Senin, kedua menteri bertemu. Setelah itu berunding. Mereka sepakat membuka jalur baru.'],
  ['en preposition ending a longer sentence', 'The talks were held in Lima. In the capital of Peru the mood was calm. Officials left early.'],
  ['list closing with a country', 'The bloc has three new members:\n- Malaysia\n- Singapore\n- Vietnam'],
  ['dash aside mid-article', 'The ministers met in Lima.\n— Reuters\nThey signed the accord on Friday.'],
  ['end mark mid-article', 'The ministers met in Lima.\n(END)\nThey signed the accord on Friday.'],
];

for (const [name, raw] of untouched) {
  test(`clean stage leaves ${name} alone: ${JSON.stringify(raw.slice(0, 40))}`, () => {
    const doc = clean(raw);
    assert.equal(doc.text, raw);
    assert.deepEqual(codes(doc).filter((c) => c.endsWith('-repaired') || c.endsWith('-removed')), []);
  });
}

test('clean stage keeps the body paragraph after a bare teaser label', () => {
  const en = clean('The summit opened on Monday.\nRead more:\nThe talks will last two days and end with a joint statement.');
  assert.equal(en.text, 'The summit opened on Monday.\nThe talks will last two days and end with a joint statement.');
  const id = clean('Menteri tiba di Tokyo.\nBaca juga\nIa akan berada di sana tiga hari untuk membahas perdagangan.');
  assert.equal(id.text, 'Menteri tiba di Tokyo.\nIa akan berada di sana tiga hari untuk membahas perdagangan.');
});

test('clean stage flags a weak case of broken punctuation without repairing it', () => {
  const raw = 'Wakil presiden itu pejabat tertinggi kedua di bawah presiden dan ketua partai. Telah mengunjungi tiga negara untuk urusan dagang tahun ini.';
  const doc = clean(raw);
  assert.equal(doc.text, raw);
  assert.ok(codes(doc).includes('broken-punctuation-suspected'));
});

test('clean stage flags a pronoun alone before a name without repairing it', () => {
  const raw = 'Presiden menerima tamu di istana pada Senin. Ia. Prabowo kemudian menyambut mereka dengan upacara.';
  const doc = clean(raw);
  assert.equal(doc.text, raw);
  assert.ok(codes(doc).includes('broken-punctuation-suspected'));
});

test('clean stage flags a name tied to a complement after a period without repairing it', () => {
  const raw = 'Menteri memuji kesediaan. Tokyo untuk menanggung biaya pembangunan pelabuhan di Patimban.';
  const doc = clean(raw);
  assert.equal(doc.text, raw);
  assert.ok(codes(doc).includes('broken-punctuation-suspected'));
});

test('clean stage removes an article pasted twice, keeping the first copy', () => {
  const body = [
    'The two foreign ministers met in Lisbon on Thursday to discuss fishing rights in the Atlantic.',
    'They agreed to set up a joint commission that will meet every six months from next year.',
    'Both governments described the talks as frank and useful, according to a joint statement.',
  ];
  const doc = clean([...body, ...body].join('\n'));
  assert.equal(doc.text, body.join('\n'));
  assert.equal(codes(doc).filter((c) => c === 'duplicate-paragraph-removed').length, 3);
});

test('clean stage removes a near-duplicate paragraph that differs by a word', () => {
  const a = 'Menteri luar negeri kedua negara bertemu di Lisbon pada hari Kamis untuk membahas hak penangkapan ikan di Samudra Atlantik bagian utara.';
  const b = 'Menteri luar negeri kedua negara bertemu di Lisbon pada hari Kamis untuk membahas hak penangkapan ikan di Samudra Atlantik bagian selatan.';
  const doc = clean(`${a}\nKeduanya sepakat membentuk komisi bersama.\n${b}`);
  assert.equal(doc.text, `${a}\nKeduanya sepakat membentuk komisi bersama.`);
  assert.ok(codes(doc).includes('near-duplicate-paragraph-removed'));
});

test('clean stage keeps paragraphs that share words but say different things', () => {
  const a = 'The foreign minister met his counterpart in Lisbon on Thursday to discuss fishing rights.';
  const b = 'The defence minister met his counterpart in Madrid on Friday to discuss arms sales and training.';
  assert.equal(clean(`${a}\n${b}`).text, `${a}\n${b}`);
});

test('clean stage takes a short first line without a period as the headline', () => {
  const doc = clean('Ministers Agree on Fishing Commission\nThe two foreign ministers met in Lisbon on Thursday.\nThey agreed to meet again.');
  assert.equal(doc.title, 'Ministers Agree on Fishing Commission');
  assert.deepEqual(doc.paragraphs![0], { start: 0, end: 37, title: true });
  assert.ok(codes(doc).includes('headline-detected'));
});

test('clean stage takes a headline the page repeats on the next line, and drops the repeat', () => {
  const title = 'Menlu Sugiono Terima Kunjungan Menlu Chile, Bahas Tembaga dan Perikanan';
  const doc = clean(`${title}\n${title}\nJakarta (ANTARA) - Menteri Luar Negeri Sugiono menerima kunjungan Menteri Luar Negeri Chile di Jakarta, Selasa (4/3).\nKeduanya membahas perdagangan tembaga.`);
  assert.equal(doc.title, title);
  assert.equal(doc.text.indexOf(title, 1), -1);
  assert.ok(codes(doc).includes('duplicate-headline-removed'));
});

test('clean stage takes a headline above a timestamp line, marks the stamp and finds the dateline under it', () => {
  const title = 'Menteri Pertanian Tinjau Panen Raya di Lampung';
  const doc = clean(`${title}\n\nSenin, 3 Maret 2025 | 10:15 WIB\n\nLampung, ANTARA - Menteri Pertanian meninjau panen raya padi di Lampung Tengah, Senin.\nPanen berlangsung di lahan seluas 500 hektare.`);
  assert.equal(doc.title, title);
  assert.deepEqual(doc.paragraphs!.map((p) => p.stamp === true), [false, true, false, false]);
  assert.equal(doc.text.slice(doc.dateline!.start, doc.dateline!.end).trim(), 'Lampung, ANTARA -');
});

test('clean stage takes a headline above a byline with its date', () => {
  const doc = clean('Fishing Talks Collapse in Reykjavik\nBy a correspondent | 4 March 2025, 9:30 GMT\nTalks between the two fishing nations broke up on Tuesday without an agreement on quotas.');
  assert.equal(doc.title, 'Fishing Talks Collapse in Reykjavik');
  assert.ok(doc.paragraphs![1]!.stamp);
});

test('clean stage marks a byline and time under a title the page gave, and finds the dateline under them', () => {
  const title = 'Ministers Sign Fisheries Pact in Lima';
  const doc = clean(`${title}\n\nAna Lobo | 03/03/2025 Updated 10:05 CET\n\nLima – The two ministers signed a fisheries pact on Monday.\n\nThe pact covers ten years.`, { title, format: 'html' });
  assert.deepEqual(doc.paragraphs!.map((p) => p.stamp === true), [false, true, false, false]);
  assert.equal(doc.text.slice(doc.dateline!.start, doc.dateline!.end).trim(), 'Lima –');
});

test('clean stage does not take a first line for a headline when only stamps follow it', () => {
  const doc = clean('Fishing Talks Collapse in Reykjavik\n4 March 2025, 9:30 GMT');
  assert.ok(!doc.paragraphs!.some((p) => p.stamp));
});

test('clean stage does not take a dateline alone on the first line for a headline', () => {
  const doc = clean('JAKARTA, KOMPAS.com -\nPresiden meresmikan bendungan di Kupang pada Senin.');
  assert.equal(doc.title, null);
});

test('clean stage does not take a first sentence for a headline', () => {
  const doc = clean('The two foreign ministers met in Lisbon on Thursday.\nThey agreed to meet again.');
  assert.equal(doc.title, null);
  assert.ok(!doc.paragraphs![0]!.title);
});

test('clean stage uses the record title and removes it when repeated in the body', () => {
  const doc = clean('Menlu Bertemu Mitra di Lisbon\n\nMenlu Bertemu Mitra di Lisbon\nKedua menteri bertemu pada hari Kamis.', { title: 'Menlu Bertemu Mitra di Lisbon' });
  assert.equal(doc.text, 'Menlu Bertemu Mitra di Lisbon\n\nKedua menteri bertemu pada hari Kamis.');
  assert.equal(doc.title, 'Menlu Bertemu Mitra di Lisbon');
  assert.ok(codes(doc).includes('duplicate-headline-removed'));
});

test('clean stage removes a headline prefix standing alone as a paragraph', () => {
  const title = 'Presiden dan Perdana Menteri memuji kerja sama yang makin erat di tengah krisis pangan';
  const raw = `${title}\nPresiden menerima Perdana Menteri di istana pada hari Senin.\nPresiden dan Perdana Menteri memuji kerja sama yang makin erat\nKeduanya membahas impor beras.`;
  const doc = clean(raw);
  assert.equal(doc.text, `${title}\nPresiden menerima Perdana Menteri di istana pada hari Senin.\nKeduanya membahas impor beras.`);
  assert.ok(codes(doc).includes('duplicate-headline-removed'));
});

// [raw first line, dateline text, place, outlet, date]
const datelines: Array<[string, string, string | undefined, string | undefined, string | undefined]> = [
  ['JAKARTA, KOMPAS.com - Presiden meresmikan bendungan.', 'JAKARTA, KOMPAS.com -', 'JAKARTA', 'KOMPAS.com', undefined],
  ['WASHINGTON (Reuters) - The Senate passed the bill.', 'WASHINGTON (Reuters) -', 'WASHINGTON', 'Reuters', undefined],
  ['Islamabad, 20 March 2023 (TDI): The minister said.', 'Islamabad, 20 March 2023 (TDI):', 'Islamabad', 'TDI', '20 March 2023'],
  ['Kairo, Rabu (21/8) - Menlu tiba di Kairo.', 'Kairo, Rabu (21/8) -', 'Kairo', undefined, 'Rabu (21/8)'],
  ['Surabaya - Gubernur membuka pameran dagang.', 'Surabaya -', 'Surabaya', undefined, undefined],
  ['LONDON, March 20 (AP) — Talks resumed.', 'LONDON, March 20 (AP) —', 'LONDON', 'AP', 'March 20'],
  // Two cities with a slash: the first is the place.
  ['LIMA/SANTIAGO, Oct 2 (Reuters) - Chile and Peru agreed on a border pact.', 'LIMA/SANTIAGO, Oct 2 (Reuters) -', 'LIMA', 'Reuters', 'Oct 2'],
  ['SURABAYA/DENPASAR (ANTARA) - Dua gubernur menandatangani kerja sama.', 'SURABAYA/DENPASAR (ANTARA) -', 'SURABAYA', 'ANTARA', undefined],
  // No dash after the outlet: the capitalised sentence start ends it.
  ['MUMBAI, Feb 3 (PTI) Finance Minister Rao opened the port.', 'MUMBAI, Feb 3 (PTI)', 'MUMBAI', 'PTI', 'Feb 3'],
  ['Kolkata, March 4 (IANS) The state governor met envoys.', 'Kolkata, March 4 (IANS)', 'Kolkata', 'IANS', 'March 4'],
  // Ordinal day and a comma before the year.
  ['DOHA, 3rd March, 2025 (QNA) -- The emir received the envoy.', 'DOHA, 3rd March, 2025 (QNA) --', 'DOHA', 'QNA', '3rd March, 2025'],
  ['KUALA LUMPUR, Oct 3 (Bernama) -- Malaysia will host the forum.', 'KUALA LUMPUR, Oct 3 (Bernama) --', 'KUALA LUMPUR', 'Bernama', 'Oct 3'],
  ['MOSCOW, Aug 21 (AP) — Officials met in the capital.', 'MOSCOW, Aug 21 (AP) —', 'MOSCOW', 'AP', 'Aug 21'],
  ['BEIJING, Jan. 5 (Xinhua) -- Chinese leaders met.', 'BEIJING, Jan. 5 (Xinhua) --', 'BEIJING', 'Xinhua', 'Jan. 5'],
  ['Medan (ANTARA) - Gubernur membuka pameran.', 'Medan (ANTARA) -', 'Medan', 'ANTARA', undefined],
  // The outlet first, then the city.
  ['Detik.com, Bandung - Wali kota meresmikan pasar.', 'Detik.com, Bandung -', 'Bandung', 'Detik.com', undefined],
  ['BERITA.CO, Semarang - Gubernur menerima tamu.', 'BERITA.CO, Semarang -', 'Semarang', 'BERITA.CO', undefined],
  ['Jakarta, tvberita.co.id - Menteri tiba di Kairo.', 'Jakarta, tvberita.co.id -', 'Jakarta', 'tvberita.co.id', undefined],
  // A region between the place and the date; a comma before the bracket; the outlet alone.
  ['ODESA, Ukraine, Aug 21 (AP) — Officials met in the port.', 'ODESA, Ukraine, Aug 21 (AP) —', 'ODESA', 'AP', 'Aug 21'],
  ['Semarang, (ANTARA) - Gubernur menerima tamu.', 'Semarang, (ANTARA) -', 'Semarang', 'ANTARA', undefined],
  ['Kabarkota.com - Wali kota meresmikan pasar.', 'Kabarkota.com -', undefined, 'Kabarkota.com', undefined],
  // A place in capitals and a colon alone.
  ['IPOH: The state government will open a new clinic.', 'IPOH:', 'IPOH', undefined, undefined],
  ['KOTA KINABALU: Sabah will host the regional forum.', 'KOTA KINABALU:', 'KOTA KINABALU', undefined, undefined],
  ['MAKASSAR: Gubernur meresmikan pelabuhan baru.', 'MAKASSAR:', 'MAKASSAR', undefined, undefined],
];

for (const [raw, text, place, outlet, date] of datelines) {
  test(`clean stage records the dateline "${text}"`, () => {
    const doc = clean(`${raw}\nSecond paragraph here.`);
    const d = doc.dateline!;
    assert.ok(d, 'no dateline');
    assert.equal(doc.text.slice(d.start, d.end), text);
    assert.equal(d.place ? doc.text.slice(d.place.start, d.place.end) : undefined, place);
    assert.equal(d.outlet, outlet);
    assert.equal(d.date ? doc.text.slice(d.date.start, d.date.end) : undefined, date);
    assert.ok(doc.text.startsWith(raw), 'the dateline stays in the text');
  });
}

const notDatelines = [
  'Putin: we will not negotiate under pressure.',
  'Moreover, the minister said - without evidence - that talks failed.',
  'Menurut dia, langkah itu tepat.',
  'The President of the Republic said - in a speech - that he agreed.',
  'Vladimir Putin — who has ruled since 2000 — said the talks were useful.',
  'Prabowo - yang baru dilantik - menerima tamu negara.',
  // A bracket after a title is not an outlet, even before a capital.
  'Menteri Luar Negeri (Menlu) Retno Marsudi tiba di Kairo.',
  'The World Health Organization (WHO) Director spoke first.',
  'KPK (Komisi Pemberantasan Korupsi) Menetapkan tersangka baru.',
  'Vladimir Putin (left) Meets the envoy.',
  'Moreover, the minister, who spoke late - said nothing.',
  'Kabarkota.com melaporkan bahwa wali kota tiba.',
  // Labels in capitals before a colon, and a colon before a lower-case word.
  'BREAKING: The minister resigned on Monday.',
  "EDITOR'S NOTE: This story was updated.",
  'TERKINI: Gempa mengguncang Maluku.',
  'RALAT: Nama menteri telah diperbaiki.',
  'IPOH: the council met.',
  'MINYAK: HARGA NAIK TAJAM PEKAN INI',
];
for (const raw of notDatelines) {
  test(`clean stage finds no dateline in ${JSON.stringify(raw)}`, () => assert.equal(clean(raw).dateline, null));
}

test('clean stage finds the dateline on the first line after a given title', () => {
  const doc = clean('Presiden Tiba di Kairo\n\nKAIRO, ANTARA - Presiden tiba di Kairo pada Senin.', { title: 'Presiden Tiba di Kairo' });
  assert.equal(doc.title, 'Presiden Tiba di Kairo');
  assert.equal(doc.text.slice(doc.dateline!.start, doc.dateline!.end), 'KAIRO, ANTARA -');
});

test('clean stage maps every repair back to raw offsets', () => {
  const raw = '<p>Menteri  melakukan kunjungan ke. Kairo dengan rombongan.</p>\nBaca juga: Berita lain\nMenteri  melakukan kunjungan ke. Kairo dengan rombongan.';
  const doc = clean(raw);
  assert.equal(doc.text, 'Menteri melakukan kunjungan ke Kairo dengan rombongan.');
  const span = toRawSpan(doc.toRaw, { start: 31, end: 36 });
  assert.equal(raw.slice(span.start, span.end), 'Kairo');
  for (const d of doc.diagnostics) {
    assert.ok(d.start! >= 0 && d.end! <= doc.text.length && d.start! <= d.end!, `${d.code} ${d.start}..${d.end}`);
    if (d.rawStart !== undefined) assert.ok(d.rawEnd! <= raw.length);
  }
});

test('clean stage gives a stable id from the cleaned text when the record has none', () => {
  const a = clean('Talks resumed in Geneva.');
  const b = clean('Talks  resumed in Geneva.\n');
  assert.match(a.id, /^[0-9a-f]{16}$/);
  assert.equal(a.id, b.id);
  assert.equal(clean('x', { recordId: 'rec-1' }).id, 'rec-1');
});
